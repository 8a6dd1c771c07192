// Public entry point of the rights calculators (pure; no DOM). Node code and
// pages import from here; browser code imports from ./core/ so it bundles no
// second language and no legal data (the page sends both).
export { calculateOvertimePay, OVERTIME_DAY_TYPES } from './overtime.ts';
export type { OvertimeDay, OvertimeDayType, OvertimeInput, OvertimeLaw, OvertimeLine, OvertimeResult } from './overtime.ts';
export { calculateSeverance, bracketMonths, SEVERANCE_REASONS } from './severance.ts';
export type { SeveranceInput, SeveranceLaw, SeveranceReason, SeveranceResult } from './severance.ts';
export { calculateThr } from './thr.ts';
export type { ThrInput, ThrLaw, ThrResult } from './thr.ts';
export { computeOvertimePay, overtimeTable, DAY_TYPES } from './core/overtime.ts';
export { computeSeverance } from './core/severance.ts';
export { computeThr } from './core/thr.ts';
export { formatRupiah, formatRupiahDecimal, parseRupiah, MAX_RUPIAH } from './core/money.ts';
export { parseDate, serviceLength } from './dates.ts';
export { makeSay } from './core/errors.ts';
export {
  CalcError, DAY_TYPE_LABELS, FIELD_LABELS, MESSAGE_GROUPS, MESSAGES, REASON_LABELS, fieldLabel, message, messagesFor, sayIn,
} from './messages.ts';
export type { Bilingual, CalcId, CalcOptions, FieldKey, Lang, MessageKey, Say } from './messages.ts';
export { CURRENT_LEGAL, LEGAL_VERSIONS } from '../../data/legal/index.ts';
export type { LegalParameters } from '../../data/legal/types.ts';
