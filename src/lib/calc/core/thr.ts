// THR keagamaan (religious-holiday allowance), Permenaker 6/2016.
// Service is counted in completed months (anniversary dates) up to the holiday,
// or up to the dismissal date for a PKWTT worker dismissed ≤ 30 days before it.
import type { LegalParameters } from '../../../data/legal/types.ts';
import { compareDates, dayNumber, readDate, serviceLength } from './dates.ts';
import { CalcError } from './errors.ts';
import type { Say } from './errors.ts';
import { assertRupiah, mul, ratio, roundHalfUp } from './money.ts';

/** The THR rules of one legal parameter set. */
export type ThrLaw = LegalParameters['thr'];

/** Input of calculateThr; money in whole rupiah. */
export type ThrInput = {
  /** First day of employment, YYYY-MM-DD. */
  startDate: string;
  /** Date of the religious holiday, YYYY-MM-DD. */
  holidayDate: string;
  /** One month's wage: clean wage, or basic + fixed allowances. */
  monthlyWage: number;
  /** Contract type: 'pkwtt' (permanent, default) or 'pkwt' (fixed-term). */
  contract?: 'pkwt' | 'pkwtt';
  /** Date the employment ended, if it did, YYYY-MM-DD. */
  endDate?: string;
  /** Who ended it; needed when a PKWTT ended before the holiday. */
  endedBy?: 'employer' | 'worker';
};

/** Result of calculateThr. */
export type ThrResult = {
  /** Completed months of service counted. */
  months: number;
  /** Whether THR is owed for this holiday. */
  entitled: boolean;
  /** THR owed, rounded half-up to the rupiah (0 when not entitled). */
  total: number;
  /** Article that decides the result. */
  article: string;
  /** Explanations and legal notes, in the requested language. */
  notes: string[];
};

/** Computes the statutory minimum THR for one holiday under the given rules, wording messages with `say`. Throws CalcError on invalid input. */
export function computeThr(input: ThrInput, thr: ThrLaw, say: Say): ThrResult {
  const start = readDate(input.startDate, 'startDate', say);
  const holiday = readDate(input.holidayDate, 'holidayDate', say);
  if (compareDates(holiday, start) < 0) throw new CalcError('dateOrder', { later: 'holidayDate', earlier: 'startDate' }, say);
  const wage = assertRupiah(input.monthlyWage, 'monthlyWage', say);
  const contract = input.contract ?? 'pkwtt';
  if (contract !== 'pkwt' && contract !== 'pkwtt') throw new CalcError('invalidContract', { field: 'contract', value: String(contract) }, say);
  if (input.endedBy !== undefined && input.endedBy !== 'employer' && input.endedBy !== 'worker') {
    throw new CalcError('invalidEndedBy', { field: 'endedBy', value: String(input.endedBy) }, say);
  }

  const notes: string[] = [];
  let until = holiday;
  let untilText = input.holidayDate;
  let barred: string | null = null; // article that bars THR for this holiday, if any
  if (input.endDate !== undefined) {
    const end = readDate(input.endDate, 'endDate', say);
    if (compareDates(end, start) < 0) throw new CalcError('dateOrder', { later: 'endDate', earlier: 'startDate' }, say);
    if (compareDates(end, holiday) < 0) {
      until = end;
      untilText = input.endDate;
      const daysBefore = dayNumber(holiday) - dayNumber(end);
      const params = { days: daysBefore, grace: thr.dismissalGraceDays, article: thr.terminationArticle };
      if (contract === 'pkwt') {
        barred = thr.terminationArticle;
        notes.push(say('thrPkwtEnded', params));
      } else if (input.endedBy === undefined) {
        throw new CalcError('endedByRequired', { field: 'endedBy' }, say);
      } else if (input.endedBy === 'worker') {
        barred = thr.terminationArticle;
        notes.push(say('thrResigned'));
      } else if (daysBefore > thr.dismissalGraceDays) {
        barred = thr.terminationArticle;
        notes.push(say('thrDismissedTooEarly', params));
      } else {
        notes.push(say('thrDismissedEntitled', params));
      }
    }
  }

  const months = serviceLength(start, until).totalMonths;
  let total = 0;
  let article = barred ?? thr.entitlementArticle;
  if (barred === null) {
    if (months < thr.minMonths) {
      notes.push(say('thrNotEntitledShort', { months, article }));
    } else if (months < thr.fullMonths) {
      article = thr.proRataArticle;
      total = roundHalfUp(mul(ratio(wage), ratio(months, thr.fullMonths)));
      notes.push(say('thrProRata', { months, article }));
    } else {
      article = thr.fullArticle;
      total = wage;
      notes.push(say('thrFull', { months, article }));
    }
  }
  const entitled = barred === null && months >= thr.minMonths;
  notes.push(say('thrMonthsMethod', { until: untilText }), say('thrWageBasis'));
  if (entitled) notes.push(say('thrDeadline'));
  notes.push(say('statutoryMinimum'));
  return { months, entitled, total, article, notes };
}
