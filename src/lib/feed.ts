// Feeds: make rendered story HTML safe and self-contained for readers on other hosts,
// and describe one RSS channel (site, topic or place) for @astrojs/rss. Pure: no astro:* imports.
import { getRssString, type RSSFeedItem, type RSSOptions } from '@astrojs/rss';
import { randomUUID } from 'node:crypto';
import { COMMENT_NODE, ELEMENT_NODE, transformSync, walkSync, type ElementNode, type TransformerSync } from 'ultrahtml';
import sanitize from 'ultrahtml/transformers/sanitize';

/** Namespaces the feeds use: Dublin Core for author names (RSS `<author>` must be an email), Atom for the self link. */
export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' } as const;

/** URL schemes a link or image in a feed may keep; anything else (javascript:, data:, file:) is removed. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Elements kept as they are: text structure, links, images, tables. Others are unwrapped (children kept). */
const KEEP_ELEMENTS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'q', 'cite', 'figure', 'figcaption', 'aside', 'footer', 'div',
  'a', 'img', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'code', 'pre', 'kbd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

/** Elements removed with everything inside: active content, forms, and `<source>` (the `<img>` fallback is kept). */
const DROP_ELEMENTS = [
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'svg', 'math', 'canvas',
  'audio', 'video', 'source', 'track', 'dialog',
];

/** Attributes kept per element; `*` applies to all. Classes, styles, handlers and loading hints mean nothing in a reader. */
const KEEP_ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['lang', 'dir', 'title'],
  a: ['href'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  time: ['datetime'],
  ol: ['start', 'reversed'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
};

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Decode the character references an HTML attribute value may contain (the parser keeps them raw). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);?/gi, (m, ref: string) => {
    const r = ref.toLowerCase();
    if (r.startsWith('#x')) return safeCodePoint(parseInt(r.slice(2), 16), m);
    if (r.startsWith('#')) return safeCodePoint(parseInt(r.slice(1), 10), m);
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[r] ?? m;
  });
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/** Escape text for an XML/HTML attribute value or text node. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Resolve `url` against `base` (the story's own address, so `#notes` and `./photo.jpg` work),
 * or null when the result is not a web, mail or phone link.
 */
export function toAbsoluteUrl(url: string, base: string): string | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, base);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(resolved.protocol) ? resolved.href : null;
}

/** Split a `srcset` into URL and descriptor pairs (the HTML spec's rules: a URL ends at whitespace; a trailing comma ends the candidate). */
export function parseSrcset(srcset: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i])) i++;
    if (i >= srcset.length) break;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i])) i++;
    let url = srcset.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const from = i;
      while (i < srcset.length && srcset[i] !== ',') i++;
      descriptor = srcset.slice(from, i).trim();
      i++;
    }
    out.push({ url, descriptor });
  }
  return out;
}

/** Resolve every candidate of a `srcset` (`a.jpg 360w, b.jpg 720w`); unsafe candidates are dropped. */
export function toAbsoluteSrcset(srcset: string, base: string): string {
  return parseSrcset(srcset)
    .flatMap(({ url, descriptor }) => {
      const abs = toAbsoluteUrl(url, base);
      return abs ? [descriptor ? `${abs} ${descriptor}` : abs] : [];
    })
    .join(', ');
}

/** A transformer that rewrites URL attributes against `base` and drops the ones that are unsafe. */
function absoluteUrls(base: string): TransformerSync {
  return (doc) => {
    walkSync(doc, (node) => {
      if (node.type !== ELEMENT_NODE) return;
      const el = node as ElementNode;
      for (const [name, raw] of Object.entries(el.attributes)) {
        if (URL_ATTRIBUTES.has(name)) {
          const abs = toAbsoluteUrl(decodeEntities(raw), base);
          if (abs) el.attributes[name] = escapeXml(abs);
          else delete el.attributes[name];
        } else if (name === 'srcset') {
          const abs = toAbsoluteSrcset(decodeEntities(raw), base);
          if (abs) el.attributes[name] = escapeXml(abs);
          else delete el.attributes[name];
        }
      }
    });
    return doc;
  };
}

/** A transformer that keeps only the attributes in KEEP_ATTRIBUTES. */
const keepAttributes: TransformerSync = (doc) => {
  walkSync(doc, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const el = node as ElementNode;
    const allowed = new Set([...(KEEP_ATTRIBUTES['*'] ?? []), ...(KEEP_ATTRIBUTES[el.name] ?? [])]);
    for (const name of Object.keys(el.attributes)) if (!allowed.has(name.toLowerCase())) delete el.attributes[name];
  });
  return doc;
};

/** The element rules: keep the allowlist, drop active content, unwrap anything else (e.g. `<picture>`, `<span>`). */
const elementRules = sanitize({ unblockElements: KEEP_ELEMENTS, dropElements: DROP_ELEMENTS, allowComments: false });

/** Comments can hide notes for the editors; the sanitizer above only looks at elements. */
const dropComments: TransformerSync = (doc) => {
  walkSync(doc, (node) => {
    if ('children' in node && Array.isArray(node.children)) node.children = node.children.filter((c: { type: number }) => c.type !== COMMENT_NODE);
  });
  return doc;
};

/**
 * Sanitise rendered story HTML for a feed reader: active content, comments and
 * presentational attributes go, `<picture>` becomes its `<img>` fallback, and
 * every link and image URL becomes absolute (relative to `base`) or is removed if unsafe.
 */
export function toFeedHtml(html: string, base: string): string {
  return transformSync(html, [dropComments, elementRules, keepAttributes, absoluteUrls(base)]).trim();
}

/** Only the URL rewriting of `toFeedHtml`, for HTML that is already trusted. */
export function makeUrlsAbsolute(html: string, base: string): string {
  return transformSync(html, [absoluteUrls(base)]);
}

/** Only the sanitising of `toFeedHtml` (URLs are left as written, unsafe schemes still removed). */
export function sanitizeFeedHtml(html: string): string {
  return transformSync(html, [dropComments, elementRules, keepAttributes, dropUnsafeUrls]).trim();
}

const dropUnsafeUrls: TransformerSync = (doc) => {
  walkSync(doc, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const el = node as ElementNode;
    for (const name of ['href', 'src', 'cite']) {
      if (name in el.attributes && toAbsoluteUrl(decodeEntities(el.attributes[name]), 'https://invalid.example/') === null) delete el.attributes[name];
    }
  });
  return doc;
};

/** One story as a feed item needs it; `html` is already passed through `toFeedHtml`. */
export interface FeedEntry {
  /** Absolute URL of the story page (also its guid). */
  url: string;
  title: string;
  /** Plain-text summary, used as `<description>`. */
  lede: string;
  date: Date;
  updated?: Date;
  /** Author display names (pen names as written). */
  authors: string[];
  /** Topic labels. */
  categories: string[];
  /** The story's language; marked on the content when it differs from the channel's. */
  lang: string;
  /** Full story HTML with absolute URLs. */
  html: string;
}

/** One feed: the whole site, a topic or a place. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed mirrors (home, topic or place page). */
  pageUrl: string;
  /** Absolute URL of the feed itself, for `<atom:link rel="self">`. */
  feedUrl: string;
  /** Channel language, e.g. `id`. */
  lang: string;
}

/** The newest of `date`/`updated` over all entries, or undefined when there are none. */
export function latestChange(entries: readonly Pick<FeedEntry, 'date' | 'updated'>[]): Date | undefined {
  let latest: Date | undefined;
  for (const e of entries) {
    const d = e.updated && e.updated > e.date ? e.updated : e.date;
    if (!latest || d > latest) latest = d;
  }
  return latest;
}

/**
 * Build the item for one entry: full HTML in content:encoded, authors as dc:creator.
 * `creatorText` turns a name into the element's text (see `renderFeed` for why it is not the name itself).
 */
export function toFeedItem(entry: FeedEntry, channelLang: string, creatorText: (name: string) => string = escapeXml): RSSFeedItem {
  const content = entry.lang === channelLang ? entry.html : `<div lang="${escapeXml(entry.lang)}">${entry.html}</div>`;
  return {
    title: entry.title,
    link: entry.url,
    pubDate: entry.date,
    description: entry.lede,
    content,
    categories: entry.categories,
    customData: entry.authors.map((name) => `<dc:creator>${creatorText(name)}</dc:creator>`).join(''),
  };
}

/**
 * Options for `@astrojs/rss` describing one channel. Entries must already be
 * filtered (no drafts) and sorted newest first; `limit` keeps the newest.
 */
export function buildFeed(channel: FeedChannel, entries: readonly FeedEntry[], limit: number, creatorText: (name: string) => string = escapeXml): RSSOptions {
  const items = entries.slice(0, limit);
  const latest = latestChange(items);
  return {
    title: channel.title,
    description: channel.description,
    site: channel.pageUrl,
    xmlns: { ...FEED_NAMESPACES },
    customData: [
      `<language>${escapeXml(channel.lang)}</language>`,
      `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
      latest ? `<lastBuildDate>${latest.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: items.map((entry) => toFeedItem(entry, channel.lang, creatorText)),
  };
}

/**
 * The feed as an XML string. @astrojs/rss re-parses `customData` and turns number-like text
 * into numbers (a pen name "0812" would become "812"), so author names go in as placeholders
 * and are written back, escaped, after the XML is built.
 */
export async function renderFeed(channel: FeedChannel, entries: readonly FeedEntry[], limit: number): Promise<string> {
  const token = `mading-creator-${randomUUID()}-`;
  const names: string[] = [];
  const xml = await getRssString(buildFeed(channel, entries, limit, (name) => `${token}${names.push(name) - 1}`));
  return xml.replace(new RegExp(`${token}(\\d+)`, 'g'), (_, i: string) => escapeXml(names[Number(i)]));
}
