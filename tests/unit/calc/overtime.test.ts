import { describe, expect, it } from 'vitest';
import { calculateOvertimePay, CalcError, OVERTIME_DAY_TYPES } from '../../../src/lib/calc/index.ts';
import type { OvertimeDayType } from '../../../src/lib/calc/index.ts';

// Expected values are worked by hand: total = round_half_up(W × units / 173),
// kemnaker = round_half_up(floor(W / 173) × units). W = 5,000,000 unless noted;
// 5,000,000 / 173 = 28,901.734…, floor = 28,901.
const W = 5_000_000;
const one = (dayType: OvertimeDayType, hours: number, workWeek: 5 | 6 = 6, basic = W) =>
  calculateOvertimePay({ basic, workWeek, days: [{ dayType, hours }] });

describe('worked examples (reference §5)', () => {
  it.each([
    // O1: 1.5 units → 7,500,000/173 = 43,352.60 → 43,353; Kemnaker 28,901 × 1.5 = 43,351.5 → 43,352
    ['O1 workday 1 h', 'workday', 1, 1.5, 43_353, 43_352],
    // O3: 1.5+2+2 = 5.5 → 27,500,000/173 = 158,959.54 → 158,960; Kemnaker 158,955.5 → 158,956
    ['O3 workday 3 h', 'workday', 3, 5.5, 158_960, 158_956],
    // O5: 7×2 = 14 → 70,000,000/173 = 404,624.28 → 404,624; Kemnaker 28,901 × 14 = 404,614
    ['O5 rest day 6-day 7 h', 'restday', 7, 14, 404_624, 404_614],
    // O6: 7×2+3+4 = 21 → 105,000,000/173 = 606,936.42 → 606,936; Kemnaker 28,901 × 21 = 606,921
    ['O6 holiday 6-day 9 h', 'holiday', 9, 21, 606_936, 606_921],
  ] as const)('%s', (_name, dayType, hours, units, total, kemnakerTotal) => {
    const r = one(dayType, hours);
    expect(r.units).toBe(units);
    expect(r.total).toBe(total);
    expect(r.kemnakerTotal).toBe(kemnakerTotal);
    expect(r.warnings).toEqual([]);
  });

  it('exposes the exact and the truncated hourly wage', () => {
    const r = one('holiday', 9);
    expect(r.hourlyWage).toBeCloseTo(28_901.734104, 5);
    expect(r.hourlyWageFraction).toEqual({ numerator: 5_000_000, denominator: 173 });
    expect(r.kemnakerHourlyWage).toBe(28_901);
    expect(r.lines[0].amount).toBeCloseTo(606_936.416185, 5); // 105,000,000/173, unrounded
    expect(r.lines[0].multipliers).toEqual([2, 2, 2, 2, 2, 2, 2, 3, 4]);
  });
});

describe('multiplier tables and their last hours', () => {
  it.each([
    // workday 2 h: 1.5+2 = 3.5 → 17,500,000/173 = 101,156.07
    ['workday 2 h', 'workday', 2, 6, 3.5, 101_156, 'PP 35/2021 Pasal 31 ayat (1)'],
    // workday 4 h (daily cap): 1.5+3×2 = 7.5 → 37,500,000/173 = 216,763.01
    ['workday 4 h', 'workday', 4, 5, 7.5, 216_763, 'PP 35/2021 Pasal 31 ayat (1)'],
    // 6-day rest day hour 8 at 3×: 14+3 = 17 → 85,000,000/173 = 491,329.48
    ['6-day rest day 8 h', 'restday', 8, 6, 17, 491_329, 'PP 35/2021 Pasal 31 ayat (2) huruf a'],
    // 6-day table ends at hour 11: 14+3+3×4 = 29 → 145,000,000/173 = 838,150.29
    ['6-day holiday 11 h', 'holiday', 11, 6, 29, 838_150, 'PP 35/2021 Pasal 31 ayat (2) huruf a'],
    // 5-day hours 1–8 at 2×: 16 → 80,000,000/173 = 462,427.75
    ['5-day rest day 8 h', 'restday', 8, 5, 16, 462_428, 'PP 35/2021 Pasal 31 ayat (3)'],
    // 5-day hour 9 at 3×: 16+3 = 19 → 95,000,000/173 = 549,132.95
    ['5-day rest day 9 h', 'restday', 9, 5, 19, 549_133, 'PP 35/2021 Pasal 31 ayat (3)'],
    // 5-day table ends at hour 12: 16+3+3×4 = 31 → 155,000,000/173 = 895,953.76
    ['5-day holiday 12 h', 'holiday', 12, 5, 31, 895_954, 'PP 35/2021 Pasal 31 ayat (3)'],
    // shortest day hours 1–5 at 2×: 10 → 50,000,000/173 = 289,017.34
    ['shortest day 5 h', 'holiday-shortest-day', 5, 6, 10, 289_017, 'PP 35/2021 Pasal 31 ayat (2) huruf b'],
    // shortest day hour 6 at 3×: 10+3 = 13 → 65,000,000/173 = 375,722.54
    ['shortest day 6 h', 'holiday-shortest-day', 6, 6, 13, 375_723, 'PP 35/2021 Pasal 31 ayat (2) huruf b'],
    // shortest day ends at hour 9: 10+3+3×4 = 25 → 125,000,000/173 = 722,543.35
    ['shortest day 9 h', 'holiday-shortest-day', 9, 6, 25, 722_543, 'PP 35/2021 Pasal 31 ayat (2) huruf b'],
    // same 8 h holiday, other week pattern: 6-day 17 units vs 5-day 16 units (above)
    ['6-day holiday 8 h', 'holiday', 8, 6, 17, 491_329, 'PP 35/2021 Pasal 31 ayat (2) huruf a'],
    ['5-day holiday 8 h', 'holiday', 8, 5, 16, 462_428, 'PP 35/2021 Pasal 31 ayat (3)'],
    ['zero hours', 'restday', 0, 6, 0, 0, 'PP 35/2021 Pasal 31 ayat (2) huruf a'],
  ] as const)('%s', (_name, dayType, hours, workWeek, units, total, article) => {
    const r = one(dayType, hours, workWeek);
    expect(r.units).toBe(units);
    expect(r.total).toBe(total);
    expect(r.lines[0].article).toBe(article);
    expect(r.warnings).toEqual([]);
  });
});

describe('hours beyond the table are paid at the last tier and flagged', () => {
  it.each([
    // workday 5 h: 1.5+4×2 = 9.5 → 47,500,000/173 = 274,566.47; over the 4 h cap
    ['workday 5 h', 'workday', 5, 6, 9.5, 274_566, /batas 4 jam sehari.*Pasal 26 ayat \(1\)/],
    // 6-day rest day 12 h: 29+4 = 33 → 165,000,000/173 = 953,757.23
    ['6-day rest day 12 h', 'restday', 12, 6, 33, 953_757, /sampai jam ke-11/],
    // 5-day rest day 13 h: 31+4 = 35 → 175,000,000/173 = 1,011,560.69
    ['5-day rest day 13 h', 'restday', 13, 5, 35, 1_011_561, /sampai jam ke-12/],
    // shortest day 10 h: 25+4 = 29 → 838,150.29
    ['shortest day 10 h', 'holiday-shortest-day', 10, 6, 29, 838_150, /sampai jam ke-9/],
  ] as const)('%s', (_name, dayType, hours, workWeek, units, total, warning) => {
    const r = one(dayType, hours, workWeek);
    expect(r.units).toBe(units);
    expect(r.total).toBe(total);
    expect(r.lines[0].beyondTable).toBe(true);
    expect(r.lines[0].multipliers.at(-1)).toBe(hours > 4 && dayType === 'workday' ? 2 : 4);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(warning);
    expect(r.warnings[0]).toMatch(/di luar tabel PP 35/);
  });
});

describe('weekly 18-hour workday cap (Pasal 26(1))', () => {
  const days = (n: number[]) => n.map((hours) => ({ dayType: 'workday' as const, hours }));
  it('warns at 20 h of workday overtime and sums the week exactly', () => {
    // 5 × 4 h: units 5 × 7.5 = 37.5 → 187,500,000/173 = 1,083,815.03 → 1,083,815
    // Kemnaker: 28,901 × 37.5 = 1,083,787.5 → half-up 1,083,788
    const r = calculateOvertimePay({ basic: W, workWeek: 5, days: days([4, 4, 4, 4, 4]) });
    expect(r.units).toBe(37.5);
    expect(r.total).toBe(1_083_815);
    expect(r.kemnakerTotal).toBe(1_083_788);
    expect(r.lines).toHaveLength(5);
    expect(r.warnings).toEqual([expect.stringMatching(/20 jam melebihi batas 18 jam seminggu/)]);
  });
  it('does not warn at exactly 18 h', () => {
    expect(calculateOvertimePay({ basic: W, workWeek: 6, days: days([4, 4, 4, 4, 2]) }).warnings).toEqual([]);
  });
  it('does not count rest-day hours toward the cap', () => {
    const r = calculateOvertimePay({
      basic: W,
      workWeek: 6,
      days: [...days([4, 4, 4, 4]), { dayType: 'restday', hours: 8 }],
    });
    expect(r.warnings).toEqual([]);
    // 4 × 7.5 + 17 = 47 units → 235,000,000/173 = 1,358,381.50… → 1,358,382
    expect(r.units).toBe(47);
    expect(r.total).toBe(1_358_382);
  });
});

describe('wage base: Pasal 32 75% rule and daily wages', () => {
  it.each([
    // 3,000,000 + 500,000 = 3,500,000 < 75% × 5,000,000 = 3,750,000 → base 3,750,000
    // workday 1 h: 3,750,000 × 1.5 / 173 = 32,514.45 → 32,514; Kemnaker floor(21,676.3) × 1.5 = 32,514
    ['75% branch', 3_000_000, 500_000, 1_500_000, 'workday', 1, 3_750_000, 'share-of-total-pay', 32_514, 32_514],
    // 4,000,000 + 500,000 = 4,500,000 ≥ 75% × 5,500,000 = 4,125,000 → base 4,500,000
    // rest day 7 h: 4,500,000 × 14 / 173 = 364,161.85 → 364,162; Kemnaker 26,011 × 14 = 364,154
    ['basic + fixed branch', 4_000_000, 500_000, 1_000_000, 'restday', 7, 4_500_000, 'basic-plus-fixed', 364_162, 364_154],
    // base = 0.75 × 2,000,001 = 1,500,000.75 (kept exact); rest day 1 h: 3,000,001.5/173 = 17,341.05 → 17,341
    ['fractional 75% base', 1_000_001, 0, 1_000_000, 'restday', 1, 1_500_000.75, 'share-of-total-pay', 17_341, 17_340],
  ] as const)('%s', (_n, basic, fixedAllowances, variableAllowances, dayType, hours, wageBase, rule, total, kemnaker) => {
    const r = calculateOvertimePay({ basic, fixedAllowances, variableAllowances, workWeek: 6, days: [{ dayType, hours }] });
    expect(r.wageBase).toBe(wageBase);
    expect(r.wageBaseRule).toBe(rule);
    expect(r.total).toBe(total);
    expect(r.kemnakerTotal).toBe(kemnaker);
  });

  it.each([
    // 200,000 × 25 = 5,000,000; holiday 9 h → 606,936 (as O6)
    [6, 'holiday', 9, 5_000_000, 606_936],
    // 200,000 × 21 = 4,200,000; 5-day rest day 8 h: 4,200,000 × 16 / 173 = 388,439.31 → 388,439
    [5, 'restday', 8, 4_200_000, 388_439],
  ] as const)('daily wage × %i-day factor', (workWeek, dayType, hours, wageBase, total) => {
    const r = calculateOvertimePay({ basic: 0, dailyWage: 200_000, workWeek, days: [{ dayType, hours }] });
    expect(r.wageBase).toBe(wageBase);
    expect(r.total).toBe(total);
    expect(r.warnings).toEqual([]);
  });

  it('warns that the monthly basic is ignored when a daily wage is also given', () => {
    const r = calculateOvertimePay({ basic: 9_999_999, dailyWage: 200_000, workWeek: 6, days: [] });
    expect(r.wageBase).toBe(5_000_000);
    expect(r.total).toBe(0);
    expect(r.warnings).toEqual([expect.stringMatching(/upah harian × 25/)]);
  });
});

describe('invalid input throws a clear CalcError', () => {
  const ok = { basic: W, workWeek: 6 as const, days: [{ dayType: 'workday' as const, hours: 1 }] };
  it.each([
    ['negative basic', { ...ok, basic: -1 }, /Gaji pokok harus berupa jumlah rupiah bulat/],
    ['NaN basic', { ...ok, basic: Number.NaN }, /Gaji pokok/],
    ['fractional allowance', { ...ok, fixedAllowances: 10.5 }, /Tunjangan tetap/],
    ['string wage', { ...ok, basic: '5000000' }, /Gaji pokok/],
    ['huge wage', { ...ok, basic: 2e12 }, /terlalu besar/],
    ['negative hours', { ...ok, days: [{ dayType: 'workday', hours: -1 }] }, /baris 1 harus bilangan bulat/],
    ['NaN hours', { ...ok, days: [{ dayType: 'workday', hours: Number.NaN }] }, /baris 1/],
    ['half hour', { ...ok, days: [{ dayType: 'workday', hours: 1.5 }] }, /Jam sebagian tidak dihitung/],
    ['over 24 hours', { ...ok, days: [{ dayType: 'restday', hours: 25 }] }, /0 sampai 24/],
    ['unknown day type', { ...ok, days: [{ dayType: 'weekend', hours: 1 }] }, /Jenis hari pada baris 1 tidak dikenal/],
    ['work week 7', { ...ok, workWeek: 7 }, /5 atau 6 hari/],
    ['shortest day in a 5-day week', { ...ok, workWeek: 5, days: [{ dayType: 'holiday-shortest-day', hours: 1 }] }, /hanya berlaku untuk pola 6 hari kerja/],
  ])('%s', (_name, input, pattern) => {
    expect(() => calculateOvertimePay(input as never)).toThrow(CalcError);
    expect(() => calculateOvertimePay(input as never)).toThrow(pattern);
  });

  it('speaks English when asked', () => {
    expect(() => calculateOvertimePay({ ...ok, basic: -1 }, { lang: 'en' })).toThrow(/Basic wage must be a whole/);
    const r = one('workday', 5);
    const en = calculateOvertimePay({ basic: W, workWeek: 6, days: [{ dayType: 'workday', hours: 5 }] }, { lang: 'en' });
    expect(en.total).toBe(r.total);
    expect(en.warnings[0]).toMatch(/exceed the 4-hour daily limit/);
  });
});

it('lists the four day types, shortest-day flagged as 6-day only', () => {
  expect(OVERTIME_DAY_TYPES.map((d) => [d.value, d.sixDayOnly])).toEqual([
    ['workday', false],
    ['restday', false],
    ['holiday', false],
    ['holiday-shortest-day', true],
  ]);
  expect(OVERTIME_DAY_TYPES.every((d) => d.label.id && d.label.en)).toBe(true);
});
