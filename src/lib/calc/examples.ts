// Worked examples shown on the calculator pages. Only the inputs live here: the
// pages compute every figure at build time with the same functions as the live
// calculator, so an example can never disagree with the calculator.
import type { id as toolsText } from '../../i18n/features/tools.ts';
import type { OvertimeInput } from './core/overtime.ts';
import type { SeveranceInput } from './core/severance.ts';
import type { ThrInput } from './core/thr.ts';

/** A worked example: a title key (tools i18n) and the inputs. */
export type Example<I> = { title: Extract<keyof typeof toolsText, `tools.example.${string}`>; input: I };

/** Overtime examples: a mixed week, the 75% rule, a daily-paid worker. */
export const OVERTIME_EXAMPLES: readonly Example<OvertimeInput>[] = [
  {
    title: 'tools.example.lembur.week',
    input: {
      basic: 4_500_000,
      fixedAllowances: 500_000,
      workWeek: 6,
      days: [
        { dayType: 'workday', hours: 2 },
        { dayType: 'workday', hours: 3 },
        { dayType: 'restday', hours: 7 },
      ],
    },
  },
  {
    title: 'tools.example.lembur.share',
    input: { basic: 3_000_000, fixedAllowances: 200_000, variableAllowances: 1_800_000, workWeek: 5, days: [{ dayType: 'holiday', hours: 9 }] },
  },
  {
    title: 'tools.example.lembur.daily',
    input: { basic: 0, dailyWage: 150_000, workWeek: 6, days: [{ dayType: 'workday', hours: 1 }] },
  },
];

/** Severance examples: bankruptcy (reference S3 plus leave), efficiency (S1), resignation (S9). */
export const SEVERANCE_EXAMPLES: readonly Example<SeveranceInput>[] = [
  { title: 'tools.example.pesangon.bankrupt', input: { startDate: '2017-03-01', endDate: '2025-03-01', monthlyWage: 6_000_000, reason: '47', leaveDays: 4, workWeek: 6 } },
  { title: 'tools.example.pesangon.efficiency', input: { startDate: '2022-01-10', endDate: '2024-07-10', monthlyWage: 5_000_000, reason: '43-2' } },
  {
    title: 'tools.example.pesangon.resign',
    input: { startDate: '2015-02-02', endDate: '2025-02-02', monthlyWage: 4_800_000, reason: '50', leaveDays: 6, workWeek: 5, separationPay: 3_000_000 },
  },
];

/** THR examples: pro rata (reference T1), full (T4), dismissed within the grace period. */
export const THR_EXAMPLES: readonly Example<ThrInput>[] = [
  { title: 'tools.example.thr.proRata', input: { startDate: '2025-06-20', holidayDate: '2026-03-20', monthlyWage: 4_500_000 } },
  { title: 'tools.example.thr.full', input: { startDate: '2025-01-20', holidayDate: '2026-03-20', monthlyWage: 6_000_000 } },
  {
    title: 'tools.example.thr.dismissed',
    input: { startDate: '2025-07-01', holidayDate: '2026-03-20', monthlyWage: 4_200_000, contract: 'pkwtt', endDate: '2026-02-28', endedBy: 'employer' },
  },
];
