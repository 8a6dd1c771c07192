// Severance for the public API: the core calculation with the current law and
// messages in a chosen language, and the reasons listed for a form.
import { CURRENT_LEGAL } from '../../data/legal/index.ts';
import type { SeveranceReason } from '../../data/legal/types.ts';
import { computeSeverance } from './core/severance.ts';
import type { SeveranceInput, SeveranceResult } from './core/severance.ts';
import { REASON_LABELS, sayIn } from './messages.ts';
import type { Bilingual, CalcOptions } from './messages.ts';

export { bracketMonths } from './core/severance.ts';
export type { SeveranceInput, SeveranceLaw, SeveranceReason, SeveranceResult } from './core/severance.ts';

/** Termination reasons with labels and multipliers, for a <select>, in article order. */
export const SEVERANCE_REASONS: readonly {
  value: SeveranceReason;
  label: Bilingual;
  article: string;
  upMultiplier: number;
  upmkMultiplier: number;
  separationPay: boolean;
}[] = (Object.keys(CURRENT_LEGAL.severance.reasons) as SeveranceReason[])
  // Integer-like keys ('41') come first in property order; sort as articles read ('41', '42-1', '42-2', '43-1', …).
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .map((value) => ({
  value,
  label: REASON_LABELS[value],
  ...CURRENT_LEGAL.severance.reasons[value],
}));

/** Computes the statutory minimum severance for a termination. Throws CalcError on invalid input. */
export function calculateSeverance(input: SeveranceInput, options: CalcOptions = {}): SeveranceResult {
  return computeSeverance(input, (options.legal ?? CURRENT_LEGAL).severance, sayIn(options.lang ?? 'id'));
}
