// Shared browser side of the calculators: turns a page's static form into a
// live calculator. Each calculator supplies how to read its form, compute and
// explain; this file does the rest (messages next to fields, the result, the
// shareable #link, printing). It imports only the text-free core, so a page
// ships logic, not words: its words come with the page (script[data-calc]).
import { CalcError, fill, makeSay } from '../../lib/calc/core/errors.ts';
import type { Say } from '../../lib/calc/core/errors.ts';
import { parseRupiah } from '../../lib/calc/core/money.ts';
import { renderReport } from '../../lib/calc/core/render.ts';
import type { ChoiceField, Report, ReportText } from '../../lib/calc/core/report.ts';
import type { CalcPageData } from '../../lib/calc/page.ts';
import type { FieldKey, MessageKey } from '../../lib/calc/messages.ts';

type Params = Record<string, string | number>;

/** Reads a form's fields by name, collecting every problem instead of stopping at the first. */
export type FormReader = {
  /** The form being read. */
  form: HTMLFormElement;
  /** Problems found so far, each naming its field (or row). */
  errors: CalcError[];
  /** Records a problem and returns undefined, so reading can go on. */
  fail: (key: MessageKey, params: Params) => undefined;
  /** A field's trimmed value ('' when empty; a checked radio's value for radio groups). */
  text: (name: string) => string;
  /** A rupiah amount: "5.000.000", "5,000,000" and "5000000" all read as 5000000. */
  money: (name: FieldKey, required: boolean) => number | undefined;
  /** A whole number typed as text; `bad` names the message for anything else. */
  count: (name: FieldKey, raw: string, bad: MessageKey, params?: Params) => number | undefined;
  /** A date input's YYYY-MM-DD value (the calculation checks it and names the field if it is wrong). */
  date: (name: FieldKey, required: boolean) => string | undefined;
  /** The chosen value of a radio group or select. */
  choice: (name: FieldKey, required: boolean) => string | undefined;
};

/** A FormReader over `form`. */
function reader(form: HTMLFormElement, say: Say): FormReader {
  const data = new FormData(form);
  const errors: CalcError[] = [];
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const fail = (key: MessageKey, params: Params) => void errors.push(new CalcError(key, params, say));
  const need = (name: string, required: boolean, key: MessageKey) => (required ? fail(key, { field: name }) : undefined);
  return {
    form,
    errors,
    fail,
    text,
    money: (name, required) => {
      const raw = text(name);
      return raw ? (parseRupiah(raw) ?? fail('unreadableMoney', { field: name, value: raw })) : need(name, required, 'required');
    },
    count: (name, raw, bad, params) => (/^\d{1,4}$/.test(raw) ? Number(raw) : fail(bad, { field: name, value: raw, ...params })),
    date: (name, required) => text(name) || need(name, required, 'required'),
    choice: (name, required) => text(name) || need(name, required, 'chooseOne'),
  };
}

/** What each calculator plugs into the shared element. */
export type CalcSpec<Law, Input, Result> = {
  /** Reads the form into the calculator's input (the reader collects problems). */
  read: (r: FormReader) => Input;
  /** The core calculation. */
  compute: (input: Input, law: Law, say: Say) => Result;
  /** The explanation of a result. */
  report: (input: Input, result: Result, law: Law, text: ReportText) => Report;
  /** Extra wiring at start-up, and before a #link is restored (its parameters given): overtime rows. */
  setup?: (form: HTMLFormElement, restoring?: URLSearchParams) => void;
};

/** First match of `sel` under `root`. */
export const $ = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => root.querySelector<T>(sel);
/** All matches of `sel` under `root`, as an array. */
export const $$ = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];

/** Defines the custom element `tag` for one calculator. */
export function defineCalc<Law, Input, Result>(tag: string, spec: CalcSpec<Law, Input, Result>): void {
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback() {
        const data = JSON.parse($(this, 'script[data-calc]')!.textContent!) as CalcPageData<Law>;
        const form = $<HTMLFormElement>(this, 'form')!;
        const status = $(this, '[role=status]')!;
        const result = $(this, '.calc-result')!;
        const say = makeSay(data.messages, data.fields);
        const text: ReportText = {
          lang: data.lang,
          t: (k, v) => fill(data.ui[k], v),
          field: (k) => data.fields[k],
          // A choice reads as the form shows it: the radio's label or the option's text.
          choice: (f: ChoiceField, v) => {
            const c = $<HTMLInputElement>(form, `[name=${f}] [value="${v}"],[name=${f}][value="${v}"]`);
            return (c?.labels?.[0] ?? c)?.textContent?.trim() || v;
          },
        };
        let shown = false;

        const run = (submitted?: boolean) => {
          for (const el of $$(form, '[aria-invalid]')) el.removeAttribute('aria-invalid');
          for (const el of $$(form, '.field-error')) {
            el.textContent = '';
            el.hidden = true;
          }
          const r = reader(form, say);
          let errors = r.errors;
          try {
            const input = spec.read(r);
            if (!errors.length) {
              const report = spec.report(input, spec.compute(input, data.law, say), data.law, text);
              $(result, '[data-report]')!.innerHTML = renderReport(report, 3);
              status.textContent = report.summary;
              result.hidden = false;
              shown = true;
              // The entries go after #, which browsers never send to the server.
              history.replaceState(null, '', `#${new URLSearchParams(new FormData(form) as unknown as string[][])}`);
              if (submitted) $(result, 'h2')!.focus();
              return;
            }
          } catch (e) {
            if (!(e instanceof CalcError)) throw e;
            errors = [e];
          }
          result.hidden = true;
          const loose: string[] = [];
          let first: HTMLElement | undefined;
          for (const e of errors) {
            // The field an error names (the later of two dates); `index` picks a row of repeated fields.
            const { field, later, index = 1 } = e.params;
            const name = String(later ?? field);
            const control = $$(form, `[name=${name}]`)[Number(index) - 1] ?? document.getElementById(name);
            // A radio group shows one message for the whole group.
            const target = (control?.closest('fieldset.choices') ?? control) as HTMLElement | null;
            const slot = target && document.getElementById(`${target.id}-err`);
            if (!slot) {
              loose.push(e.message);
              continue;
            }
            slot.textContent = e.message;
            slot.hidden = false;
            const inputs = target.matches('fieldset') ? $$(target, 'input') : [target];
            for (const c of inputs) c.setAttribute('aria-invalid', 'true');
            first ??= inputs[0];
          }
          status.textContent = [fill(data.ui['tools.report.errors'], { count: errors.length }), ...loose].join(' ');
          if (submitted) first?.focus();
        };

        form.noValidate = true;
        for (const el of $$(this, '[data-nojs]')) el.hidden = true;
        for (const el of $$<HTMLButtonElement>(this, '[data-js]')) el.hidden = el.disabled = false;
        spec.setup?.(form);
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          run(true);
        });
        // Once a result is shown it follows every change, so it never goes stale.
        form.addEventListener('change', () => shown && run());
        $(this, '[data-print]')!.addEventListener('click', () => print());
        const hash = location.hash.slice(1);
        if (hash.includes('=')) {
          const p = new URLSearchParams(hash);
          spec.setup?.(form, p);
          for (const name of new Set(p.keys())) {
            const values = p.getAll(name);
            $$<HTMLInputElement>(form, `[name=${name}]`).forEach((el, i) => {
              if (el.type === 'radio') el.checked = el.value === values[0];
              else if (i < values.length) el.value = values[i];
            });
          }
          run();
        }
      }
    },
  );
}
