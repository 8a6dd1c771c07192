// The built site, served with netlify.toml's headers, in Chromium: every kind of
// page loads with zero CSP violations, zero requests to any other host, and the
// headers the issue asks for; nothing unsafe is in any built page; and leaving
// the site (a share button, an outbound link) tells the other site nothing.
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatFindings, scanDist } from '../../scripts/lib/html-safety.ts';
import { config } from '../../src/lib/config.ts';
import { parseCsp } from '../../src/lib/csp.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';
import { discoverPageKinds, exercise } from './support/page-kinds.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const origin = new URL(baseUrl).origin;
const discovery = discoverPageKinds(distDir);
const kinds = discovery.kinds.filter((k) => !k.excluded);

let browser: Browser;
let context: BrowserContext;
/** Requests to other hosts, by the page URL that made them (they are aborted, never sent). */
const foreign: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext(phoneContext());
  // Every request passes here: our own origin goes through, anything else is recorded and cut.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(data|blob):/.test(url) || new URL(url).origin === origin) return route.continue();
    foreign.push(`${route.request().frame().url()} → ${url}`);
    return route.abort('blockedbyclient');
  });
  // The browser reports each CSP violation as an event on the document.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`.trim()));
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('page kinds', () => {
  it('every built page has a kind, and every kind the site should have was built', () => {
    expect(discovery.unknown, 'pages no kind matches: add them to tests/e2e/support/page-kinds.ts').toEqual([]);
    expect(discovery.missing, 'kinds the config turns on but the build lacks').toEqual([]);
    // The kinds the issue names are swept.
    for (const id of ['story', 'archive', 'topic', 'search', 'poster', 'calculator']) expect(kinds.map((k) => k.id)).toContain(id);
  });
});

describe.each(kinds)('$id ($url)', (kind) => {
  it('loads with zero CSP violations, zero third-party requests and no script errors', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    const before = foreign.length;
    const res = await page.goto(`${baseUrl}${kind.url}`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    await exercise(page, kind);
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    expect(foreign.slice(before)).toEqual([]);
    await page.close();
  });

  it('is served with the security headers and carries the strict per-page policy', async () => {
    const res = await fetch(`${baseUrl}${kind.url}`);
    const h = res.headers;
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\).*interest-cohort=\(\)/);
    expect(h.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
    expect(parseCsp(h.get('content-security-policy') ?? '').get('frame-ancestors')).toEqual(["'none'"]);
    const html = await res.text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const csp = parseCsp(meta);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    // Only search may compile WebAssembly or start a worker.
    const wasm = kind.id === 'search';
    expect(csp.get('script-src')?.includes("'wasm-unsafe-eval'")).toBe(wasm);
    expect(csp.get('worker-src')).toEqual(wasm ? ["'self'"] : undefined);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });
});

describe('assets and feeds', () => {
  it('hashed assets are immutable for a year; search index and feeds revalidate', async () => {
    const page = await context.newPage();
    const assets: string[] = [];
    page.on('request', (r: Request) => {
      if (new URL(r.url()).pathname.startsWith('/_astro/')) assets.push(r.url());
    });
    const search = kinds.find((k) => k.id === 'search');
    await page.goto(`${baseUrl}${kinds.find((k) => k.id === 'story')!.url}`);
    if (search) {
      await page.goto(`${baseUrl}${search.url}`);
      await exercise(page, search);
    }
    await page.close();
    expect(assets.length).toBeGreaterThan(0);
    for (const url of assets) expect((await fetch(url)).headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
    if (search) expect((await fetch(`${baseUrl}/pagefind/pagefind.js`)).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect((await fetch(`${baseUrl}/rss.xml`)).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });
});

describe('the built HTML', () => {
  it('holds no script, handler, dangerous URL, embed or third-party resource anywhere (every page)', async () => {
    const unsafe = await scanDist(distDir, new URL(config.url).origin);
    expect(unsafe, formatFindings(unsafe)).toEqual([]);
  });
});

describe('leaving the site', () => {
  it('a share or outbound click sends no Referer, so the other site cannot tell which story was read', async () => {
    const story = kinds.find((k) => k.id === 'story')!;
    const ctx = await browser.newContext(phoneContext());
    const seen: { url: string; referer: string | undefined }[] = [];
    // Answer for the outside world, locally: nothing leaves the machine.
    await ctx.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
      seen.push({ url: route.request().url(), referer: route.request().headers().referer });
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'ok' });
    });
    const page = await ctx.newPage();
    await page.goto(`${baseUrl}${story.url}`);
    const own = new Set([new URL(baseUrl).host, new URL(config.url).host]);
    const links = page.locator('a[href]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const outbound = hrefs.flatMap((href, i) => (/^https?:/.test(href) && !own.has(new URL(href).host) ? [i] : []));
    const count = outbound.length;
    if (config.features.share) expect(count).toBeGreaterThan(0);
    for (const i of outbound.slice(0, 2)) {
      const link = links.nth(i);
      expect(await link.getAttribute('rel')).toMatch(/noopener/);
      expect(await link.getAttribute('rel')).toMatch(/noreferrer/);
      await Promise.all([page.waitForURL((u) => !u.href.startsWith(baseUrl)), link.click()]);
      await page.goto(`${baseUrl}${story.url}`);
    }
    expect(seen.length).toBe(Math.min(count, 2));
    expect(seen.filter((s) => s.referer !== undefined)).toEqual([]);
    await ctx.close();
  });
});
