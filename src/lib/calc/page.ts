// Build-time helpers for the calculator pages: the words for reports and form
// choices, the rows of the legal tables, and the data a page hands to its
// browser script (law section, message templates and report strings in the
// page language only).
import { translations, useTranslations } from '../../i18n/index.ts';
import type { UiKey } from '../../i18n/index.ts';
import { CURRENT_LEGAL } from '../../data/legal/index.ts';
import type { LegalParameters, OvertimeTable } from '../../data/legal/types.ts';
import type { ChoiceField, ReportKey, ReportText } from './core/report.ts';
import { bracketMonths } from './core/severance.ts';
import { DAY_TYPE_LABELS, REASON_LABELS, fieldLabel, messagesFor } from './messages.ts';
import type { CalcId, FieldKey, Lang, MessageKey } from './messages.ts';

/** Label of one choice of a choice field, as the form shows it and the report repeats it. */
export function choiceLabel(field: ChoiceField, value: string, lang: Lang): string {
  const t = useTranslations(lang);
  switch (field) {
    case 'dayType':
      return DAY_TYPE_LABELS[value as keyof typeof DAY_TYPE_LABELS]?.[lang] ?? value;
    case 'reason': {
      const label = REASON_LABELS[value as keyof typeof REASON_LABELS]?.[lang];
      const rule = CURRENT_LEGAL.severance.reasons[value as keyof typeof REASON_LABELS];
      return label && rule ? `${label} (${rule.article})` : value;
    }
    default: {
      const key = `tools.form.${field}.${value}`;
      return Object.hasOwn(translations[lang], key) ? t(key as UiKey) : value;
    }
  }
}

/** The words of a report in `lang`, at build time. */
export function reportText(lang: Lang): ReportText {
  const t = useTranslations(lang);
  return { lang, t, field: (key) => fieldLabel(key, lang), choice: (field, value) => choiceLabel(field, value, lang) };
}

/** What a calculator page hands to its browser script, as JSON. */
export type CalcPageData<Law> = {
  /** Page language. */
  lang: Lang;
  /** This calculator's section of the current legal parameters. */
  law: Law;
  /** Message templates this calculator can produce, in the page language. */
  messages: Partial<Record<MessageKey, string>>;
  /** Field labels, in the page language. */
  fields: Record<FieldKey, string>;
  /** Report strings, in the page language. */
  ui: Record<ReportKey, string>;
};

/** The law section each calculator uses. */
const LAW_SECTION = { overtime: 'overtime', severance: 'severance', thr: 'thr' } as const satisfies Record<CalcId, keyof LegalParameters>;

/** The data for one calculator page's script. */
export function pageData<C extends CalcId>(calc: C, lang: Lang, legal: LegalParameters = CURRENT_LEGAL): CalcPageData<LegalParameters[(typeof LAW_SECTION)[C]]> {
  const table: Record<string, string> = translations[lang];
  const ui = Object.fromEntries(Object.keys(table).filter((k) => k.startsWith('tools.report.')).map((k) => [k, table[k]])) as Record<ReportKey, string>;
  return { lang, law: legal[LAW_SECTION[calc]], ...messagesFor(calc, lang), ui };
}

/** JSON safe to place inside a <script type="application/json"> element. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** One row of a multiplier table: an hour or a range of hours and its multiplier. */
export type TierRow = { from: number; to: number; multiplier: number };

/** The rows of an overtime table, one per tier. */
export function tierRows(table: OvertimeTable): TierRow[] {
  return table.tiers.map((tier, i) => ({ from: i === 0 ? 1 : table.tiers[i - 1].upToHour + 1, to: tier.upToHour, multiplier: tier.multiplier }));
}

/** One row of the service table: years from (inclusive) to (exclusive, absent for the last row), UP and UPMK months. */
export type BracketRow = { from: number; to?: number; up: number; upmk: number };

/** The UP and UPMK brackets merged into one table, one row per distinct starting year. */
export function bracketRows(sev: LegalParameters['severance']): BracketRow[] {
  const starts = [...new Set([...sev.upBrackets, ...sev.upmkBrackets].map((b) => b.minYears))].sort((a, b) => a - b);
  return starts.map((from, i) => ({ from, to: starts[i + 1], up: bracketMonths(sev.upBrackets, from), upmk: bracketMonths(sev.upmkBrackets, from) }));
}
