// `npm run bench`: how the full build scales. Generates N synthetic stories
// (default 1000; `--stories 5000`) into a temporary content folder, builds the
// whole site with `npm run build` (pages, feeds, search index, social cards:
// every post-build step) into temporary folders, then builds again unchanged to
// time the incremental rebuild (content-layer and image caches). Prints build
// seconds, peak memory, pages per second, dist/ size, page sizes, the budget
// check on the big site and the bytes of a first search.
//   npm run bench -- [--stories 1000] [--cover-every 10] [--baseline] [--no-search] [--keep] [--json file] [--work dir]
// `--baseline` also builds the same stories with a bare Astro project.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { formatBytes, formatTable, quantile, type PageMeasure, type Violation } from './lib/budget.ts';
import { writeBaselineProject } from './lib/bench-baseline.ts';
import { writeBenchContent } from './lib/bench-content.ts';
import { folderSize, hasGnuTime, parseBuildPhases, runMeasured, type BuildPhases, type RunResult } from './lib/bench-measure.ts';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    'cover-every': { type: 'string', default: '10' },
    baseline: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    json: { type: 'string' },
    work: { type: 'string' },
  },
});
const stories = Number(values.stories);
const coverEvery = Number(values['cover-every']);
if (!Number.isInteger(stories) || stories < 1) {
  console.error(`✗ --stories must be a whole number above 0 (got "${values.stories}").`);
  process.exit(1);
}

const root = path.resolve(import.meta.dirname, '..');
// Astro writes its prerender bundle to <cwd>/.astro/.prerender when the out dir is
// outside the project, which other builds running at the same time share; a
// --work folder inside the project (e.g. .cache/bench, git-ignored) avoids that.
const work = values.work ? (mkdirSync(path.resolve(values.work), { recursive: true }), mkdtempSync(path.join(path.resolve(values.work), 'run-'))) : mkdtempSync(path.join(os.tmpdir(), 'mading-bench-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const cacheDir = path.join(work, 'cache');
const s = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(1)} s`);
const mib = (kb: number | undefined) => (kb === undefined ? '—' : `${(kb / 1024).toFixed(0)} MiB`);
const version = (pkg: string) => JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;

const env = { ...process.env, MADING_CONTENT_DIR: contentDir, MADING_OUT_DIR: outDir, MADING_CACHE_DIR: cacheDir, FORCE_COLOR: '0' };
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, pagefind ${version('pagefind')}, sharp ${version('sharp')}`;
console.log(`bench: ${stories} stories (a cover on every ${coverEvery || '—'}th) in ${work}\n  ${machine}\n  load average at start: ${load()}${hasGnuTime() ? '' : '\n  (no /usr/bin/time: peak memory from /proc sampling only)'}`);

// 1. Content.
let started = performance.now();
const generated = writeBenchContent({ stories, coverEvery, sourceDir: path.join(root, 'content'), targetDir: contentDir });
console.log(`  generated ${generated.stories} stories (${generated.withCover} with covers, ${formatBytes(generated.bytes)} of MDX) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** Run `npm run build` once, failing loudly with the log's tail. */
async function build(label: string): Promise<RunResult & { phases: BuildPhases }> {
  const logFile = path.join(work, `${label}.log`);
  const result = await runMeasured('npm', ['run', 'build', '--silent'], { cwd: root, env, logFile });
  if (result.exitCode !== 0) {
    console.error(`✗ ${label} build failed (exit ${result.exitCode}); last lines of ${logFile}:`);
    console.error(result.lines.slice(-30).map((l) => l.text).join('\n'));
    process.exit(1);
  }
  return { ...result, phases: parseBuildPhases(result.lines) };
}

// 2. Cold build, then 3. the same build again, unchanged.
const cold = await build('cold');
console.log(`  cold build ${s(cold.seconds)}`);
const warm = await build('rebuild');
console.log(`  unchanged rebuild ${s(warm.seconds)}`);

// 4. What came out.
const dist = folderSize(outDir);
const budgetJson = path.join(work, 'budget.json');
started = performance.now();
let budgetExit = 0;
try {
  execFileSync(process.execPath, ['scripts/check-budget.ts', '--dist', outDir, '--json', budgetJson], { cwd: root, stdio: 'ignore' });
} catch (err) {
  budgetExit = (err as { status: number }).status;
}
const budgetSeconds = (performance.now() - started) / 1000;
const report = JSON.parse(readFileSync(budgetJson, 'utf8')) as { pages: PageMeasure[]; violations: Violation[] };
const readable = report.pages.filter((p) => p.kind !== 'admin');
const flights = readable.map((p) => p.firstFlight);
const median = quantile(flights, 0.5);
const maxPage = readable.reduce((a, b) => (b.firstFlight > a.firstFlight ? b : a));
const medianPage = readable.find((p) => p.firstFlight === median)!;
const fileOf = (p: PageMeasure) => path.join(outDir, p.path.endsWith('/') ? `${p.path}index.html` : p.path);
const brotli = (p: PageMeasure) => brotliCompressSync(readFileSync(fileOf(p)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const storyFlights = readable.filter((p) => p.kind === 'story').map((p) => p.firstFlight);

// 5. A first search on the big index, in a real browser (the search engineer's helper).
let search: { bytes: number; requests: number; results: number; ms: number } | string = 'skipped (--no-search)';
if (!values['no-search']) {
  try {
    const { startServer } = await import('../tests/e2e/support/server.ts');
    const { measureFirstSearch } = await import('../tests/e2e/support/search-bytes.ts');
    const server = await startServer(outDir, { netlifyToml: path.join(root, 'netlify.toml') });
    try {
      const cost = await measureFirstSearch({ baseUrl: server.url, query: 'upah lembur' });
      search = { bytes: cost.bytes, requests: cost.requests.length, results: cost.results, ms: cost.ms };
    } finally {
      await server.close();
    }
  } catch (err) {
    search = `not measured: ${(err as Error).message.split('\n')[0]}`;
  }
}

// 6. The bare Astro baseline on the same stories.
let baseline: RunResult | undefined;
let baselinePages = 0;
if (values.baseline) {
  const project = writeBaselineProject({ root: path.join(work, 'baseline'), contentDir, nodeModules: path.join(root, 'node_modules') });
  baseline = await runMeasured(process.execPath, [project.astroBin, 'build', '--silent'], { cwd: project.root, env: { ...process.env, FORCE_COLOR: '0' }, logFile: path.join(work, 'baseline.log') });
  if (baseline.exitCode !== 0) {
    console.error(`✗ baseline build failed; see ${path.join(work, 'baseline.log')}`);
    console.error(baseline.lines.slice(-20).map((l) => l.text).join('\n'));
    process.exit(1);
  }
  baselinePages = folderSize(project.outDir).files;
}

// Report.
const pages = readable.length;
const ph = cold.phases;
const noImages = cold.seconds - (ph.images ?? 0);
console.log(`\nMading build, ${stories} stories → ${pages} HTML pages (load average now: ${load()})\n`);
console.log(
  formatTable(
    ['', 'cold', 'unchanged rebuild'],
    [
      ['total (npm run build)', s(cold.seconds), `${s(warm.seconds)} (${(cold.seconds / warm.seconds).toFixed(1)}× faster)`],
      ['  content check', s(ph.check), s(warm.phases.check)],
      ['  astro build', s(ph.astro), s(warm.phases.astro)],
      ['    content layer sync', s(ph.contentSync), s(warm.phases.contentSync)],
      ['    rendering pages', s(ph.routes), s(warm.phases.routes)],
      ['    images (astro:assets)', `${s(ph.images)} (${ph.imagesGenerated} made)`, `${s(warm.phases.images)} (${warm.phases.imagesReused} reused, ${warm.phases.imagesGenerated} made)`],
      ...Object.keys({ ...ph.postbuild, ...warm.phases.postbuild }).map((step) => [`  postbuild: ${step}`, s(ph.postbuild[step]), s(warm.phases.postbuild[step])]),
      ['CPU time (user + system)', s(cold.cpuSeconds), s(warm.cpuSeconds)],
      ['pages per second', (pages / cold.seconds).toFixed(0), (pages / warm.seconds).toFixed(0)],
      ['peak memory, largest process', mib(cold.maxRssKb), mib(warm.maxRssKb)],
      ['peak memory, whole tree (sampled)', mib(cold.treeRssKb), mib(warm.treeRssKb)],
    ],
    [false, true, true],
  ),
);
console.log(`\ndist/: ${formatBytes(dist.bytes)} in ${dist.files} files; largest parts: ${dist.top.slice(0, 6).map((t) => `${t.name} ${formatBytes(t.bytes)}`).join(', ')}`);
console.log(
  `pages (gzip -9 HTML with inlined CSS): median ${formatBytes(median)} (brotli ${formatBytes(brotli(medianPage))}), max ${formatBytes(maxPage.firstFlight)} ${maxPage.path} (brotli ${formatBytes(brotli(maxPage))}); stories median ${formatBytes(quantile(storyFlights, 0.5))}, max ${formatBytes(Math.max(...storyFlights))}`,
);
console.log(`budget check on this site: ${report.violations.length ? `✗ ${report.violations.length} problem(s)` : '✓ all met'} (${budgetSeconds.toFixed(1)} s${budgetExit ? `, exit ${budgetExit}` : ''})`);
console.log(typeof search === 'string' ? `first search: ${search}` : `first search ("upah lembur"): ${formatBytes(search.bytes)} in ${search.requests} requests, ${search.results} results, painted after ${search.ms} ms (loopback)`);
if (baseline) {
  console.log(
    `bare Astro baseline (one layout, one page per story, no images): ${s(baseline.seconds)} (CPU ${s(baseline.cpuSeconds)}) for ${baselinePages} files, peak ${mib(baseline.maxRssKb ?? baseline.treeRssKb)}; Mading/baseline = ${(cold.seconds / baseline.seconds).toFixed(1)}× (${(noImages / baseline.seconds).toFixed(1)}× without Mading's image phase)`,
  );
}
if (values.keep) console.log(`kept: ${work} (logs: cold.log, rebuild.log${baseline ? ', baseline.log' : ''})`);

if (values.json) {
  writeFileSync(
    values.json,
    JSON.stringify(
      {
        stories, coverEvery, withCover: generated.withCover, machine, pages,
        cold: { seconds: cold.seconds, cpuSeconds: cold.cpuSeconds, maxRssKb: cold.maxRssKb, treeRssKb: cold.treeRssKb, phases: cold.phases },
        rebuild: { seconds: warm.seconds, cpuSeconds: warm.cpuSeconds, maxRssKb: warm.maxRssKb, treeRssKb: warm.treeRssKb, phases: warm.phases },
        dist: { bytes: dist.bytes, files: dist.files, top: dist.top },
        pageGzip: { median, max: maxPage.firstFlight, maxPath: maxPage.path },
        budgetViolations: report.violations.length,
        search,
        baseline: baseline && { seconds: baseline.seconds, cpuSeconds: baseline.cpuSeconds, maxRssKb: baseline.maxRssKb, treeRssKb: baseline.treeRssKb },
      },
      null,
      2,
    ),
  );
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
