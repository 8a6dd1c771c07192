import { mdxToMdast } from 'satteri';
import type { UiKey } from '../i18n/index.ts';

/**
 * Contributor MDX is data, not code. This module parses a story body with the
 * same MDX parser the build uses (Sätteri, through @astrojs/mdx), without
 * evaluating anything, and lists every construct that could run code, load
 * another site or break the build, each with its line. Using the build's own
 * parser matters: a second parser would disagree on edge cases, and every
 * disagreement is a way past the check.
 */

/** The components stories may use without imports, with the attributes each accepts. */
export const STORY_COMPONENTS = {
  PullQuote: ['by'],
  FactBox: ['title'],
  Figure: ['caption', 'credit'],
} as const satisfies Record<string, readonly string[]>;

/** Tags that can run code, restyle the page or pull in another site. */
const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'link', 'meta', 'base',
  'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'noscript', 'template', 'video', 'audio',
  'source', 'track', 'portal', 'img', 'picture', 'image', 'fencedframe',
]);

/** One problem found in a body; `key` names the i18n message (and `key + '.fix'` its fix). */
export interface BodyProblem {
  key: UiKey;
  line: number;
  value?: string;
  vars?: Record<string, string>;
}

/** An image referenced from the body with Markdown `![alt](src)` or `![alt][ref]`. */
export interface BodyImage {
  src: string;
  alt: string;
  line: number;
}

/** What `checkStoryBody` found. */
export interface BodyReport {
  problems: BodyProblem[];
  images: BodyImage[];
  /** Plain words of the body (for reading time), when it parsed. */
  words: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** Decode character references and percent-escapes, drop whitespace and controls: what a browser sees as the scheme. */
export function normaliseUrl(url: string): string {
  let s = url;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s
      .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => safeCodePoint(Number.parseInt(h, 16)))
      .replace(/&#(\d+);?/g, (_, d: string) => safeCodePoint(Number(d)))
      .replace(/&(colon|tab|newline|lpar|rpar|sol|period);?/gi, (_, n: string) => NAMED[n.toLowerCase()] ?? '');
    try {
      s = decodeURIComponent(s);
    } catch {
      /* keep as is: a stray % is not an attack */
    }
    if (s === before) break;
  }
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, '').toLowerCase();
}
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', sol: '/', period: '.' };
/** A code point as text; out-of-range references become nothing rather than throwing. */
const safeCodePoint = (n: number) => (Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

/** True for URLs that run code or smuggle content: javascript:, vbscript:, data:, file:. */
export function isDangerousUrl(url: string): boolean {
  return /^(?:javascript|vbscript|data|file|livescript|mocha|blob|filesystem):/.test(normaliseUrl(url));
}

/**
 * Invisible characters that have no place in a story: C0/C1 controls (other
 * than tab and line breaks) and the bidirectional overrides that can make a
 * link or a name read differently from what it is ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Every line of `text` holding a hidden character, as problems (one per line), numbered from `firstLine`. */
export function findHiddenCharacters(text: string, firstLine = 1): BodyProblem[] {
  const out: BodyProblem[] = [];
  text.split('\n').forEach((line, i) => {
    const m = HIDDEN_CHARS.exec(line.replace(/\r$/, ''));
    if (m) out.push({ key: 'err.controlChar', line: firstLine + i, value: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
  });
  return out;
}

/** Map a parser error (`"12:3: reason (rule)"`) to an author-facing problem. */
function syntaxProblem(err: unknown): BodyProblem {
  const raw = String((err as { message?: string }).message ?? err);
  const at = /^(\d+):(\d+):\s*/.exec(raw);
  const line = at ? Number(at[1]) : 1;
  const reason = (at ? raw.slice(at[0].length) : raw).replace(/\s*\((?:mdx|micromark)[\w-]*:[\w-]+\)\s*$/, '');
  if (/before name/.test(reason) && /U\+0021/.test(reason)) return { key: 'err.mdx.comment', line };
  if (/before name|after `<`|Unexpected character .* \(U\+003C\)/.test(reason)) return { key: 'err.mdx.lt', line };
  const unclosed = /Expected a closing tag for `<([\w.:-]+)>`/.exec(reason);
  if (unclosed) return { key: 'err.mdx.unclosed', line, value: unclosed[1] };
  if (/expression/i.test(reason)) return { key: 'err.mdx.expression', line, value: '{' };
  return { key: 'err.mdx.syntax', line, vars: { reason: reason.replace(/\s+/g, ' ').slice(0, 160) } };
}

/** The column a parser error points at (1-based), when it says. */
function syntaxColumn(err: unknown): number {
  const m = /^\d+:(\d+):/.exec(String((err as { message?: string }).message ?? ''));
  return m ? Number(m[1]) : 1;
}

/** The `{...}` around `column` on a line, to quote to the writer (or just `{` when there is none). */
function braceAt(line: string, column: number): string {
  const open = line.lastIndexOf('{', Math.max(0, column - 1));
  const from = open >= 0 ? open : line.indexOf('{');
  if (from < 0) return '{';
  const close = line.indexOf('}', from);
  return close < 0 ? line.slice(from, from + 40) : line.slice(from, Math.min(close + 1, from + 40));
}

/** Count words of visible text. */
function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/** Lines that hold an HTML comment or an ESM line outside code: reported even when the parser stops earlier. */
function scanLines(body: string, at: (line: number) => number): BodyProblem[] {
  const out: BodyProblem[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((text, i) => {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (open) {
      if (fence === null) fence = open[1][0];
      else if (open[1][0] === fence) fence = null;
      return;
    }
    if (fence !== null) return;
    // Inline code may quote `<!--` or `import` legitimately.
    const prose = text.replace(/(`+)[^`]*?\1/g, '');
    if (/^(import|export)\b/.test(prose)) out.push({ key: 'err.mdx.import', line: at(i + 1), value: text.trim().slice(0, 80) });
    if (/<!--/.test(prose)) out.push({ key: 'err.mdx.comment', line: at(i + 1) });
    for (const m of prose.matchAll(/<\s*([a-z][\w-]*)/gi)) {
      if (FORBIDDEN_TAGS.has(m[1].toLowerCase())) out.push({ key: 'err.mdx.forbiddenTag', line: at(i + 1), value: m[1], vars: { known: Object.keys(STORY_COMPONENTS).join(', ') } });
    }
  });
  return out;
}

/**
 * Check one story body (the MDX after the front matter). `lineOffset` is the
 * number of lines before the body in the file, so lines point into the file.
 */
export function checkStoryBody(body: string, lineOffset = 0): BodyReport {
  const problems: BodyProblem[] = [];
  const images: BodyImage[] = [];
  const add = (p: BodyProblem) => {
    if (!problems.some((q) => q.key === p.key && q.line === p.line && q.value === p.value)) problems.push(p);
  };
  const at = (line: number) => line + lineOffset;

  for (const p of findHiddenCharacters(body, lineOffset + 1)) add(p);
  for (const p of scanLines(body, at)) add(p);

  // The build blanks the front matter and parses the rest, so positions are file lines.
  let tree: Node;
  try {
    tree = mdxToMdast('\n'.repeat(lineOffset) + body) as unknown as Node;
  } catch (err) {
    const p = syntaxProblem(err);
    if (p.key === 'err.mdx.expression') p.value = braceAt(body.split('\n')[p.line - lineOffset - 1] ?? '', syntaxColumn(err));
    add(p);
    return { problems, images, words: countWords(body) };
  }

  // Reference-style links and images resolve through definitions anywhere in the body.
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition' && node.identifier !== undefined) definitions.set(node.identifier.toLowerCase(), node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(tree);

  let words = 0;
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? lineOffset + 1;
    switch (node.type) {
      case 'mdxjsEsm':
        add({ key: 'err.mdx.import', line, value: (node.value ?? '').split('\n')[0].trim().slice(0, 80) });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add({ key: 'err.mdx.expression', line, value: `{${(node.value ?? '').slice(0, 40)}}` });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, line, add);
        break;
      case 'html':
        // Plain Markdown would pass raw HTML through; MDX never should. Refuse it if it ever appears.
        add({ key: 'err.mdx.forbiddenTag', line, value: (node.value ?? '').replace(/^<\/?([\w-]+)[\s\S]*$/, '$1').slice(0, 20), vars: { known: Object.keys(STORY_COMPONENTS).join(', ') } });
        return;
      case 'link':
      case 'definition':
        if (node.url && isDangerousUrl(node.url)) add({ key: 'err.mdx.url', line, value: node.url.slice(0, 80) });
        break;
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : definitions.get((node.identifier ?? '').toLowerCase());
        if (url && isDangerousUrl(url)) add({ key: 'err.mdx.url', line, value: url.slice(0, 80) });
        else if (url) images.push({ src: url, alt: node.alt ?? '', line });
        if (!node.alt?.trim()) add({ key: 'err.mdx.imageAlt', line, value: url ?? '' });
        break;
      }
      case 'heading':
        if (node.depth === 1) add({ key: 'err.mdx.heading', line });
        break;
      case 'text':
        words += countWords(node.value ?? '');
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { problems, images, words };
}

/** Check one JSX element: only our components, only their attributes, only literal values. */
function checkElement(node: Node, line: number, add: (p: BodyProblem) => void): void {
  const name = node.name ?? '';
  const known = Object.keys(STORY_COMPONENTS).join(', ');
  if (!name) {
    add({ key: 'err.mdx.unknownTag', line, value: '>', vars: { known } });
    return;
  }
  const allowed = Object.hasOwn(STORY_COMPONENTS, name) ? (STORY_COMPONENTS as Record<string, readonly string[]>)[name] : undefined;
  if (!allowed) {
    const key = FORBIDDEN_TAGS.has(name.toLowerCase()) ? 'err.mdx.forbiddenTag' : 'err.mdx.unknownTag';
    add({ key, line, value: name, vars: { known } });
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      add({ key: 'err.mdx.attrExpression', line, value: '{...}' });
      continue;
    }
    const attrName = attr.name ?? '';
    if (/^on/i.test(attrName)) {
      add({ key: 'err.mdx.handler', line, value: attrName });
      continue;
    }
    if (attr.value && typeof attr.value === 'object') {
      add({ key: 'err.mdx.attrExpression', line, value: attrName });
      continue;
    }
    if (typeof attr.value === 'string' && isDangerousUrl(attr.value)) {
      add({ key: 'err.mdx.url', line, value: attr.value.slice(0, 80) });
      continue;
    }
    if (allowed && !allowed.includes(attrName)) {
      add({ key: 'err.mdx.unknownAttr', line, value: attrName, vars: { tag: name, known: allowed.join(', ') } });
    }
  }
}

/**
 * True when `href` leaves the site (another host, or a scheme such as mailto:).
 * Such links get `rel="noopener noreferrer"`: the other site learns nothing about
 * which story was read and gets no handle on this tab.
 */
export function isOutbound(href: string, siteUrl: string): boolean {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || (trimmed.startsWith('/') && !trimmed.startsWith('//'))) return false;
  try {
    const site = new URL(siteUrl);
    const url = new URL(trimmed, site);
    return url.origin !== site.origin;
  } catch {
    return true;
  }
}
