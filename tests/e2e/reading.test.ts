// Readers on old phones with JavaScript off: home and story pages must be complete without it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, phoneContext } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext(phoneContext({ javaScriptEnabled: false }));
});
afterAll(async () => {
  await browser?.close();
});

describe('reading with JavaScript off', () => {
  it('home lists the latest stories, with navigation and a skip link', async () => {
    const page = await context.newPage();
    const res = await page.goto(`${baseUrl}/`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await expect(page.locator('nav[aria-label="Navigasi utama"] a').count()).resolves.toBeGreaterThanOrEqual(4);
    expect(await page.locator('a.skip').getAttribute('href')).toBe('#isi');
    const storyLinks = page.locator('main a[href^="/berita/"]');
    expect(await storyLinks.count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.close();
  });

  it('a story page shows headline, byline, date, body and navigation', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const first = page.locator('main .card h3 a').first();
    const title = (await first.textContent())?.trim() ?? '';
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/berita\/[a-z0-9-]+\/$/);
    await page.goto(`${baseUrl}${href}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    const bodyText = (await page.locator('.story-body').innerText()).trim();
    expect(bodyText.split(/\s+/).length).toBeGreaterThan(100);
    expect(await page.locator('article time[datetime]').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('article a[rel="author"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('nav[aria-label="Remah roti"] li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('nav[aria-label="Navigasi utama"]').isVisible()).toBe(true);
    expect(await page.locator('.prevnext a').count()).toBeGreaterThanOrEqual(1);
    // Dates are written out in the story's language by Intl.
    expect(await page.locator('article header time').first().textContent()).toMatch(/^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/);
    await page.close();
  });

  it('drafts are not built', () => {
    const built = readdirSync(path.join(distDir, 'berita'));
    expect(built.length).toBeGreaterThan(10);
    // Every built story page has no draft notice.
    for (const slug of built) {
      const html = readFileSync(path.join(distDir, 'berita', slug, 'index.html'), 'utf8');
      expect(html, slug).not.toContain('class="notice" role="note"');
    }
  });

  it('unknown addresses get the 404 page', async () => {
    const page = await context.newPage();
    const res = await page.goto(`${baseUrl}/berita/tidak-ada/`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Halaman tidak ditemukan');
    await page.close();
  });
});
