// /cari/ in Chromium on a phone-sized screen: live search over the built Pagefind
// index (exact words, affixed forms, the stemmer gap, filters, sorting, nothing
// found), its address, keyboard and screen-reader behaviour, the no-JS and
// no-WebAssembly paths, and the 100 KB first-search budget. Expected stories are
// worked out from the content files, not written down, so new stories keep it honest.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles, splitFrontmatter, storySlug } from '../../scripts/lib/content-files.ts';
import { translate } from '../../src/i18n/index.ts';
import { config } from '../../src/lib/config.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';
import { formatFirstSearchCost, measureFirstSearch } from './support/search-bytes.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const contentDir = path.resolve(process.env.MADING_CONTENT_DIR ?? 'content');
const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(config.lang, key, vars);

/** A story as the content files describe it. */
interface SourceStory { slug: string; title: string; text: string; topics: string[]; place: string; date: string; draft: boolean }

const stories: SourceStory[] = (await listFiles(path.join(contentDir, 'stories'), (n) => /\.mdx?$/.test(n))).map((rel) => {
  const { frontmatter, body } = splitFrontmatter(readFileSync(path.join(contentDir, 'stories', rel), 'utf8'));
  const fm = yaml.load(frontmatter ?? '', { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
  return {
    slug: storySlug(rel),
    title: String(fm.title),
    text: `${String(fm.title)} ${String(fm.lede)} ${body}`.toLowerCase(),
    topics: fm.topics as string[],
    place: String(fm.place),
    date: String(fm.date),
    draft: fm.draft === true,
  };
});
const published = stories.filter((s) => !s.draft);
const url = (s: SourceStory) => `/berita/${s.slug}/`;
/** Published stories that use `word` as a whole word. */
const using = (word: string) => published.filter((s) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(s.text));

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext(phoneContext());
});
afterAll(async () => {
  await browser?.close();
});

/** Wait until the element has finished a search (status written, not busy). */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const el = document.querySelector('md-search');
    return el && !el.hasAttribute('aria-busy') && (el.querySelector('[role="status"]')?.textContent ?? '') !== '';
  });
  return (await page.locator('md-search [role="status"]').textContent()) ?? '';
}

/** Every result URL of the current search, pressing "show more" until all are listed. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('md-search [data-more]');
  while (await more.isVisible()) {
    const before = await page.locator('md-search ol > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('md-search ol > li').length > n, before);
  }
  return page.locator('md-search ol > li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Open /cari/, type `query` like a person, and wait for the answer. */
async function search(query: string, address = '/cari/'): Promise<{ page: Page; status: string }> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}${address}`);
  const input = page.getByLabel(t('search.label'));
  await input.click();
  await input.pressSequentially(query, { delay: 20 });
  return { page, status: await settled(page) };
}

describe('the index', () => {
  it('holds every published story and nothing else: no drafts, no lists, no page chrome', () => {
    const entry = JSON.parse(readFileSync(path.join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual([config.lang]);
    expect(entry.languages[config.lang]!.page_count).toBe(published.length);
    // Only story pages mark an indexed area.
    const marked = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return e.name === 'pagefind' ? [] : marked(p);
        return e.name.endsWith('.html') && readFileSync(p, 'utf8').includes('data-pagefind-body') ? [path.relative(distDir, p)] : [];
      });
    expect(marked(distDir).sort()).toEqual(published.map((s) => `berita/${s.slug}/index.html`).sort());
  });

  it('never finds a draft', async () => {
    const drafts = stories.filter((s) => s.draft);
    expect(drafts.length, 'the sample content should keep at least one draft').toBeGreaterThan(0);
    for (const draft of drafts) {
      // The longest word of its title: the most specific thing a reader could type.
      const word = draft.title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
      const { page } = await search(word);
      expect(await allResults(page)).not.toContain(url(draft));
      await page.close();
    }
  });
});

describe('finding stories', () => {
  it('finds an exact word, shows title, date, place and a highlighted excerpt, and keeps the query in the address', async () => {
    const expected = using('pesangon').map(url);
    expect(expected.length).toBeGreaterThan(1);
    const { page, status } = await search('pesangon');
    const found = await allResults(page);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(status).toBe(t('search.count', { count: found.length }));
    expect(new URL(page.url()).search).toBe('?q=pesangon');
    const first = page.locator('md-search ol > li').first();
    await expect(first.locator('h3 a').textContent()).resolves.toMatch(/\S/);
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(first.locator('.meta').textContent()).resolves.toMatch(/ · \S/);
    await expect(page.locator('md-search ol mark').first().textContent()).resolves.toMatch(/pesangon/i);
    await page.close();
  });

  it('finds a story by an affixed form of a word it only uses bare ("berkampanye" → "kampanye")', async () => {
    expect(using('berkampanye')).toEqual([]);
    const expected = using('kampanye').map(url);
    expect(expected.length).toBeGreaterThan(0);
    const { page } = await search('berkampanye');
    expect(await allResults(page)).toEqual(expect.arrayContaining(expected));
    await page.close();
  });

  it('closes the stemmer gap: "mogok" finds the story that only says "pemogokan"', async () => {
    // Snowball reads "pemogokan" as pem- + "ogok" (stem "pogok"), so Pagefind alone misses it;
    // the story's recovered roots in its search metadata carry "mogok…".
    const strike = using('pemogokan');
    expect(strike.length).toBeGreaterThan(0);
    expect(using('mogok')).toEqual([]);
    const { page } = await search('mogok');
    expect(await allResults(page)).toEqual(expect.arrayContaining(strike.map(url)));
    await page.close();
  });

  it('filters by topic, and lists a place newest first with no words at all', async () => {
    const { page } = await search('pekerja');
    await page.locator('md-search summary').click();
    await page.getByLabel(t('search.topic')).selectOption('k3');
    await settled(page);
    await page.waitForFunction(() => location.search.includes('topik=k3'));
    const k3 = await allResults(page);
    expect(k3.length).toBeGreaterThan(0);
    const k3Stories = published.filter((s) => s.topics.includes('k3')).map(url);
    for (const u of k3) expect(k3Stories).toContain(u);

    await page.goto(`${baseUrl}/cari/?tempat=bandung`);
    await settled(page);
    const bandung = published.filter((s) => s.place === 'bandung').sort((a, b) => b.date.localeCompare(a.date));
    expect(await allResults(page)).toEqual(bandung.map(url));
    await page.close();
  });

  it('sorts by date when asked', async () => {
    const { page } = await search('upah');
    await page.locator('md-search summary').click();
    await page.getByLabel(t('search.sort')).selectOption('lama');
    await settled(page);
    await page.waitForFunction(() => location.search.includes('urut=lama'));
    await allResults(page);
    const dates = await page.locator('md-search ol time').evaluateAll((ts) => ts.map((x) => x.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort());
    await page.close();
  });

  it('says plainly when nothing matches, even where Pagefind would answer with a shorter prefix', async () => {
    expect(published.some((s) => s.text.includes('kucing'))).toBe(false);
    const { page, status } = await search('kucing');
    expect(status).toBe(t('search.none', { query: 'kucing' }));
    expect(await page.locator('md-search [data-results]').isVisible()).toBe(false);
    expect(await page.locator('md-search').getAttribute('data-count')).toBe('0');
    await page.close();
  });
});

describe('using it', () => {
  it('a shared address searches at once, and Back returns to the results', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cari/?q=bpjs`);
    const status = await settled(page);
    expect(status).toMatch(/\d/);
    expect(await page.getByLabel(t('search.label')).inputValue()).toBe('bpjs');
    const first = page.locator('md-search ol > li h3 a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(`**${href}`);
    await page.goBack();
    await page.locator('md-search ol > li').first().waitFor();
    expect(new URL(page.url()).search).toBe('?q=bpjs');
    expect(await page.getByLabel(t('search.label')).inputValue()).toBe('bpjs');
    await page.close();
  });

  it('works from the keyboard and announces the count in a live region', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cari/`);
    const status = page.locator('md-search [role="status"]');
    expect(await status.count()).toBe(1);
    // Skip link, then the header links, then the search box: Tab until it has focus.
    for (let i = 0; i < 15 && !(await page.evaluate(() => document.activeElement?.id === 'q')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('lembur');
    await page.keyboard.press('Enter');
    await settled(page);
    // Enter takes focus to the results heading; the next Tab lands on the first result.
    await page.waitForFunction(() => document.activeElement?.id === 'hasil');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('h3 a') === document.activeElement)).toBe(true);
    const count = Number(await page.locator('md-search').getAttribute('data-count'));
    expect(count).toBeGreaterThanOrEqual(using('lembur').length);
    expect(await status.textContent()).toBe(t('search.count', { count }));
    // "Show more" moves focus to the first new result.
    const more = page.locator('md-search [data-more]');
    if (await more.isVisible()) {
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.tagName === 'A' && document.activeElement.closest('li') !== document.querySelector('md-search ol > li'));
    }
    await page.close();
  });

  it('loads Pagefind only on this page and only once the reader reaches for the box', async () => {
    const page = await context.newPage();
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
    });
    await page.goto(`${baseUrl}/`);
    await page.goto(`${baseUrl}${url(published[0]!)}`);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator('header a[href="/cari/"]').count()).toBe(1);
    await page.goto(`${baseUrl}/cari/`, { waitUntil: 'networkidle' });
    expect(pagefind).toEqual([]);
    const loading = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await page.getByLabel(t('search.label')).focus();
    await loading;
    await page.close();
  });
});

describe('without live search', () => {
  it('with JavaScript off: says why, hides the box, offers topics, places and the archive', async () => {
    const ctx = await browser.newContext(phoneContext({ javaScriptEnabled: false }));
    const page = await ctx.newPage();
    await page.goto(`${baseUrl}/cari/?q=lembur`);
    await expect(page.locator('md-search [data-nolive]').textContent()).resolves.toBe(t('search.noJs'));
    expect(await page.locator('md-search form').isVisible()).toBe(false);
    expect(await page.locator('main a[href^="/topik/"]').count()).toBeGreaterThan(3);
    expect(await page.locator('main a[href^="/tempat/"]').count()).toBeGreaterThan(3);
    expect(await page.locator('main a[href="/arsip/"]').count()).toBe(1);
    await ctx.close();
  });

  it('without WebAssembly: says so instead', async () => {
    const ctx = await browser.newContext(phoneContext());
    await ctx.addInitScript(() => {
      delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
    });
    const page = await ctx.newPage();
    await page.goto(`${baseUrl}/cari/`);
    await page.waitForFunction((text) => document.querySelector('md-search [data-nolive]')?.textContent === text, t('search.noWasm'));
    expect(await page.locator('md-search form').isVisible()).toBe(false);
    expect(await page.locator('main a[href="/arsip/"]').count()).toBe(1);
    await ctx.close();
  });
});

describe('budget', () => {
  it('a first one-word search fetches at most 100 KB until its results are painted', async () => {
    const costs = [];
    // A common word, and one whose first results are the longest stories (the heaviest case).
    for (const query of ['lembur', 'pesangon']) {
      const cost = await measureFirstSearch({ baseUrl, query, browser });
      console.log(formatFirstSearchCost(cost, `first search "${query}"`));
      expect(cost.shown).toBeGreaterThan(0);
      costs.push(cost.bytes);
    }
    expect(Math.max(...costs)).toBeLessThanOrEqual(100_000);
  });
});
