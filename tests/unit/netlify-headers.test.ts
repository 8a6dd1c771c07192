// netlify.toml is the security contract with the host: the build command that
// guards every deploy, and the headers every route gets. Netlify applies every
// matching [[headers]] block, so the rules are checked path by path.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { judgePolicy } from '../../scripts/lib/html-safety.ts';
import { astroCsp, PAGEFIND_CSP, parseCsp } from '../../src/lib/csp.ts';
import { headersFor, loadNetlifyHeaders, matchesNetlifyPath, type HeaderRule } from '../e2e/support/netlify-headers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tomlFile = path.join(root, 'netlify.toml');
const toml = parse(readFileSync(tomlFile, 'utf8')) as { build?: { command?: string; publish?: string; environment?: Record<string, string> } };
const rules: HeaderRule[] = await loadNetlifyHeaders(tomlFile);

/** One path of every kind the site serves (HTML pages, hashed assets, search index, feeds, images, the CMS). */
const HTML_PATHS = ['/', '/berita/contoh/', '/topik/upah/', '/arsip/2/', '/cari/', '/cetak/contoh/', '/cetak/mading/', '/alat/lembur/', '/privasi/', '/kirim/', '/404.html'];
const OTHER_PATHS = ['/_astro/cover.Ab12.webp', '/_astro/page.Cd34.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/fragment/id_1a2b.pf_fragment', '/rss.xml', '/topik/upah/rss.xml', '/sitemap-index.xml', '/favicon.svg', '/robots.txt'];
const ADMIN_PATHS = ['/admin/', '/admin/index.html', '/admin/config.yml'];
const ALL_PATHS = [...HTML_PATHS, ...OTHER_PATHS, ...ADMIN_PATHS];

/** Header lookup ignoring case, as HTTP does. */
const get = (headers: Record<string, string>, name: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
const maxAge = (cacheControl: string | undefined) => Number(/max-age=(\d+)/.exec(cacheControl ?? '')?.[1] ?? Number.NaN);

describe('netlify.toml build', () => {
  it('runs the unit and content tests, then the full build, and stops at the first failure', () => {
    const command = toml.build?.command ?? '';
    const steps = command.split('&&').map((s) => s.trim());
    expect(steps).toEqual(['npm run test:unit', 'npm run build']);
    // `;` or `||` would let a failed step through to the deploy.
    expect(command).not.toMatch(/;|\|\|/);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['test:unit']).toMatch(/--project unit/);
    expect(pkg.scripts['test:unit']).toMatch(/--project content/);
    expect(pkg.scripts.build).toMatch(/^node scripts\/check-content\.ts && astro build && node scripts\/postbuild\.ts$/);
  });

  it('publishes dist/ with Node 24', () => {
    expect(toml.build?.publish).toBe('dist');
    expect(toml.build?.environment?.NODE_VERSION).toBe('24');
  });
});

describe('netlify.toml headers', () => {
  it.each(ALL_PATHS)('%s gets the security headers', (p) => {
    const h = headersFor(rules, p);
    expect(get(h, 'X-Content-Type-Options')).toBe('nosniff');
    expect(get(h, 'Referrer-Policy')).toBe('no-referrer');
    expect(get(h, 'X-Frame-Options')).toBe('DENY');
    const permissions = get(h, 'Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort']) expect(permissions).toContain(`${feature}=()`);
    expect(maxAge(get(h, 'Strict-Transport-Security'))).toBeGreaterThanOrEqual(31_536_000);
    const csp = parseCsp(get(h, 'Content-Security-Policy') ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('hashed assets are cached for a year, immutable', () => {
    const cc = get(headersFor(rules, '/_astro/page.Cd34.js'), 'Cache-Control') ?? '';
    expect(cc).toContain('immutable');
    expect(maxAge(cc)).toBeGreaterThanOrEqual(31_536_000);
  });

  it.each([...HTML_PATHS, '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/rss.xml', '/topik/upah/rss.xml', '/sitemap-index.xml'])('%s is cached briefly (never immutable)', (p) => {
    const cc = get(headersFor(rules, p), 'Cache-Control');
    // HTML keeps Netlify's default (public, max-age=0, must-revalidate); the others say it explicitly.
    if (HTML_PATHS.includes(p)) expect(cc).toBeUndefined();
    else expect(maxAge(cc)).toBeLessThanOrEqual(600);
    expect(cc ?? '').not.toContain('immutable');
  });

  it('no header is set by two blocks that can match the same path (except the CSP, where every policy is enforced)', () => {
    const clashes: string[] = [];
    for (const p of ALL_PATHS) {
      const byHeader = new Map<string, Set<string>>();
      for (const rule of rules.filter((r) => matchesNetlifyPath(r.for, p))) {
        for (const [k, v] of Object.entries(rule.values)) byHeader.set(k.toLowerCase(), (byHeader.get(k.toLowerCase()) ?? new Set()).add(v));
      }
      for (const [k, values] of byHeader) if (values.size > 1 && k !== 'content-security-policy') clashes.push(`${p}: ${k} = ${[...values].join(' | ')}`);
    }
    expect(clashes).toEqual([]);
  });

  it('the policy on every route (including /admin/) never restricts where scripts, styles or API calls come from', () => {
    // Those belong in the per-page <meta> (public pages) or the CMS's own block.
    for (const rule of rules.filter((r) => matchesNetlifyPath(r.for, '/admin/') && !r.for.startsWith('/admin'))) {
      const csp = parseCsp(get(rule.values, 'Content-Security-Policy') ?? '');
      expect([...csp.keys()].filter((d) => !['frame-ancestors', 'object-src', 'base-uri'].includes(d)), rule.for).toEqual([]);
    }
  });

  it('keeps the CMS block when there is one, and lets it speak for /admin/', () => {
    const admin = rules.filter((r) => r.for.startsWith('/admin'));
    for (const rule of admin) {
      expect(ADMIN_PATHS.some((p) => matchesNetlifyPath(rule.for, p)), rule.for).toBe(true);
      const h = headersFor(rules, '/admin/');
      for (const [k, v] of Object.entries(rule.values)) if (k.toLowerCase() !== 'content-security-policy') expect(get(h, k)).toBe(v);
    }
  });
});

describe('the per-page policy (Astro security.csp)', () => {
  const csp = astroCsp();
  const base = [...(csp.directives ?? []), `script-src ${(csp.scriptDirective?.resources ?? []).join(' ')} 'sha256-x'`, `style-src ${(csp.styleDirective?.resources ?? []).join(' ')} 'sha256-y'`].join('; ');

  it('is strict: self only, no inline code, no plugins, forms post here', () => {
    expect(judgePolicy(base)).toEqual([]);
    const csp = parseCsp(base);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(base).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*|https?:|data:/);
  });

  it('gives search pages only WebAssembly and a same-origin worker on top', () => {
    expect(PAGEFIND_CSP).toEqual({ scriptResources: ["'wasm-unsafe-eval'"], directives: ["worker-src 'self'"] });
    const search = base.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'") + "; worker-src 'self'";
    expect(judgePolicy(search, true)).toEqual([]);
    expect(judgePolicy(search, false)).toEqual(["script-src allows 'wasm-unsafe-eval' on a page without search", 'worker-src is set on a page without search']);
  });

  it.each([
    ["default-src *; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'", "default-src is “*”, not 'self'"],
    ["default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'", "script-src allows 'unsafe-inline'"],
    ["default-src 'self'; script-src 'self' https://cdn.example; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'", 'script-src allows https://cdn.example'],
    ["default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'", "style-src allows 'unsafe-inline'"],
    ["default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'", 'img-src allows data:'],
    ["default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'", 'form-action is missing'],
  ])('a weaker policy is caught: %s', (policy, problem) => {
    expect(judgePolicy(policy)).toContain(problem);
  });
});
