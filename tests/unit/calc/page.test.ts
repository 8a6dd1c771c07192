import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CalcError, CURRENT_LEGAL, MESSAGE_GROUPS, MESSAGES, computeOvertimePay, computeSeverance, computeThr, makeSay, messagesFor,
} from '../../../src/lib/calc/index.ts';
import type { CalcId, MessageKey, Say } from '../../../src/lib/calc/index.ts';
import { escapeHtml, renderReport } from '../../../src/lib/calc/core/render.ts';
import type { Report } from '../../../src/lib/calc/core/report.ts';
import { bracketRows, choiceLabel, pageData, scriptJson, tierRows } from '../../../src/lib/calc/page.ts';
import { translations } from '../../../src/i18n/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('legal tables rendered on the pages', () => {
  it('merges the UP and UPMK brackets into the reference table (§2)', () => {
    // [from, to, UP months, UPMK months] — reference §2, "Completed years" row by row.
    expect(bracketRows(CURRENT_LEGAL.severance).map((r) => [r.from, r.to, r.up, r.upmk])).toEqual([
      [0, 1, 1, 0], [1, 2, 2, 0], [2, 3, 3, 0], [3, 4, 4, 2], [4, 5, 5, 2], [5, 6, 6, 2], [6, 7, 7, 3], [7, 8, 8, 3],
      [8, 9, 9, 3], [9, 12, 9, 4], [12, 15, 9, 5], [15, 18, 9, 6], [18, 21, 9, 7], [21, 24, 9, 8], [24, undefined, 9, 10],
    ]);
  });

  it.each([
    ['workday', [[1, 1, 1.5], [2, 4, 2]]],
    ['restdaySixDay', [[1, 7, 2], [8, 8, 3], [9, 11, 4]]],
    ['holidayShortestDay', [[1, 5, 2], [6, 6, 3], [7, 9, 4]]],
    ['restdayFiveDay', [[1, 8, 2], [9, 9, 3], [10, 12, 4]]],
  ] as const)('overtime table %s reads hour ranges as in PP 35/2021 Pasal 31', (key, rows) => {
    expect(tierRows(CURRENT_LEGAL.overtime.tables[key]).map((r) => [r.from, r.to, r.multiplier])).toEqual(rows);
  });
});

describe('what a page hands to its browser script', () => {
  it.each(['overtime', 'severance', 'thr'] as const)('%s: its law section, its messages, report strings, one language', (calc) => {
    const data = pageData(calc, 'id');
    expect(data.law).toBe(CURRENT_LEGAL[calc]);
    expect(Object.keys(data.messages).sort()).toEqual([...MESSAGE_GROUPS[calc]].sort());
    for (const [k, v] of Object.entries(data.messages)) expect(v).toBe(MESSAGES[k as MessageKey].id);
    const reportKeys = Object.keys(translations.id).filter((k) => k.startsWith('tools.report.'));
    expect(Object.keys(data.ui).sort()).toEqual(reportKeys.sort());
    expect(JSON.stringify(data)).not.toContain(MESSAGES.required.en);
  });

  it('escapes "<" so the JSON cannot close its <script> element', () => {
    expect(scriptJson({ a: '</script><script>alert(1)</script>' })).toBe('{"a":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
    expect(JSON.parse(scriptJson({ a: '</script>' }))).toEqual({ a: '</script>' });
  });

  it('words messages from the page tables as the Node API does', () => {
    const { messages, fields } = messagesFor('severance', 'id');
    const say = makeSay(messages, fields);
    expect(say('dateOrder', { later: 'endDate', earlier: 'startDate' })).toBe('Tanggal berakhirnya hubungan kerja tidak boleh sebelum Tanggal mulai kerja.');
    expect(say('unreadableMoney', { field: 'monthlyWage', value: '5jt' })).toBe(
      'Upah sebulan tidak terbaca sebagai jumlah rupiah (diterima: "5jt"). Tulis angkanya saja, misalnya 5.000.000 atau 5000000.',
    );
  });

  it.each([
    ['workWeek', '6', 'id', '6 hari kerja seminggu'],
    ['dayType', 'restday', 'id', 'Hari istirahat mingguan'],
    ['reason', '43-2', 'id', 'Efisiensi untuk mencegah kerugian (PP 35/2021 Pasal 43 ayat (2))'],
    ['contract', 'pkwt', 'en', 'Fixed-term contract (PKWT)'],
    ['endedBy', 'worker', 'id', 'Mengundurkan diri'],
    ['reason', 'nope', 'id', 'nope'],
  ] as const)('choice %s=%s (%s) is labelled "%s"', (field, value, lang, label) => {
    expect(choiceLabel(field, value, lang)).toBe(label);
  });
});

describe('message groups', () => {
  it('cover every message', () => {
    const grouped = new Set(Object.values(MESSAGE_GROUPS).flat());
    expect(Object.keys(MESSAGES).filter((k) => !grouped.has(k as MessageKey))).toEqual([]);
  });

  // Run each calculator over inputs that reach its warnings, notes and errors, recording
  // every message it asks for: all must be in the group its page sends to the browser.
  const used = (run: (say: Say) => unknown) => {
    const keys = new Set<MessageKey>();
    const say: Say = (key) => (keys.add(key), key);
    try {
      run(say);
    } catch (e) {
      if (!(e instanceof CalcError)) throw e;
    }
    return keys;
  };
  const law = CURRENT_LEGAL;
  const runs: [CalcId, (say: Say) => unknown][] = [
    ['overtime', (s) => computeOvertimePay({ basic: 1, dailyWage: 100_000, workWeek: 6, days: [{ dayType: 'workday', hours: 9 }, { dayType: 'workday', hours: 12 }, { dayType: 'holiday', hours: 13 }] }, law.overtime, s)],
    ['overtime', (s) => computeOvertimePay({ basic: 1, workWeek: 5, days: [{ dayType: 'holiday-shortest-day', hours: 1 }] }, law.overtime, s)],
    ['overtime', (s) => computeOvertimePay({ basic: -1, workWeek: 5, days: [] }, law.overtime, s)],
    ['overtime', (s) => computeOvertimePay({ basic: 1, workWeek: 5, days: [{ dayType: 'workday', hours: 1.5 }] }, law.overtime, s)],
    ['severance', (s) => computeSeverance({ startDate: '2000-01-31', endDate: '2020-02-29', monthlyWage: 1, reason: '57', leaveDays: 3, separationPay: 5 }, law.severance, s)],
    ['severance', (s) => computeSeverance({ startDate: '2000-01-31', endDate: '2020-02-29', monthlyWage: 1, reason: '50' }, law.severance, s)],
    ['severance', (s) => computeSeverance({ startDate: '2020-01-01', endDate: '2019-01-01', monthlyWage: 1, reason: '50' }, law.severance, s)],
    ['severance', (s) => computeSeverance({ startDate: '2019-01-01', endDate: '2020-01-01', monthlyWage: 1, reason: 'x' as never }, law.severance, s)],
    ['thr', (s) => computeThr({ startDate: '2025-01-01', holidayDate: '2026-03-20', monthlyWage: 1, endDate: '2026-03-01', endedBy: 'employer' }, law.thr, s)],
    ['thr', (s) => computeThr({ startDate: '2025-01-01', holidayDate: '2026-03-20', monthlyWage: 1, endDate: '2026-01-01', endedBy: 'employer' }, law.thr, s)],
    ['thr', (s) => computeThr({ startDate: '2025-01-01', holidayDate: '2026-03-20', monthlyWage: 1, contract: 'pkwt', endDate: '2026-01-01' }, law.thr, s)],
    ['thr', (s) => computeThr({ startDate: '2025-01-01', holidayDate: '2026-03-20', monthlyWage: 1, endDate: '2026-01-01', endedBy: 'worker' }, law.thr, s)],
    ['thr', (s) => computeThr({ startDate: '2026-03-01', holidayDate: '2026-03-20', monthlyWage: 1 }, law.thr, s)],
    ['thr', (s) => computeThr({ startDate: '2025-06-01', holidayDate: '2026-03-20', monthlyWage: 1 }, law.thr, s)],
    ['thr', (s) => computeThr({ startDate: '2025-06-01', holidayDate: '2026-03-20', monthlyWage: 1, endDate: '2026-01-01' }, law.thr, s)],
  ];
  it.each(runs.map(([calc, run], i) => [calc, i, run] as const))('%s run %i only uses messages of its group', (calc, _i, run) => {
    const keys = used(run);
    expect(keys.size).toBeGreaterThan(0);
    expect([...keys].filter((k) => !MESSAGE_GROUPS[calc].includes(k))).toEqual([]);
  });
});

describe('renderReport', () => {
  const report: Report = {
    totalLabel: 'Total',
    total: 'Rp 1',
    summary: 'Total: Rp 1.',
    headings: { inputs: 'In', steps: 'Steps', warnings: 'Warn', notes: 'Notes' },
    inputs: [{ label: 'Nama <b>', value: '"x" & \'y\'' }],
    steps: [{ label: 'A', work: '1 × 2', amount: 'Rp 2', article: 'Pasal 1' }, { label: 'B', work: 'w', amount: 'Rp 3' }],
    warnings: [],
    notes: ['<script>alert(1)</script>'],
  };

  it('escapes every text it is given', () => {
    const html = renderReport(report);
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain('Nama &lt;b&gt;');
    expect(html).toContain('&quot;x&quot; &amp; &#39;y&#39;');
    expect(escapeHtml('<a href="x">')).toBe('&lt;a href=&quot;x&quot;&gt;');
  });

  it('uses the heading level asked for, cites articles only where given, and shows warnings only when there are some', () => {
    const html = renderReport(report, 4);
    expect(html.match(/<h4>/g)).toHaveLength(3);
    expect(html.match(/<cite>/g)).toHaveLength(1);
    expect(html).not.toContain('calc-warnings');
    const warned = renderReport({ ...report, warnings: ['Hati-hati'] }, 3);
    expect(warned).toContain('<div class="calc-warnings"><h3>Warn</h3><ul><li>Hati-hati</li></ul></div>');
  });
});

describe('browser bundles stay small by construction', () => {
  // src/lib/calc/core/ and src/client/calc/ must not pull in the bilingual tables, the legal
  // data or the i18n tables (the page sends what the browser needs): type imports only.
  const dirs = ['src/lib/calc/core', 'src/client/calc'];
  const files = dirs.flatMap((d) => readdirSync(path.join(root, d)).map((f) => path.join(d, f)));
  it.each(files)('%s imports no text or legal data at run time', (file) => {
    const source = readFileSync(path.join(root, file), 'utf8');
    const valueImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(valueImports.filter((p) => /messages\.ts|data\/legal|i18n|calc\/index\.ts|calc\/page\.ts/.test(p))).toEqual([]);
  });
});
