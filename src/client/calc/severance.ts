// <md-severance-calc>: the live severance calculator on /alat/pesangon/.
import { computeSeverance } from '../../lib/calc/core/severance.ts';
import type { SeveranceInput, SeveranceReason } from '../../lib/calc/core/severance.ts';
import { severanceReport } from '../../lib/calc/core/report-severance.ts';
import { defineCalc } from './form.ts';

defineCalc('md-severance-calc', {
  read(r) {
    const raw = r.text('leaveDays');
    const leaveDays = raw ? r.count('leaveDays', raw, 'invalidLeaveDays') : 0;
    const week = r.choice('workWeek', !!leaveDays);
    return {
      startDate: r.date('startDate', true)!,
      endDate: r.date('endDate', true)!,
      monthlyWage: r.money('monthlyWage', true)!,
      reason: r.choice('reason', true) as SeveranceReason,
      leaveDays,
      workWeek: week ? (Number(week) as 5 | 6) : undefined,
      travelCost: r.money('travelCost', false),
      separationPay: r.money('separationPay', false),
    } satisfies SeveranceInput;
  },
  compute: computeSeverance,
  report: severanceReport,
});
