// Public entry point of the rights calculators (pure; no DOM).
export { calculateOvertimePay, OVERTIME_DAY_TYPES } from './overtime.ts';
export type { OvertimeDay, OvertimeDayType, OvertimeInput, OvertimeLine, OvertimeResult } from './overtime.ts';
export { calculateSeverance, bracketMonths, SEVERANCE_REASONS } from './severance.ts';
export type { SeveranceInput, SeveranceReason, SeveranceResult } from './severance.ts';
export { calculateThr } from './thr.ts';
export type { ThrInput, ThrResult } from './thr.ts';
export { formatRupiah, formatRupiahDecimal, parseRupiah, MAX_RUPIAH } from './money.ts';
export { parseDate, serviceLength } from './dates.ts';
export { CalcError, DAY_TYPE_LABELS, FIELD_LABELS, MESSAGES, REASON_LABELS, fieldLabel, message } from './messages.ts';
export type { Bilingual, CalcOptions, Lang, MessageKey } from './messages.ts';
export { CURRENT_LEGAL, LEGAL_VERSIONS } from '../../data/legal/index.ts';
export type { LegalParameters } from '../../data/legal/types.ts';
