/** Locale tags used for dates, per UI language. */
const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

/** Format a calendar date for readers, e.g. "12 Oktober 2026" (id) or "12 October 2026" (en). */
export function formatDate(date: Date, lang: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(LOCALES[lang] ?? lang, {
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** `YYYY-MM-DD` of a UTC calendar date, for `<time datetime>` and sitemaps. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
