// Calendar dates as YYYY-MM-DD strings, validated, and anniversary arithmetic.
import { CalcError } from './errors.ts';
import type { Say } from './errors.ts';
import type { FieldKey, Lang } from '../messages.ts';

/** A validated calendar date. */
export type CalendarDate = { year: number; month: number; day: number };

/** Days in a month (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a YYYY-MM-DD string into a real calendar date, or throws a CalcError naming the field. */
export function readDate(value: unknown, field: FieldKey, say: Say): CalendarDate {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new CalcError('invalidDate', { field, value: String(value) }, say);
  }
  return { year, month, day };
}

/** Days since 1970-01-01 (for day differences). */
export function dayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/** Compares two dates: negative if a < b, 0 if equal, positive if a > b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Adds whole months; a day that does not exist in the target month becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Length of service from start to end (end ≥ start) by anniversary dates: completed months, then leftover days. */
export function serviceLength(start: CalendarDate, end: CalendarDate): {
  /** Completed years. */
  years: number;
  /** Completed months after the completed years (0–11). */
  months: number;
  /** Days after the last monthly anniversary. */
  days: number;
  /** All completed months (years × 12 + months). */
  totalMonths: number;
} {
  let total = (end.year - start.year) * 12 + (end.month - start.month);
  if (compareDates(addMonths(start, total), end) > 0) total -= 1;
  const days = dayNumber(end) - dayNumber(addMonths(start, total));
  return { years: Math.floor(total / 12), months: total % 12, days, totalMonths: total };
}

/** A YYYY-MM-DD date written out for people, e.g. "20 Maret 2026" (id) or "20 March 2026" (en). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
