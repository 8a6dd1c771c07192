// How much a reader downloads to search once: open /cari/, type a query, wait
// until the first results are on screen, and add up every byte that crossed the
// wire (compressed, headers included). Used by the search e2e test (budget:
// 100 KB) and by the benchmark on its large synthetic site.
import type { Browser } from 'playwright-core';
import { launchBrowser, phoneContext } from './browser.ts';

/** One response counted towards the first search. */
export interface CountedRequest {
  /** Path and query of the request (same origin). */
  path: string;
  /** Response body bytes as sent (compressed where the server compressed it). */
  bytes: number;
  /** Response header bytes. */
  headers: number;
}

/** The cost of one first search. */
export interface FirstSearchCost {
  /** Body bytes received until the first results were painted: the budgeted figure. */
  bytes: number;
  /** Header bytes on top of that (HTTP/1.1 test server, uncompressed headers). */
  headerBytes: number;
  /** Every response, largest first. */
  requests: CountedRequest[];
  /** Milliseconds from navigation start to the first results painted (loopback: CPU, not network). */
  ms: number;
  /** How many results Pagefind reported. */
  results: number;
  /** How many result items were on screen when counting stopped. */
  shown: number;
}

/** Options for measureFirstSearch. */
export interface FirstSearchOptions {
  /** Origin of the served site, e.g. http://127.0.0.1:4321. */
  baseUrl: string;
  /** A query that has results on this site, typed key by key. */
  query: string;
  /** Reuse a browser; one is launched (and closed) otherwise. */
  browser?: Browser;
  /** The search page's path. */
  path?: string;
}

/**
 * Measure the first search on a served site in a fresh phone-sized context (empty
 * cache): every response that finished before the first results were painted,
 * as Chromium received it (so pre-compressed Pagefind files count as sent).
 * Pagefind runs without its worker here, so all requests belong to the page.
 */
export async function measureFirstSearch({ baseUrl, query, browser, path = '/cari/' }: FirstSearchOptions): Promise<FirstSearchCost> {
  const own = browser ? undefined : await launchBrowser();
  const context = await (browser ?? own!).newContext(phoneContext());
  try {
    const page = await context.newPage();
    // Every finished response: compressed body bytes, and header bytes (HTTP/1.1 here;
    // HTTP/2 on a CDN squeezes headers, so the budget counts bodies).
    const finished: { url: string; beforePaint: boolean; size: Promise<{ responseBodySize: number; responseHeadersSize: number }> }[] = [];
    let painted = false;
    page.on('requestfinished', (req) => finished.push({ url: req.url(), beforePaint: !painted, size: req.sizes() }));

    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    const input = page.locator('md-search input[type="search"]');
    await input.waitFor({ state: 'visible' });
    await input.click();
    await input.pressSequentially(query, { delay: 40 });
    const items = page.locator('md-search [data-results] ol > li');
    await items.first().waitFor({ state: 'visible', timeout: 30_000 });
    // Two animation frames: the results have been laid out and painted.
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
    const ms = await page.evaluate(() => performance.now());
    painted = true;
    // What the page had fetched by then (Resource Timing), so late-arriving events still count.
    const fetched = new Set(await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]));
    for (let i = 0; i < 40 && [...fetched].some((u) => !finished.some((f) => f.url === u)); i++) await page.waitForTimeout(50);
    const shown = await items.count();
    const results = Number(await page.locator('md-search').getAttribute('data-count'));
    const requests = await Promise.all(
      finished
        .filter((f) => f.beforePaint || fetched.has(f.url))
        .map(async (f) => {
          const u = new URL(f.url);
          const size = await f.size;
          return { path: `${u.pathname}${u.search}`, bytes: size.responseBodySize, headers: size.responseHeadersSize };
        }),
    );
    requests.sort((a, b) => b.bytes - a.bytes);
    const sum = (f: (r: CountedRequest) => number) => requests.reduce((n, r) => n + f(r), 0);
    return { bytes: sum((r) => r.bytes), headerBytes: sum((r) => r.headers), requests, ms: Math.round(ms), results, shown };
  } finally {
    await context.close();
    await own?.close();
  }
}

/** A short report: total KB and each request, for test logs and the benchmark. */
export function formatFirstSearchCost(cost: FirstSearchCost, label = 'first search'): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const lines = cost.requests.map((r) => `  ${kb(r.bytes).padStart(9)}  ${r.path}`);
  const head = `${label}: ${kb(cost.bytes)} (+${kb(cost.headerBytes)} headers) in ${cost.requests.length} requests, ${cost.shown} of ${cost.results} results painted after ${cost.ms} ms`;
  return [head, ...lines].join('\n');
}
