/** Locale tags used for dates, per UI language. */
const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

/** One formatter per language and style: building an Intl.DateTimeFormat costs ~0.3 ms, and builds format thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Format a calendar date for readers, e.g. "12 Oktober 2026" (id) or "12 October 2026" (en). */
export function formatDate(date: Date, lang: string, style: 'long' | 'short' = 'long'): string {
  const key = `${lang}|${style}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(LOCALES[lang] ?? lang, { day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, fmt);
  }
  return fmt.format(date);
}

/** `YYYY-MM-DD` of a UTC calendar date, for `<time datetime>` and sitemaps. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
