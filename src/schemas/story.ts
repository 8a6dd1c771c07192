import { z } from 'zod';
import { UI_LANGS } from './site-config.ts';
import { FlagSchema, IdSchema, IsoDateSchema, textSchema } from './common.ts';

/**
 * The story schema. `image` is the cover's `src` schema: Astro's `image()` in the
 * content layer, a path check in `npm run check`, so both validate the same shape.
 */
export function createStorySchema<I extends z.ZodType>(image: I) {
  return z
    .strictObject(
      {
        /** The headline, 8–120 characters. */
        title: textSchema(8, 120),
        /** One or two sentences that sum the story up (20–300 characters). */
        lede: textSchema(20, 300),
        /** Publication date, `YYYY-MM-DD`. */
        date: IsoDateSchema,
        /** Date of the last real correction or update; not before `date`. */
        updated: IsoDateSchema.optional(),
        /** Author ids from content/authors/ (pseudonyms welcome); at least one. */
        authors: z.array(IdSchema, { error: 'err.type' }).min(1, { error: 'err.list.short' }).max(6, { error: 'err.list.long' }),
        /** The place id from content/places/ where the story happened. */
        place: IdSchema,
        /** Topic ids from content/topics/; at least one. */
        topics: z.array(IdSchema, { error: 'err.type' }).min(1, { error: 'err.list.short' }).max(5, { error: 'err.list.long' }),
        /** Optional cover picture, stored beside the story. */
        cover: z
          .strictObject(
            {
              /** Path to the image next to the story, e.g. `./cover.jpg`. */
              src: image,
              /** What the picture shows, for blind readers and slow connections. Required. */
              alt: z.string({ error: 'err.alt.missing' }).trim().min(1, { error: 'err.alt.missing' }).max(250, { error: 'err.string.long' }),
              /** Who took or drew it ("Foto: Sari" or "Ilustrasi: Redaksi"). */
              credit: textSchema(2, 120).optional(),
            },
            { error: 'err.type' },
          )
          .optional(),
        /** Story language when it differs from the site's (`id` or `en`). */
        lang: z.enum(UI_LANGS, { error: 'err.lang' }).optional(),
        /** Drafts show in development only: never built, fed or indexed. */
        draft: FlagSchema.default(false),
        /** Poster options for /cetak/<slug>/. */
        poster: z
          .strictObject(
            {
              /** A shorter, punchier headline for the wall (≤ 70 characters). */
              headline: textSchema(4, 70).optional(),
              /** Up to five key points, each one sentence. */
              points: z.array(textSchema(3, 160), { error: 'err.type' }).max(5, { error: 'err.list.long' }).optional(),
              /** What readers should do, e.g. "Datang ke rapat anggota Kamis 19.00". */
              callToAction: textSchema(4, 120).optional(),
            },
            { error: 'err.type' },
          )
          .optional(),
      },
      { error: 'err.type' },
    )
    .superRefine((story, ctx) => {
      if (story.updated && story.updated < story.date) {
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'err.updated.beforeDate', input: story.updated, params: { value: iso(story.updated), date: iso(story.date) } });
      }
    });
}

/** Front-matter field names a story may use, in the order the CMS shows them. */
export const STORY_FIELDS = ['title', 'lede', 'date', 'updated', 'authors', 'place', 'topics', 'cover', 'lang', 'draft', 'poster'] as const;
