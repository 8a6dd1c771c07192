// A calculator result explained for a person: what was entered, every step of
// the working with its article, warnings and notes, as plain strings. The
// builders (report-*.ts, one per calculator so each page bundles only its own)
// run at build time (the worked examples) and in the browser (the live result),
// so both views always agree. Text comes in through ReportText.
import type { id as toolsText } from '../../../i18n/features/tools.ts';
import type { FieldKey, Lang } from '../messages.ts';

/** UI string keys the reports use (from the tools feature table). */
export type ReportKey = Extract<keyof typeof toolsText, `tools.report.${string}`>;

/** Fields whose value is one of a fixed set of choices, shown by the choice's label. */
export type ChoiceField = 'workWeek' | 'dayType' | 'reason' | 'contract' | 'endedBy';

/** Where a report gets its words: UI strings, field labels and the labels of choices, in one language. */
export type ReportText = {
  /** Language for numbers and dates. */
  lang: Lang;
  /** A UI string with `{name}` placeholders filled. */
  t: (key: ReportKey, vars?: Record<string, string | number>) => string;
  /** Label of an input field. */
  field: (key: FieldKey) => string;
  /** Label of one choice of a choice field (e.g. a day type or a termination reason). */
  choice: (field: ChoiceField, value: string) => string;
};

/** One step of the working. */
export type ReportStep = {
  /** What this step finds. */
  label: string;
  /** The arithmetic, written out. */
  work: string;
  /** The step's result. */
  amount: string;
  /** Legal basis, if any. */
  article?: string;
};

/** A result explained: headline, inputs, steps, warnings, notes. */
export type Report = {
  /** Label of the headline figure. */
  totalLabel: string;
  /** The headline figure (or a short verdict such as "not entitled"). */
  total: string;
  /** One sentence with the headline, announced to screen readers. */
  summary: string;
  /** Section headings, in the page language. */
  headings: { inputs: string; steps: string; warnings: string; notes: string };
  /** What the person entered, as label/value pairs. */
  inputs: { label: string; value: string }[];
  /** The working, in order. */
  steps: ReportStep[];
  /** Legal warnings (caps exceeded, hours beyond the table). */
  warnings: string[];
  /** Explanations and the statutory-minimum caveat. */
  notes: string[];
};

/** The Intl locale for a language. */
export const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'id-ID');

/** A plain number in the report's language, e.g. "1,5" in Indonesian. */
export function num(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 4 }).format(n);
}

/** The section headings of every report. */
export function headings(x: ReportText): Report['headings'] {
  return {
    inputs: x.t('tools.report.inputs'),
    steps: x.t('tools.report.steps'),
    warnings: x.t('tools.report.warnings'),
    notes: x.t('tools.report.notes'),
  };
}

/** "Label: total." plus, when there are warnings, how many. */
export function summary(x: ReportText, label: string, total: string, warnings: number): string {
  const head = x.t('tools.report.summary', { label, total });
  return warnings > 0 ? `${head} ${x.t('tools.report.summaryWarnings', { count: warnings })}` : head;
}
