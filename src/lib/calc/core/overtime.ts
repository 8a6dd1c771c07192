// Overtime pay (upah kerja lembur), PP 35/2021 Pasal 26 and 31–33.
// Hours are whole hours (the PP is silent on partial hours; we do not guess).
// Exact arithmetic: amount = wage base × Σ multipliers / 173 as a fraction,
// rounded half-up to the rupiah only on the final total.
import type { LegalParameters, OvertimeTable } from '../../../data/legal/types.ts';
import { CalcError } from './errors.ts';
import type { Say } from './errors.ts';
import { add, assertRupiah, floor, max, mul, multiplierRatio, ratio, roundHalfUp, toNumber } from './money.ts';
import type { Ratio } from './money.ts';

/** Kind of day the overtime was worked on. */
export type OvertimeDayType = 'workday' | 'restday' | 'holiday' | 'holiday-shortest-day';

/** The overtime rules of one legal parameter set. */
export type OvertimeLaw = LegalParameters['overtime'];

/** The day types, in the order a form lists them. */
export const DAY_TYPES: readonly OvertimeDayType[] = ['workday', 'restday', 'holiday', 'holiday-shortest-day'];

/** One day of overtime. */
export type OvertimeDay = {
  /** Kind of day. */
  dayType: OvertimeDayType;
  /** Overtime hours that day: a whole number from 0 to 24. */
  hours: number;
  /** Where the day sits in the person's own list (a form may skip empty rows); messages and reports number it so. Default: its position. */
  row?: number;
};

/** Input of calculateOvertimePay; money in whole rupiah per month unless noted. */
export type OvertimeInput = {
  /** Monthly basic wage (ignored when dailyWage is given). */
  basic: number;
  /** Monthly fixed allowances. */
  fixedAllowances?: number;
  /** Monthly non-fixed (variable) allowances; only matter through the 75% rule. */
  variableAllowances?: number;
  /** Daily wage for daily-paid workers; converted to monthly ×25 (6-day) or ×21 (5-day). */
  dailyWage?: number;
  /** Work-week pattern in days. */
  workWeek: 5 | 6;
  /** Overtime per day, normally within one week. */
  days: OvertimeDay[];
};

/** One computed day of overtime. */
export type OvertimeLine = {
  /** Kind of day. */
  dayType: OvertimeDayType;
  /** Hours entered. */
  hours: number;
  /** Σ multipliers for the day (e.g. 5.5 for 3 workday hours). */
  units: number;
  /** Exact, unrounded amount (hourly wage × units); may have decimals. */
  amount: number;
  /** Article of the multiplier table. */
  article: string;
  /** Multiplier of each hour, hour 1 first. */
  multipliers: number[];
  /** True when some hours lie beyond the table (or the 4-hour workday cap) and were paid at the last tier. */
  beyondTable: boolean;
};

/** Result of calculateOvertimePay. */
export type OvertimeResult = {
  /** Total pay, rounded half-up to the rupiah once, from the exact sum. */
  total: number;
  /** "Cara Kemnaker": hourly wage truncated to whole rupiah first, × units (rounded half-up if units end in .5). */
  kemnakerTotal: number;
  /** Monthly wage base: max(basic + fixed, 75% × all pay) (Pasal 32(3)–(4)); may end in .25/.5/.75. */
  wageBase: number;
  /** Which branch of Pasal 32 set the base. */
  wageBaseRule: 'basic-plus-fixed' | 'share-of-total-pay';
  /** Exact hourly wage (wageBase / 173) as a number, e.g. 28901.734…; show to 2 decimals. */
  hourlyWage: number;
  /** The exact hourly wage as a fraction in lowest terms. */
  hourlyWageFraction: { numerator: number; denominator: number };
  /** Hourly wage truncated to whole rupiah, as in Kemnaker's published examples. */
  kemnakerHourlyWage: number;
  /** Σ multipliers over all days. */
  units: number;
  /** One line per input day, in input order. */
  lines: OvertimeLine[];
  /** Legal warnings (caps exceeded, hours beyond the table), in the requested language. */
  warnings: string[];
};

/** The multiplier table for a day type under a work-week pattern. */
export function overtimeTable(dayType: OvertimeDayType, workWeek: 5 | 6, law: OvertimeLaw): OvertimeTable {
  const t = law.tables;
  if (dayType === 'workday') return t.workday;
  if (dayType === 'holiday-shortest-day') return t.holidayShortestDay;
  return workWeek === 6 ? t.restdaySixDay : t.restdayFiveDay;
}

/** Multiplier of each hour 1..hours; hours past the table take the last tier. */
function hourMultipliers(table: OvertimeTable, hours: number): number[] {
  const last = table.tiers[table.tiers.length - 1];
  return Array.from({ length: hours }, (_, i) => (table.tiers.find((t) => i + 1 <= t.upToHour) ?? last).multiplier);
}

/** Computes overtime pay under the given rules, wording messages with `say`. Throws CalcError on invalid input. */
export function computeOvertimePay(input: OvertimeInput, law: OvertimeLaw, say: Say): OvertimeResult {
  const { workWeek, days } = input;
  if (workWeek !== 5 && workWeek !== 6) throw new CalcError('invalidWorkWeek', { field: 'workWeek', value: String(workWeek) }, say);
  if (!Array.isArray(days)) throw new CalcError('invalidDays', {}, say);

  const warnings: string[] = [];
  const basic = assertRupiah(input.basic, 'basic', say);
  const fixed = assertRupiah(input.fixedAllowances ?? 0, 'fixedAllowances', say);
  const variable = assertRupiah(input.variableAllowances ?? 0, 'variableAllowances', say);
  let monthlyBasic = basic;
  if (input.dailyWage !== undefined) {
    const factor = law.dailyToMonthly[workWeek];
    monthlyBasic = assertRupiah(input.dailyWage, 'dailyWage', say) * factor;
    if (basic > 0) warnings.push(say('dailyWageReplacesBasic', { factor, article: law.dailyToMonthlyArticle }));
  }

  // Pasal 32(3)–(4): base = basic + fixed, but never below 75% of all pay.
  const fixedPay = ratio(monthlyBasic + fixed);
  const share = mul(ratio(monthlyBasic + fixed + variable), ratio(law.minimumBaseShare.numerator, law.minimumBaseShare.denominator));
  const wageBase = max(fixedPay, share);
  const hourly = mul(wageBase, ratio(1, law.monthlyHoursDivisor));
  const kemnakerHourly = floor(hourly);

  let units: Ratio = ratio(0);
  let workdayHours = 0;
  const lines = days.map((day, i): OvertimeLine => {
    const index = day?.row ?? i + 1;
    const dayType = day?.dayType;
    if (!DAY_TYPES.includes(dayType)) throw new CalcError('invalidDayType', { index, value: String(dayType) }, say);
    const table = overtimeTable(dayType, workWeek, law);
    if (dayType === 'holiday-shortest-day' && workWeek !== 6) {
      throw new CalcError('shortestDayNeedsSixDay', { field: 'workWeek', article: table.article }, say);
    }
    const hours = day.hours;
    if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 0 || hours > 24) {
      throw new CalcError('invalidHours', { index, value: String(hours) }, say);
    }

    const multipliers = hourMultipliers(table, hours);
    const dayUnits = add(...multipliers.map(multiplierRatio));
    units = add(units, dayUnits);
    const lastTier = table.tiers[table.tiers.length - 1];
    const beyondTable = hours > lastTier.upToHour;
    if (beyondTable) {
      const params = { index, hours, article: table.article, last: lastTier.upToHour, multiplier: lastTier.multiplier };
      warnings.push(
        dayType === 'workday'
          ? say('workdayOverDailyCap', { ...params, article: law.capArticle })
          : say('beyondTable', params),
      );
    }
    if (dayType === 'workday') workdayHours += hours;
    return { dayType, hours, units: toNumber(dayUnits), amount: toNumber(mul(hourly, dayUnits)), article: table.article, multipliers, beyondTable };
  });

  if (workdayHours > law.workdayMaxHoursPerWeek) {
    warnings.push(say('weeklyCap', { hours: workdayHours, cap: law.workdayMaxHoursPerWeek, article: law.capArticle }));
  }

  return {
    total: roundHalfUp(mul(hourly, units)),
    kemnakerTotal: roundHalfUp(mul(ratio(kemnakerHourly), units)),
    wageBase: toNumber(wageBase),
    wageBaseRule: wageBase === fixedPay ? 'basic-plus-fixed' : 'share-of-total-pay',
    hourlyWage: toNumber(hourly),
    hourlyWageFraction: { numerator: Number(hourly.n), denominator: Number(hourly.d) },
    kemnakerHourlyWage: Number(kemnakerHourly),
    units: toNumber(units),
    lines,
    warnings,
  };
}
