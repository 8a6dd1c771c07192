import { readFile } from 'node:fs/promises';
import { parse } from 'smol-toml';

/** One `[[headers]]` rule of netlify.toml. */
export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

/** Read the `[[headers]]` rules from netlify.toml. */
export async function loadNetlifyHeaders(file: string): Promise<HeaderRule[]> {
  const toml = parse(await readFile(file, 'utf8')) as { headers?: { for: string; values?: Record<string, string> }[] };
  return (toml.headers ?? []).map((h) => ({ for: h.for, values: h.values ?? {} }));
}

/** True when a Netlify path pattern (`/*`, `/_astro/*`, `/admin/`) matches `pathname`. */
export function matchesNetlifyPath(pattern: string, pathname: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(pathname);
}

/** The headers Netlify would send for `pathname`: every matching rule, later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (matchesNetlifyPath(rule.for, pathname)) Object.assign(out, rule.values);
  return out;
}
