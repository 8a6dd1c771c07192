import { describe, expect, it } from 'vitest';
import {
  breadcrumbNode, cardHash, getArticleMeta, jsonLdGraph, newsArticleNode, publisherNode, serializeJsonLd, siteCardPath, siteCardText,
  storyCardPath, storyCardText, webPageNode, websiteNode, type ArticleMeta, type SiteInfo,
} from '../../src/lib/seo.ts';
import { JsonLdDocument, NewsArticle } from './seo-shapes.ts';

const site: SiteInfo = {
  name: 'Mading Buruh',
  url: 'https://mading.example.org',
  description: 'Berita buruh dari pabrik, gudang dan kantor.',
  lang: 'id',
  publisher: { name: 'Federasi Serikat Pekerja Contoh', alternateName: 'FSPC', email: 'redaksi@example.org' },
};
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const article: ArticleMeta = {
  slug: 'lembur-karawang',
  title: 'Lembur & Target: "Kami Bukan Mesin," Kata Buruh Garmen Karawang',
  description: 'Operator jahit bertahan dua jam setelah bel pulang.',
  date: d('2026-10-12'),
  updated: d('2026-10-14'),
  authors: [{ name: 'Mawar Merah', url: 'https://mading.example.org/penulis/mawar-merah/' }],
  place: { name: 'Karawang', province: 'Jawa Barat' },
  topics: ['Lembur', 'Upah'],
  lang: 'id',
};
const pageUrl = 'https://mading.example.org/berita/lembur-karawang/';
const image = 'https://mading.example.org/kartu/lembur-karawang-abc.png';

describe('social card text and address', () => {
  it.each([
    [{ place: 'Karawang', date: d('2026-10-12'), lang: 'id' }, 'Karawang · 12 Oktober 2026'],
    [{ place: 'Karawang', date: d('2026-10-12'), lang: 'en' }, 'Karawang · 12 October 2026'],
    [{ place: undefined, date: d('2026-01-05'), lang: 'id' }, '5 Januari 2026'],
  ])('meta line %#', (input, meta) => {
    expect(storyCardText({ site: 'Mading Buruh', title: ' Judul ', ...input })).toEqual({ site: 'Mading Buruh', title: 'Judul', meta, lang: input.lang });
  });

  it('the site card carries the description and the publisher', () => {
    expect(siteCardText({ site: 'Mading Buruh', description: 'Berita buruh.', publisher: 'FSPC', lang: 'id' })).toEqual({ site: 'Mading Buruh', title: 'Berita buruh.', meta: 'FSPC', lang: 'id' });
  });

  const base = storyCardText({ site: 'Mading Buruh', title: 'Mogok tiga hari', place: 'Bandung', date: d('2026-10-01'), lang: 'id' });
  it.each([
    ['title', { ...base, title: 'Mogok empat hari' }],
    ['meta', { ...base, meta: 'Semarang · 1 Oktober 2026' }],
    ['site', { ...base, site: 'Mading Lain' }],
    ['lang', { ...base, lang: 'en' }],
  ])('the address changes when the %s changes', (_field, changed) => {
    expect(cardHash(changed)).not.toBe(cardHash(base));
  });

  it('the address is stable, URL-safe and keyed by slug', () => {
    expect(cardHash(base)).toBe(cardHash({ ...base }));
    expect(storyCardPath('mogok-bandung', base)).toMatch(/^\/kartu\/mogok-bandung-[A-Za-z0-9_-]{10}\.png$/);
    expect(siteCardPath(base)).toMatch(/^\/kartu\/_situs-[A-Za-z0-9_-]{10}\.png$/);
  });
});

describe('getArticleMeta', () => {
  const lookups = {
    authors: new Map([['mawar-merah', { id: 'mawar-merah', data: { name: 'Mawar Merah' } }]]),
    places: new Map([['karawang', { data: { name: 'Karawang', province: 'Jawa Barat' } }]]),
    topics: new Map([['lembur', { data: { label: 'Lembur' } }], ['upah', { data: { label: 'Upah' } }]]),
  };
  const story = { id: 'lembur-karawang', data: { title: 'T', lede: 'L', date: d('2026-10-12'), authors: ['mawar-merah', 'hilang'], place: 'karawang', topics: ['lembur', 'tak-ada', 'upah'] } };

  it('resolves ids to names and absolute author URLs, skipping unknown ids', () => {
    expect(getArticleMeta(story, lookups, { url: 'https://mading.example.org', lang: 'id' })).toEqual({
      slug: 'lembur-karawang', title: 'T', description: 'L', date: d('2026-10-12'), updated: undefined,
      authors: [{ name: 'Mawar Merah', url: 'https://mading.example.org/penulis/mawar-merah/' }],
      place: { name: 'Karawang', province: 'Jawa Barat' },
      topics: ['Lembur', 'Upah'],
      lang: 'id',
    });
  });
  it.each([
    [undefined, 'id'],
    ['en', 'en'],
  ])('story lang %s → %s', (lang, expected) => {
    expect(getArticleMeta({ ...story, data: { ...story.data, lang } }, lookups, { url: 'https://mading.example.org', lang: 'id' }).lang).toBe(expected);
  });
  it('an unknown place is left out', () => {
    expect(getArticleMeta({ ...story, data: { ...story.data, place: 'atlantis' } }, lookups, { url: 'https://mading.example.org', lang: 'id' }).place).toBeUndefined();
  });
});

describe('JSON-LD', () => {
  it('a story is a valid NewsArticle with headline, dates, authors, image and publisher', () => {
    const node = newsArticleNode(article, site, pageUrl, image);
    expect(NewsArticle.safeParse(node).success).toBe(true);
    expect(node).toMatchObject({
      headline: article.title,
      datePublished: '2026-10-12',
      dateModified: '2026-10-14',
      author: [{ '@type': 'Person', name: 'Mawar Merah' }],
      image: [image],
      publisher: { '@id': 'https://mading.example.org/#publisher' },
      articleSection: 'Lembur',
      contentLocation: { name: 'Karawang', address: { addressRegion: 'Jawa Barat' } },
    });
  });

  it('dateModified falls back to the publication date', () => {
    expect(newsArticleNode({ ...article, updated: undefined }, site, pageUrl, image).dateModified).toBe('2026-10-12');
  });

  it.each([
    ['a story', [newsArticleNode(article, site, pageUrl, image), websiteNode(site), publisherNode(site), breadcrumbNode([{ name: 'Beranda', url: 'https://mading.example.org/' }, { name: 'Lembur', url: 'https://mading.example.org/topik/lembur/' }, { name: article.title }])]],
    ['the home page', [websiteNode(site), publisherNode(site)]],
    ['another page', [webPageNode({ url: 'https://mading.example.org/arsip/', title: 'Arsip', description: 'Semua berita.', lang: 'id' }, site), websiteNode(site), publisherNode(site)]],
  ])('the graph for %s is valid and self-contained', (_name, nodes) => {
    const result = JsonLdDocument.safeParse(jsonLdGraph(nodes));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('the shape check catches what Google would reject', () => {
    const bad = { ...newsArticleNode(article, site, pageUrl, image), image: ['/kartu/relatif.png'], author: [] };
    expect(NewsArticle.safeParse(bad).success).toBe(false);
    expect(JsonLdDocument.safeParse(jsonLdGraph([newsArticleNode(article, site, pageUrl, image)])).success).toBe(false); // publisher @id undefined
  });

  it('breadcrumbs count from 1 and leave the current page without a URL', () => {
    expect(breadcrumbNode([{ name: 'Beranda', url: 'https://x.org/' }, { name: 'Ini' }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Beranda', item: 'https://x.org/' },
        { '@type': 'ListItem', position: 2, name: 'Ini' },
      ],
    });
  });

  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- x -->'],
    ['line\u2028separator'],
  ])('serialising %j cannot break out of the script element', (headline) => {
    const json = serializeJsonLd(jsonLdGraph([{ '@type': 'Thing', name: headline }]));
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)['@graph'][0].name).toBe(headline);
  });
});
