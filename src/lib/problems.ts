import type { z } from 'zod';
import { translate, type UiKey } from '../i18n/index.ts';

/** One content problem: where it is, what is wrong, the value found, and (through `key + '.fix'`) how to fix it. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted field path, e.g. `cover.alt` or `topics.1`. */
  field?: string;
  /** The value found (shown quoted). */
  value?: unknown;
  /** The i18n key of the message; `${key}.fix` holds the fix. */
  key: UiKey;
  /** Extra placeholders for the message. */
  vars?: Record<string, string | number>;
}

type Issue = z.core.$ZodIssue;

/** Follow a path into plain data. */
export function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** Which localized type word goes with a zod `expected`. */
function typeWord(expected: unknown): UiKey {
  switch (expected) {
    case 'string': return 'type.string';
    case 'array': return 'type.array';
    case 'object': return 'type.object';
    case 'boolean': return 'type.boolean';
    case 'number': case 'int': return 'type.number';
    case 'date': return 'type.date';
    default: return 'type.other';
  }
}

const KEYS_NEEDING_VALUE = new Set(['err.type', 'err.id.format', 'err.date.format', 'err.boolean', 'err.lang', 'err.string.short']);

/**
 * Turn zod issues into problems. Schema messages are i18n keys (`err.*`);
 * anything else falls back on the issue code. `knownFields` lists the keys of
 * the object at each path so unknown-field messages can suggest the right ones.
 */
export function issuesToProblems(
  issues: readonly Issue[],
  data: unknown,
  file: string,
  options: { lineOf?: (path: readonly PropertyKey[]) => number | undefined; knownFields?: (path: readonly PropertyKey[]) => readonly string[] } = {},
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        const path = [...issue.path, k];
        out.push({
          file,
          field: path.join('.'),
          line: options.lineOf?.(path),
          key: 'err.unknownField',
          value: getAt(data, path),
          vars: { known: (options.knownFields?.(issue.path) ?? []).join(', ') },
        });
      }
      continue;
    }
    const path = issue.path;
    const field = path.join('.');
    const value = getAt(data, path);
    let key = (issue.message?.startsWith('err.') ? issue.message : 'err.type') as UiKey;
    const vars: Record<string, string | number> = { field };
    if (value === undefined && KEYS_NEEDING_VALUE.has(key)) key = 'err.required';
    if (issue.code === 'invalid_type') vars.expected = issue.expected;
    if (issue.code === 'custom' && issue.params) Object.assign(vars, issue.params);
    if (issue.code === 'too_small') {
      vars.min = Number(issue.minimum);
      if (typeof value === 'string') vars.length = value.trim().length;
    }
    if (issue.code === 'too_big') {
      vars.max = Number(issue.maximum);
      if (typeof value === 'string') vars.length = value.trim().length;
    }
    out.push({ file, field, line: options.lineOf?.(path), key, value, vars });
  }
  return dedupe(out);
}

/** Drop repeated problems (a union can report the same field twice). */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.file}|${p.field}|${p.key}|${p.line}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Show a value the way a writer typed it: strings quoted, lists and objects as compact YAML-ish text. */
export function showValue(value: unknown, lang: string): string {
  if (value === undefined || value === null || value === '') return translate(lang, 'check.empty');
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
  const s = JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)) ?? String(value);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/** The message and fix of a problem, in `lang`. */
export function describeProblem(p: Problem, lang: string): { what: string; fix: string } {
  const vars: Record<string, string | number> = { field: p.field ?? '', value: typeof p.value === 'string' ? p.value : showValue(p.value, lang), ...p.vars };
  if (p.value instanceof Date) vars.value = showValue(p.value, lang);
  if (typeof vars.expected === 'string') vars.expected = translate(lang, typeWord(vars.expected));
  else if (p.key === 'err.type' && vars.expected === undefined) vars.expected = translate(lang, 'type.other');
  return { what: translate(lang, p.key, vars), fix: translate(lang, `${p.key}.fix` as UiKey, vars) };
}

/** Format every problem, grouped by file, as the text `npm run check` prints. */
export function formatProblems(problems: readonly Problem[], lang: string): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`✗ ${file}`);
    for (const p of list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const { what, fix } = describeProblem(p, lang);
      const where = [p.line ? translate(lang, 'check.line', { line: p.line }) : '', p.field ? `${translate(lang, 'check.field')} ${p.field}` : '']
        .filter(Boolean)
        .join(' · ');
      lines.push(`  ${where ? `${where}: ` : ''}${what}`);
      if (p.value !== undefined || p.field) lines.push(`      ${translate(lang, 'check.value')}: ${showValue(p.value, lang)}`);
      lines.push(`      ${translate(lang, 'check.fix')}: ${fix}`);
    }
    lines.push('');
  }
  lines.push(translate(lang, 'check.failed', { count: problems.length, files: byFile.size }));
  return lines.join('\n');
}
