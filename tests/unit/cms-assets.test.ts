// The CMS is served from the site itself: a pinned bundle from node_modules, its
// fonts copied beside it, and a page with nothing inline. An upgrade that moves a
// CDN URL must fail here, not leak a request from every editor's browser.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { findCmsPackage, FONT_REWRITES, renderAdminHtml, selfHostFonts, VENDOR_DIR, writeCmsAdmin } from '../../scripts/lib/cms-assets.ts';
import site from '../../site.config.ts';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

describe('the CMS package', () => {
  it('is pinned to an exact version, and that version is installed', async () => {
    const pinned = pkg.dependencies['@sveltia/cms'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await findCmsPackage()).version).toBe(pinned);
  });
});

describe('selfHostFonts', () => {
  const cdn = [
    'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
  ];
  const local = ['/a.woff2', '/b.woff2', '/c.woff2'];

  it('points every CDN font at its local copy', () => {
    const bundle = cdn.map((u) => `@font-face{src:url(${u}) format('woff2')}`).join('\n');
    const out = selfHostFonts(bundle, local);
    expect(out).not.toContain('jsdelivr');
    for (const l of local) expect(out).toContain(`url(${l})`);
  });

  it.each([
    ['a font the rules expect is gone (an upgrade renamed it)', cdn.slice(1).join(' '), /no longer loads/],
    ['a new CDN font appeared', `${cdn.join(' ')} https://cdn.jsdelivr.net/fontsource/fonts/inter@5/latin.woff2`, /does not cover/],
  ])('fails the build when %s', (_why, bundle, message) => {
    expect(() => selfHostFonts(bundle, local)).toThrow(message);
  });

  it('covers the installed bundle completely', async () => {
    const { root: dir } = await findCmsPackage();
    const bundle = readFileSync(path.join(dir, 'dist/sveltia-cms.js'), 'utf8');
    expect(FONT_REWRITES.every((r) => new RegExp(r.cdn.source).test(bundle))).toBe(true);
    expect(selfHostFonts(bundle, local)).not.toMatch(/cdn\.jsdelivr\.net\/fontsource/);
  });
});

describe('renderAdminHtml', () => {
  it('is noindex, escapes text, and loads exactly one script from this site', () => {
    const html = renderAdminHtml({ lang: 'id', title: 'Ruang <redaksi> & "kawan"', noscript: 'Butuh JavaScript <b>', script: '/_astro/cms/x.js' });
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<title>Ruang &lt;redaksi&gt; &amp; &quot;kawan&quot;</title>');
    expect(html).toContain('Butuh JavaScript &lt;b&gt;');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('<script src="/_astro/cms/x.js"></script>');
    expect(html).not.toMatch(/\sstyle=|\son\w+=|https?:/);
  });
});

describe('writeCmsAdmin', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'mading-cms-assets-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the page, the generated config and hashed vendor files that the page and bundle point to', async () => {
    const { version, files } = await writeCmsAdmin(out, { site });
    const names = files.map((f) => f.file);
    expect(names).toContain('admin/index.html');
    expect(names).toContain('admin/config.yml');
    const script = names.find((n) => n.endsWith('.js'))!;
    expect(script).toMatch(new RegExp(`^${VENDOR_DIR}/sveltia-cms-${version.replace(/\./g, '\\.')}\\.[0-9a-f]{10}\\.js$`));
    const fonts = names.filter((n) => n.endsWith('.woff2'));
    expect(fonts).toHaveLength(FONT_REWRITES.length);
    const html = readFileSync(path.join(out, 'admin/index.html'), 'utf8');
    expect(html).toContain(`<script src="/${script}"></script>`);
    const bundle = readFileSync(path.join(out, script), 'utf8');
    for (const font of fonts) expect(bundle).toContain(`/${font}`);
    const config = yaml.load(readFileSync(path.join(out, 'admin/config.yml'), 'utf8')) as { backend: { repo: string } };
    expect(config.backend.repo).toBe(site.cms.repo);
    // Nothing in the output is big by accident: the bundle plus three fonts.
    const total = files.reduce((n, f) => n + f.bytes, 0);
    expect(total).toBeLessThan(4 * 1024 * 1024);
  });
});
