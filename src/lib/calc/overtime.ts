// Overtime pay for the public API: the core calculation with the current law
// and messages in a chosen language.
import { CURRENT_LEGAL } from '../../data/legal/index.ts';
import { computeOvertimePay, DAY_TYPES } from './core/overtime.ts';
import type { OvertimeDayType, OvertimeInput, OvertimeResult } from './core/overtime.ts';
import { DAY_TYPE_LABELS, sayIn } from './messages.ts';
import type { Bilingual, CalcOptions } from './messages.ts';

export type { OvertimeDay, OvertimeDayType, OvertimeInput, OvertimeLaw, OvertimeLine, OvertimeResult } from './core/overtime.ts';

/** The overtime day types with labels, for a <select>; `sixDayOnly` types need a 6-day week. */
export const OVERTIME_DAY_TYPES: readonly { value: OvertimeDayType; label: Bilingual; sixDayOnly: boolean }[] =
  DAY_TYPES.map((value) => ({ value, label: DAY_TYPE_LABELS[value], sixDayOnly: value === 'holiday-shortest-day' }));

/** Computes overtime pay for a set of days under PP 35/2021. Throws CalcError on invalid input. */
export function calculateOvertimePay(input: OvertimeInput, options: CalcOptions = {}): OvertimeResult {
  return computeOvertimePay(input, (options.legal ?? CURRENT_LEGAL).overtime, sayIn(options.lang ?? 'id'));
}
