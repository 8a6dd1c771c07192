// The post-build scan: what reaches dist/ must not run code, load another site,
// or slip past the page's CSP. Each rule is shown catching a real pattern.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineCode, pruneCspHashes, scanHtml, secureDist, type HtmlRule } from '../../scripts/lib/html-safety.ts';

const origin = 'https://mading.example.org';
const STYLE = 'body{margin:0}';
const SCRIPT = 'console.log(1)';
const policy = (extra = '') =>
  `default-src 'self';img-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-src 'none'; script-src 'self' ${cspHash(SCRIPT)}; style-src 'self' ${cspHash(STYLE)};${extra}`;
/** A page shaped like Astro's output: CSP meta first, then the inlined stylesheet. */
const page = (body: string, head = '', csp = policy()) =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>T</title><script type="application/ld+json">{"@context":"https://schema.org"}</script><meta http-equiv="content-security-policy" content="${csp}"><style>${STYLE}</style>${head}</head><body>${body}</body></html>`;
const rules = (html: string, allowWasm = false) => scanHtml(html, { origin, allowWasm }).map((f) => f.rule);

describe('scanHtml', () => {
  it('passes a clean page: hashed inline style and script, own assets, outbound link with rel', () => {
    const html = page(
      `<main><img src="/_astro/a.webp" srcset="/_astro/a.webp 360w, /_astro/b.webp 720w" alt="x"><a href="https://peraturan.example/" rel="noopener noreferrer">x</a><a href="/berita/x/">y</a><form action="/cari/"><input name="q"></form><svg viewBox="0 0 1 1"><path d="M0 0h1v1z"/></svg><script type="module" src="/_astro/x.js"></script><script type="module">${SCRIPT}</script></main>`,
    );
    expect(scanHtml(html, { origin })).toEqual([]);
  });

  it.each<[string, string, HtmlRule]>([
    ['an unhashed inline script', '<script>alert(1)</script>', 'script'],
    ['a script from another site', '<script src="https://cdn.example/x.js"></script>', 'third-party'],
    ['a protocol-relative script', '<script src="//cdn.example/x.js"></script>', 'third-party'],
    ['structured data that is not JSON', '<script type="application/ld+json">alert(1)</script>', 'script'],
    ['an event handler', '<img src="/a.webp" alt="" onerror="alert(1)">', 'handler'],
    ['an event handler in SVG', '<svg onload="alert(1)"></svg>', 'handler'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'url'],
    ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">x</a>', 'url'],
    ['a data: image', '<img src="data:image/svg+xml,x" alt="">', 'url'],
    ['a data: URL in srcset', '<img src="/a.webp" srcset="data:image/png;base64,AA 1x" alt="">', 'url'],
    ['an iframe', '<iframe src="/x/"></iframe>', 'tag'],
    ['an object', '<object data="/x.swf"></object>', 'tag'],
    ['an embed', '<embed src="/x.swf">', 'tag'],
    ['foreignObject', '<svg><foreignObject><p>x</p></foreignObject></svg>', 'tag'],
    ['a style element in the body', '<style>body{margin:0}</style>', 'style'],
    ['a style attribute', '<p style="color:red">x</p>', 'style-attr'],
    ['an image from another site (a tracker)', '<img src="https://pelacak.example/p.gif" alt="">', 'third-party'],
    ['a stylesheet from another site', '<link rel="stylesheet" href="https://fonts.example/css">', 'third-party'],
    ['a form posting elsewhere', '<form action="https://jahat.example/curi"><input name="nik"></form>', 'third-party'],
    ['an outbound link without noreferrer', '<a href="https://peraturan.example/">x</a>', 'outbound-rel'],
    ['an outbound link with only noopener', '<a href="https://peraturan.example/" rel="noopener" target="_blank">x</a>', 'outbound-rel'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://jahat.example/">', 'refresh'],
  ])('catches %s', (_name, body, rule) => {
    expect(rules(page(body))).toContain(rule);
  });

  it('reports the line of each finding', () => {
    const html = page('\n<p>x</p>\n<img src="https://pelacak.example/p.gif" alt="">');
    expect(scanHtml(html, { origin })).toEqual([{ rule: 'third-party', line: 3, detail: '<img src="https://pelacak.example/p.gif">' }]);
  });

  it('absolute links on the site itself are not outbound', () => {
    expect(rules(page(`<a href="${origin}/berita/x/">x</a><img src="${origin}/kartu/x.png" alt="">`))).toEqual([]);
  });

  it.each<[string, string, string, boolean]>([
    ['no CSP <meta>', page('').replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''), 'no <meta', false],
    ['a stylesheet before the CSP', page('').replace('<meta charset="utf-8">', '<meta charset="utf-8"><link rel="stylesheet" href="/a.css">'), 'comes before the CSP', false],
    ["'unsafe-inline' scripts", page('', '', policy().replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")), "script-src allows 'unsafe-inline'", false],
    ['WebAssembly outside search', page('', '', policy().replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")), "'wasm-unsafe-eval' on a page without search", false],
    ['a worker outside search', page('', '', policy(" worker-src 'self';")), 'worker-src is set on a page without search', false],
  ])('flags a weak or missing policy: %s', (_name, html, detail, allowWasm) => {
    const found = scanHtml(html, { origin, allowWasm });
    expect(found.filter((f) => f.rule === 'csp').map((f) => f.detail).join(' | ')).toContain(detail);
  });

  it('allows WebAssembly and a same-origin worker where search runs', () => {
    const html = page('', '', policy(" worker-src 'self';").replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
    expect(scanHtml(html, { origin, allowWasm: true })).toEqual([]);
  });
});

describe('pruneCspHashes', () => {
  const other = cspHash('body{color:red}');
  const html = page(`<script type="module">${SCRIPT}</script><script type="module" src="/_astro/x.js"></script>`, '', policy().replace(`style-src 'self' ${cspHash(STYLE)}`, `style-src 'self' ${cspHash(STYLE)} ${other}`).replace(`script-src 'self' ${cspHash(SCRIPT)}`, `script-src 'self' ${cspHash(SCRIPT)} ${cspHash('alert(1)')}`));

  it("keeps only the hashes of the page's own inline code, and everything else as it was", () => {
    const pruned = pruneCspHashes(html);
    const meta = /content-security-policy" content="([^"]*)"/.exec(pruned)![1];
    expect(meta).toBe(`default-src 'self';img-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-src 'none';script-src 'self' ${cspHash(SCRIPT)};style-src 'self' ${cspHash(STYLE)}`);
    expect(pruned.replace(meta, '')).toBe(html.replace(/content-security-policy" content="[^"]*"/, 'content-security-policy" content=""'));
    expect(scanHtml(pruned, { origin })).toEqual([]);
  });

  it('leaves a page without a CSP <meta> alone, and finds inline code the way the browser hashes it', () => {
    expect(pruneCspHashes('<p>x</p>')).toBe('<p>x</p>');
    expect(inlineCode(html)).toEqual({ scripts: [SCRIPT], styles: [STYLE] });
  });
});

describe('secureDist (CSP pruning and the scan in one pass, with verdicts kept between builds)', () => {
  const wide = policy().replace(`style-src 'self' ${cspHash(STYLE)}`, `style-src 'self' ${cspHash(STYLE)} ${cspHash('body{color:red}')}`);
  const clean = page('<main><p>x</p></main>', '', wide);
  const unsafe = page('<main><img src="/a.webp" alt="" onerror="alert(1)"></main>', '', wide);

  function site(pages: Record<string, string>) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mading-secure-'));
    const dist = path.join(root, 'dist');
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      writeFileSync(path.join(dist, file), html);
    }
    return { root, dist, cache: path.join(root, 'cache'), read: (file: string) => readFileSync(path.join(dist, file), 'utf8') };
  }

  it('writes the same pruned pages as pruneCspHashes, cold and from the cache, and skips admin/', async () => {
    const s = site({ 'index.html': clean, 'berita/a/index.html': clean, 'admin/index.html': unsafe });
    try {
      const cold = await secureDist(s.dist, origin, { cacheDir: s.cache });
      expect(cold).toMatchObject({ pages: 2, cached: 0 });
      expect(cold.saved).toBeGreaterThan(0);
      expect(s.read('index.html')).toBe(pruneCspHashes(clean));
      // Astro writes the unpruned pages again on the next build.
      writeFileSync(path.join(s.dist, 'index.html'), clean);
      writeFileSync(path.join(s.dist, 'berita/a/index.html'), clean);
      const warm = await secureDist(s.dist, origin, { cacheDir: s.cache });
      expect(warm).toMatchObject({ pages: 2, cached: 2, saved: cold.saved });
      expect(s.read('index.html')).toBe(pruneCspHashes(clean));
      expect(s.read('berita/a/index.html')).toBe(pruneCspHashes(clean));
      expect(s.read('admin/index.html')).toBe(unsafe);
      // Pages left as they were (already pruned) are known too.
      expect(await secureDist(s.dist, origin, { cacheDir: s.cache })).toMatchObject({ pages: 2, cached: 2, saved: 0 });
      expect(s.read('index.html')).toBe(pruneCspHashes(clean));
    } finally {
      rmSync(s.root, { recursive: true, force: true });
    }
  });

  it('fails on an unsafe page, and never remembers it: a changed page is scanned again', async () => {
    const s = site({ 'index.html': clean });
    try {
      await secureDist(s.dist, origin, { cacheDir: s.cache });
      writeFileSync(path.join(s.dist, 'index.html'), unsafe);
      await expect(secureDist(s.dist, origin, { cacheDir: s.cache })).rejects.toThrow(/1 unsafe page/);
      writeFileSync(path.join(s.dist, 'index.html'), unsafe);
      await expect(secureDist(s.dist, origin, { cacheDir: s.cache })).rejects.toThrow(/1 unsafe page/);
      await expect(secureDist(s.dist, origin, { cacheDir: false })).rejects.toThrow(/1 unsafe page/);
    } finally {
      rmSync(s.root, { recursive: true, force: true });
    }
  });
});
