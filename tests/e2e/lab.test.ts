// Lab test: a long story with a cover, on a slow 3G phone (Chromium's DevTools
// network emulation: 400 kbps down, 400 ms round trip; CPU slowed 4×).
//
// What "first paint after one round trip for the document" means here:
//   Chromium's emulation adds the 400 ms latency to every request and meters the
//   body at 400 kbps. Once the document's last byte has arrived (responseEnd), any
//   other file the browser had to wait for would cost at least one more 400 ms
//   round trip. So the page paints within one round trip when
//     FCP ≤ requestStart + RTT + transferSize × 8 / 400 kbps + RENDER_MARGIN,
//   with RENDER_MARGIN < RTT (Chromium holds the whole response back by the
//   latency, so responseStart is not the real first byte; requestStart + RTT is).
//   Checked directly as well: no request is render-blocking (Resource Timing
//   `renderBlockingStatus`), and no other response even finished before first paint.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, phoneContext } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

const RTT_MS = 400;
const DOWN_BPS = 400_000;
/** Parse, style, layout and paint of a long story on a 4×-slowed CPU; must stay below one RTT. */
const RENDER_MARGIN_MS = 350;

interface LabResult {
  url: string;
  requestStart: number;
  docResponseEnd: number;
  docTransfer: number;
  fcp: number;
  lcp: number;
  requests: { url: string; type: string; bytes: number; blocking: string; responseEnd: number }[];
  requestCount: number;
  totalBytes: number;
}

/** The longest story that has a cover: the hardest page for one round trip. */
function longestStoryWithCover(): string {
  const stories = readdirSync(path.join(distDir, 'berita'))
    .map((slug) => ({ slug, html: readFileSync(path.join(distDir, 'berita', slug, 'index.html'), 'utf8') }))
    .filter((s) => /<figure class="cover"/.test(s.html))
    .sort((a, b) => b.html.length - a.html.length);
  expect(stories.length, 'a story with a cover').toBeGreaterThan(0);
  return `/berita/${stories[0].slug}/`;
}

/** The latest first paint that still counts as one round trip (see the definition above). */
function oneRoundTripBound(r: LabResult): number {
  return r.requestStart + RTT_MS + (r.docTransfer * 8 * 1000) / DOWN_BPS + RENDER_MARGIN_MS;
}

let browser: Browser;
/** Every load, and the one with the least CPU noise (earliest paint after the document). */
let runs: LabResult[];
let result: LabResult;

/** Load `url` once in a fresh, throttled phone context. */
async function loadOnce(url: string): Promise<LabResult> {
  const context = await browser.newContext(phoneContext());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT_MS, downloadThroughput: DOWN_BPS / 8, uploadThroughput: DOWN_BPS / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Bytes on the wire per request, as DevTools counts them (headers + compressed body).
  const wire = new Map<string, number>();
  cdp.on('Network.loadingFinished', (e) => wire.set(e.requestId, e.encodedDataLength));
  await page.goto(url, { waitUntil: 'load' });
  const timings = await page.evaluate(async () => {
    // LCP settles after load; the buffered observer reports it at once.
    const lcp = await new Promise<number>((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve(-1), 3000);
    });
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1;
    const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      url: r.name, type: r.initiatorType, bytes: r.transferSize, blocking: (r as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus ?? 'n/a', responseEnd: r.responseEnd,
    }));
    return { requestStart: nav.requestStart, docResponseEnd: nav.responseEnd, docTransfer: nav.transferSize, fcp, lcp, requests };
  });
  await context.close();
  return { url, ...timings, requestCount: wire.size, totalBytes: [...wire.values()].reduce((a, b) => a + b, 0) };
}

beforeAll(async () => {
  browser = await launchBrowser();
  const url = `${baseUrl}${longestStoryWithCover()}`;
  // Three loads: the machine is shared (2 cores) and a 4×-slowed CPU magnifies
  // any hiccup; the page's own cost is what the least disturbed load shows.
  runs = [];
  for (let i = 0; i < 3; i++) runs.push(await loadOnce(url));
  result = [...runs].sort((a, b) => a.fcp - a.docResponseEnd - (b.fcp - b.docResponseEnd))[0];
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    [
      `lab (slow 3G ${DOWN_BPS / 1000} kbps, RTT ${RTT_MS} ms, CPU 4×): ${url}`,
      `  document requested ${ms(result.requestStart)}, done ${ms(result.docResponseEnd)} (${result.docTransfer} B on the wire)`,
      `  FCP ${ms(result.fcp)} (${ms(result.fcp - result.docResponseEnd)} after the document; one-round-trip bound ${ms(oneRoundTripBound(result))}), LCP ${ms(result.lcp)}`,
      `  FCP of all ${runs.length} loads: ${runs.map((r) => ms(r.fcp)).join(', ')}`,
      `  ${result.requestCount} requests, ${result.totalBytes} B transferred in total`,
      ...result.requests.map((r) => `    ${r.type.padEnd(6)} ${String(r.bytes).padStart(6)} B  ${r.blocking.padEnd(12)} done ${ms(r.responseEnd)}  ${r.url.replace(baseUrl, '')}`),
    ].join('\n'),
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('lab: a long story on slow 3G and a slow phone', () => {
  it('the emulation really applied (one round trip plus the metered body for the document)', () => {
    const downloadMs = (result.docTransfer * 8 * 1000) / DOWN_BPS;
    expect(result.docResponseEnd - result.requestStart).toBeGreaterThanOrEqual(RTT_MS + downloadMs * 0.9);
  });

  it('first contentful paint comes within one round trip of the document', () => {
    expect(result.fcp).toBeGreaterThan(0);
    const bound = oneRoundTripBound(result);
    expect(result.fcp, `FCP ${result.fcp} ms, bound ${bound} ms`).toBeLessThanOrEqual(bound);
    expect(result.fcp - result.docResponseEnd).toBeLessThan(RTT_MS);
  });

  it('nothing blocks rendering (every load) and nothing else arrives before first paint', () => {
    for (const run of runs) expect(run.requests.filter((r) => r.blocking === 'blocking')).toEqual([]);
    // On a disturbed load the paint can come late enough for the (non-blocking) cover to land first.
    expect(result.requests.filter((r) => r.responseEnd > 0 && r.responseEnd <= result.fcp)).toEqual([]);
  });

  it('the cover comes as AVIF and the whole page stays under 60 KB', () => {
    const images = result.requests.filter((r) => r.type === 'img');
    expect(images.length).toBeGreaterThanOrEqual(1);
    // A 360 px phone at 2× takes the 720 px AVIF.
    expect(images[0].url).toMatch(/\.avif$/);
    expect(result.totalBytes).toBeLessThan(60 * 1024);
  });
});
