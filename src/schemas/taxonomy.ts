import { z } from 'zod';
import { FlagSchema, IsoDateSchema, textSchema } from './common.ts';

/** A writer. Pseudonyms are normal and need no photo. File: content/authors/<id>.yaml. */
export const AuthorSchema = z.strictObject(
  {
    /** The name shown in bylines (a pen name is fine). */
    name: textSchema(2, 60),
    /** True when `name` is a pen name; the site then explains that the editors know the writer. */
    pseudonym: FlagSchema.default(false),
    /** One or two sentences about the writer. */
    bio: textSchema(10, 400),
    /** Union or workplace, if the writer wants it shown. */
    union: textSchema(2, 120).optional(),
    /** A public contact (email or handle), only if the writer wants it shown. */
    contact: textSchema(3, 120).optional(),
  },
  { error: 'err.type' },
);

/** A topic such as wages or safety. File: content/topics/<id>.yaml. */
export const TopicSchema = z.strictObject(
  {
    /** Short label, e.g. "Upah". */
    label: textSchema(2, 40),
    /** One or two sentences shown on the topic page. */
    description: textSchema(10, 300),
    /** Root words readers search for, indexed with every story in the topic (helps the Indonesian stemmer). */
    keywords: z.array(textSchema(2, 40), { error: 'err.type' }).max(12, { error: 'err.list.long' }).default([]),
  },
  { error: 'err.type' },
);

/** A city or regency. File: content/places/<id>.yaml. */
export const PlaceSchema = z.strictObject(
  {
    /** City or regency name, e.g. "Karawang". */
    name: textSchema(2, 60),
    /** Province, e.g. "Jawa Barat". */
    province: textSchema(2, 60),
  },
  { error: 'err.type' },
);

/** A standalone page (about, writing guide, privacy). File: content/pages/<id>.mdx. */
export const PageSchema = z.strictObject(
  {
    /** Page title. */
    title: textSchema(3, 120),
    /** One sentence for search engines and link previews. */
    description: textSchema(10, 200),
    /** Date of the last meaningful change. */
    updated: IsoDateSchema.optional(),
  },
  { error: 'err.type' },
);

export type Author = z.output<typeof AuthorSchema>;
export type Topic = z.output<typeof TopicSchema>;
export type Place = z.output<typeof PlaceSchema>;
