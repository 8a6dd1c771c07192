// Versioned legal parameter sets; the calculators use CURRENT_LEGAL unless told otherwise.
import { ID_2021 } from './id-2021.ts';
import type { LegalParameters } from './types.ts';

export type * from './types.ts';
export { ID_2021 } from './id-2021.ts';

/** The parameter set the calculators use by default. */
export const CURRENT_LEGAL: LegalParameters = ID_2021;

/** All known parameter sets, newest first. */
export const LEGAL_VERSIONS: readonly LegalParameters[] = [ID_2021];
