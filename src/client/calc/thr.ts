// <md-thr-calc>: the live THR calculator on /alat/thr/.
import { computeThr } from '../../lib/calc/core/thr.ts';
import type { ThrInput } from '../../lib/calc/core/thr.ts';
import { thrReport } from '../../lib/calc/core/report-thr.ts';
import { defineCalc } from './form.ts';

defineCalc('md-thr-calc', {
  read: (r) =>
    ({
      startDate: r.date('startDate', true)!,
      holidayDate: r.date('holidayDate', true)!,
      monthlyWage: r.money('monthlyWage', true)!,
      contract: r.choice('contract', true) as ThrInput['contract'],
      endDate: r.date('endDate', false),
      endedBy: r.choice('endedBy', false) as ThrInput['endedBy'],
    }) satisfies ThrInput,
  compute: computeThr,
  report: thrReport,
});
