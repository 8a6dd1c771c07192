import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  BUDGETS, KB, classifyPage, cssRefs, extractPageRefs, formatBytes, judgePage, largestByKind, measurePage, moduleImports,
  pagePathFor, parseSrcset, pickCandidate, quantile, resolveUrl, type AssetReader, type PageMeasure,
} from '../../scripts/lib/budget.ts';

const ORIGIN = 'https://mading.example.org';

/** An in-memory build: root-relative path → contents (a number = that many incompressible bytes). */
function memoryReader(files: Record<string, string | number>): AssetReader {
  const gzip = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
  return {
    size(p) {
      const f = files[p];
      if (f === undefined) return undefined;
      return typeof f === 'number' ? { raw: f, gzip: f } : { raw: Buffer.byteLength(f), gzip: gzip(f) };
    },
    text: (p) => (typeof files[p] === 'string' ? (files[p] as string) : undefined),
    gzip,
  };
}

/** Text that gzip cannot shrink much: n pseudo-random hex characters. */
function noise(n: number): string {
  let x = 42;
  let out = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += ((x >>> 8) & 15).toString(16);
  }
  return out;
}

const page = (head: string, body = '') => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const rulesOf = (path: string, html: string, files: Record<string, string | number> = {}) =>
  judgePage(measurePage(path, html, memoryReader(files), ORIGIN)).map((v) => v.rule);

describe('classifyPage', () => {
  it.each([
    ['/', 'home'],
    ['/berita/lembur-tak-dibayar/', 'story'],
    ['/arsip/', 'archive'],
    ['/arsip/12/', 'archive'],
    ['/topik/', 'list'],
    ['/topik/upah/', 'topic'],
    ['/topik/upah/3/', 'topic'],
    ['/tempat/', 'list'],
    ['/tempat/karawang/2/', 'place'],
    ['/penulis/mawar-merah/', 'author'],
    ['/cari/', 'search'],
    ['/cetak/mading/', 'poster'],
    ['/cetak/lembur-tak-dibayar/', 'poster'],
    ['/cetak/lembur-tak-dibayar/a3/', 'poster'],
    ['/alat/', 'tools'],
    ['/alat/lembur/', 'calculator'],
    ['/admin/', 'admin'],
    ['/admin/preview/x/', 'admin'],
    ['/tentang/', 'page'],
    ['/langganan/', 'page'],
    ['/kirim/', 'page'],
    ['/kirim/terima-kasih/', 'page'],
    ['/404.html', 'error'],
    ['/berita/a/b/', 'other'],
  ])('%s → %s', (path, kind) => {
    expect(classifyPage(path)).toBe(kind);
  });
});

describe('pagePathFor', () => {
  it.each([
    ['index.html', '/'],
    ['berita/x/index.html', '/berita/x/'],
    ['404.html', '/404.html'],
    ['arsip\\2\\index.html', '/arsip/2/'],
  ])('%s → %s', (file, path) => expect(pagePathFor(file)).toBe(path));
});

describe('parseSrcset and pickCandidate', () => {
  it.each([
    ['/a.avif 360w, /b.avif 720w', [{ url: '/a.avif', width: 360 }, { url: '/b.avif', width: 720 }]],
    ['/a.jpg 1x,/b.jpg 2x', [{ url: '/a.jpg', density: 1 }, { url: '/b.jpg', density: 2 }]],
    ['/only.jpg', [{ url: '/only.jpg', density: 1 }]],
    ['/a,b.jpg 100w, /c.jpg 200w', [{ url: '/a,b.jpg', width: 100 }, { url: '/c.jpg', width: 200 }]],
    ['  /a.jpg   360w ,  /b.jpg 540w  ', [{ url: '/a.jpg', width: 360 }, { url: '/b.jpg', width: 540 }]],
  ])('%j', (srcset, expected) => {
    expect(parseSrcset(srcset)).toMatchObject(expected);
  });

  it.each([
    ['/a 360w, /b 540w, /c 720w', 360, '/a'],
    ['/c 720w, /a 360w, /b 540w', 360, '/a'],
    ['/b 540w, /c 720w', 360, '/b'],
    ['/a 200w, /b 300w', 360, '/b'],
    ['/a 360w, /b 720w', 720, '/b'],
    ['/x.jpg', 360, '/x.jpg'],
  ])('%s at %i px → %s', (srcset, width, url) => {
    expect(pickCandidate(srcset, width)).toBe(url);
  });
});

describe('resolveUrl', () => {
  it.each([
    ['/_astro/a.js', '/berita/x/', '/_astro/a.js'],
    ['../y/', '/berita/x/', '/berita/y/'],
    ['./chunk.js', '/_astro/main.js', '/_astro/chunk.js'],
    ['https://mading.example.org/rss.xml', '/', '/rss.xml'],
    ['https://fonts.example.com/a.woff2', '/', null],
    ['//cdn.example.com/x.js', '/', null],
    ['data:image/png;base64,AAAA', '/', undefined],
    ['#isi', '/', undefined],
    ['/_astro/foto%20satu.jpg', '/', '/_astro/foto satu.jpg'],
  ])('%s on %s → %s', (url, from, expected) => {
    expect(resolveUrl(url, from, ORIGIN)).toBe(expected);
  });
});

describe('moduleImports and cssRefs', () => {
  it.each([
    ['import{a as b}from"./chunk.js";b()', ['./chunk.js']],
    ['import "./side.js";import x from \'/_astro/x.js\'', ['./side.js', '/_astro/x.js']],
    ['export*from"./re.js";export{q}from"./q.js"', ['./re.js', './q.js']],
    ['const m=await import("./lazy.js")', []],
    ['console.log("import \\"nope\\"")', []],
  ])('%s', (code, expected) => expect(moduleImports(code)).toEqual(expected));

  it.each([
    ['a{background:url(/bg.png)}', { urls: ['/bg.png'], imports: [], fontFaces: 0 }],
    ['@import url("x.css");@import "y.css" print;', { urls: ['x.css'], imports: ['x.css', 'y.css'], fontFaces: 0 }],
    ["@font-face{font-family:F;src:url('/f.woff2')}", { urls: ['/f.woff2'], imports: [], fontFaces: 1 }],
  ])('%s', (css, expected) => expect(cssRefs(css)).toEqual(expected));
});

describe('extractPageRefs', () => {
  it('reads scripts, styles, pictures and handlers', () => {
    const refs = extractPageRefs(
      page(
        '<style>body{margin:0}</style><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print"><link rel=icon href=/favicon.svg><script type=module src="/m.js"></script><script type="application/ld+json">{"a":1}</script>',
        '<figure class="cover"><picture><source srcset="/c.avif 360w" type="image/avif"><img src="/c.jpg" width="1" height="1"></picture></figure><img src="/x.jpg" loading="lazy"><button onclick="go()">x</button><script>if (a<b) {}</script>',
      ),
    );
    expect(refs.inlineCss).toEqual(['body{margin:0}']);
    expect(refs.stylesheets).toEqual([{ href: '/a.css', media: undefined }, { href: '/p.css', media: 'print' }]);
    expect(refs.otherRequests).toEqual(['/favicon.svg']);
    expect(refs.scripts).toMatchObject([{ src: '/m.js', module: true }, { code: 'if (a<b) {}', module: false }]);
    expect(refs.images).toMatchObject([
      { src: '/c.jpg', cover: true, sources: [{ srcset: '/c.avif 360w', type: 'image/avif' }] },
      { src: '/x.jpg', cover: false, sources: [] },
    ]);
    expect(refs.handlerBytes).toBe('go()'.length);
  });
});

describe('judgePage: one rule at a time', () => {
  const cover = (avif: string) =>
    `<figure class="cover"><picture><source srcset="${avif} 360w, /c-720.avif 720w" type="image/avif"><img src="/c.jpg" srcset="/c-360.jpg 360w" width="1600" height="900" loading="eager" fetchpriority="high" decoding="async"></picture></figure>`;
  const files = { '/c-360.avif': 4 * KB, '/c-big.avif': 30 * KB, '/c-720.avif': 12 * KB, '/c-360.jpg': 9 * KB, '/c.jpg': 50 * KB };

  it.each<[string, string, string, Record<string, string | number>, string[]]>([
    ['a clean story', '/berita/x/', page('<style>p{}</style>', cover('/c-360.avif')), files, []],
    ['a story over 14 KB', '/berita/x/', page('', `<p>${noise(40_000)}</p>`), {}, ['first-flight']],
    ['a big archive page', '/arsip/', page('', `<p>${noise(40_000)}</p>`), {}, ['first-flight']],
    ['a poster may be big', '/cetak/x/', page('', `<p>${noise(40_000)}</p>`), {}, []],
    ['inline script on a story', '/berita/x/', page('', '<script>alert(1)</script>'), {}, ['javascript']],
    ['module script on a topic page', '/topik/upah/', page('<script type="module" src="/_astro/m.js"></script>'), { '/_astro/m.js': 'x()' }, ['javascript']],
    ['JSON-LD is not JavaScript', '/berita/x/', page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>'), {}, []],
    ['an onclick handler', '/', page('', '<a href="/" onclick="x()">a</a>'), {}, ['javascript']],
    ['a blocking stylesheet', '/tentang/', page('<link rel="stylesheet" href="/a.css">'), { '/a.css': 'p{}' }, ['render-blocking']],
    ['a print stylesheet is fine', '/tentang/', page('<link rel="stylesheet" href="/p.css" media="print">'), { '/p.css': 'p{}' }, []],
    ['a classic script blocks even on a poster', '/cetak/x/', page('<script src="/a.js"></script>'), { '/a.js': 'x()' }, ['render-blocking']],
    ['a deferred script is fine on a poster', '/cetak/x/', page('<script defer src="/a.js"></script>'), { '/a.js': 'x()' }, []],
    ['@import in inline CSS', '/cetak/x/', page('<style>@import "/more.css";</style>'), { '/more.css': 'p{}' }, ['render-blocking']],
    ['@font-face', '/cetak/x/', page("<style>@font-face{font-family:X;src:url('/x.woff2')}</style>"), { '/x.woff2': 100 }, ['web-font']],
    ['a preloaded font', '/cetak/x/', page('<link rel="preload" as="font" href="/x.woff2" crossorigin>'), { '/x.woff2': 100 }, ['web-font']],
    ['a third-party image', '/cetak/x/', page('', '<img src="https://tracker.example.com/p.gif" width="1" height="1">'), {}, ['third-party']],
    ['a third-party stylesheet', '/cetak/x/', page('<link rel="stylesheet" href="https://cdn.example.com/a.css">'), {}, ['render-blocking', 'third-party']],
    ['a missing script', '/alat/lembur/', page('<script type="module" src="/_astro/gone.js"></script>'), {}, ['missing-asset']],
    ['an image without dimensions', '/', page('', '<img src="/x.jpg" alt="">'), { '/x.jpg': 10 }, ['img-dimensions']],
    ['a heavy cover', '/berita/x/', page('', cover('/c-big.avif')), files, ['cover-360']],
    ['a lazy cover', '/berita/x/', page('', cover('/c-360.avif').replace('loading="eager" fetchpriority="high"', 'loading="lazy"').replace('<figure class="cover">', '<figure class="cover x">')), files, ['img-loading']],
    ['an eager body image', '/berita/x/', page('', `${cover('/c-360.avif')}<img src="/c.jpg" width="1" height="1">`), files, ['img-loading']],
    ['the CMS is exempt', '/admin/', page('<script src="/admin/cms.js"></script><link rel="stylesheet" href="https://fonts.example.com/x.css">'), { '/admin/cms.js': 'x()' }, []],
  ])('%s', (_, path, html, files, expected) => {
    expect(rulesOf(path, html, files)).toEqual(expected);
  });

  it('adds blocking files to the first flight', () => {
    const css = `p{color:red}/*${noise(32_000)}*/`;
    const m = measurePage('/berita/x/', page('<link rel="stylesheet" href="/big.css">'), memoryReader({ '/big.css': css }), ORIGIN);
    expect(m.firstFlight).toBeGreaterThan(m.htmlGzip + 8 * KB);
    expect(judgePage(m).map((v) => v.rule)).toEqual(['first-flight', 'render-blocking']);
  });

  it('counts a calculator script with its static imports, not its lazy ones', () => {
    const big = `'${noise(12_000)}'`;
    const reader = memoryReader({ '/_astro/calc.js': 'import{a}from"./shared.js";import("./lazy.js");a()', '/_astro/shared.js': `export const a=()=>{${big}}`, '/_astro/lazy.js': big });
    const m = measurePage('/alat/lembur/', page('<script type="module" src="/_astro/calc.js"></script>'), reader, ORIGIN);
    expect(m.jsFiles).toEqual(['/_astro/calc.js', '/_astro/shared.js']);
    expect(m.jsGzip).toBeGreaterThan(BUDGETS.calculatorJs);
    expect(judgePage(m).map((v) => v.rule)).toEqual(['javascript']);
  });

  it('measures the 360 px candidate of every cover format', () => {
    const m = measurePage('/berita/x/', page('', cover('/c-360.avif')), memoryReader(files), ORIGIN);
    expect(m.covers).toEqual([
      { url: '/c-360.avif', type: 'image/avif', bytes: 4 * KB },
      { url: '/c-360.jpg', type: 'image/jpeg', bytes: 9 * KB },
    ]);
  });
});

describe('reporting helpers', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [14 * 1024 + 512, '14.5 KB'],
    [3 * 1024 * 1024, '3.00 MB'],
  ])('formatBytes(%i) = %s', (n, s) => expect(formatBytes(n)).toBe(s));

  it.each([
    [[], 0.5, 0],
    [[5], 0.5, 5],
    [[1, 2, 3, 4], 0.5, 2],
    [[4, 1, 3, 2, 5], 0.5, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95, 10],
  ])('quantile(%j, %d) = %d', (values, q, expected) => expect(quantile(values, q)).toBe(expected));

  it('finds the largest page of each kind', () => {
    const p = (path: string, firstFlight: number) => ({ path, kind: classifyPage(path), firstFlight }) as PageMeasure;
    const result = largestByKind([p('/berita/a/', 5), p('/berita/b/', 9), p('/', 3), p('/berita/c/', 7)]);
    expect(result.map((r) => [r.kind, r.count, r.largest.path])).toEqual([['story', 3, '/berita/b/'], ['home', 1, '/']]);
  });
});
