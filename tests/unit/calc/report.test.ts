import { describe, expect, it } from 'vitest';
import { calculateOvertimePay, calculateSeverance, calculateThr, CURRENT_LEGAL } from '../../../src/lib/calc/index.ts';
import type { OvertimeInput } from '../../../src/lib/calc/index.ts';
import { overtimeReport } from '../../../src/lib/calc/core/report-overtime.ts';
import { severanceReport } from '../../../src/lib/calc/core/report-severance.ts';
import { thrReport } from '../../../src/lib/calc/core/report-thr.ts';
import type { Report } from '../../../src/lib/calc/core/report.ts';
import { OVERTIME_EXAMPLES, SEVERANCE_EXAMPLES, THR_EXAMPLES } from '../../../src/lib/calc/examples.ts';
import { reportText } from '../../../src/lib/calc/page.ts';

// Every figure below is worked by hand from the formulas (reference §1–3), not read back
// from the code. Intl writes "Rp 5.000.000" with a no-break space after "Rp".
const rp = (s: string) => s.replace(/Rp /g, 'Rp\u00a0');
const id = reportText('id');
const en = reportText('en');
const law = CURRENT_LEGAL;
const ot = (input: OvertimeInput, x = id) => overtimeReport(input, calculateOvertimePay(input, { lang: x.lang }), law.overtime, x);
/** All report text as one string, for "mentions" checks. */
const all = (r: Report) => JSON.stringify(r);

describe('worked examples shown on the pages', () => {
  it.each([
    // Week, 6-day: W = 4,500,000 + 500,000 = 5,000,000; units 3.5 + 5.5 + 14 = 23; 115,000,000/173 = 664,739.88
    [0, 'Rp 664.740', ['Rp 5.000.000 ÷ 173', '1 jam × 1,5 + 1 jam × 2 = 3,5 × upah sejam', '7 jam × 2 = 14 × upah sejam', 'Rp 28.901,73']],
    // 75% rule: 75% × 5,000,000 = 3,750,000 > 3,200,000; 5-day holiday 9 h = 8×2 + 3 = 19; 71,250,000/173 = 411,849.71
    [1, 'Rp 411.850', ['75% × seluruh upah', 'Rp 3.750.000', '8 jam × 2 + 1 jam × 3 = 19 × upah sejam', 'PP 35/2021 Pasal 32 ayat (4)']],
    // Daily: 150,000 × 25 = 3,750,000; 1.5 units → 5,625,000/173 = 32,514.45
    [2, 'Rp 32.514', ['Rp 150.000 × 25', 'PP 35/2021 Pasal 33 ayat (1)']],
  ] as const)('overtime example %i', (i, total, mentions) => {
    const r = ot(OVERTIME_EXAMPLES[i].input);
    expect(r.total).toBe(rp(total));
    expect(r.summary).toBe(`Upah lembur minimum: ${rp(total)}.`);
    for (const m of mentions) expect(all(r)).toContain(rp(m));
  });

  it.each([
    // Bankruptcy (47), 8 y: UP 9 × 6,000,000 × 0.5 = 27,000,000; UPMK 3 × 6,000,000 = 18,000,000; leave 4 × 6,000,000/25 = 960,000
    [0, 'Rp 45.960.000', ['9 bulan × Rp 6.000.000 × 0,5', 'Rp 27.000.000', 'Rp 18.000.000', 'Rp 960.000', '8 tahun 0 bulan 0 hari']],
    // Efficiency to prevent losses (43(2)), 2 y 6 m: UP 3 × 5,000,000 = 15,000,000; UPMK 0
    [1, 'Rp 15.000.000', ['3 bulan × Rp 5.000.000 × 1', '2 tahun 6 bulan 0 hari']],
    // Resignation (50), 10 y: UP = UPMK = 0; leave 6 × 4,800,000/21 = 1,371,428.57; + uang pisah 3,000,000 = 4,371,428.57
    [2, 'Rp 4.371.429', ['Rp 1.371.428,57', 'Uang pisah', 'Rp 3.000.000']],
  ] as const)('severance example %i', (i, total, mentions) => {
    const ex = SEVERANCE_EXAMPLES[i].input;
    const r = severanceReport(ex, calculateSeverance(ex), law.severance, id);
    expect(r.total).toBe(rp(total));
    for (const m of mentions) expect(all(r)).toContain(rp(m));
  });

  it.each([
    // 9 months: 4,500,000 × 9/12
    [0, 'Rp 3.375.000', '9/12 × Rp 4.500.000'],
    // 14 months: one month's wage
    [1, 'Rp 6.000.000', '1 × Rp 6.000.000'],
    // Dismissed 20 days before: counted to 28 Feb 2026 = 7 months; 4,200,000 × 7/12
    [2, 'Rp 2.450.000', '7/12 × Rp 4.200.000'],
  ] as const)('THR example %i', (i, total, work) => {
    const ex = THR_EXAMPLES[i].input;
    const r = thrReport(ex, calculateThr(ex), law.thr, id);
    expect(r.total).toBe(rp(total));
    expect(r.steps[1].work).toBe(rp(work));
  });
});

describe('overtime report', () => {
  const base: OvertimeInput = { basic: 5_000_000, workWeek: 6, days: [{ dayType: 'holiday', hours: 9 }] };

  it('has one step per day after the wage and hourly steps, each with its article, then the total', () => {
    const r = ot({ ...base, days: [{ dayType: 'workday', hours: 1 }, { dayType: 'restday', hours: 8 }] });
    expect(r.steps.map((s) => s.label)).toEqual([
      'Upah sebulan untuk lembur',
      'Upah sejam',
      'Hari 1: Hari kerja, 1 jam',
      'Hari 2: Hari istirahat mingguan, 8 jam',
      'Jumlah',
    ]);
    expect(r.steps[2].article).toBe('PP 35/2021 Pasal 31 ayat (1)');
    expect(r.steps[3].article).toBe('PP 35/2021 Pasal 31 ayat (2) huruf a');
    expect(r.steps[3].work).toBe('7 jam × 2 + 1 jam × 3 = 17 × upah sejam');
  });

  it('numbers days as the person\'s list does when rows were skipped', () => {
    const r = ot({ ...base, days: [{ dayType: 'workday', hours: 5, row: 2 }, { dayType: 'restday', hours: 1, row: 4 }] });
    expect(r.steps.slice(2, 4).map((s) => s.label)).toEqual(['Hari 2: Hari kerja, 5 jam', 'Hari 4: Hari istirahat mingguan, 1 jam']);
    expect(r.warnings[0]).toMatch(/^Baris 2: lembur 5 jam/);
  });

  it('compares with the Kemnaker method only when it differs (O6: 606,936 vs 606,921)', () => {
    expect(ot(base).notes.some((n) => n.includes(rp('Rp 606.921')) && n.includes(rp('Rp 15')))).toBe(true);
    // 173 × 5 = 865: the hourly wage is whole, both methods agree.
    expect(ot({ ...base, basic: 865 }).notes.some((n) => n.includes('Kemnaker'))).toBe(false);
  });

  it('says when the 75% check was made and passed', () => {
    const r = ot({ ...base, fixedAllowances: 1_000_000, variableAllowances: 1_000_000 });
    expect(r.steps[0].work).toBe(rp('upah pokok + tunjangan tetap = Rp 5.000.000 + Rp 1.000.000, tidak kurang dari 75% seluruh upah (Rp 7.000.000)'));
  });

  it('carries the warnings and counts them in the summary', () => {
    const r = ot({ ...base, days: [{ dayType: 'workday', hours: 6 }] });
    expect(r.warnings).toHaveLength(1);
    expect(r.summary).toMatch(/Ada 1 peringatan/);
  });

  it('speaks English on request', () => {
    const r = ot(base, en);
    expect(r.totalLabel).toBe('Minimum overtime pay');
    expect(r.steps[2].label).toBe('Day 1: Public holiday, 9 h');
    expect(r.steps[2].work).toBe('7 h × 2 + 1 h × 3 + 1 h × 4 = 21 × the hourly wage');
  });
});

describe('severance and THR reports', () => {
  it('labels the reason with its article, as the form does', () => {
    const ex = SEVERANCE_EXAMPLES[0].input;
    const r = severanceReport(ex, calculateSeverance(ex), law.severance, id);
    expect(r.inputs.find((i) => i.label === 'Alasan PHK')?.value).toBe('Perusahaan pailit (PP 35/2021 Pasal 47)');
    expect(r.steps.map((s) => s.label)).toEqual(['Masa kerja', 'Uang pesangon (UP)', 'Uang penghargaan masa kerja (UPMK)', 'Uang penggantian hak (UPH)', 'Jumlah']);
  });

  it('says "not entitled" instead of Rp 0 when THR is not owed', () => {
    const input = { startDate: '2026-03-01', holidayDate: '2026-03-20', monthlyWage: 5_000_000 };
    const r = thrReport(input, calculateThr(input), law.thr, id);
    expect(r.total).toBe('tidak berhak');
    expect(r.summary).toBe('THR minimum: tidak berhak.');
    expect(r.steps[0].amount).toBe('0 bulan penuh');
  });

  it('counts THR service to the dismissal date when employment ended before the holiday', () => {
    const input = { startDate: '2025-07-01', holidayDate: '2026-03-20', monthlyWage: 4_200_000, endDate: '2026-02-28', endedBy: 'employer' as const };
    const r = thrReport(input, calculateThr(input), law.thr, id);
    expect(r.steps[0].work).toBe('1 Juli 2025 sampai 28 Februari 2026');
    expect(r.inputs.at(-1)).toEqual({ label: 'Yang mengakhiri hubungan kerja', value: 'Di-PHK oleh pengusaha' });
  });
});
