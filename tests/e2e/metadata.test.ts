// Metadata on every built page (canonical, Open Graph, Twitter card, JSON-LD), the social cards,
// and the tracker-free share links under stories.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { parse, TEXT_NODE, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { config } from '../../src/lib/config.ts';
import { decodeEntities } from '../../src/lib/feed.ts';
import { JsonLdDocument } from '../unit/seo-shapes.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

/** Every built page but the CMS admin (a third-party app shell, not a page of the site). */
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => f.endsWith('.html') && !f.startsWith('admin/') && !f.startsWith('pagefind/'))
  .sort();
const stories = pages.filter((f) => /^berita\/[a-z0-9-]+\/index\.html$/.test(f));

const docs = new Map(pages.map((rel) => [rel, parse(readFileSync(path.join(distDir, rel), 'utf8')) as Node]));
const doc = (rel: string) => docs.get(rel)!;
const attr = (el: Node | undefined, name: string) => {
  const v = (el as ElementNode | undefined)?.attributes?.[name];
  return v === undefined ? undefined : decodeEntities(v);
};
const meta = (rel: string, key: string) => [...querySelectorAll(doc(rel), `meta[property="${key}"]`), ...querySelectorAll(doc(rel), `meta[name="${key}"]`)].map((m) => attr(m, 'content'));
function textOf(node: Node): string {
  const parts: string[] = [];
  walkSync(node, (n) => {
    if (n.type === TEXT_NODE) parts.push(decodeEntities(n.value));
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}
/** The URL a built file is served at. */
const urlOf = (rel: string) => `${config.url}/${rel === '404.html' ? '404/' : rel.replace(/index\.html$/, '')}`;
/** The built file behind a site URL. */
const fileOf = (url: string) => path.join(distDir, new URL(url).pathname);
function jsonLd(rel: string): { '@graph': Record<string, unknown>[] } {
  const scripts = querySelectorAll(doc(rel), 'script[type="application/ld+json"]');
  expect(scripts, rel).toHaveLength(1);
  return JSON.parse((scripts[0] as ElementNode).children.map((c) => (c as { value: string }).value).join(''));
}

describe('every page', () => {
  it('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(stories.length).toBeGreaterThan(5);
  });

  it.each(pages)('%s: one canonical, description, Open Graph, Twitter card and valid JSON-LD', (rel) => {
    const canonicals = querySelectorAll(doc(rel), 'link[rel="canonical"]');
    expect(canonicals).toHaveLength(1);
    const canonical = attr(canonicals[0], 'href');
    if (rel !== '404.html') expect(canonical).toBe(urlOf(rel));
    expect(meta(rel, 'description')).toHaveLength(1);
    expect(meta(rel, 'og:title')).toHaveLength(1);
    expect(meta(rel, 'og:url')).toEqual([canonical]);
    expect(meta(rel, 'twitter:card')).toEqual(['summary_large_image']);
    const images = meta(rel, 'og:image');
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(new RegExp(`^${config.url}/kartu/[A-Za-z0-9_-]+\\.png$`));
    expect(existsSync(fileOf(images[0]!)), images[0]).toBe(true);
    expect(meta(rel, 'og:image:alt')[0]?.length).toBeGreaterThan(10);
    const result = JsonLdDocument.safeParse(jsonLd(rel));
    expect(result.error?.issues ?? [], rel).toEqual([]);
  });
});

describe('story pages', () => {
  it.each(stories)('%s: NewsArticle matches the page and its card exists', async (rel) => {
    const graph = jsonLd(rel)['@graph'];
    const articles = graph.filter((n) => n['@type'] === 'NewsArticle') as { headline: string; datePublished: string; dateModified: string; author: { name: string }[]; image: string[]; url: string }[];
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a.url).toBe(urlOf(rel));
    expect(a.headline).toBe(textOf(querySelector(doc(rel), 'h1')));
    // ultrahtml's selector engine handles two-level descendant selectors only, so scope to <article> first.
    const art = querySelector(doc(rel), 'article');
    const times = querySelectorAll(art, 'header time').map((t) => attr(t, 'datetime'));
    expect(a.datePublished).toBe(times[0]);
    expect(a.dateModified).toBe(times[1] ?? times[0]);
    expect(a.author.map((x) => x.name)).toEqual(querySelectorAll(art, 'header a[rel="author"]').map(textOf));
    expect(a.image).toEqual(meta(rel, 'og:image'));
    expect(meta(rel, 'og:type')).toEqual(['article']);
    expect(meta(rel, 'article:published_time')).toEqual([a.datePublished]);
    const card = fileOf(a.image[0]);
    expect(statSync(card).size).toBeLessThanOrEqual(60 * 1024);
    expect(await sharp(card).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(meta(rel, 'og:image:width')).toEqual(['1200']);
    expect(meta(rel, 'og:image:height')).toEqual(['630']);
  });

  it('each story has its own card; other pages share the site card', () => {
    const storyCards = new Set(stories.map((rel) => meta(rel, 'og:image')[0]));
    expect(storyCards.size).toBe(stories.length);
    const others = new Set(pages.filter((p) => !stories.includes(p)).map((rel) => meta(rel, 'og:image')[0]));
    expect(others.size).toBe(1);
    expect([...others][0]).toMatch(/\/kartu\/_situs-/);
  });
});

describe('share links', () => {
  const services = [
    ['WhatsApp', 'https://wa.me/'],
    ['Telegram', 'https://t.me/share/url'],
    ['Facebook', 'https://www.facebook.com/sharer/sharer.php'],
    ['X', 'https://x.com/intent/tweet'],
  ] as const;

  it.each(stories)('%s: plain links with the title and clean URL, and the address to copy', (rel) => {
    const section = querySelector(doc(rel), 'section.share');
    expect(section, rel).toBeTruthy();
    const title = textOf(querySelector(doc(rel), 'h1'));
    const canonical = urlOf(rel);
    const links = querySelectorAll(section, 'a');
    expect(links.map(textOf)).toEqual(services.map(([name]) => name));
    for (const [i, [, prefix]] of services.entries()) {
      const href = new URL(attr(links[i], 'href')!);
      expect(`${href.origin}${href.pathname}`).toBe(prefix);
      expect(attr(links[i], 'rel')).toMatch(/noopener/);
      expect(attr(links[i], 'rel')).toMatch(/noreferrer/);
      const shared = decodeURIComponent(href.search);
      expect(shared).toContain(canonical);
      expect(shared).not.toMatch(/utm_|fbclid|gclid|[?&]ref=/);
    }
    const whatsapp = new URL(attr(links[0], 'href')!).searchParams.get('text');
    expect(whatsapp).toContain(title.replace(/\*/g, ''));
    expect(whatsapp).toContain(canonical);
    for (const tag of ['script', 'img', 'iframe']) expect(querySelectorAll(section, tag)).toHaveLength(0);
    const input = querySelector(section, 'input');
    expect(attr(input, 'value')).toBe(canonical);
    expect(attr(input, 'readonly')).toBeDefined();
    expect(attr(querySelector(section, 'label'), 'for')).toBe(attr(input, 'id'));
  });

  describe('in a phone browser with JavaScript off', () => {
    let browser: Browser;
    let context: BrowserContext;
    beforeAll(async () => {
      browser = await launchBrowser();
      context = await browser.newContext(phoneContext({ javaScriptEnabled: false }));
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('a story loads nothing from other hosts, sends no referrer, and the share links are big enough to tap', async () => {
      const page = await context.newPage();
      const hosts = new Set<string>();
      page.on('request', (req) => hosts.add(new URL(req.url()).host));
      const slug = stories[0].split('/')[1];
      const res = await page.goto(`${baseUrl}/berita/${slug}/`);
      expect(res?.headers()['referrer-policy']).toBe('no-referrer');
      await page.locator('section.share').scrollIntoViewIfNeeded();
      expect([...hosts]).toEqual([new URL(baseUrl).host]);
      for (const link of await page.locator('section.share a').all()) {
        const box = await link.boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual(24);
        expect(box!.width).toBeGreaterThanOrEqual(24);
      }
      expect(await page.locator('section.share input').inputValue()).toBe(`${config.url}/berita/${slug}/`);
      await page.locator('article > footer').screenshot({ path: '/tmp/feeds/share-e2e.png' });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('section.share').isVisible()).toBe(false);
      await page.close();
    });
  });
});
