// Running a build and measuring it: wall time, peak memory (GNU time's largest
// process, and the sampled sum over the whole process tree, since Pagefind runs
// as its own process next to Node), and when each phase ended, read from the
// build's own log lines as they stream in.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One log line and when it arrived (ms after the command started). */
export interface TimedLine { ms: number; text: string }

/** What one measured command did. */
export interface RunResult {
  seconds: number;
  exitCode: number;
  /** Largest resident set of any one process, from `/usr/bin/time -v` (KiB), if available. */
  maxRssKb?: number;
  /** User + system CPU seconds of the whole command (GNU time): less sensitive to a busy machine than wall time. */
  cpuSeconds?: number;
  /** Peak of the summed resident sets of the command's process tree, sampled every 100 ms (KiB). */
  treeRssKb: number;
  lines: TimedLine[];
}

const GNU_TIME = '/usr/bin/time';
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** True when GNU time (with -v and -o) is installed. */
export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Resident set sizes (KiB) of `root` and all its descendants, from /proc. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // Field 4 (ppid) comes after the parenthesised command name, which may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pagesRss = Number(fields[21]);
      rss.set(Number(e), pagesRss * 4);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(e)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run a command, stream its output to `logFile` with timestamps, and measure it. */
export async function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; echo?: boolean }): Promise<RunResult> {
  const timeFile = `${options.logFile}.time`;
  const [cmd, argv] = hasGnuTime() ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(options.logFile);
  const lines: TimedLine[] = [];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let treeRssKb = 0;
  const sampler = setInterval(() => {
    treeRssKb = Math.max(treeRssKb, treeRss(child.pid!));
  }, 100);
  const onData = (buffer: string[]) => (chunk: Buffer) => {
    const ms = performance.now() - started;
    const parts = (buffer[0] + chunk.toString('utf8')).split('\n');
    buffer[0] = parts.pop() ?? '';
    for (const raw of parts) {
      const text = raw.replace(ANSI, '');
      lines.push({ ms, text });
      log.write(`${(ms / 1000).toFixed(2).padStart(7)}  ${text}\n`);
      if (options.echo) console.log(text);
    }
  };
  const outBuf = [''];
  const errBuf = [''];
  child.stdout.on('data', onData(outBuf));
  child.stderr.on('data', onData(errBuf));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  for (const rest of [outBuf[0], errBuf[0]]) if (rest) lines.push({ ms: seconds * 1000, text: rest.replace(ANSI, '') });
  await new Promise((resolve) => log.end(resolve));
  let maxRssKb: number | undefined;
  let cpuSeconds: number | undefined;
  if (existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    if (m) maxRssKb = Number(m[1]);
    const user = /User time \(seconds\): ([\d.]+)/.exec(report);
    const system = /System time \(seconds\): ([\d.]+)/.exec(report);
    if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
  }
  return { seconds, exitCode, maxRssKb, cpuSeconds, treeRssKb, lines };
}

/** Phases of `npm run build`, in seconds, read from its log. */
export interface BuildPhases {
  /** `npm run check` (content validation), from start to its summary line. */
  check?: number;
  /** Astro's content layer sync (glob loaders, schemas, the data store). */
  contentSync?: number;
  /** Astro rendering every page ("generating static routes"). */
  routes?: number;
  /** astro:assets image generation ("generating optimized images"). */
  images?: number;
  /** The whole `astro build`, from the end of the check to "[build] Complete!". */
  astro?: number;
  /** Each post-build step ("postbuild: NAME in X s"). */
  postbuild: Record<string, number>;
  /** Images generated vs reused from the cache. */
  imagesGenerated: number;
  imagesReused: number;
  /** Pages Astro reports having built. */
  pages?: number;
}

/** Seconds in an Astro duration: `757ms`, `1.62s`, `1m 32s`. */
export function parseAstroDuration(text: string): number | undefined {
  const m = /(?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.exec(text);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 60 + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
}

/** Read the phases from a build log (timestamps from runMeasured, durations from Astro's own lines). */
export function parseBuildPhases(lines: readonly TimedLine[]): BuildPhases {
  const phases: BuildPhases = { postbuild: {}, imagesGenerated: 0, imagesReused: 0 };
  const find = (re: RegExp) => lines.find((l) => re.test(l.text));
  const checkDone = find(/^✓ /);
  if (checkDone) phases.check = checkDone.ms / 1000;
  const syncStart = find(/\[content\] Syncing content/);
  const syncEnd = find(/\[content\] Synced content/);
  if (syncStart && syncEnd) phases.contentSync = (syncEnd.ms - syncStart.ms) / 1000;
  let section = '';
  for (const { text } of lines) {
    if (/generating static routes/.test(text)) section = 'routes';
    else if (/generating optimized images/.test(text)) section = 'images';
    const done = /✓ Completed in (.+)\.$/.exec(text.trim());
    if (done && !/\[build\]/.test(text) && (section === 'routes' || section === 'images')) {
      phases[section] = parseAstroDuration(done[1]);
      section = '';
    }
    if (/▶ .*\(reused cache entry\)/.test(text)) phases.imagesReused++;
    else if (/▶ .*\(before: /.test(text)) phases.imagesGenerated++;
    const step = /^postbuild: (.+) in ([\d.]+) s$/.exec(text.trim());
    if (step) phases.postbuild[step[1]] = Number(step[2]);
    const pages = /\[build\] (\d+) page\(s\) built in/.exec(text);
    if (pages) phases.pages = Number(pages[1]);
  }
  const complete = find(/\[build\] Complete!/);
  if (complete && checkDone) phases.astro = (complete.ms - checkDone.ms) / 1000;
  return phases;
}

/** Total bytes and files under a folder, and the biggest top-level entries. */
export function folderSize(dir: string): { bytes: number; files: number; top: { name: string; bytes: number; files: number }[] } {
  const top = new Map<string, { bytes: number; files: number }>();
  let bytes = 0;
  let files = 0;
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(path.join(dir, rel));
    if (!s.isFile()) continue;
    bytes += s.size;
    files++;
    const first = rel.includes(path.sep) ? `${rel.split(path.sep)[0]}/` : '(root files)';
    const entry = top.get(first) ?? { bytes: 0, files: 0 };
    entry.bytes += s.size;
    entry.files++;
    top.set(first, entry);
  }
  return { bytes, files, top: [...top].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.bytes - a.bytes) };
}
