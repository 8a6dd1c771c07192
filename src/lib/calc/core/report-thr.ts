// The THR report: completed months, then the full or pro-rata month's wage.
import type { ThrInput, ThrLaw, ThrResult } from './thr.ts';
import { formatRupiah } from './money.ts';
import { formatDate } from './dates.ts';
import { headings, summary } from './report.ts';
import type { Report, ReportStep, ReportText } from './report.ts';

/** Explains a THR result. */
export function thrReport(input: ThrInput, r: ThrResult, law: ThrLaw, x: ReportText): Report {
  const rp = (n: number) => formatRupiah(n, x.lang);
  const until = input.endDate !== undefined && input.endDate < input.holidayDate ? input.endDate : input.holidayDate;
  const inputs = [
    { label: x.field('startDate'), value: formatDate(input.startDate, x.lang) },
    { label: x.field('holidayDate'), value: formatDate(input.holidayDate, x.lang) },
    { label: x.field('monthlyWage'), value: rp(input.monthlyWage) },
    { label: x.field('contract'), value: x.choice('contract', input.contract ?? 'pkwtt') },
  ];
  if (input.endDate !== undefined) inputs.push({ label: x.field('endDate'), value: formatDate(input.endDate, x.lang) });
  if (input.endedBy !== undefined) inputs.push({ label: x.field('endedBy'), value: x.choice('endedBy', input.endedBy) });

  const work = !r.entitled
    ? x.t('tools.report.thr.none')
    : r.months >= law.fullMonths
      ? x.t('tools.report.thr.full', { wage: rp(input.monthlyWage) })
      : x.t('tools.report.thr.proRata', { months: r.months, full: law.fullMonths, wage: rp(input.monthlyWage) });
  const steps: ReportStep[] = [
    {
      label: x.t('tools.report.thr.service'),
      work: x.t('tools.report.sev.serviceWork', { start: formatDate(input.startDate, x.lang), end: formatDate(until, x.lang) }),
      amount: x.t('tools.report.thr.months', { months: r.months }),
      article: law.entitlementArticle,
    },
    { label: x.t('tools.report.thr.step'), work, amount: rp(r.total), article: r.article },
  ];
  const total = r.entitled ? rp(r.total) : x.t('tools.report.thr.notEntitled');
  return {
    totalLabel: x.t('tools.report.thr.totalLabel'),
    total,
    summary: summary(x, x.t('tools.report.thr.totalLabel'), total, 0),
    headings: headings(x),
    inputs,
    steps,
    warnings: [],
    notes: r.notes,
  };
}
