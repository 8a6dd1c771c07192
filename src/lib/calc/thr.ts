// THR for the public API: the core calculation with the current law and
// messages in a chosen language.
import { CURRENT_LEGAL } from '../../data/legal/index.ts';
import { computeThr } from './core/thr.ts';
import type { ThrInput, ThrResult } from './core/thr.ts';
import { sayIn } from './messages.ts';
import type { CalcOptions } from './messages.ts';

export type { ThrInput, ThrLaw, ThrResult } from './core/thr.ts';

/** Computes the statutory minimum THR for one holiday. Throws CalcError on invalid input. */
export function calculateThr(input: ThrInput, options: CalcOptions = {}): ThrResult {
  return computeThr(input, (options.legal ?? CURRENT_LEGAL).thr, sayIn(options.lang ?? 'id'));
}
