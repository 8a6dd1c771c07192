import { describe, expect, it } from 'vitest';
import { calculateSeverance, CalcError, SEVERANCE_REASONS } from '../../../src/lib/calc/index.ts';
import type { SeveranceReason } from '../../../src/lib/calc/index.ts';

// Expected values by hand: UP = W × UP-bracket months × reason multiplier,
// UPMK = W × UPMK-bracket months × (1 or 0), UPH = leave × W / 25 (or 21) + travel.

describe('worked examples (reference §5)', () => {
  it('S1: efficiency to prevent losses (43(2)), 2 y 6 m, W 5,000,000', () => {
    // 2 completed years → UP 3 months × 5,000,000 × 1 = 15,000,000; UPMK 0 (< 3 y)
    const r = calculateSeverance({ startDate: '2021-01-01', endDate: '2023-07-01', monthlyWage: 5_000_000, reason: '43-2' });
    expect([r.years, r.months]).toEqual([2, 6]);
    expect([r.up, r.upmk, r.total]).toEqual([15_000_000, 0, 15_000_000]);
    expect(r.article).toBe('PP 35/2021 Pasal 43 ayat (2)');
  });

  it('S3: bankruptcy (47), 8 y 0 m, W 6,000,000', () => {
    // UP 9 × 6,000,000 × 0.5 = 27,000,000; UPMK 3 × 6,000,000 = 18,000,000; total 45,000,000
    const r = calculateSeverance({ startDate: '2016-03-01', endDate: '2024-03-01', monthlyWage: 6_000_000, reason: '47' });
    expect([r.years, r.months]).toEqual([8, 0]);
    expect([r.up, r.upmk, r.total]).toEqual([27_000_000, 18_000_000, 45_000_000]);
    expect([r.upMonths, r.upMultiplier, r.upmkMonths]).toEqual([9, 0.5, 3]);
  });

  it('S9: resignation (50), 10 y: UPH and uang pisah only', () => {
    // UP 0, UPMK 0; leave 5 × 5,000,000/25 = 1,000,000 + travel 500,000 = UPH 1,500,000;
    // uang pisah 3,000,000 → total 4,500,000
    const r = calculateSeverance({
      startDate: '2014-05-10', endDate: '2024-05-10', monthlyWage: 5_000_000, reason: '50',
      leaveDays: 5, travelCost: 500_000, separationPay: 3_000_000,
    });
    expect(r.years).toBe(10);
    expect([r.up, r.upmk, r.uph, r.leavePay, r.separationPay, r.total]).toEqual([0, 0, 1_500_000, 1_000_000, 3_000_000, 4_500_000]);
  });
});

describe('UP and UPMK bracket boundaries (reason 43(2): ×1, ×1; W 5,000,000)', () => {
  it.each([
    // [start, end, years, months, days, UP months, UPMK months]; total = 5,000,000 × (UP + UPMK)
    ['2020-01-01', '2020-01-01', 0, 0, 0, 1, 0],
    ['2020-01-01', '2020-12-31', 0, 11, 30, 1, 0],
    ['2020-01-01', '2021-01-01', 1, 0, 0, 2, 0],
    ['2020-01-01', '2022-01-01', 2, 0, 0, 3, 0],
    ['2020-01-01', '2022-12-31', 2, 11, 30, 3, 0],
    ['2020-01-01', '2023-01-01', 3, 0, 0, 4, 2],
    ['2020-01-01', '2024-01-01', 4, 0, 0, 5, 2],
    ['2020-01-01', '2025-01-01', 5, 0, 0, 6, 2],
    ['2020-01-01', '2025-12-31', 5, 11, 30, 6, 2],
    ['2020-01-01', '2026-01-01', 6, 0, 0, 7, 3],
    ['2010-01-01', '2017-01-01', 7, 0, 0, 8, 3],
    ['2010-01-01', '2017-12-31', 7, 11, 30, 8, 3],
    ['2010-01-01', '2018-01-01', 8, 0, 0, 9, 3],
    ['2010-01-01', '2018-12-31', 8, 11, 30, 9, 3],
    ['2010-01-01', '2019-01-01', 9, 0, 0, 9, 4],
    ['2000-01-01', '2011-12-31', 11, 11, 30, 9, 4],
    ['2000-01-01', '2012-01-01', 12, 0, 0, 9, 5],
    ['2000-01-01', '2015-01-01', 15, 0, 0, 9, 6],
    ['2000-01-01', '2018-01-01', 18, 0, 0, 9, 7],
    ['2000-01-01', '2021-01-01', 21, 0, 0, 9, 8],
    ['2000-01-01', '2023-12-31', 23, 11, 30, 9, 8],
    ['2000-01-01', '2024-01-01', 24, 0, 0, 9, 10],
    ['1990-06-15', '2025-06-15', 35, 0, 0, 9, 10],
  ])('%s → %s: %i y %i m %i d → UP %i, UPMK %i', (startDate, endDate, years, months, days, upMonths, upmkMonths) => {
    const r = calculateSeverance({ startDate, endDate, monthlyWage: 5_000_000, reason: '43-2' });
    expect([r.years, r.months, r.days]).toEqual([years, months, days]);
    expect([r.upMonths, r.upmkMonths]).toEqual([upMonths, upmkMonths]);
    expect(r.total).toBe(5_000_000 * (upMonths + upmkMonths));
  });
});

describe('service length with leap days and month ends (anniversary clamps to the month end)', () => {
  it.each([
    // 29 Feb start: the anniversary in a common year is 28 Feb
    ['2020-02-29', '2021-02-28', 1, 0, 0, 2],
    ['2020-02-29', '2021-02-27', 0, 11, 29, 1], // last monthly anniversary 2021-01-29, +29 days
    ['2020-02-29', '2023-02-28', 3, 0, 0, 4],
    ['2020-02-29', '2024-02-29', 4, 0, 0, 5],
    ['2020-02-29', '2024-02-28', 3, 11, 30, 4], // 2024 is leap: anniversary is 29 Feb; from 29 Jan, 30 days
    // 31 Jan start: one month later is 28 Feb (29 in a leap year)
    ['2023-01-31', '2023-02-28', 0, 1, 0, 1],
    ['2024-01-31', '2024-02-28', 0, 0, 28, 1],
    ['2024-01-31', '2024-02-29', 0, 1, 0, 1],
    ['2021-01-31', '2024-01-30', 2, 11, 30, 3], // last anniversary 2023-12-31, +30 days
    ['2021-01-31', '2024-01-31', 3, 0, 0, 4],
  ])('%s → %s: %i y %i m %i d', (startDate, endDate, years, months, days, upMonths) => {
    const r = calculateSeverance({ startDate, endDate, monthlyWage: 1_000_000, reason: '41' });
    expect([r.years, r.months, r.days, r.upMonths]).toEqual([years, months, days, upMonths]);
  });
});

describe('every reason key: 10 years, W 4,000,000 (UP 9 months, UPMK 4 months), uang pisah 2,000,000 entered', () => {
  // UP = 36,000,000 × m; UPMK = 16,000,000 × k; uang pisah counted only for 49, 50, 51, 52-2, 54-1
  it.each([
    ['41', 1, 1, false, 52_000_000],
    ['42-1', 1, 1, false, 52_000_000],
    ['42-2', 0.5, 1, false, 34_000_000], // 18,000,000 + 16,000,000
    ['43-1', 0.5, 1, false, 34_000_000],
    ['43-2', 1, 1, false, 52_000_000],
    ['44-1', 0.5, 1, false, 34_000_000],
    ['44-2', 1, 1, false, 52_000_000],
    ['45-1', 0.5, 1, false, 34_000_000],
    ['45-2', 0.75, 1, false, 43_000_000], // 27,000,000 + 16,000,000
    ['46-1', 0.5, 1, false, 34_000_000],
    ['46-2', 1, 1, false, 52_000_000],
    ['47', 0.5, 1, false, 34_000_000],
    ['48', 1, 1, false, 52_000_000],
    ['49', 0, 0, true, 2_000_000],
    ['50', 0, 0, true, 2_000_000],
    ['51', 0, 0, true, 2_000_000],
    ['52-1', 0.5, 1, false, 34_000_000],
    ['52-2', 0, 0, true, 2_000_000],
    ['54-1', 0, 0, true, 2_000_000],
    ['54-2', 0, 1, false, 16_000_000],
    ['55', 2, 1, false, 88_000_000], // 72,000,000 + 16,000,000
    ['56', 1.75, 1, false, 79_000_000], // 63,000,000 + 16,000,000
    ['57', 2, 1, false, 88_000_000],
  ] as const)('%s: UP ×%d, UPMK ×%d, uang pisah %s → %i', (reason, m, k, pisah, total) => {
    const r = calculateSeverance({
      startDate: '2010-01-01', endDate: '2020-01-01', monthlyWage: 4_000_000, reason, separationPay: 2_000_000,
    });
    expect([r.upMonths, r.upmkMonths]).toEqual([9, 4]);
    expect([r.upMultiplier, r.upmkMultiplier]).toEqual([m, k]);
    expect(r.separationPay).toBe(pisah ? 2_000_000 : 0);
    expect(r.total).toBe(total);
    expect(r.article).toMatch(new RegExp(`^PP 35/2021 Pasal ${reason.split('-')[0]}( ayat \\(${reason.split('-')[1]}\\))?$`));
    const ignored = r.notes.some((n) => /uang pisah yang diisi tidak dihitung/.test(n));
    expect(ignored).toBe(!pisah);
  });

  it('covers exactly the 23 reasons, each with Indonesian and English labels', () => {
    expect(SEVERANCE_REASONS).toHaveLength(23);
    expect(SEVERANCE_REASONS.every((r) => r.label.id.length > 0 && r.label.en.length > 0)).toBe(true);
    expect(SEVERANCE_REASONS.find((r) => r.value === '45-2')).toMatchObject({ upMultiplier: 0.75, article: 'PP 35/2021 Pasal 45 ayat (2)' });
  });
});

describe('UPH, exact components and final half-up rounding', () => {
  it.each([
    // reason 50 (no UP/UPMK): 3 leave days × 5,000,000 / 25 = 600,000
    ['6-day leave', { leaveDays: 3 }, 600_000, 600_000],
    // 3 × 5,000,000 / 21 = 714,285.714… → total 714,286
    ['5-day leave', { leaveDays: 3, workWeek: 5 as const }, 15_000_000 / 21, 714_286],
    // travel only
    ['travel cost', { travelCost: 750_000 }, 750_000, 750_000],
  ])('%s', (_name, extra, uph, total) => {
    const r = calculateSeverance({ startDate: '2020-01-01', endDate: '2024-06-01', monthlyWage: 5_000_000, reason: '50', ...extra });
    expect(r.uph).toBeCloseTo(uph, 6);
    expect(r.total).toBe(total);
  });

  it.each([
    // 45(2), < 1 y: UP 1 × 1,000,001 × 0.75 = 750,000.75 → total 750,001
    ['45-2', 1_000_001, 750_000.75, 750_001],
    // 56, < 1 y: UP 1 × 1,000,002 × 1.75 = 1,750,003.5 → half-up 1,750,004
    ['56', 1_000_002, 1_750_003.5, 1_750_004],
    // 43(1), < 1 y: UP 1 × 999,999 × 0.5 = 499,999.5 → half-up 500,000
    ['43-1', 999_999, 499_999.5, 500_000],
  ] as const)('%s keeps UP exact and rounds only the total', (reason, monthlyWage, up, total) => {
    const r = calculateSeverance({ startDate: '2024-01-01', endDate: '2024-06-30', monthlyWage, reason });
    expect(r.up).toBe(up);
    expect(r.total).toBe(total);
  });
});

describe('notes', () => {
  const r = calculateSeverance({ startDate: '2010-01-01', endDate: '2020-01-01', monthlyWage: 4_000_000, reason: '57', leaveDays: 2 });
  it.each([
    [/168\/PUU-XXI\/2023.*"paling sedikit"/],
    [/Pasal 58/],
    [/15%/],
    [/ahli waris/],
    [/÷ 25/],
    [/10 tahun 0 bulan 0 hari/],
  ])('mentions %s', (pattern) => {
    expect(r.notes.some((n) => pattern.test(n))).toBe(true);
  });
  it('says uang pisah comes from the agreement for reasons that provide it', () => {
    const s = calculateSeverance({ startDate: '2010-01-01', endDate: '2020-01-01', monthlyWage: 4_000_000, reason: '51' });
    expect(s.notes.some((n) => /memberi uang pisah/.test(n))).toBe(true);
    expect(s.notes.some((n) => /168\/PUU-XXI\/2023/.test(n))).toBe(true);
  });
  it('is English on request', () => {
    const en = calculateSeverance({ startDate: '2010-01-01', endDate: '2020-01-01', monthlyWage: 4_000_000, reason: '57' }, { lang: 'en' });
    expect(en.notes.some((n) => /"at least"/.test(n))).toBe(true);
    expect(en.total).toBe(88_000_000);
  });
});

describe('invalid input throws a clear CalcError', () => {
  const ok = { startDate: '2020-01-01', endDate: '2024-01-01', monthlyWage: 5_000_000, reason: '41' as SeveranceReason };
  it.each([
    ['30 February', { ...ok, endDate: '2026-02-30' }, /Tanggal berakhirnya hubungan kerja harus tanggal yang ada.*2026-02-30/],
    ['29 February in a common year', { ...ok, startDate: '2023-02-29' }, /Tanggal mulai kerja/],
    ['month 13', { ...ok, startDate: '2020-13-01' }, /TTTT-BB-HH/],
    ['slashes', { ...ok, startDate: '2020/01/01' }, /TTTT-BB-HH/],
    ['end before start', { ...ok, endDate: '2019-12-31' }, /Tanggal berakhirnya hubungan kerja tidak boleh sebelum Tanggal mulai kerja/],
    ['unknown reason', { ...ok, reason: '53' }, /Alasan PHK tidak dikenal: "53"/],
    ['prototype key as reason', { ...ok, reason: 'toString' }, /Alasan PHK tidak dikenal/],
    ['missing reason', { ...ok, reason: undefined }, /Alasan PHK tidak dikenal/],
    ['fractional wage', { ...ok, monthlyWage: 5_000_000.5 }, /Upah sebulan harus berupa jumlah rupiah bulat/],
    ['negative travel', { ...ok, travelCost: -1 }, /Ongkos pulang/],
    ['negative leave', { ...ok, leaveDays: -1 }, /Sisa cuti harus bilangan bulat/],
    ['half leave day', { ...ok, leaveDays: 2.5 }, /Sisa cuti/],
    ['work week 4', { ...ok, workWeek: 4 }, /5 atau 6 hari/],
  ])('%s', (_name, input, pattern) => {
    expect(() => calculateSeverance(input as never)).toThrow(CalcError);
    expect(() => calculateSeverance(input as never)).toThrow(pattern);
  });

  it('carries a message key for translation', () => {
    try {
      calculateSeverance({ ...ok, reason: 'x' as SeveranceReason });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcError);
      expect((e as CalcError).key).toBe('unknownReason');
    }
  });
});
