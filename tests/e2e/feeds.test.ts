// Feeds, sitemap and robots.txt of the built site, read the way feed readers and crawlers read them:
// real XML parsing (fast-xml-parser), every URL checked against the files in dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles, splitFrontmatter, storySlug } from '../../scripts/lib/content-files.ts';
import { config } from '../../src/lib/config.ts';
import { decodeEntities, parseSrcset } from '../../src/lib/feed.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const root = path.resolve(import.meta.dirname, '../..');
const contentDir = path.resolve(root, process.env.MADING_CONTENT_DIR ?? 'content');

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['item', 'category', 'dc:creator'].includes(name) });

interface Item { title: string; link: string; guid: { '#text': string; '@_isPermaLink': string }; pubDate: string; description: string; 'content:encoded': string; category: string[]; 'dc:creator': string[] }
interface Channel { title: string; link: string; description: string; language: string; lastBuildDate?: string; 'atom:link': Record<string, string>; item?: Item[] }

/** Read and parse a built feed, failing on XML that is not well-formed. */
function readFeed(rel: string): { raw: string; channel: Channel } {
  const raw = readFileSync(path.join(distDir, rel), 'utf8');
  expect(XMLValidator.validate(raw), rel).toBe(true);
  const doc = xml.parse(raw) as { rss: { '@_version': string; channel: Channel } };
  expect(doc.rss['@_version'], rel).toBe('2.0');
  return { raw, channel: doc.rss.channel };
}

/** The built file a site URL is served from, or null for other hosts. */
function fileFor(url: string): string | null {
  const u = new URL(url);
  if (u.origin !== config.url) return null;
  const p = decodeURIComponent(u.pathname);
  return path.join(distDir, p.endsWith('/') ? `${p}index.html` : p);
}

/** Text of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
function textOf(node: Node): string {
  const parts: string[] = [];
  walkSync(node, (n) => {
    if (n.type === TEXT_NODE) parts.push(decodeEntities(n.value));
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const pageCache = new Map<string, Node>();
/** The parsed built page for a site URL. */
function page(url: string): Node {
  const file = fileFor(url);
  if (!file) throw new Error(`not a site URL: ${url}`);
  let doc = pageCache.get(file);
  if (!doc) {
    doc = parse(readFileSync(file, 'utf8')) as Node;
    pageCache.set(file, doc);
  }
  return doc;
}

function attr(el: Node | undefined, name: string): string | undefined {
  const v = (el as ElementNode | undefined)?.attributes?.[name];
  return v === undefined ? undefined : decodeEntities(v);
}

/** The story's NewsArticle JSON-LD node on its page. */
function article(url: string): { headline: string; datePublished: string; author: { name: string }[] } {
  const script = querySelector(page(url), 'script[type="application/ld+json"]');
  const json = (script as ElementNode).children.map((c) => (c as { value: string }).value).join('');
  const graph = JSON.parse(json)['@graph'] as { '@type': string }[];
  return graph.find((n) => n['@type'] === 'NewsArticle') as never;
}

/** Front matter of every story file in the content folder the site was built from. */
async function contentStories(): Promise<{ slug: string; draft: boolean; title: string }[]> {
  const files = await listFiles(path.join(contentDir, 'stories'), (name) => /\.mdx?$/i.test(name));
  return files.map((rel) => {
    const fm = yaml.load(splitFrontmatter(readFileSync(path.join(contentDir, 'stories', rel), 'utf8')).frontmatter ?? '') as { draft?: boolean; title: string };
    return { slug: storySlug(rel), draft: fm.draft === true, title: fm.title };
  });
}

const yamlIds = (dir: string) => readdirSync(path.join(contentDir, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, ''));
const topicIds = yamlIds('topics');
const placeIds = yamlIds('places');
const label = (dir: string, id: string, key: string) => (yaml.load(readFileSync(path.join(contentDir, dir, `${id}.yaml`), 'utf8')) as Record<string, string>)[key];
const builtStories = readdirSync(path.join(distDir, 'berita')).filter((d) => existsSync(path.join(distDir, 'berita', d, 'index.html')));

const feeds = [
  { rel: 'rss.xml', page: '/', title: config.name },
  ...(config.feeds.perTopic ? topicIds.map((id) => ({ rel: `topik/${id}/rss.xml`, page: `/topik/${id}/`, topic: label('topics', id, 'label') })) : []),
  ...(config.feeds.perPlace ? placeIds.map((id) => ({ rel: `tempat/${id}/rss.xml`, page: `/tempat/${id}/`, place: id })) : []),
] as { rel: string; page: string; title?: string; topic?: string; place?: string }[];

describe('feeds', () => {
  it('there is a site feed plus one per topic and place', () => {
    expect(feeds.length).toBe(1 + topicIds.length + placeIds.length);
    for (const f of feeds) expect(existsSync(path.join(distDir, f.rel)), f.rel).toBe(true);
  });

  it.each(feeds.map((f) => [f.rel, f] as const))('%s: channel, items newest first, each item complete and pointing at its page', (rel, f) => {
    const { channel } = readFeed(rel);
    expect(channel.link).toBe(`${config.url}${f.page}`);
    expect(channel.language).toBe(config.lang);
    expect(channel['atom:link']).toMatchObject({ '@_href': `${config.url}/${rel}`, '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(channel.title.length).toBeGreaterThan(3);
    if (f.title) expect(channel.title).toBe(f.title);
    const items = channel.item ?? [];
    expect(items.length).toBeLessThanOrEqual(config.feeds.items);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates.every((t) => Number.isFinite(t))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${config.url}/berita/[a-z0-9-]+/$`));
      expect(existsSync(fileFor(item.link)!), item.link).toBe(true);
      expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT$/);
      const ld = article(item.link);
      // Titles and names survive XML escaping exactly (compared with the page's own JSON-LD).
      expect(item.title).toBe(ld.headline);
      expect(item['dc:creator']).toEqual(ld.author.map((a) => a.name));
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(ld.datePublished);
      expect(item.description.length).toBeGreaterThan(10);
      expect(item.category.length).toBeGreaterThanOrEqual(1);
      if (f.topic) expect(item.category).toContain(f.topic);
      if (f.place) expect(querySelectorAll(page(item.link), `a[href="/tempat/${f.place}/"]`).length, item.link).toBeGreaterThan(0);
    }
    if (items.length) expect(channel.lastBuildDate).toMatch(/GMT$/);
  });

  it('the site feed carries the newest published stories', () => {
    const { channel } = readFeed('rss.xml');
    expect(channel.item?.length).toBe(Math.min(config.feeds.items, builtStories.length));
  });

  it('topic and place feeds carry every story of their topic or place (up to the limit)', () => {
    for (const f of feeds.filter((x) => x.topic || x.place)) {
      const expected = builtStories.filter((slug) => {
        const doc = page(`${config.url}/berita/${slug}/`);
        return f.topic ? querySelectorAll(doc, 'a[rel="tag"]').some((a) => textOf(a) === f.topic) : querySelectorAll(doc, `a[href="/tempat/${f.place}/"]`).length > 0;
      });
      expect(readFeed(f.rel).channel.item?.length ?? 0, f.rel).toBe(Math.min(config.feeds.items, expected.length));
    }
  });

  it('titles with &, < and quotes are escaped in the XML and read back exactly', () => {
    const { raw, channel } = readFeed('rss.xml');
    const tricky = (channel.item ?? []).filter((i) => /[&<"']/.test(i.title));
    expect(tricky.length, 'the sample content should hold a headline with & or quotes').toBeGreaterThan(0);
    for (const item of tricky) expect(raw).not.toContain(`<title>${item.title}</title>`);
  });

  it('items hold the full rendered story: components rendered, nothing cut', () => {
    const { channel } = readFeed('rss.xml');
    let withComponents = 0;
    for (const item of channel.item ?? []) {
      const body = querySelector(page(item.link), '.story-body');
      const content = parse(item['content:encoded']) as Node;
      const feedText = textOf(content);
      expect(feedText, item.link).toContain(textOf(body));
      // Components (pull quotes, fact boxes, figures) arrive as plain HTML, not as MDX tags.
      expect(item['content:encoded']).not.toMatch(/<(PullQuote|FactBox|Figure|StoryLink)\b/);
      for (const [cls, tag] of [['pullquote', 'blockquote'], ['factbox', 'aside'], ['figure', 'figure']] as const) {
        const inPage = querySelectorAll(body, `.${cls}`);
        if (!inPage.length) continue;
        withComponents++;
        const inFeed = querySelectorAll(content, tag).map(textOf);
        for (const el of inPage) expect(inFeed, `${item.link} ${cls}`).toContain(textOf(el));
      }
    }
    expect(withComponents, 'at least one story in the feed uses a component').toBeGreaterThan(0);
  });

  it('every link and image in every feed is absolute, safe, and on this site resolves to a built file', () => {
    const checked = new Set<string>();
    for (const f of feeds) {
      for (const item of readFeed(f.rel).channel.item ?? []) {
        const content = parse(item['content:encoded']) as Node;
        walkSync(content, (n) => {
          if (n.type !== ELEMENT_NODE) return;
          const el = n as ElementNode;
          expect(['script', 'style', 'iframe', 'form', 'object', 'embed', 'source', 'picture']).not.toContain(el.name);
          for (const name of Object.keys(el.attributes)) expect(name, `${item.link} <${el.name} ${name}>`).not.toMatch(/^(on|class$|style$|data-)/i);
          const urls = [attr(el, 'href'), attr(el, 'src'), attr(el, 'cite'), ...parseSrcset(attr(el, 'srcset') ?? '').map((c) => c.url)].filter((u): u is string => !!u);
          for (const url of urls) {
            expect(url, `${item.link} <${el.name}>`).toMatch(/^(https?:\/\/|mailto:|tel:)/);
            const file = url.startsWith('http') ? fileFor(url.split('#')[0]) : null;
            if (file && !checked.has(file)) {
              expect(existsSync(file), `${url} in ${item.link}`).toBe(true);
              checked.add(file);
            }
          }
        });
      }
    }
    expect([...checked].some((f) => f.includes(`${path.sep}_astro${path.sep}`)), 'images were checked').toBe(true);
  });

  it('drafts never appear in any feed (nor as pages)', async () => {
    const stories = await contentStories();
    const drafts = stories.filter((s) => s.draft);
    expect(drafts.length, 'the sample content should hold a draft for this test to mean something').toBeGreaterThan(0);
    for (const d of drafts) expect(builtStories).not.toContain(d.slug);
    for (const f of feeds) {
      const { raw, channel } = readFeed(f.rel);
      for (const d of drafts) {
        expect(raw, `${d.slug} in ${f.rel}`).not.toContain(`/berita/${d.slug}/`);
        expect((channel.item ?? []).map((i) => i.title)).not.toContain(d.title);
      }
    }
  });
});

describe('feed autodiscovery and the subscribe page', () => {
  const htmlPages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`admin${path.sep}`) && !f.startsWith(`pagefind${path.sep}`))
    .map((f) => f.split(path.sep).join('/'));

  it('every page links the site feed exactly once; topic and place pages also link their own', () => {
    expect(htmlPages.length).toBeGreaterThan(20);
    for (const rel of htmlPages) {
      const doc = parse(readFileSync(path.join(distDir, rel), 'utf8')) as Node;
      const alternates = querySelectorAll(doc, 'link[rel="alternate"][type="application/rss+xml"]').map((l) => attr(l, 'href'));
      expect(alternates.filter((h) => h === '/rss.xml'), rel).toHaveLength(1);
      const own = /^(topik|tempat)\/([a-z0-9-]+)\/(\d+\/)?index\.html$/.exec(rel);
      if (own) expect(alternates, rel).toContain(`/${own[1]}/${own[2]}/rss.xml`);
      for (const href of alternates) expect(existsSync(path.join(distDir, href!)), `${rel} → ${href}`).toBe(true);
    }
  });

  describe('in a browser with JavaScript off', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('/langganan/ explains feeds and lists every feed address', async () => {
      const context = await browser.newContext(phoneContext({ javaScriptEnabled: false }));
      const pageTab = await context.newPage();
      const res = await pageTab.goto(`${baseUrl}/langganan/`);
      expect(res?.status()).toBe(200);
      await expect(pageTab.locator('h1').textContent()).resolves.toBe('Langganan berita');
      expect(await pageTab.locator('#umpan').inputValue()).toBe(`${config.url}/rss.xml`);
      const hrefs = await pageTab.locator('main a[type="application/rss+xml"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(expect.arrayContaining(feeds.map((f) => `/${f.rel}`)));
      expect(await pageTab.locator('main ol li').count()).toBeGreaterThanOrEqual(3);
      // The footer links here from every page.
      expect(await pageTab.locator('footer a[href="/langganan/"]').count()).toBe(1);
      await pageTab.screenshot({ path: '/tmp/feeds/langganan.png', fullPage: true });
      await context.close();
    });
  });
});

describe('robots.txt and sitemap', () => {
  const sitemapUrls = () => {
    const index = xml.parse(readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8')) as { sitemapindex: { sitemap: { loc: string } | { loc: string }[] } };
    const maps = ([] as { loc: string }[]).concat(index.sitemapindex.sitemap);
    return maps.flatMap(({ loc }) => {
      const doc = xml.parse(readFileSync(fileFor(loc)!, 'utf8')) as { urlset: { url: { loc: string } | { loc: string }[] } };
      return ([] as { loc: string }[]).concat(doc.urlset.url).map((u) => u.loc);
    });
  };
  const isNoindex = (file: string) => /<meta name="robots" content="[^"]*noindex/.test(readFileSync(file, 'utf8'));

  it('robots.txt allows crawling and points to the sitemap', () => {
    const robots = readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${config.url}/sitemap-index.xml`);
    expect(existsSync(fileFor(sitemap!)!)).toBe(true);
  });

  it('the sitemap lists every story and indexable page, and no print, admin or noindex page', () => {
    const urls = sitemapUrls();
    for (const slug of builtStories) expect(urls).toContain(`${config.url}/berita/${slug}/`);
    expect(urls).toContain(`${config.url}/langganan/`);
    for (const url of urls) {
      expect(url).not.toMatch(/\/(cetak|admin)\//);
      const file = fileFor(url)!;
      expect(existsSync(file), url).toBe(true);
      expect(isNoindex(file), url).toBe(false);
    }
  });

  it('print-only pages exist, are noindex, and stay out of the sitemap', () => {
    const printPages = readdirSync(path.join(distDir, 'cetak'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    expect(printPages.length).toBeGreaterThan(0);
    const urls = new Set(sitemapUrls());
    for (const rel of printPages) {
      expect(isNoindex(path.join(distDir, 'cetak', rel)), rel).toBe(true);
      expect(urls.has(`${config.url}/cetak/${rel.replace(/index\.html$/, '')}`)).toBe(false);
    }
  });
});
