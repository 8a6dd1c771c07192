// Byte budgets from shared/DESIGN.md, checked on a built site. Pure logic: the
// caller hands in each page's HTML and a reader for the files it references, so
// every rule can be tested with strings (tests/unit/budget.test.ts).
import { Parser } from 'htmlparser2';
import { ROUTES } from '../../src/lib/urls.ts';

/** 1 KB = 1024 bytes (the budgets in DESIGN.md are binary kilobytes). */
export const KB = 1024;

/**
 * The budgets. 14 KB ≈ the first TCP flight (initial window of 10 × 1460-byte
 * segments = 14,600 bytes, less room for the response headers).
 */
export const BUDGETS = {
  /** Gzipped HTML with its inlined CSS plus anything render-blocking. */
  firstFlight: 14 * KB,
  /** The cover image a 360 px phone downloads, per format offered. */
  coverAt360: 25 * KB,
  /** All JavaScript a calculator page loads up front, gzipped. */
  calculatorJs: 5 * KB,
} as const;

/** Page kinds, named after the routes in src/lib/urls.ts. */
export type PageKind =
  | 'home' | 'story' | 'archive' | 'topic' | 'place' | 'author' | 'list' | 'page' | 'error'
  | 'search' | 'tools' | 'calculator' | 'poster' | 'admin' | 'other';

/** Which budgets apply to a kind; rules common to every page apply unless `exempt`. */
export interface KindPolicy {
  /** Gzip bytes of HTML + inlined CSS + render-blocking resources. */
  firstFlight?: number;
  /** Gzip bytes of JavaScript loaded up front (0 = none at all). */
  js?: number;
  /** Largest 360 px cover candidate, bytes. */
  coverAt360?: number;
  /** Cover eager with fetchpriority=high, every other image lazy and async. */
  imageLoading?: boolean;
  /** Not a reader-facing page (the CMS): measured and listed, never judged. */
  exempt?: boolean;
}

const readable: KindPolicy = { firstFlight: BUDGETS.firstFlight, js: 0 };

/** The budget table per page kind (see DESIGN.md "Budgets"). */
export const POLICY: Record<PageKind, KindPolicy> = {
  story: { ...readable, coverAt360: BUDGETS.coverAt360, imageLoading: true },
  home: readable,
  archive: readable,
  topic: readable,
  place: readable,
  author: readable,
  list: readable,
  page: readable,
  error: readable,
  // Search paints its form in one round trip; its script loads after (the
  // 100 KB first-search budget is measured by tests/e2e/search.test.ts).
  search: { firstFlight: BUDGETS.firstFlight },
  tools: { firstFlight: BUDGETS.firstFlight },
  calculator: { js: BUDGETS.calculatorJs },
  // Posters are for printing: only the rules common to every page.
  poster: {},
  admin: { exempt: true },
  other: {},
};

/** Rules a page can break. */
export type RuleId =
  | 'first-flight' | 'javascript' | 'render-blocking' | 'web-font' | 'cover-360'
  | 'third-party' | 'img-dimensions' | 'img-loading' | 'missing-asset';

/** One line of advice per rule, printed under the table of offenders. */
export const RULE_FIX: Record<RuleId, string> = {
  'first-flight': 'Trim markup or CSS (src/styles/global.css), or move heavy parts to their own page; must fit the first TCP flight.',
  javascript: 'Reading pages work without JavaScript: remove the <script>, or load it only on the page that needs it.',
  'render-blocking': 'Inline the CSS (build.inlineStylesheets) and load scripts with type="module", defer or async.',
  'web-font': 'Use the system font stacks in src/styles/global.css (--sans, --serif); no @font-face.',
  'cover-360': 'Lower the quality or add a 360w candidate in the cover <Picture> (src/pages/berita/[slug].astro).',
  'third-party': 'Self-host the file; no request may leave the site.',
  'img-dimensions': 'Give every <img> width and height (astro:assets does) so nothing shifts while loading.',
  'img-loading': 'Cover: loading="eager" fetchpriority="high"; other images: loading="lazy" decoding="async".',
  'missing-asset': 'The page references a file that is not in the build output.',
};

// ─── Classifying pages ──────────────────────────────────────────────────────

const SLOT = '\u0000';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex for a route builder: `(id) => /topik/${id}/` → ^/topik/[^/]+/(\d+/)?$ */
function routeRe(route: (slot: string) => string, paginated = false): RegExp {
  const [before, after] = route(SLOT).split(SLOT).map(escapeRe);
  return new RegExp(`^${before}[^/]+${after}${paginated ? '(?:\\d+/)?' : ''}$`);
}

const EXACT: [string, PageKind][] = [
  [ROUTES.home, 'home'],
  [ROUTES.search, 'search'],
  [ROUTES.wallSheet, 'poster'],
  [ROUTES.topics, 'list'],
  [ROUTES.places, 'list'],
  [ROUTES.tools, 'tools'],
  ['/404.html', 'error'],
];
const PATTERNS: [RegExp, PageKind][] = [
  [routeRe(ROUTES.story), 'story'],
  [new RegExp(`^${escapeRe(ROUTES.archive())}(?:\\d+/)?$`), 'archive'],
  [routeRe(ROUTES.topic, true), 'topic'],
  [routeRe(ROUTES.place, true), 'place'],
  [routeRe(ROUTES.author, true), 'author'],
  [routeRe(ROUTES.posterA3), 'poster'],
  [routeRe(ROUTES.poster), 'poster'],
  [routeRe((id) => ROUTES.tool(id as 'lembur')), 'calculator'],
  [/^\/admin\//, 'admin'],
  // The contribution form and its thank-you page are plain reading pages.
  [new RegExp(`^${escapeRe(ROUTES.submit)}`), 'page'],
  [routeRe(ROUTES.page), 'page'],
];

/** The kind of page at a root-relative URL path (`/berita/x/`, `/404.html`). */
export function classifyPage(pathname: string): PageKind {
  for (const [path, kind] of EXACT) if (pathname === path) return kind;
  for (const [re, kind] of PATTERNS) if (re.test(pathname)) return kind;
  return 'other';
}

/** The URL path a file in dist/ is served at (`berita/x/index.html` → `/berita/x/`). */
export function pagePathFor(relativeFile: string): string {
  const p = `/${relativeFile.split(/[\\/]/).join('/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

// ─── Reading a page ─────────────────────────────────────────────────────────

/** A `<script>` element. */
export interface ScriptRef { src?: string; code: string; module: boolean; async: boolean; defer: boolean }
/** An `<img>`, with the `<source>`s of its `<picture>`. */
export interface ImageRef {
  src?: string;
  srcset?: string;
  sources: { srcset: string; type?: string }[];
  attrs: Record<string, string>;
  /** Inside `.cover` or marked fetchpriority=high: the story's lead picture. */
  cover: boolean;
}
/** Everything a page references that costs bytes or a round trip. */
export interface PageRefs {
  scripts: ScriptRef[];
  stylesheets: { href: string; media?: string }[];
  inlineCss: string[];
  modulePreloads: string[];
  fontPreloads: string[];
  renderBlockingAttr: string[];
  images: ImageRef[];
  /** Other URLs the browser fetches by itself (icons, manifest, video posters, iframes...). */
  otherRequests: string[];
  /** Bytes of inline event-handler attributes (onclick=...). */
  handlerBytes: number;
}

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript']);
const FETCHED_LINKS = new Set(['icon', 'shortcut', 'apple-touch-icon', 'manifest', 'preload', 'prefetch', 'mask-icon']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Parse a page's HTML into the references the budgets care about. */
export function extractPageRefs(html: string): PageRefs {
  const refs: PageRefs = { scripts: [], stylesheets: [], inlineCss: [], modulePreloads: [], fontPreloads: [], renderBlockingAttr: [], images: [], otherRequests: [], handlerBytes: 0 };
  const stack: { name: string; cover: boolean }[] = [];
  let picture: { srcset: string; type?: string }[] | null = null;
  let script: ScriptRef | null = null;
  let style: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const cover = (stack.at(-1)?.cover ?? false) || /(?:^|\s)cover(?:\s|$)/.test(attrs.class ?? '');
        if (!VOID.has(name)) stack.push({ name, cover });
        for (const [key, value] of Object.entries(attrs)) if (/^on[a-z]+$/.test(key)) refs.handlerBytes += Buffer.byteLength(value);
        if (attrs.blocking?.split(/\s+/).includes('render')) refs.renderBlockingAttr.push(`<${name}>`);
        if (attrs.style) refs.inlineCss.push(attrs.style);
        switch (name) {
          case 'script': {
            const type = (attrs.type ?? '').trim().toLowerCase();
            if (JS_TYPES.has(type)) script = { src: attrs.src, code: '', module: type === 'module', async: 'async' in attrs, defer: 'defer' in attrs };
            break;
          }
          case 'style':
            style = [];
            break;
          case 'link': {
            const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
            const href = attrs.href;
            if (!href) break;
            if (rel.includes('stylesheet') && !('disabled' in attrs)) refs.stylesheets.push({ href, media: attrs.media });
            else if (rel.includes('modulepreload')) refs.modulePreloads.push(href);
            else if (rel.includes('preload') && attrs.as === 'font') refs.fontPreloads.push(href);
            else if (rel.some((r) => FETCHED_LINKS.has(r))) refs.otherRequests.push(href);
            break;
          }
          case 'picture':
            picture = [];
            break;
          case 'source':
            if (picture && attrs.srcset) picture.push({ srcset: attrs.srcset, type: attrs.type });
            else if (attrs.src) refs.otherRequests.push(attrs.src);
            break;
          case 'img':
            refs.images.push({ src: attrs.src, srcset: attrs.srcset, sources: picture ?? [], attrs, cover: cover || attrs.fetchpriority === 'high' });
            break;
          case 'iframe': case 'embed': case 'audio': case 'video': case 'track': case 'object': case 'input': {
            for (const key of ['src', 'poster', 'data']) if (attrs[key] && !(name === 'input' && attrs.type !== 'image')) refs.otherRequests.push(attrs[key]);
            break;
          }
        }
      },
      ontext(text) {
        if (script) script.code += text;
        else if (style) style.push(text);
      },
      onclosetag(name) {
        if (!VOID.has(name)) {
          const i = stack.map((e) => e.name).lastIndexOf(name);
          if (i >= 0) stack.length = i;
        }
        if (name === 'script' && script) {
          refs.scripts.push(script);
          script = null;
        } else if (name === 'style' && style) {
          refs.inlineCss.push(style.join(''));
          style = null;
        } else if (name === 'picture') picture = null;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return refs;
}

/** `url(...)` references and `@import`s in a piece of CSS. */
export function cssRefs(css: string): { urls: string[]; imports: string[]; fontFaces: number } {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+?)\1\s*\)/gi)].map((m) => m[2]);
  const imports = [...css.matchAll(/@import\s+(?:url\(\s*)?(['"]?)([^'");\s]+)\1/gi)].map((m) => m[2]);
  const fontFaces = (css.match(/@font-face\b/gi) ?? []).length;
  return { urls, imports, fontFaces };
}

/** Static imports of an ES module (`import x from "./a.js"`, `export * from "./b.js"`); dynamic `import()` loads later and is left out. */
export function moduleImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g)) out.add(m[2]);
  return [...out];
}

/** Candidates of a `srcset` (`a.avif 360w, b.avif 720w`). */
export function parseSrcset(srcset: string): { url: string; width?: number; density?: number }[] {
  // The HTML rule: a URL runs to the next whitespace (a trailing comma ends the
  // candidate); its descriptor runs to the next comma. URLs may contain commas.
  const out: { url: string; width?: number; density?: number }[] = [];
  let rest = srcset;
  while ((rest = rest.replace(/^[\s,]+/, ''))) {
    let url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    let descriptor = '';
    if (/,+$/.test(url)) url = url.replace(/,+$/, '');
    else {
      descriptor = /^[^,]*/.exec(rest)![0].trim();
      rest = rest.replace(/^[^,]*,?/, '');
    }
    const w = /^(\d+)w$/.exec(descriptor);
    const x = /^([\d.]+)x$/.exec(descriptor);
    out.push({ url, width: w ? Number(w[1]) : undefined, density: x ? Number(x[1]) : descriptor ? undefined : 1 });
  }
  return out;
}

/** The candidate a phone `cssWidth` px wide at 1× picks: the narrowest at least that wide, else the widest. */
export function pickCandidate(srcset: string, cssWidth: number): string | undefined {
  const list = parseSrcset(srcset).filter((c) => c.width !== undefined).sort((a, b) => a.width! - b.width!);
  if (!list.length) return parseSrcset(srcset)[0]?.url;
  return (list.find((c) => c.width! >= cssWidth) ?? list.at(-1))!.url;
}

/**
 * Where a URL on page `pagePath` points: a root-relative path inside the site,
 * `null` for another origin, `undefined` for data:/blob:/fragment URLs (no request).
 */
export function resolveUrl(url: string, pagePath: string, origin: string): string | null | undefined {
  const trimmed = url.trim();
  if (!trimmed || trimmed.startsWith('#') || /^(data|blob|about|javascript|mailto|tel):/i.test(trimmed)) return undefined;
  const base = new URL(pagePath, origin);
  const resolved = new URL(trimmed, base);
  if (!/^https?:$/.test(resolved.protocol)) return undefined;
  if (resolved.origin !== new URL(origin).origin) return null;
  return decodeURIComponent(resolved.pathname);
}

// ─── Measuring and judging ──────────────────────────────────────────────────

/** Size of one file in the build output. */
export interface FileSize { raw: number; gzip: number }
/** How the checker reads the build output (a real folder, or a Map in tests). */
export interface AssetReader {
  /** Sizes of the file at a root-relative path, or undefined when missing. */
  size(pathname: string): FileSize | undefined;
  /** Text of the file at a root-relative path, or undefined when missing. */
  text(pathname: string): string | undefined;
  /** Gzip size of a string (level 9). */
  gzip(text: string): number;
}

/** What the checker measured on one page. */
export interface PageMeasure {
  path: string;
  kind: PageKind;
  htmlRaw: number;
  htmlGzip: number;
  /** HTML + every render-blocking resource, gzipped: what must arrive before first paint. */
  firstFlight: number;
  /** Gzip bytes of every script loaded up front (inline, external, their static imports, handlers). */
  jsGzip: number;
  jsFiles: string[];
  renderBlocking: string[];
  fonts: string[];
  thirdParty: string[];
  missing: string[];
  /** Per cover format: the file a 360 px phone downloads and its size. */
  covers: { url: string; type: string; bytes: number }[];
  imageProblems: { rule: 'img-dimensions' | 'img-loading'; detail: string }[];
}

const FONT_FILE = /\.(woff2?|ttf|otf|eot)(?:[?#].*)?$/i;
const mimeOf = (url: string, type?: string) => type ?? `image/${(/\.(\w+)(?:[?#].*)?$/.exec(url)?.[1] ?? '?').toLowerCase().replace('jpg', 'jpeg')}`;

/** Measure one page: sizes, scripts and their imports, blocking requests, fonts, covers, images. */
export function measurePage(pagePath: string, html: string, reader: AssetReader, origin: string): PageMeasure {
  const kind = classifyPage(pagePath);
  const refs = extractPageRefs(html);
  const m: PageMeasure = {
    path: pagePath, kind, htmlRaw: Buffer.byteLength(html), htmlGzip: reader.gzip(html), firstFlight: 0, jsGzip: 0,
    jsFiles: [], renderBlocking: [], fonts: [], thirdParty: [], missing: [], covers: [], imageProblems: [],
  };
  const local = (url: string, from = pagePath): string | undefined => {
    const r = resolveUrl(url, from, origin);
    if (r === null) m.thirdParty.push(url);
    return r ?? undefined;
  };
  let blockingGzip = 0;

  // JavaScript: inline code, handlers, external files and everything they import statically.
  const seen = new Set<string>();
  const addModule = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const size = reader.size(path);
    if (!size) return void m.missing.push(path);
    m.jsFiles.push(path);
    m.jsGzip += size.gzip;
    for (const spec of moduleImports(reader.text(path) ?? '')) {
      if (!/^[./]/.test(spec) && !/^https?:/.test(spec)) continue;
      const dep = local(spec, path);
      if (dep) addModule(dep);
    }
  };
  for (const s of refs.scripts) {
    if (s.src) {
      const path = local(s.src);
      if (path) addModule(path);
      if (!s.module && !s.async && !s.defer) {
        m.renderBlocking.push(`<script src="${s.src}">`);
        blockingGzip += path ? (reader.size(path)?.gzip ?? 0) : 0;
      }
    } else if (s.code.trim()) {
      m.jsGzip += reader.gzip(s.code);
    }
  }
  for (const href of refs.modulePreloads) {
    const path = local(href);
    if (path) addModule(path);
  }
  if (refs.handlerBytes) m.jsGzip += refs.handlerBytes;

  // CSS: external stylesheets block rendering unless they are print-only.
  const cssTexts = [...refs.inlineCss];
  for (const sheet of refs.stylesheets) {
    const path = local(sheet.href);
    const text = path ? reader.text(path) : undefined;
    if (path && text === undefined) m.missing.push(path);
    if (text !== undefined) cssTexts.push(text);
    const media = (sheet.media ?? 'all').toLowerCase();
    if (!/^\s*print\s*$/.test(media)) {
      m.renderBlocking.push(`<link rel="stylesheet" href="${sheet.href}">`);
      blockingGzip += path ? (reader.size(path)?.gzip ?? 0) : 0;
    }
  }
  for (const css of cssTexts) {
    const { urls, imports, fontFaces } = cssRefs(css);
    for (const url of imports) {
      m.renderBlocking.push(`@import ${url}`);
      local(url);
    }
    if (fontFaces) m.fonts.push(`@font-face ×${fontFaces}`);
    for (const url of urls) {
      local(url);
      if (FONT_FILE.test(url)) m.fonts.push(url);
    }
  }
  for (const el of refs.renderBlockingAttr) m.renderBlocking.push(`${el} blocking="render"`);
  for (const url of refs.fontPreloads) {
    m.fonts.push(url);
    local(url);
  }
  for (const url of refs.otherRequests) {
    local(url);
    if (FONT_FILE.test(url)) m.fonts.push(url);
  }

  // Images: dimensions everywhere; on story pages the cover leads and the rest waits.
  let coverSeen = false;
  for (const img of refs.images) {
    const label = img.src ?? img.srcset ?? '(no src)';
    for (const url of [img.src, ...parseSrcset(img.srcset ?? '').map((c) => c.url), ...img.sources.flatMap((s) => parseSrcset(s.srcset).map((c) => c.url))]) {
      if (url) local(url);
    }
    if (!img.attrs.width || !img.attrs.height) m.imageProblems.push({ rule: 'img-dimensions', detail: `<img src="${label}"> has no width/height` });
    if (img.cover && !coverSeen) {
      coverSeen = true;
      if (img.attrs.loading === 'lazy' || img.attrs.fetchpriority !== 'high') m.imageProblems.push({ rule: 'img-loading', detail: `cover ${label} must load eagerly with fetchpriority="high"` });
      const offers = [...img.sources, ...(img.srcset ? [{ srcset: img.srcset, type: undefined }] : img.src ? [{ srcset: img.src, type: undefined }] : [])];
      for (const offer of offers) {
        const url = pickCandidate(offer.srcset, 360);
        const path = url ? local(url) : undefined;
        if (!url || !path) continue;
        const size = reader.size(path);
        if (!size) m.missing.push(path);
        else m.covers.push({ url, type: mimeOf(url, offer.type), bytes: size.raw });
      }
    } else if (img.attrs.loading !== 'lazy' || img.attrs.decoding !== 'async') {
      m.imageProblems.push({ rule: 'img-loading', detail: `${label} should have loading="lazy" decoding="async"` });
    }
  }
  m.firstFlight = m.htmlGzip + blockingGzip;
  m.thirdParty = [...new Set(m.thirdParty)];
  m.fonts = [...new Set(m.fonts)];
  m.missing = [...new Set(m.missing)];
  return m;
}

/** One broken budget. */
export interface Violation {
  page: string;
  kind: PageKind;
  rule: RuleId;
  /** Measured value (bytes, or a count for lists). */
  actual: number;
  /** The budget in the same unit. */
  budget: number;
  detail: string;
}

/** Compare one page's measurements with its kind's budgets. */
export function judgePage(m: PageMeasure, policy: Record<PageKind, KindPolicy> = POLICY): Violation[] {
  const p = policy[m.kind];
  if (p.exempt) return [];
  const out: Violation[] = [];
  const add = (rule: RuleId, actual: number, budget: number, detail: string) => out.push({ page: m.path, kind: m.kind, rule, actual, budget, detail });
  if (p.firstFlight !== undefined && m.firstFlight > p.firstFlight) add('first-flight', m.firstFlight, p.firstFlight, `HTML + inlined CSS${m.firstFlight > m.htmlGzip ? ' + blocking files' : ''}, gzip`);
  if (p.js !== undefined && m.jsGzip > p.js) add('javascript', m.jsGzip, p.js, m.jsFiles.length ? m.jsFiles.join(', ') : 'inline script');
  if (m.renderBlocking.length) add('render-blocking', m.renderBlocking.length, 0, m.renderBlocking.join(', '));
  if (m.fonts.length) add('web-font', m.fonts.length, 0, m.fonts.join(', '));
  if (m.thirdParty.length) add('third-party', m.thirdParty.length, 0, m.thirdParty.join(', '));
  if (m.missing.length) add('missing-asset', m.missing.length, 0, m.missing.join(', '));
  if (p.coverAt360 !== undefined) for (const c of m.covers) if (c.bytes > p.coverAt360) add('cover-360', c.bytes, p.coverAt360, `${c.type} ${c.url}`);
  for (const problem of m.imageProblems) {
    if (problem.rule === 'img-loading' && !p.imageLoading) continue;
    add(problem.rule, 1, 0, problem.detail);
  }
  return out;
}

// ─── Reporting ──────────────────────────────────────────────────────────────

/** Human size: `812 B`, `5.4 KB`, `1.20 MB` (1 KB = 1024 B). */
export function formatBytes(n: number): string {
  if (n < KB) return `${n} B`;
  if (n < KB * KB) return `${(n / KB).toFixed(1)} KB`;
  return `${(n / KB / KB).toFixed(2)} MB`;
}

/** Render rows as a plain, aligned text table (CI logs have no colours). */
export function formatTable(header: string[], rows: string[][], alignRight: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (alignRight[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The biggest page (by first-flight bytes) of each kind, in a stable kind order. */
export function largestByKind(pages: readonly PageMeasure[]): { kind: PageKind; count: number; largest: PageMeasure }[] {
  const byKind = new Map<PageKind, { count: number; largest: PageMeasure }>();
  for (const page of pages) {
    const entry = byKind.get(page.kind);
    if (!entry) byKind.set(page.kind, { count: 1, largest: page });
    else {
      entry.count++;
      if (page.firstFlight > entry.largest.firstFlight) entry.largest = page;
    }
  }
  const order = Object.keys(POLICY) as PageKind[];
  return order.filter((k) => byKind.has(k)).map((kind) => ({ kind, ...byKind.get(kind)! }));
}

/** Value at quantile q (0..1) of a list of numbers (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
