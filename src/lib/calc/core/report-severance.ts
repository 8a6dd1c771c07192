// The severance report: service, UP, UPMK, UPH, uang pisah, total.
import type { SeveranceInput, SeveranceLaw, SeveranceResult } from './severance.ts';
import { formatRupiah, formatRupiahDecimal } from './money.ts';
import { bracketMonths } from './severance.ts';
import { formatDate } from './dates.ts';
import { headings, num, summary } from './report.ts';
import type { Report, ReportStep, ReportText } from './report.ts';

/** Explains a severance result. */
export function severanceReport(input: SeveranceInput, r: SeveranceResult, law: SeveranceLaw, x: ReportText): Report {
  const rp = (n: number) => formatRupiah(n, x.lang);
  const rpx = (n: number) => (Number.isInteger(n) ? rp(n) : formatRupiahDecimal(n, x.lang));
  const wage = input.monthlyWage;
  const leaveDays = input.leaveDays ?? 0;
  const travel = input.travelCost ?? 0;
  const rule = law.reasons[input.reason];
  const inputs = [
    { label: x.field('startDate'), value: formatDate(input.startDate, x.lang) },
    { label: x.field('endDate'), value: formatDate(input.endDate, x.lang) },
    { label: x.field('monthlyWage'), value: rp(wage) },
    { label: x.field('reason'), value: x.choice('reason', input.reason) },
    { label: x.field('leaveDays'), value: x.t('tools.report.days', { days: leaveDays }) },
  ];
  if (leaveDays > 0) inputs.push({ label: x.field('workWeek'), value: x.choice('workWeek', String(input.workWeek ?? 6)) });
  inputs.push({ label: x.field('travelCost'), value: rp(travel) }, { label: x.field('separationPay'), value: rp(input.separationPay ?? 0) });

  const service = x.t('tools.report.sev.serviceValue', { years: r.years, months: r.months, days: r.days });
  const upBracket = bracketMonths(law.upBrackets, r.years);
  const upmkBracket = bracketMonths(law.upmkBrackets, r.years);
  const steps: ReportStep[] = [
    {
      label: x.t('tools.report.sev.service'),
      work: x.t('tools.report.sev.serviceWork', { start: formatDate(input.startDate, x.lang), end: formatDate(input.endDate, x.lang) }),
      amount: service,
      article: law.bracketArticle,
    },
    {
      label: x.t('tools.report.sev.up'),
      work: x.t('tools.report.sev.componentWork', { months: upBracket, wage: rp(wage), multiplier: num(r.upMultiplier, x.lang) }),
      amount: rpx(r.up),
      article: `${law.bracketArticle}; ${rule.article}`,
    },
    {
      label: x.t('tools.report.sev.upmk'),
      work: x.t('tools.report.sev.componentWork', { months: upmkBracket, wage: rp(wage), multiplier: num(r.upmkMultiplier, x.lang) }),
      amount: rpx(r.upmk),
      article: `${law.bracketArticle}; ${rule.article}`,
    },
    {
      label: x.t('tools.report.sev.uph'),
      work: x.t('tools.report.sev.uphWork', {
        days: leaveDays,
        wage: rp(wage),
        divisor: law.leaveDayDivisor[input.workWeek ?? 6],
        leave: rpx(r.leavePay),
        travel: rp(travel),
      }),
      amount: rpx(r.uph),
      article: law.uphArticle,
    },
  ];
  if (rule.separationPay) {
    steps.push({ label: x.t('tools.report.sev.separation'), work: x.t('tools.report.sev.separationWork'), amount: rp(r.separationPay), article: rule.article });
  }
  steps.push({ label: x.t('tools.report.total'), work: x.t('tools.report.sev.totalWork'), amount: rp(r.total) });
  return {
    totalLabel: x.t('tools.report.sev.totalLabel'),
    total: rp(r.total),
    summary: summary(x, x.t('tools.report.sev.totalLabel'), rp(r.total), 0),
    headings: headings(x),
    inputs,
    steps,
    warnings: [],
    notes: r.notes,
  };
}
