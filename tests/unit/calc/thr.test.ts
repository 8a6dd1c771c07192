import { describe, expect, it } from 'vitest';
import { calculateThr, CalcError } from '../../../src/lib/calc/index.ts';

// Expected by hand: completed months m up to the holiday (or the dismissal date);
// m < 1 → 0; 1 ≤ m < 12 → W × m / 12 rounded half-up; m ≥ 12 → W.
const HOLIDAY = '2026-03-20';

describe('worked examples (reference §5)', () => {
  it.each([
    // T1: 9 months, 4,500,000 × 9/12 = 3,375,000
    ['T1 9 months', '2025-06-20', 4_500_000, 9, true, 3_375_000],
    // T4: 14 months ≥ 12 → one month's wage
    ['T4 14 months', '2025-01-20', 6_000_000, 14, true, 6_000_000],
    // T5: 19 days, under 1 month → not entitled
    ['T5 under 1 month', '2026-03-01', 6_000_000, 0, false, 0],
  ] as const)('%s', (_name, startDate, monthlyWage, months, entitled, total) => {
    const r = calculateThr({ startDate, holidayDate: HOLIDAY, monthlyWage });
    expect([r.months, r.entitled, r.total]).toEqual([months, entitled, total]);
  });
});

describe('pro-rata months and boundaries (holiday 2026-03-20, W 6,000,000 unless noted)', () => {
  it.each([
    // one day short of a month: 2026-02-21 → 2026-03-20 is 0 completed months
    ['2026-02-21', 6_000_000, 0, false, 0, 'Pasal 2 ayat (1)'],
    // exactly 1 month: 6,000,000 × 1/12 = 500,000
    ['2026-02-20', 6_000_000, 1, true, 500_000, 'Pasal 3 ayat (1) huruf b'],
    // 11 months: 6,000,000 × 11/12 = 5,500,000
    ['2025-04-20', 6_000_000, 11, true, 5_500_000, 'Pasal 3 ayat (1) huruf b'],
    // 11 months 30 days still 11: 5,500,000
    ['2025-03-21', 6_000_000, 11, true, 5_500_000, 'Pasal 3 ayat (1) huruf b'],
    // exactly 12 months → full month
    ['2025-03-20', 6_000_000, 12, true, 6_000_000, 'Pasal 3 ayat (1) huruf a'],
    // start on the holiday itself: 0 months
    ['2026-03-20', 6_000_000, 0, false, 0, 'Pasal 2 ayat (1)'],
    // 7 months: 5,000,000 × 7/12 = 2,916,666.67 → 2,916,667
    ['2025-08-20', 5_000_000, 7, true, 2_916_667, 'Pasal 3 ayat (1) huruf b'],
    // 1 month of 1,000,002: 83,333.5 → half-up 83,334
    ['2026-02-20', 1_000_002, 1, true, 83_334, 'Pasal 3 ayat (1) huruf b'],
  ] as const)('start %s, W %i → %i months', (startDate, monthlyWage, months, entitled, total, article) => {
    const r = calculateThr({ startDate, holidayDate: HOLIDAY, monthlyWage });
    expect([r.months, r.entitled, r.total]).toEqual([months, entitled, total]);
    expect(r.article).toBe(`Permenaker 6/2016 ${article}`);
  });

  it('counts a 31 Jan start to a 28 Feb holiday as one month (month-end clamp)', () => {
    // 2,400,000 × 1/12 = 200,000
    const r = calculateThr({ startDate: '2027-01-31', holidayDate: '2027-02-28', monthlyWage: 2_400_000 });
    expect([r.months, r.total]).toEqual([1, 200_000]);
  });
});

describe('employment that ended before the holiday', () => {
  const base = { startDate: '2020-01-01', holidayDate: HOLIDAY, monthlyWage: 6_000_000 };
  it.each([
    // 2026-02-19 → 2026-03-20: 9 days left in Feb + 20 = 29 days ≤ 30 → entitled, full month
    ['PKWTT dismissed 29 days before', { contract: 'pkwtt', endDate: '2026-02-19', endedBy: 'employer' }, true, 6_000_000, /29 hari sebelum hari raya.*tetap berhak/],
    // exactly 30 days before (2026-02-18) → still entitled
    ['PKWTT dismissed 30 days before', { endDate: '2026-02-18', endedBy: 'employer' }, true, 6_000_000, /30 hari sebelum/],
    // 2026-02-17: 31 days > 30 → not entitled
    ['PKWTT dismissed 31 days before', { endDate: '2026-02-17', endedBy: 'employer' }, false, 0, /31 hari sebelum hari raya \(lebih dari 30 hari\)/],
    ['PKWT ended before the holiday', { contract: 'pkwt', endDate: '2026-03-10', endedBy: 'employer' }, false, 0, /PKWT \(kontrak\) berakhir sebelum hari raya/],
    ['PKWT ended without endedBy', { contract: 'pkwt', endDate: '2026-03-19' }, false, 0, /PKWT/],
    ['resigned before the holiday', { endDate: '2026-03-10', endedBy: 'worker' }, false, 0, /Mengundurkan diri/],
    // ends on or after the holiday: normal THR
    ['PKWT ending after the holiday', { contract: 'pkwt', endDate: '2026-04-30', endedBy: 'employer' }, true, 6_000_000, /1 bulan upah/],
    ['ends on the holiday', { endDate: HOLIDAY, endedBy: 'worker' }, true, 6_000_000, /1 bulan upah/],
  ] as const)('%s', (_name, extra, entitled, total, note) => {
    const r = calculateThr({ ...base, ...extra });
    expect([r.entitled, r.total]).toEqual([entitled, total]);
    expect(r.notes.some((n) => note.test(n))).toBe(true);
    if (!entitled) expect(r.article).toBe('Permenaker 6/2016 Pasal 7');
  });

  it('counts service only up to the dismissal date', () => {
    // 2025-06-10 → 2026-03-01: 8 completed months (9th anniversary 2026-03-10 not reached);
    // 6,000,000 × 8/12 = 4,000,000 (counting to the holiday would give 9 months)
    const r = calculateThr({ startDate: '2025-06-10', holidayDate: HOLIDAY, monthlyWage: 6_000_000, endDate: '2026-03-01', endedBy: 'employer' });
    expect([r.months, r.entitled, r.total]).toEqual([8, true, 4_000_000]);
  });
});

describe('invalid input throws a clear CalcError', () => {
  const ok = { startDate: '2025-01-01', holidayDate: HOLIDAY, monthlyWage: 6_000_000 };
  it.each([
    ['holiday before start', { ...ok, holidayDate: '2024-12-31' }, /Tanggal hari raya tidak boleh sebelum Tanggal mulai kerja/],
    ['bad holiday date', { ...ok, holidayDate: '2026-02-30' }, /Tanggal hari raya harus tanggal yang ada/],
    ['end before start', { ...ok, endDate: '2024-01-01', endedBy: 'employer' }, /tidak boleh sebelum/],
    ['PKWTT ended, endedBy missing', { ...ok, endDate: '2026-03-01' }, /isi siapa yang mengakhirinya/],
    ['unknown contract', { ...ok, contract: 'outsourcing' }, /Jenis kontrak/],
    ['unknown endedBy', { ...ok, endDate: '2026-03-01', endedBy: 'court' }, /Pihak yang mengakhiri/],
    ['negative wage', { ...ok, monthlyWage: -5 }, /Upah sebulan/],
  ])('%s', (_name, input, pattern) => {
    expect(() => calculateThr(input as never)).toThrow(CalcError);
    expect(() => calculateThr(input as never)).toThrow(pattern);
  });
});
