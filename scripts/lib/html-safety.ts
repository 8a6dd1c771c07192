// The last gate before deploy: read every built page the way a browser would
// and list anything that could run code, load another site, or weaken the
// page's Content-Security-Policy. Content is checked before the build
// (check-content.ts); this scan checks what the build actually produced, so a
// gap in the content check, a component or a dependency is still caught.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { isDangerousUrl } from '../../src/lib/mdx-safety.ts';
import { parseCsp } from '../../src/lib/csp.ts';

/** What kind of problem a finding is. */
export type HtmlRule =
  | 'script' // a script the page's policy did not hash, or one from another site
  | 'handler' // an on* event attribute
  | 'url' // a javascript:, data:, vbscript: ... URL in a link or resource attribute
  | 'tag' // iframe, object, embed, base, frame, foreignObject ...
  | 'style' // a <style> outside <head>, or one the policy did not hash
  | 'style-attr' // a style="" attribute (it would need 'unsafe-inline')
  | 'third-party' // a resource (image, script, stylesheet, form target) on another host
  | 'outbound-rel' // a link to another site without rel="noopener noreferrer"
  | 'refresh' // <meta http-equiv="refresh">
  | 'csp'; // the CSP <meta> is missing, late, or weaker than the site's policy

/** One problem in one page. */
export interface HtmlFinding {
  rule: HtmlRule;
  /** 1-based line in the HTML file. */
  line: number;
  /** What was found, shortened. */
  detail: string;
}

/** Options for `scanHtml`. */
export interface HtmlScanOptions {
  /** The site's own origin, e.g. `https://mading.example.org`: absolute URLs on it are not third-party. */
  origin: string;
  /** Pages that run Pagefind may carry 'wasm-unsafe-eval' and a worker-src; others may not. */
  allowWasm?: boolean;
}

/** Elements that embed another document or change how URLs resolve. */
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe', 'foreignobject']);
/** Attributes that hold a URL the browser may follow or fetch. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite', 'ping', 'manifest', 'codebase', 'longdesc']);
/** Elements whose `src`/`href`/`srcset` the browser fetches by itself (not a navigation). */
const LOADS: Record<string, readonly string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};
/** `<link rel>` values that make the browser fetch the target. */
const LOADING_RELS = /\b(stylesheet|preload|modulepreload|prefetch|prerender|preconnect|dns-prefetch|icon|apple-touch-icon|manifest|mask-icon)\b/i;
/** Script types the browser does not run (structured data). */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;

/** SHA-256 of text as CSP writes it: `'sha256-<base64>'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** URLs listed in a `srcset` value. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** True when `url` resolves to another origin than `origin`. */
function isThirdParty(url: string, origin: string): boolean {
  const u = url.trim();
  if (u === '' || u.startsWith('#')) return false;
  try {
    return new URL(u, `${origin}/`).origin !== new URL(origin).origin;
  } catch {
    return true;
  }
}

/** Compare a page's CSP with what the site requires; returns what is wrong (empty when fine). */
export function judgePolicy(policy: string, allowWasm = false): string[] {
  const csp = parseCsp(policy);
  const wrong: string[] = [];
  const has = (name: string) => csp.get(name) ?? [];
  if (has('default-src').join(' ') !== "'self'") wrong.push(`default-src is “${has('default-src').join(' ')}”, not 'self'`);
  if (has('object-src').join(' ') !== "'none'") wrong.push("object-src is not 'none'");
  if (!has('form-action').length) wrong.push('form-action is missing');
  if (!has('base-uri').length) wrong.push('base-uri is missing');
  for (const name of ['script-src', 'style-src', 'img-src', 'connect-src', 'font-src', 'media-src', 'worker-src', 'frame-src', 'form-action']) {
    for (const source of has(name)) {
      const s = source.toLowerCase();
      if (s === "'unsafe-inline'") wrong.push(`${name} allows 'unsafe-inline'`);
      if (s === "'unsafe-eval'" || s === "'unsafe-hashes'") wrong.push(`${name} allows ${source}`);
      if (s === "'wasm-unsafe-eval'" && !allowWasm) wrong.push(`${name} allows 'wasm-unsafe-eval' on a page without search`);
      if (s === '*' || s === 'data:' || s === 'blob:' || s === 'http:' || s === 'https:' || /^(https?:\/\/|\*\.|[a-z0-9-]+\.[a-z])/i.test(s)) {
        wrong.push(`${name} allows ${source}`);
      }
    }
  }
  if (!csp.has('script-src')) wrong.push('script-src is missing');
  if (!csp.has('style-src')) wrong.push('style-src is missing');
  if (csp.has('worker-src') && !allowWasm) wrong.push('worker-src is set on a page without search');
  return wrong;
}

/**
 * Scan one HTML page. Scripts and styles written into the page must be hashed
 * by its CSP <meta> (the browser would refuse them otherwise, and an unknown one
 * means content got through as code); everything the page loads must come from
 * the site itself.
 */
export function scanHtml(html: string, options: HtmlScanOptions): HtmlFinding[] {
  const findings: HtmlFinding[] = [];
  const lineStarts: number[] = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const add = (rule: HtmlRule, index: number, detail: string) => findings.push({ rule, line: lineAt(index), detail: detail.replace(/\s+/g, ' ').slice(0, 120) });

  let policy: string | null = null;
  let policyLate = false;
  let inHead = false;
  let seenBody = false;
  const openScripts: { attribs: Record<string, string>; index: number; text: string }[] = [];
  const openStyles: { index: number; text: string; inHead: boolean }[] = [];
  const inlineScripts: { index: number; text: string }[] = [];
  const inlineStyles: { index: number; text: string }[] = [];

  const parser: Parser = new Parser(
    {
      onopentag(tagName, attribs) {
        const at = parser.startIndex;
        // Inside SVG the parser keeps camelCase names (foreignObject).
        const name = tagName.toLowerCase();
        if (name === 'head') inHead = true;
        if (name === 'body') {
          inHead = false;
          seenBody = true;
        }
        // The policy only covers what comes after it.
        if (name === 'meta' && (attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy') {
          if (policy === null) policy = attribs.content ?? '';
        }
        if (name === 'meta' && (attribs['http-equiv'] ?? '').toLowerCase() === 'refresh') add('refresh', at, attribs.content ?? '');
        if (policy === null && ((name === 'script' && !DATA_SCRIPT.test((attribs.type ?? '').trim())) || name === 'style' || (name === 'link' && /\b(stylesheet|preload|modulepreload)\b/i.test(attribs.rel ?? '')))) policyLate = true;
        if (FORBIDDEN_ELEMENTS.has(name)) add('tag', at, `<${name}>`);

        for (const [attr, value] of Object.entries(attribs)) {
          if (/^on/i.test(attr)) add('handler', at, `<${name} ${attr}="${value}">`);
          if (attr === 'style') add('style-attr', at, `<${name} style="${value}">`);
          if (URL_ATTRIBUTES.has(attr) && isDangerousUrl(value)) add('url', at, `<${name} ${attr}="${value}">`);
          if ((attr === 'srcset' || attr === 'imagesrcset') && srcsetUrls(value).some(isDangerousUrl)) add('url', at, `<${name} ${attr}="${value}">`);
        }

        const loads = [...(LOADS[name] ?? []), ...(name === 'link' && LOADING_RELS.test(attribs.rel ?? '') ? ['href', 'imagesrcset'] : [])];
        for (const attr of loads) {
          const value = attribs[attr];
          if (value === undefined) continue;
          const urls = attr.endsWith('srcset') ? srcsetUrls(value) : [value];
          if (urls.some((u) => isThirdParty(u, options.origin))) add('third-party', at, `<${name} ${attr}="${value}">`);
        }
        if ((name === 'form' && attribs.action && isThirdParty(attribs.action, options.origin)) || (attribs.formaction && isThirdParty(attribs.formaction, options.origin))) {
          add('third-party', at, `<${name} action="${attribs.action ?? attribs.formaction}">`);
        }
        if ((name === 'a' || name === 'area') && attribs.href && /^(https?:)?\/\//i.test(attribs.href.trim()) && isThirdParty(attribs.href, options.origin)) {
          const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/);
          if (!rel.includes('noreferrer') || !rel.includes('noopener')) add('outbound-rel', at, `<a href="${attribs.href}" rel="${attribs.rel ?? ''}">`);
        }

        if (name === 'script') openScripts.push({ attribs, index: at, text: '' });
        if (name === 'style') openStyles.push({ index: at, text: '', inHead: inHead && !seenBody });
      },
      ontext(text) {
        if (openScripts.length) openScripts[openScripts.length - 1].text += text;
        else if (openStyles.length) openStyles[openStyles.length - 1].text += text;
      },
      onclosetag(tagName) {
        const name = tagName.toLowerCase();
        if (name === 'head') inHead = false;
        if (name === 'script') {
          const s = openScripts.pop();
          if (!s) return;
          const type = (s.attribs.type ?? '').trim();
          if (s.attribs.src !== undefined) {
            if (isThirdParty(s.attribs.src, options.origin)) add('third-party', s.index, `<script src="${s.attribs.src}">`);
            else if (isDangerousUrl(s.attribs.src)) add('url', s.index, `<script src="${s.attribs.src}">`);
          } else if (DATA_SCRIPT.test(type)) {
            try {
              JSON.parse(s.text);
            } catch {
              add('script', s.index, `<script type="${type}"> that is not JSON: ${s.text}`);
            }
          } else {
            inlineScripts.push({ index: s.index, text: s.text });
          }
        }
        if (name === 'style') {
          const s = openStyles.pop();
          if (!s) return;
          if (!s.inHead) add('style', s.index, `<style> outside <head>: ${s.text}`);
          inlineStyles.push({ index: s.index, text: s.text });
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  if (policy === null) {
    add('csp', 0, 'no <meta http-equiv="content-security-policy">');
    for (const s of inlineScripts) add('script', s.index, `inline <script>: ${s.text}`);
    return findings;
  }
  if (policyLate) add('csp', 0, 'a script, style or stylesheet comes before the CSP <meta>, so the policy does not cover it');
  for (const wrong of judgePolicy(policy, options.allowWasm)) add('csp', 0, wrong);
  const csp = parseCsp(policy);
  const scriptSources = new Set(csp.get('script-src-elem') ?? csp.get('script-src') ?? []);
  const styleSources = new Set(csp.get('style-src-elem') ?? csp.get('style-src') ?? []);
  for (const s of inlineScripts) if (!scriptSources.has(cspHash(s.text))) add('script', s.index, `inline <script> not hashed by the page's policy: ${s.text}`);
  for (const s of inlineStyles) if (!styleSources.has(cspHash(s.text))) add('style', s.index, `inline <style> not hashed by the page's policy: ${s.text.slice(0, 60)}`);
  return findings;
}

/** Every .html file below `dir`, as paths relative to it, sorted. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Pages the scan leaves alone, with the reason: the CMS admin is a third-party
 * application with its own policy in netlify.toml (`/admin/*`).
 */
export const SCAN_EXCLUDED = [{ prefix: 'admin/', why: 'the CMS has its own policy (netlify.toml /admin/*)' }] as const;

/** Pages that run Pagefind and so may allow WebAssembly and a worker. */
export const WASM_PAGES = [/^cari\//] as const;

/** Scan every built page; returns only the pages with findings. */
export async function scanDist(dir: string, origin: string): Promise<{ file: string; findings: HtmlFinding[] }[]> {
  const out: { file: string; findings: HtmlFinding[] }[] = [];
  for (const file of await listHtmlFiles(dir)) {
    if (SCAN_EXCLUDED.some((x) => file.startsWith(x.prefix))) continue;
    const html = await readFile(path.join(dir, file), 'utf8');
    const findings = scanHtml(html, { origin, allowWasm: WASM_PAGES.some((re) => re.test(file)) });
    if (findings.length) out.push({ file, findings });
  }
  return out;
}

/** The scan result as lines for a terminal: file, line, rule and what was found. */
export function formatFindings(pages: readonly { file: string; findings: readonly HtmlFinding[] }[]): string {
  const lines: string[] = [];
  for (const { file, findings } of pages) {
    lines.push(`✗ ${file}`);
    for (const f of findings) lines.push(`  line ${f.line} [${f.rule}] ${f.detail}`);
  }
  const count = pages.reduce((n, p) => n + p.findings.length, 0);
  lines.push(`${count} unsafe construct(s) in ${pages.length} page(s). Find where each comes from (a story, a component, a dependency) and fix it there.`);
  return lines.join('\n');
}

/** Post-build step: scan every page and throw (failing the build, so nothing ships) when any is unsafe. Returns the pages scanned. */
export async function assertSafeDist(dir: string, origin: string): Promise<number> {
  const unsafe = await scanDist(dir, origin);
  if (unsafe.length) {
    console.error(formatFindings(unsafe));
    throw new Error(`HTML safety scan: ${unsafe.length} unsafe page(s) in ${dir}`);
  }
  return (await listHtmlFiles(dir)).filter((f) => !SCAN_EXCLUDED.some((x) => f.startsWith(x.prefix))).length;
}

/** The inline code a page carries: executable `<script>` bodies and `<style>` bodies, as the browser hashes them. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  let open: { kind: 'script' | 'style'; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = name.toLowerCase();
        if (tag === 'script' && attribs.src === undefined && !DATA_SCRIPT.test((attribs.type ?? '').trim())) open = { kind: 'script', text: '' };
        else if (tag === 'style') open = { kind: 'style', text: '' };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (open && (tag === 'script' || tag === 'style')) {
          (open.kind === 'script' ? scripts : styles).push(open.text);
          open = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { scripts, styles };
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/**
 * Astro lists the hashes of every script and stylesheet of the whole site in
 * every page's policy (about 0.7 KB gzip per page, growing with the site). Keep
 * only the hashes of the inline code this page holds: smaller pages, and a policy
 * that allows exactly what the page runs. External files stay allowed by 'self'.
 */
export function pruneCspHashes(html: string): string {
  const m = CSP_META.exec(html);
  if (!m) return html;
  const { scripts, styles } = inlineCode(html);
  const keep = new Set([...scripts, ...styles].map(cspHash));
  const policy = m[1]
    .split(';')
    .map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
      if (!name) return '';
      if (!/^(script|style)-src(-elem)?$/i.test(name)) return [name, ...sources].join(' ');
      return [name, ...sources.filter((s) => !/^'sha(256|384|512)-/i.test(s) || keep.has(s))].join(' ');
    })
    .filter(Boolean)
    .join(';');
  return html.replace(m[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

/** Post-build step: prune every page's CSP to its own hashes (see `pruneCspHashes`); returns the bytes saved. */
export async function pruneDistCsp(dir: string): Promise<number> {
  let saved = 0;
  for (const file of await listHtmlFiles(dir)) {
    if (SCAN_EXCLUDED.some((x) => file.startsWith(x.prefix))) continue;
    const abs = path.join(dir, file);
    const html = await readFile(abs, 'utf8');
    const pruned = pruneCspHashes(html);
    if (pruned !== html) {
      saved += html.length - pruned.length;
      await writeFile(abs, pruned);
    }
  }
  return saved;
}

/**
 * A build's verdicts, kept between builds: the SHA-256 of a page as Astro wrote it
 * (with the scan rules, the origin and the page's options) → the policy it was
 * pruned to, recorded only after the pruned page passed the scan. An unchanged
 * page then costs one hash instead of two parses; any changed byte, rule or
 * option is a miss and is pruned and scanned in full.
 */
interface SecureCache {
  version: string;
  pages: Record<string, string | null>;
}

/** Pages read and written at the same time by `secureDist`. */
const SECURE_IO_CONCURRENCY = 8;

/** Where verdicts are kept: MADING_CACHE_DIR/mading-html, else node_modules/.cache/mading-html. */
export function secureCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.MADING_CACHE_DIR ? path.resolve(cwd, env.MADING_CACHE_DIR, 'mading-html') : path.resolve(cwd, 'node_modules/.cache/mading-html');
}

/** The rules' identity: the source of the files that decide a verdict, and the parser's version. A change to any of them empties the cache. */
function rulesVersion(): string {
  const hash = createHash('sha256');
  for (const url of [new URL(import.meta.url), new URL('../../src/lib/csp.ts', import.meta.url), new URL('../../src/lib/mdx-safety.ts', import.meta.url)]) hash.update(readFileSync(url));
  try {
    hash.update(readFileSync(new URL(import.meta.resolve('htmlparser2/package.json'))));
  } catch {
    hash.update('htmlparser2');
  }
  return hash.digest('hex');
}

/**
 * Post-build step: prune every page's CSP to its own hashes (`pruneCspHashes`), then
 * scan the pruned page (`scanHtml`), reading each file once. Pages whose bytes, rules
 * and options match a page that already passed (see `SecureCache`) are pruned from the
 * cached policy without parsing. Throws, failing the build, when any page is unsafe.
 */
export async function secureDist(dir: string, origin: string, options: { cacheDir?: string | false } = {}): Promise<{ pages: number; saved: number; cached: number }> {
  const cacheDir = options.cacheDir === undefined ? secureCacheDir() : options.cacheDir;
  const cacheFile = cacheDir ? path.join(cacheDir, 'verdicts.json') : undefined;
  const version = rulesVersion();
  let previous: Record<string, string | null> = {};
  if (cacheFile) {
    try {
      const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as SecureCache;
      if (stored.version === version) previous = stored.pages;
    } catch {
      // No cache yet, or unreadable: scan everything.
    }
  }
  const next: Record<string, string | null> = {};
  const files = (await listHtmlFiles(dir)).filter((file) => !SCAN_EXCLUDED.some((x) => file.startsWith(x.prefix)));
  const results: ({ file: string; findings: HtmlFinding[] } | undefined)[] = new Array(files.length);
  let saved = 0;
  let cached = 0;
  const check = async (i: number) => {
    const file = files[i];
    const abs = path.join(dir, file);
    const html = await readFile(abs, 'utf8');
    const allowWasm = WASM_PAGES.some((re) => re.test(file));
    const keyOf = (page: string) => createHash('sha256').update(JSON.stringify([origin, allowWasm])).update('\0').update(page).digest('base64');
    const key = keyOf(html);
    let pruned: string;
    const known = Object.hasOwn(previous, key) ? previous[key] : undefined;
    const m = CSP_META.exec(html);
    if (known !== undefined && (known === null) === !m) {
      // Passed before, byte for byte: apply the recorded policy.
      pruned = m && known !== null ? html.replace(m[0], `<meta http-equiv="content-security-policy" content="${known}">`) : html;
      cached++;
      next[key] = known;
    } else {
      pruned = pruneCspHashes(html);
      const findings = scanHtml(pruned, { origin, allowWasm });
      if (findings.length) results[i] = { file, findings };
      else next[key] = m ? (CSP_META.exec(pruned)?.[1] ?? null) : null;
    }
    // A page Astro reuses from an earlier build without rewriting it is already pruned (pruning is idempotent):
    // remember the pruned bytes too, with the same verdict.
    if (Object.hasOwn(next, key) && pruned !== html) next[keyOf(pruned)] = next[key];
    if (pruned !== html) {
      saved += html.length - pruned.length;
      await writeFile(abs, pruned);
    }
  };
  // A few files in flight at once: with every verdict cached the step is mostly waiting on the disk.
  let cursor = 0;
  await Promise.all(
    Array.from({ length: Math.min(SECURE_IO_CONCURRENCY, files.length) }, async () => {
      while (cursor < files.length) await check(cursor++);
    }),
  );
  const unsafe = results.filter((r) => r !== undefined);
  const pages = files.length;
  if (cacheFile) {
    await mkdir(cacheDir as string, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ version, pages: next } satisfies SecureCache));
    await rename(tmp, cacheFile);
  }
  if (unsafe.length) {
    console.error(formatFindings(unsafe));
    throw new Error(`HTML safety scan: ${unsafe.length} unsafe page(s) in ${dir}`);
  }
  return { pages, saved, cached };
}
