// Severance on termination (PHK): UP, UPMK, UPH and uang pisah, PP 35/2021
// Pasal 40–58 (UU 13/2003 Pasal 156 as amended), read with MK 168/PUU-XXI/2023.
// Components are exact; only the total is rounded half-up to the rupiah.
import type { LegalParameters, SeveranceReason, ServiceBracket } from '../../../data/legal/types.ts';
import { compareDates, readDate, serviceLength } from './dates.ts';
import { CalcError } from './errors.ts';
import type { Say } from './errors.ts';
import { add, assertRupiah, mul, multiplierRatio, ratio, roundHalfUp, toNumber } from './money.ts';

export type { SeveranceReason } from '../../../data/legal/types.ts';

/** The severance rules of one legal parameter set. */
export type SeveranceLaw = LegalParameters['severance'];

/** Input of calculateSeverance; money in whole rupiah. */
export type SeveranceInput = {
  /** First day of employment, YYYY-MM-DD. */
  startDate: string;
  /** Effective termination date, YYYY-MM-DD. */
  endDate: string;
  /** Monthly basic wage + fixed allowances (variable allowances excluded). */
  monthlyWage: number;
  /** PP 35/2021 article key of the termination reason. */
  reason: SeveranceReason;
  /** Untaken annual-leave days that have not lapsed (whole days). */
  leaveDays?: number;
  /** Work-week pattern used to value a leave day (default 6: ÷25; 5: ÷21). */
  workWeek?: 5 | 6;
  /** Return travel cost to the place of hire, for the worker and family. */
  travelCost?: number;
  /** Uang pisah from the PK/PP/PKB; counted only for reasons that provide it. */
  separationPay?: number;
};

/** Result of calculateSeverance. */
export type SeveranceResult = {
  /** Completed years of service. */
  years: number;
  /** Completed months after the completed years. */
  months: number;
  /** Days after the last monthly anniversary. */
  days: number;
  /** Uang pesangon after the reason multiplier (exact; may end in .25/.5/.75). */
  up: number;
  /** Uang penghargaan masa kerja after the reason multiplier. */
  upmk: number;
  /** Uang penggantian hak: leave pay + travel cost (exact). */
  uph: number;
  /** Value of the untaken leave days (part of uph, exact). */
  leavePay: number;
  /** Uang pisah counted (0 when the reason does not provide it). */
  separationPay: number;
  /** up + upmk + uph + separationPay, rounded half-up to the rupiah. */
  total: number;
  /** UP months' wage from the service bracket, before the reason multiplier. */
  upMonths: number;
  /** UPMK months' wage from the service bracket, before the reason multiplier. */
  upmkMonths: number;
  /** Reason multiplier on UP (0, 0.5, 0.75, 1, 1.75 or 2). */
  upMultiplier: number;
  /** Reason multiplier on UPMK (0 or 1). */
  upmkMultiplier: number;
  /** Article of the reason, e.g. "PP 35/2021 Pasal 43 ayat (2)". */
  article: string;
  /** Explanations and legal notes, in the requested language. */
  notes: string[];
};

/** Months' wage for the bracket that `years` completed years fall in. */
export function bracketMonths(brackets: readonly ServiceBracket[], years: number): number {
  return brackets.filter((b) => years >= b.minYears).at(-1)?.months ?? 0;
}

/** Computes the statutory minimum severance under the given rules, wording messages with `say`. Throws CalcError on invalid input. */
export function computeSeverance(input: SeveranceInput, sev: SeveranceLaw, say: Say): SeveranceResult {
  const start = readDate(input.startDate, 'startDate', say);
  const end = readDate(input.endDate, 'endDate', say);
  if (compareDates(end, start) < 0) throw new CalcError('dateOrder', { later: 'endDate', earlier: 'startDate' }, say);
  const wage = assertRupiah(input.monthlyWage, 'monthlyWage', say);
  if (typeof input.reason !== 'string' || !Object.hasOwn(sev.reasons, input.reason)) {
    throw new CalcError('unknownReason', { field: 'reason', value: String(input.reason) }, say);
  }
  const rule = sev.reasons[input.reason];
  const leaveDays = input.leaveDays ?? 0;
  if (!Number.isInteger(leaveDays) || leaveDays < 0 || leaveDays > 366) {
    throw new CalcError('invalidLeaveDays', { field: 'leaveDays', value: String(leaveDays) }, say);
  }
  const workWeek = input.workWeek ?? 6;
  if (workWeek !== 5 && workWeek !== 6) throw new CalcError('invalidWorkWeek', { field: 'workWeek', value: String(workWeek) }, say);
  const travel = assertRupiah(input.travelCost ?? 0, 'travelCost', say);
  const separationIn = assertRupiah(input.separationPay ?? 0, 'separationPay', say);

  const service = serviceLength(start, end);
  const upMonths = bracketMonths(sev.upBrackets, service.years);
  const upmkMonths = bracketMonths(sev.upmkBrackets, service.years);
  const up = mul(ratio(wage * upMonths), multiplierRatio(rule.upMultiplier));
  const upmk = mul(ratio(wage * upmkMonths), multiplierRatio(rule.upmkMultiplier));
  const divisor = sev.leaveDayDivisor[workWeek];
  const leavePay = ratio(wage * leaveDays, divisor);
  const uph = add(leavePay, ratio(travel));
  const separation = rule.separationPay ? separationIn : 0;

  const notes = [
    say('serviceLength', { years: service.years, months: service.months, days: service.days }),
    say('wageBasis'),
    say('upMinimum'),
  ];
  if (rule.separationPay) notes.push(say('separationPayFromAgreement', { article: rule.article }));
  else if (separationIn > 0) notes.push(say('separationPayIgnored', { article: rule.article }));
  if (leaveDays > 0) notes.push(say('leaveValue', { divisor, workWeek }));
  if (input.reason === '57') notes.push(say('paidToHeirs'));
  notes.push(say('noHousingAddOn'), say('pensionOffset'), say('statutoryMinimum'));

  return {
    years: service.years,
    months: service.months,
    days: service.days,
    up: toNumber(up),
    upmk: toNumber(upmk),
    uph: toNumber(uph),
    leavePay: toNumber(leavePay),
    separationPay: separation,
    total: roundHalfUp(add(up, upmk, uph, ratio(separation))),
    upMonths,
    upmkMonths,
    upMultiplier: rule.upMultiplier,
    upmkMultiplier: rule.upmkMultiplier,
    article: rule.article,
    notes,
  };
}
