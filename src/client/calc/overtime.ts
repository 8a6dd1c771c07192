// <md-overtime-calc>: the live overtime calculator on /alat/lembur/.
import { fill } from '../../lib/calc/core/errors.ts';
import { computeOvertimePay } from '../../lib/calc/core/overtime.ts';
import type { OvertimeDay, OvertimeDayType, OvertimeInput } from '../../lib/calc/core/overtime.ts';
import { overtimeReport } from '../../lib/calc/core/report-overtime.ts';
import { $, $$, defineCalc } from './form.ts';

/** Adds a day row from the page's template (ids and labels numbered); false when the page's maximum is reached. */
function addRow(form: HTMLFormElement): boolean {
  const rows = $(form, '[data-rows]')!;
  const n = $$(rows, '[data-row]').length + 1;
  const room = n <= Number(rows.dataset.max);
  if (room) rows.insertAdjacentHTML('beforeend', fill($(form, '[data-row-template]')!.innerHTML, { index: n }));
  return room && n < Number(rows.dataset.max);
}

defineCalc('md-overtime-calc', {
  read(r) {
    const workWeek = r.choice('workWeek', true);
    const dailyWage = r.money('dailyWage', false);
    const basic = r.money('basic', dailyWage === undefined) ?? 0;
    const fixedAllowances = r.money('fixedAllowances', false);
    const variableAllowances = r.money('variableAllowances', false);
    const types = $$<HTMLSelectElement>(r.form, 'select[name=dayType]');
    const days: OvertimeDay[] = [];
    let typed = false;
    // Rows without hours are skipped; messages and the working number days as the form does.
    $$<HTMLInputElement>(r.form, 'input[name=hours]').forEach((el, i) => {
      const raw = el.value.trim();
      typed ||= !!raw;
      const hours = raw ? r.count('hours', raw, 'invalidHours', { index: i + 1 }) : undefined;
      if (hours !== undefined && hours > 24) r.fail('invalidHours', { field: 'hours', index: i + 1, value: raw });
      else if (hours !== undefined) days.push({ dayType: types[i].value as OvertimeDayType, hours, row: i + 1 });
    });
    if (!typed) r.fail('noOvertimeDays', { field: 'days' });
    return { basic, fixedAllowances, variableAllowances, dailyWage, workWeek: Number(workWeek) as 5 | 6, days } satisfies OvertimeInput;
  },
  compute: computeOvertimePay,
  report: overtimeReport,
  setup(form, restoring) {
    if (restoring) {
      while ($$(form, '[data-row]').length < restoring.getAll('hours').length && addRow(form));
      return;
    }
    const add = $<HTMLButtonElement>(form, '[data-add]')!;
    add.addEventListener('click', () => {
      add.hidden = !addRow(form);
      $$(form, '[data-rows] select').at(-1)!.focus();
    });
  },
});
