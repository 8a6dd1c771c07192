// Search and link-preview metadata: JSON-LD (schema.org) builders and the social card's
// text and address. Pure: pages and the post-build card step both call these.
import { createHash } from 'node:crypto';
import { formatDate, toIsoDate } from './dates.ts';
import { absoluteUrl, ROUTES } from './urls.ts';

/** Social card size in pixels (the 1.91:1 shape Facebook, WhatsApp and X show large). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
/** Bump when the card's look changes, so platforms that cache images by URL fetch the new one. */
export const CARD_VERSION = 1;
/** Folder of the built site the cards are written to. */
export const CARD_DIR = '/kartu/';

/** The words printed on a social card. */
export interface CardText {
  /** Site name, top left. */
  site: string;
  /** The big text: a story's headline, or the site's description. */
  title: string;
  /** The small line at the bottom: "Karawang · 12 Oktober 2026". */
  meta: string;
  /** Language the text is in. */
  lang: string;
}

/** A story's card text: headline, then place and date in the story's language. */
export function storyCardText(input: { site: string; title: string; place?: string; date: Date; lang: string }): CardText {
  const meta = [input.place, formatDate(input.date, input.lang)].filter(Boolean).join(' · ');
  return { site: input.site, title: input.title.trim(), meta, lang: input.lang };
}

/** The card for every page that is not a story: site name, description, publisher. */
export function siteCardText(input: { site: string; description: string; publisher: string; lang: string }): CardText {
  return { site: input.site, title: input.description.trim(), meta: input.publisher, lang: input.lang };
}

/** A short, URL-safe hash of the card's words and version: the address changes when they do. */
export function cardHash(text: CardText): string {
  return createHash('sha256').update(JSON.stringify([CARD_VERSION, text.site, text.title, text.meta, text.lang])).digest('base64url').slice(0, 10);
}

/** Root-relative path of a story's card, e.g. `/kartu/mogok-bandung-Ab3dE5gH7j.png`. */
export function storyCardPath(slug: string, text: CardText): string {
  return `${CARD_DIR}${slug}-${cardHash(text)}.png`;
}

/** Root-relative path of the site card (the underscore keeps it apart from story slugs). */
export function siteCardPath(text: CardText): string {
  return `${CARD_DIR}_situs-${cardHash(text)}.png`;
}

/** What the story page tells the layout about itself for previews and JSON-LD. */
export interface ArticleMeta {
  /** Story id (its URL slug). */
  slug: string;
  title: string;
  /** The lede. */
  description: string;
  date: Date;
  updated?: Date;
  /** Authors in byline order; `url` is their author page (absolute). */
  authors: { name: string; url: string }[];
  place?: { name: string; province: string };
  /** Topic labels, first = section. */
  topics: string[];
  lang: string;
}

/** The lookups a story's ids resolve through (the shape of `getTaxonomy()`). */
export interface ArticleLookups {
  authors: Map<string, { id: string; data: { name: string } }>;
  places: Map<string, { data: { name: string; province: string } }>;
  topics: Map<string, { data: { label: string } }>;
}

/** Build a story page's ArticleMeta from the story entry and the taxonomy; unknown ids are skipped. */
export function getArticleMeta(
  story: { id: string; data: { title: string; lede: string; date: Date; updated?: Date; authors: string[]; place: string; topics: string[]; lang?: string } },
  lookups: ArticleLookups,
  site: { url: string; lang: string },
): ArticleMeta {
  const { data } = story;
  const place = lookups.places.get(data.place);
  return {
    slug: story.id,
    title: data.title,
    description: data.lede,
    date: data.date,
    updated: data.updated,
    authors: data.authors.flatMap((id) => {
      const a = lookups.authors.get(id);
      return a ? [{ name: a.data.name, url: absoluteUrl(site.url, ROUTES.author(a.id)) }] : [];
    }),
    place: place && { name: place.data.name, province: place.data.province },
    topics: data.topics.flatMap((id) => lookups.topics.get(id)?.data.label ?? []),
    lang: data.lang ?? site.lang,
  };
}

/** The site, as JSON-LD nodes need it. */
export interface SiteInfo {
  name: string;
  /** Origin without trailing slash, e.g. `https://mading.example.org`. */
  url: string;
  description: string;
  lang: string;
  /** The union that publishes the site. */
  publisher: { name: string; alternateName?: string; email?: string };
}

/** A schema.org node. */
export type JsonLdNode = Record<string, unknown>;

/** Stable `@id`s so nodes on different pages refer to the same site and publisher. */
export function siteIds(site: SiteInfo): { website: string; publisher: string } {
  return { website: `${site.url}/#website`, publisher: `${site.url}/#publisher` };
}

/** The publisher as an Organization node. */
export function publisherNode(site: SiteInfo): JsonLdNode {
  const { name, alternateName, email } = site.publisher;
  return { '@type': 'Organization', '@id': siteIds(site).publisher, name, ...(alternateName && { alternateName }), url: `${site.url}/`, ...(email && { email }) };
}

/** The WebSite node (the home page's main entity; Google reads the site name from it). */
export function websiteNode(site: SiteInfo): JsonLdNode {
  return { '@type': 'WebSite', '@id': siteIds(site).website, name: site.name, url: `${site.url}/`, description: site.description, inLanguage: site.lang, publisher: { '@id': siteIds(site).publisher } };
}

/** A NewsArticle for a story page. `image` is the absolute URL of its social card. */
export function newsArticleNode(article: ArticleMeta, site: SiteInfo, pageUrl: string, image: string): JsonLdNode {
  return {
    '@type': 'NewsArticle',
    '@id': `${pageUrl}#article`,
    mainEntityOfPage: pageUrl,
    url: pageUrl,
    headline: article.title,
    description: article.description,
    image: [image],
    datePublished: toIsoDate(article.date),
    dateModified: toIsoDate(article.updated ?? article.date),
    inLanguage: article.lang,
    author: article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url })),
    publisher: { '@id': siteIds(site).publisher },
    isPartOf: { '@id': siteIds(site).website },
    ...(article.topics.length > 0 && { articleSection: article.topics[0], keywords: article.topics.join(', ') }),
    ...(article.place && {
      contentLocation: { '@type': 'Place', name: article.place.name, address: { '@type': 'PostalAddress', addressLocality: article.place.name, addressRegion: article.place.province } },
    }),
  };
}

/** A WebPage node for any other page. */
export function webPageNode(page: { url: string; title: string; description: string; lang: string }, site: SiteInfo): JsonLdNode {
  return { '@type': 'WebPage', '@id': `${page.url}#webpage`, url: page.url, name: page.title, description: page.description, inLanguage: page.lang, isPartOf: { '@id': siteIds(site).website } };
}

/** A BreadcrumbList from a trail of absolute URLs (the last item, the page itself, may have none). */
export function breadcrumbNode(trail: { name: string; url?: string }[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, ...(c.url && { item: c.url }) })),
  };
}

/** One JSON-LD document holding all of a page's nodes. */
export function jsonLdGraph(nodes: JsonLdNode[]): JsonLdNode {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** Serialise JSON-LD for a `<script type="application/ld+json">`: `<` is escaped so text can never close the tag. */
export function serializeJsonLd(data: JsonLdNode): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
