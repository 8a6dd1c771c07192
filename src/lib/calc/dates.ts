// Calendar dates for the public API: parseDate words its errors in a language.
import { readDate } from './core/dates.ts';
import type { CalendarDate } from './core/dates.ts';
import { sayIn } from './messages.ts';
import type { FieldKey, Lang } from './messages.ts';

export { addMonths, compareDates, dayNumber, daysInMonth, readDate, serviceLength } from './core/dates.ts';
export type { CalendarDate } from './core/dates.ts';

/** Parses a YYYY-MM-DD string into a real calendar date, or throws a CalcError naming the field in `lang`. */
export function parseDate(value: unknown, field: FieldKey, lang: Lang = 'id'): CalendarDate {
  return readDate(value, field, sayIn(lang));
}
