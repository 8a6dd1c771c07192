// A Report as HTML. One renderer for the build (worked examples) and the
// browser (live result), so the printed working looks the same everywhere.
import type { Report } from './report.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Renders a report; `level` is the heading level of its sections (2–6). */
export function renderReport(r: Report, level = 3): string {
  const e = escapeHtml;
  const h = (text: string) => `<h${level}>${e(text)}</h${level}>`;
  const list = (items: string[]) => items.map((i) => `<li>${e(i)}</li>`).join('');
  return (
    `<p class="calc-total">${e(r.totalLabel)} <strong>${e(r.total)}</strong></p>` +
    (r.warnings.length ? `<div class="calc-warnings">${h(r.headings.warnings)}<ul>${list(r.warnings)}</ul></div>` : '') +
    `${h(r.headings.inputs)}<dl class="calc-inputs">${r.inputs.map((i) => `<div><dt>${e(i.label)}</dt><dd>${e(i.value)}</dd></div>`).join('')}</dl>` +
    `${h(r.headings.steps)}<ol class="calc-steps">${r.steps
      .map(
        (s) =>
          `<li><span class="calc-step">${e(s.label)}</span> <span class="calc-amount">${e(s.amount)}</span>` +
          `<span class="calc-work">${e(s.work)}</span>${s.article ? `<cite>${e(s.article)}</cite>` : ''}</li>`,
      )
      .join('')}</ol>` +
    `${h(r.headings.notes)}<ul class="calc-notes">${list(r.notes)}</ul>`
  );
}
