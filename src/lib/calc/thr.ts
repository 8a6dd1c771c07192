// THR keagamaan (religious-holiday allowance), Permenaker 6/2016.
// Service is counted in completed months (anniversary dates) up to the holiday,
// or up to the dismissal date for a PKWTT worker dismissed ≤ 30 days before it.
import { CURRENT_LEGAL } from '../../data/legal/index.ts';
import { compareDates, dayNumber, parseDate, serviceLength } from './dates.ts';
import { CalcError, message } from './messages.ts';
import type { CalcOptions } from './messages.ts';
import { assertRupiah, mul, ratio, roundHalfUp } from './money.ts';

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

/** Computes the statutory minimum THR for one holiday. Throws CalcError on invalid input. */
export function calculateThr(input: ThrInput, options: CalcOptions = {}): ThrResult {
  const lang = options.lang ?? 'id';
  const thr = (options.legal ?? CURRENT_LEGAL).thr;
  const start = parseDate(input.startDate, 'startDate', lang);
  const holiday = parseDate(input.holidayDate, 'holidayDate', lang);
  if (compareDates(holiday, start) < 0) throw new CalcError('dateOrder', lang, { later: 'holidayDate', earlier: 'startDate' });
  const wage = assertRupiah(input.monthlyWage, 'monthlyWage', lang);
  const contract = input.contract ?? 'pkwtt';
  if (contract !== 'pkwt' && contract !== 'pkwtt') throw new CalcError('invalidContract', lang, { value: String(contract) });
  if (input.endedBy !== undefined && input.endedBy !== 'employer' && input.endedBy !== 'worker') {
    throw new CalcError('invalidEndedBy', lang, { value: String(input.endedBy) });
  }

  const notes: string[] = [];
  let until = holiday;
  let untilText = input.holidayDate;
  let barred: string | null = null; // article that bars THR for this holiday, if any
  if (input.endDate !== undefined) {
    const end = parseDate(input.endDate, 'endDate', lang);
    if (compareDates(end, start) < 0) throw new CalcError('dateOrder', lang, { later: 'endDate', earlier: 'startDate' });
    if (compareDates(end, holiday) < 0) {
      until = end;
      untilText = input.endDate;
      const daysBefore = dayNumber(holiday) - dayNumber(end);
      const params = { days: daysBefore, grace: thr.dismissalGraceDays, article: thr.terminationArticle };
      if (contract === 'pkwt') {
        barred = thr.terminationArticle;
        notes.push(message('thrPkwtEnded', lang, params));
      } else if (input.endedBy === undefined) {
        throw new CalcError('endedByRequired', lang);
      } else if (input.endedBy === 'worker') {
        barred = thr.terminationArticle;
        notes.push(message('thrResigned', lang));
      } else if (daysBefore > thr.dismissalGraceDays) {
        barred = thr.terminationArticle;
        notes.push(message('thrDismissedTooEarly', lang, params));
      } else {
        notes.push(message('thrDismissedEntitled', lang, params));
      }
    }
  }

  const months = serviceLength(start, until).totalMonths;
  let total = 0;
  let article = barred ?? thr.entitlementArticle;
  if (barred === null) {
    if (months < thr.minMonths) {
      notes.push(message('thrNotEntitledShort', lang, { months, article }));
    } else if (months < thr.fullMonths) {
      article = thr.proRataArticle;
      total = roundHalfUp(mul(ratio(wage), ratio(months, thr.fullMonths)));
      notes.push(message('thrProRata', lang, { months, article }));
    } else {
      article = thr.fullArticle;
      total = wage;
      notes.push(message('thrFull', lang, { months, article }));
    }
  }
  const entitled = barred === null && months >= thr.minMonths;
  notes.push(message('thrMonthsMethod', lang, { until: untilText }), message('thrWageBasis', lang));
  if (entitled) notes.push(message('thrDeadline', lang));
  notes.push(message('statutoryMinimum', lang));
  return { months, entitled, total, article, notes };
}
