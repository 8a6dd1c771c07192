// The overtime report: base wage, hourly wage, each day's multipliers, total.
import type { OvertimeInput, OvertimeLaw, OvertimeResult } from './overtime.ts';
import { formatRupiah, formatRupiahDecimal } from './money.ts';
import { headings, num, summary } from './report.ts';
import type { Report, ReportStep, ReportText } from './report.ts';

/** "7 jam × 2 + 1 jam × 3": runs of equal multipliers, hour 1 first. */
function multiplierRuns(multipliers: number[], x: ReportText): string {
  const runs: { count: number; m: number }[] = [];
  for (const m of multipliers) {
    const last = runs.at(-1);
    if (last && last.m === m) last.count += 1;
    else runs.push({ count: 1, m });
  }
  return runs.map((r) => x.t('tools.report.ot.run', { hours: r.count, multiplier: num(r.m, x.lang) })).join(' + ');
}

/** Explains an overtime result. */
export function overtimeReport(input: OvertimeInput, r: OvertimeResult, law: OvertimeLaw, x: ReportText): Report {
  const rp = (n: number) => formatRupiah(n, x.lang);
  const rpx = (n: number) => formatRupiahDecimal(n, x.lang);
  const base = Number.isInteger(r.wageBase) ? rp(r.wageBase) : rpx(r.wageBase);
  const fixed = input.fixedAllowances ?? 0;
  const variable = input.variableAllowances ?? 0;
  const daily = input.dailyWage;
  const inputs = [{ label: x.field('workWeek'), value: x.choice('workWeek', String(input.workWeek)) }];
  if (daily !== undefined) inputs.push({ label: x.field('dailyWage'), value: rp(daily) });
  else inputs.push({ label: x.field('basic'), value: rp(input.basic) });
  inputs.push({ label: x.field('fixedAllowances'), value: rp(fixed) }, { label: x.field('variableAllowances'), value: rp(variable) });

  const steps: ReportStep[] = [];
  let monthly = input.basic;
  if (daily !== undefined) {
    const factor = law.dailyToMonthly[input.workWeek];
    monthly = daily * factor;
    steps.push({ label: x.t('tools.report.ot.fromDaily'), work: `${rp(daily)} × ${factor}`, amount: rp(monthly), article: law.dailyToMonthlyArticle });
  }
  const share = law.minimumBaseShare;
  const percent = num((share.numerator / share.denominator) * 100, x.lang);
  const allPay = monthly + fixed + variable;
  if (r.wageBaseRule === 'share-of-total-pay') {
    steps.push({
      label: x.t('tools.report.ot.base'),
      work: x.t('tools.report.ot.baseShare', { percent, all: `${rp(monthly)} + ${rp(fixed)} + ${rp(variable)}`, fixedPay: rp(monthly + fixed) }),
      amount: base,
      article: law.minimumBaseShareArticle,
    });
  } else {
    const work = variable > 0
      ? x.t('tools.report.ot.baseFixedChecked', { fixedPay: `${rp(monthly)} + ${rp(fixed)}`, percent, all: rp(allPay) })
      : x.t('tools.report.ot.baseFixed', { fixedPay: `${rp(monthly)} + ${rp(fixed)}` });
    steps.push({ label: x.t('tools.report.ot.base'), work, amount: base, article: law.hourlyWageArticle });
  }
  steps.push({
    label: x.t('tools.report.ot.hourly'),
    work: `${base} ÷ ${law.monthlyHoursDivisor}`,
    amount: rpx(r.hourlyWage),
    article: law.hourlyWageArticle,
  });
  r.lines.forEach((line, i) => {
    steps.push({
      label: x.t('tools.report.ot.dayStep', { index: input.days[i].row ?? i + 1, day: x.choice('dayType', line.dayType), hours: line.hours }),
      work: x.t('tools.report.ot.dayWork', { runs: line.hours > 0 ? multiplierRuns(line.multipliers, x) : '0', units: num(line.units, x.lang) }),
      amount: rpx(line.amount),
      article: line.article,
    });
  });
  steps.push({
    label: x.t('tools.report.total'),
    work: x.t('tools.report.ot.totalWork', { units: num(r.units, x.lang), hourly: rpx(r.hourlyWage) }),
    amount: rp(r.total),
  });

  const notes = [x.t('tools.report.ot.rounding')];
  if (r.kemnakerTotal !== r.total) {
    notes.push(x.t('tools.report.ot.kemnaker', { hourly: rp(r.kemnakerHourlyWage), total: rp(r.kemnakerTotal), diff: rp(r.total - r.kemnakerTotal) }));
  }
  notes.push(x.t('tools.report.minimum'));
  return {
    totalLabel: x.t('tools.report.ot.totalLabel'),
    total: rp(r.total),
    summary: summary(x, x.t('tools.report.ot.totalLabel'), rp(r.total), r.warnings.length),
    headings: headings(x),
    inputs,
    steps,
    warnings: r.warnings,
    notes,
  };
}
