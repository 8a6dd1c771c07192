import { z } from 'zod';

/** Ids of authors, topics, places and story slugs: lowercase words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id referring to another entry (author, topic, place); existence is checked by `npm run check`. */
export const IdSchema = z.string({ error: 'err.type' }).trim().regex(ID_PATTERN, { error: 'err.id.format' });

/** A calendar date written `YYYY-MM-DD` (YAML may already have turned it into a Date). */
export const IsoDateSchema = z
  .union([z.date(), z.string()], { error: 'err.date.format' })
  .transform((value, ctx) => {
    const date = toCalendarDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'err.date.format', input: value });
      return z.NEVER;
    }
    return date;
  });

/** Turn a YAML date or a `YYYY-MM-DD` string into a UTC-midnight Date, or null when it is not a real day. */
export function toCalendarDate(value: unknown): Date | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

/** A trimmed string between `min` and `max` characters, with author-facing length messages. */
export function textSchema(min: number, max: number) {
  return z
    .string({ error: 'err.type' })
    .trim()
    .min(min, { error: 'err.string.short' })
    .max(max, { error: 'err.string.long' });
}

/** A strict boolean (YAML `true`/`false`, not the string "true"). */
export const FlagSchema = z.boolean({ error: 'err.boolean' });
