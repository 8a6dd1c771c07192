import { describe, expect, it } from 'vitest';
import { formatRupiah, formatRupiahDecimal, parseRupiah } from '../../../src/lib/calc/index.ts';

describe('parseRupiah', () => {
  it.each([
    ['5.000.000', 5_000_000],
    ['5,000,000', 5_000_000],
    ['5000000', 5_000_000],
    ['Rp 5.000.000', 5_000_000],
    ['Rp5.000.000', 5_000_000],
    ['rp 5.000.000', 5_000_000],
    ['Rp. 5.000.000,-', 5_000_000],
    ['Rp\u00a05.000.000', 5_000_000], // what Intl id-ID prints
    ['5.000.000,00', 5_000_000],
    ['5,000,000.00', 5_000_000],
    ['IDR 5,000,000', 5_000_000],
    ['  4.500.000  ', 4_500_000],
    ['5.000', 5_000],
    ['750', 750],
    ['0', 0],
    ['1.234.567,0', 1_234_567],
  ])('%j → %i', (input, expected) => {
    expect(parseRupiah(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['Rp'],
    ['abc'],
    ['lima juta'],
    ['5.000.000,50'], // non-zero sen: whole rupiah only
    ['5,5'],
    ['5.5'],
    ['-5.000'],
    ['5.00.000'],
    ['5.000,000'], // mixed group separators
    ['5..000'],
    ['1.000.00'], // decimal separator equal to the group separator
    ['5.000.000.00'],
    ['12,34,567'],
    ['5e6'],
    ['5 juta'],
    ['9.999.999.999.999.999.999'], // beyond a safe integer
  ])('%j → null', (input) => {
    expect(parseRupiah(input)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(parseRupiah(5_000_000 as unknown as string)).toBeNull();
  });
});

describe('formatRupiah', () => {
  const plain = (s: string) => s.replace(/\s/g, ' ');
  it.each([
    [5_000_000, 'id', 'Rp 5.000.000'],
    [0, 'id', 'Rp 0'],
    [606_936, 'id', 'Rp 606.936'],
    [1_234_567, 'en', 'Rp 1.234.567'],
  ] as const)('%i (%s) → %s', (n, lang, expected) => {
    expect(plain(formatRupiah(n, lang))).toBe(expected);
  });

  it('round-trips through parseRupiah', () => {
    for (const n of [0, 1, 999, 1_000, 43_353, 5_000_000, 1_000_000_000_000]) expect(parseRupiah(formatRupiah(n))).toBe(n);
  });

  it('shows an exact hourly wage to two decimals', () => {
    // 5,000,000 / 173 = 28,901.734…
    expect(plain(formatRupiahDecimal(5_000_000 / 173))).toBe('Rp 28.901,73');
  });
});
