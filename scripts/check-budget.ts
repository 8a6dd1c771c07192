// `npm run check:budget`: measure every HTML page in the build output (default
// MADING_OUT_DIR or dist/) and the files it references, against the budgets in
// shared/DESIGN.md. Prints the largest page of each kind, then a table of
// offenders with a one-line fix per rule; exits 1 when any budget is broken.
//   node scripts/check-budget.ts [--dist <dir>] [--json <file>] [--max-rows <n>]
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { config } from '../src/lib/config.ts';
import {
  POLICY, RULE_FIX, formatBytes, formatTable, judgePage, largestByKind, measurePage, pagePathFor, quantile,
  type AssetReader, type FileSize, type PageMeasure, type RuleId, type Violation,
} from './lib/budget.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    json: { type: 'string' },
    'max-rows': { type: 'string', default: '40' },
  },
});
const distDir = path.resolve(values.dist ?? process.env.MADING_OUT_DIR ?? 'dist');
if (!existsSync(distDir)) {
  console.error(`✗ No build at ${distDir}. Run \`npm run build\` first (or pass --dist <folder>).`);
  process.exit(1);
}

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const brotli = (data: Buffer | string) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }).length;

// Files are shared by many pages (one script, one cover): read and compress each once.
const sizes = new Map<string, FileSize | undefined>();
const texts = new Map<string, string | undefined>();
const fileFor = (pathname: string) => {
  const file = path.join(distDir, pathname);
  return file.startsWith(distDir) && existsSync(file) && statSync(file).isFile() ? file : undefined;
};
const reader: AssetReader = {
  size(pathname) {
    if (!sizes.has(pathname)) {
      const file = fileFor(pathname);
      const data = file ? readFileSync(file) : undefined;
      sizes.set(pathname, data ? { raw: data.length, gzip: /\.(avif|webp|jpe?g|png|gif|woff2?)$/i.test(pathname) ? data.length : gzip(data) } : undefined);
    }
    return sizes.get(pathname);
  },
  text(pathname) {
    if (!texts.has(pathname)) {
      const file = fileFor(pathname);
      texts.set(pathname, file ? readFileSync(file, 'utf8') : undefined);
    }
    return texts.get(pathname);
  },
  gzip,
};

const started = performance.now();
const htmlFiles = (readdirSync(distDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
const pages: PageMeasure[] = [];
const violations: Violation[] = [];
for (const rel of htmlFiles) {
  const page = measurePage(pagePathFor(rel), readFileSync(path.join(distDir, rel), 'utf8'), reader, config.url);
  pages.push(page);
  violations.push(...judgePage(page));
}
const brotliOf = (page: PageMeasure) => brotli(readFileSync(path.join(distDir, page.path.endsWith('/') ? `${page.path}index.html` : page.path)));

// Largest page of each kind, so every CI log shows where the bytes go.
const kinds = largestByKind(pages);
console.log(`Byte budget: ${pages.length} pages in ${distDir} (gzip -9; brotli -q 11 for the largest of each kind)\n`);
console.log(
  formatTable(
    ['kind', 'pages', 'largest', 'html', 'gzip', 'brotli', '+blocking', 'budget', 'js gzip'],
    kinds.map(({ kind, count, largest }) => {
      const budget = POLICY[kind].exempt ? 'exempt' : POLICY[kind].firstFlight ? formatBytes(POLICY[kind].firstFlight!) : '—';
      const maxJs = Math.max(...pages.filter((p) => p.kind === kind).map((p) => p.jsGzip));
      const blocking = largest.firstFlight - largest.htmlGzip;
      return [kind, String(count), largest.path, formatBytes(largest.htmlRaw), formatBytes(largest.htmlGzip), formatBytes(brotliOf(largest)), blocking ? formatBytes(blocking) : '0', budget, maxJs ? formatBytes(maxJs) : '0'];
    }),
    [false, true, false, true, true, true, true, true, true],
  ),
);
console.log('(html: raw size; gzip and brotli: the HTML with its inlined CSS; +blocking: gzip of render-blocking files, counted in the budget)');
const flights = pages.filter((p) => !POLICY[p.kind].exempt).map((p) => p.firstFlight);
console.log(`\nmedian page ${formatBytes(quantile(flights, 0.5))} gzip, 95th percentile ${formatBytes(quantile(flights, 0.95))}, max ${formatBytes(Math.max(...flights))}`);

// Covers: the file a 360 px phone downloads, per format.
const covers = pages.flatMap((p) => p.covers.map((c) => ({ ...c, page: p.path })));
if (covers.length) {
  const byType = new Map<string, (typeof covers)[number]>();
  for (const c of covers) if (!byType.has(c.type) || byType.get(c.type)!.bytes < c.bytes) byType.set(c.type, c);
  const storiesWithCover = new Set(covers.map((c) => c.page)).size;
  console.log(
    `covers at 360 px (${storiesWithCover} stories), largest: ${[...byType].map(([type, c]) => `${type.replace('image/', '')} ${formatBytes(c.bytes)}`).join(', ')} (budget ${formatBytes(POLICY.story.coverAt360!)})`,
  );
}

if (values.json) {
  writeFileSync(values.json, JSON.stringify({ distDir, pages, violations, kinds: kinds.map((k) => ({ kind: k.kind, count: k.count, largest: k.largest.path, firstFlight: k.largest.firstFlight })) }, null, 2));
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (!violations.length) {
  console.log(`\n✓ All budgets met on ${pages.length} pages (${seconds} s).`);
  process.exit(0);
}

const maxRows = Number(values['max-rows']);
const show = (v: Violation) => (/^(first-flight|javascript|cover-360)$/.test(v.rule) ? formatBytes(v.actual) : String(v.actual));
const showBudget = (v: Violation) => (/^(first-flight|javascript|cover-360)$/.test(v.rule) ? formatBytes(v.budget) : String(v.budget));
console.error(`\n✗ ${violations.length} budget problem(s) on ${new Set(violations.map((v) => v.page)).size} page(s):\n`);
console.error(
  formatTable(
    ['page', 'kind', 'rule', 'actual', 'budget', 'detail'],
    violations.slice(0, maxRows).map((v) => [v.page, v.kind, v.rule, show(v), showBudget(v), v.detail.length > 90 ? `${v.detail.slice(0, 87)}...` : v.detail]),
    [false, false, false, true, true, false],
  ),
);
if (violations.length > maxRows) console.error(`... and ${violations.length - maxRows} more (pass --json <file> for all).`);
console.error('\nHow to fix:');
for (const rule of new Set(violations.map((v) => v.rule)) as Set<RuleId>) console.error(`  ${rule}: ${RULE_FIX[rule]}`);
process.exit(1);
