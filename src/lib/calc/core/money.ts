// Exact money arithmetic (BigInt fractions), rupiah validation, parsing and
// formatting. Rounding happens once, half-up, on final totals only.
import { CalcError } from './errors.ts';
import type { Say } from './errors.ts';
import type { FieldKey, Lang } from '../messages.ts';

/** An exact non-negative fraction n / d (d > 0), kept in lowest terms. */
export type Ratio = { n: bigint; d: bigint };

/** Largest amount the calculators accept, in rupiah (keeps every result a safe JS integer). */
export const MAX_RUPIAH = 1_000_000_000_000;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** Builds the fraction n / d in lowest terms. */
export function ratio(n: bigint | number, d: bigint | number = 1n): Ratio {
  const bn = BigInt(n);
  const bd = BigInt(d);
  const g = gcd(bn, bd) || 1n;
  return { n: bn / g, d: bd / g };
}

/** Sum of fractions. */
export function add(...rs: Ratio[]): Ratio {
  return rs.reduce((a, b) => ratio(a.n * b.d + b.n * a.d, a.d * b.d), ratio(0));
}

/** Product of fractions. */
export function mul(...rs: Ratio[]): Ratio {
  return rs.reduce((a, b) => ratio(a.n * b.n, a.d * b.d), ratio(1));
}

/** The larger of two fractions. */
export function max(a: Ratio, b: Ratio): Ratio {
  return a.n * b.d >= b.n * a.d ? a : b;
}

/** Largest integer ≤ r (r ≥ 0). */
export function floor(r: Ratio): bigint {
  return r.n / r.d;
}

/** r rounded half-up to a whole rupiah (r ≥ 0), as a number. */
export function roundHalfUp(r: Ratio): number {
  return Number((2n * r.n + r.d) / (2n * r.d));
}

/** r as a JS number (exact for whole and quarter rupiah; otherwise the nearest double). */
export function toNumber(r: Ratio): number {
  return Number(r.n / r.d) + Number(r.n % r.d) / Number(r.d);
}

/** A legal multiplier such as 1.5 or 1.75 as an exact fraction (must be a multiple of 0.25). */
export function multiplierRatio(x: number): Ratio {
  const quarters = x * 4;
  if (!Number.isInteger(quarters) || quarters < 0) throw new Error(`Multiplier ${x} is not a multiple of 0.25`);
  return ratio(quarters, 4);
}

/** Checks that value is a whole, non-negative rupiah amount no larger than MAX_RUPIAH; returns it. */
export function assertRupiah(value: unknown, field: FieldKey, say: Say): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new CalcError('invalidMoney', { field, value: String(value) }, say);
  }
  if (value > MAX_RUPIAH) throw new CalcError('moneyTooLarge', { field }, say);
  return value;
}

const GROUPED = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;

/**
 * Reads a rupiah amount typed by a person: "5.000.000", "5,000,000", "5000000",
 * "Rp 5.000.000", "Rp. 5.000.000,-", "5.000.000,00". Returns null for anything
 * else, including negative amounts and non-zero sen (whole rupiah only).
 */
export function parseRupiah(input: string): number | null {
  if (typeof input !== 'string') return null;
  let s = input.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  s = s.replace(/^(?:rp\.?|idr)\s*/i, '').replace(/[.,]-$/, '').replace(/ /g, '');
  if (s === '') return null;
  // A last separator followed by 1–2 digits starts the sen (decimal) part; it must be zero.
  const dec = /^(.+?)([.,])(\d{1,2})$/.exec(s);
  let int = s;
  if (dec) {
    if (!/^0+$/.test(dec[3])) return null;
    int = dec[1];
    const group = GROUPED.exec(int)?.[1];
    if (group === dec[2]) return null;
  }
  if (!/^\d+$/.test(int) && !GROUPED.test(int)) return null;
  const n = Number(int.replace(/[.,]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** Formats whole rupiah for display, e.g. "Rp 5.000.000" (Intl, id-ID or en-ID, no decimals). */
export function formatRupiah(n: number, lang: Lang = 'id'): string {
  return rupiah(n, lang, 0);
}

/** Formats an exact amount (e.g. the hourly wage) with two decimals, e.g. "Rp 28.901,73". */
export function formatRupiahDecimal(n: number, lang: Lang = 'id'): string {
  return rupiah(n, lang, 2);
}

function rupiah(n: number, lang: Lang, digits: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-ID' : 'id-ID', {
    style: 'currency',
    currency: 'IDR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}
