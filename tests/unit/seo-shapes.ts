// The schema.org shapes our JSON-LD must have, written from schema.org and Google's Article
// documentation (not from src/lib/seo.ts), shared by the unit and e2e tests.
import { z } from 'zod';

/** An absolute http(s) URL. */
export const AbsoluteUrl = z.string().regex(/^https?:\/\/[^/\s]+\/\S*$/, 'an absolute http(s) URL');
/** ISO 8601 date or date-time (schema.org Date / DateTime). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, 'an ISO 8601 date');
const Text = z.string().trim().min(1);
const Ref = z.strictObject({ '@id': AbsoluteUrl });

const Person = z.object({ '@type': z.literal('Person'), name: Text, url: AbsoluteUrl.optional() });
const Organization = z.object({ '@type': z.literal('Organization'), '@id': AbsoluteUrl.optional(), name: Text, url: AbsoluteUrl.optional(), alternateName: Text.optional(), email: z.email().optional() });
const Place = z.object({
  '@type': z.literal('Place'),
  name: Text,
  address: z.object({ '@type': z.literal('PostalAddress'), addressLocality: Text.optional(), addressRegion: Text.optional() }).optional(),
});

/** NewsArticle with what Google's Article rich result reads: headline, image, dates, authors with names. */
export const NewsArticle = z
  .object({
    '@type': z.literal('NewsArticle'),
    '@id': AbsoluteUrl.optional(),
    headline: Text,
    description: Text.optional(),
    url: AbsoluteUrl,
    mainEntityOfPage: z.union([AbsoluteUrl, Ref]),
    image: z.array(AbsoluteUrl).min(1),
    datePublished: IsoDate,
    dateModified: IsoDate,
    inLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
    author: z.array(Person).min(1),
    publisher: z.union([Organization, Ref]),
    isPartOf: Ref.optional(),
    articleSection: Text.optional(),
    keywords: Text.optional(),
    contentLocation: Place.optional(),
  })
  .refine((a) => a.dateModified >= a.datePublished, { message: 'dateModified is before datePublished', path: ['dateModified'] });

const WebSite = z.object({ '@type': z.literal('WebSite'), '@id': AbsoluteUrl, name: Text, url: AbsoluteUrl, description: Text.optional(), inLanguage: z.string(), publisher: Ref.optional() });
const WebPage = z.object({ '@type': z.literal('WebPage'), '@id': AbsoluteUrl.optional(), url: AbsoluteUrl, name: Text, description: Text.optional(), inLanguage: z.string(), isPartOf: Ref.optional() });
const ListItem = z.object({ '@type': z.literal('ListItem'), position: z.number().int().min(1), name: Text, item: AbsoluteUrl.optional() });
const BreadcrumbList = z
  .object({ '@type': z.literal('BreadcrumbList'), itemListElement: z.array(ListItem).min(1) })
  .refine((b) => b.itemListElement.every((li, i) => li.position === i + 1), 'positions must count 1, 2, 3…')
  .refine((b) => b.itemListElement.slice(0, -1).every((li) => li.item), 'every crumb but the last needs an item URL');

/** Any node we publish. */
export const JsonLdNode = z.union([NewsArticle, WebSite, WebPage, Organization, BreadcrumbList]);

/** A page's JSON-LD document: one graph, every `@id` reference defined in it. */
export const JsonLdDocument = z
  .object({ '@context': z.literal('https://schema.org'), '@graph': z.array(JsonLdNode).min(1) })
  .superRefine((doc, ctx) => {
    const defined = new Set(doc['@graph'].flatMap((n) => ('@id' in n && typeof n['@id'] === 'string' ? [n['@id']] : [])));
    const refs: string[] = [];
    const walk = (v: unknown, top: boolean) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, false));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (!top && Object.keys(o).length === 1 && typeof o['@id'] === 'string') refs.push(o['@id']);
        for (const [k, x] of Object.entries(o)) if (k !== '@id') walk(x, false);
      }
    };
    doc['@graph'].forEach((n) => walk(n, true));
    for (const r of refs) if (!defined.has(r)) ctx.addIssue({ code: 'custom', message: `@id ${r} is referenced but not defined in the graph` });
  });
