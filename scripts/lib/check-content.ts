import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { z } from 'zod';
import { checkStoryBody, findHiddenCharacters } from '../../src/lib/mdx-safety.ts';
import { issuesToProblems, type Problem } from '../../src/lib/problems.ts';
import { toCalendarDate } from '../../src/schemas/common.ts';
import { createStorySchema, STORY_FIELDS } from '../../src/schemas/story.ts';
import { AuthorSchema, PageSchema, PlaceSchema, TopicSchema } from '../../src/schemas/taxonomy.ts';
import { COLLECTION_DIRS, findFieldLine, listFiles, storySlug } from './content-files.ts';

/** Limits that keep a contributor's mistake from hurting readers or the build. */
export const LIMITS = {
  /** A story file larger than this is refused (the longest real story is ~15 KB). */
  maxFileBytes: 200 * 1024,
  /** An image file larger than this is refused. */
  maxImageBytes: 15 * 1024 * 1024,
  /** Longest image side accepted, in pixels. */
  maxImageSide: 8000,
  /** A story dated more than this far ahead is refused. */
  futureToleranceMs: 24 * 60 * 60 * 1000,
};

const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif']);

/** What one run of the checker found. */
export interface CheckResult {
  problems: Problem[];
  counts: { stories: number; drafts: number; authors: number; topics: number; places: number; pages: number };
  /** Ids found, for later steps (CMS, tests). */
  ids: { stories: string[]; authors: string[]; topics: string[]; places: string[] };
}

/** Options for `checkContent`. */
export interface CheckOptions {
  /** The content folder (holds stories/, authors/, topics/, places/, pages/). */
  contentDir: string;
  /** Paths in messages are shown relative to this folder. */
  rootDir?: string;
  /** "Now" for the future-date rule (tests pin it). */
  now?: Date;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;

/** Read a file as strict UTF-8, reporting the first broken line. */
async function readText(abs: string, file: string, problems: Problem[]): Promise<string | null> {
  const bytes = await readFile(abs);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = loose.split('\n').findIndex((l) => l.includes('\uFFFD')) + 1;
    problems.push({ file, line: line || undefined, key: 'err.encoding', vars: { line: line || 1 } });
    return null;
  }
}

/** The 1-based line of the first `*alias` when parsed data refers to itself, else 0. */
function findCycle(data: unknown, text: string): number {
  const onPath = new Set<object>();
  const visit = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return false;
    if (onPath.has(v)) return true;
    onPath.add(v);
    const found = Object.values(v).some(visit);
    onPath.delete(v);
    return found;
  };
  if (!visit(data)) return 0;
  const line = text.split('\n').findIndex((l) => /(^|[\s[{,:-])\*[^\s,\]}]+/.test(l));
  return line + 1 || 1;
}

/** Parse YAML, reporting syntax errors with their line. */
function parseYaml(text: string, file: string, firstLine: number, problems: Problem[]): unknown {
  try {
    // CORE_SCHEMA keeps dates as text: js-yaml would silently turn 2026-02-30 into 2 March.
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
    // An alias that contains itself (`a: &x [*x]`) is legal YAML but endless data: refuse it here.
    const alias = findCycle(data, text);
    if (alias) {
      problems.push({ file, line: alias + firstLine - 1, key: 'err.yaml', vars: { reason: 'circular alias (&/*)', line: alias + firstLine - 1 } });
      return undefined;
    }
    return data;
  } catch (err) {
    const e = err as { reason?: string; mark?: { line?: number } };
    const line = (e.mark?.line ?? 0) + firstLine;
    problems.push({ file, line, key: 'err.yaml', vars: { reason: e.reason ?? String(err), line } });
    return undefined;
  }
}

/**
 * Astro's own front matter split (@astrojs/internal-helpers/frontmatter, used by
 * the MDX loader), reproduced exactly: the check must read a file the way the
 * build does, or a file could mean one thing to the check and another to the site.
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const ASTRO_DELIMITER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/** A story or page split as the build splits it. */
interface SplitFile {
  /** The raw front matter (starting right after the opening `---`), or null when there is none. */
  raw: string | null;
  /** File line of the opening delimiter: line 1 of `raw`. */
  firstLine: number;
  /** What the MDX compiler sees: the file with the front matter blanked to spaces, lines kept. */
  content: string;
  /** The front matter is TOML (`+++`), which stories do not use. */
  toml: boolean;
}

/** Split a story or page like Astro does (see ASTRO_FRONTMATTER). */
function splitLikeAstro(source: string): SplitFile {
  const m = ASTRO_FRONTMATTER.exec(source);
  if (!m) return { raw: null, firstLine: 1, content: source, toml: false };
  const delim = ASTRO_DELIMITER.exec(source)?.[1] ?? '---';
  const raw = m[1];
  const block = `${delim}${raw}${delim}`;
  const at = source.indexOf(block);
  const firstLine = source.slice(0, at).split('\n').length;
  const content = source.replace(block, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
  return { raw, firstLine, content, toml: delim === '+++' };
}

/**
 * The build parses front matter with js-yaml's default schema, which turns
 * date-like text into Dates; the check parses with the core schema to see the
 * text as written. Data that passed the check is validated again as the build
 * reads it, so a title such as `2026-10-01` is caught here, not in the build.
 */
function validateLikeBuild(raw: string, file: string, firstLine: number, schema: z.ZodType, problems: Problem[], knownFields: (p: readonly PropertyKey[]) => readonly string[]): void {
  let built: unknown;
  try {
    built = yaml.load(raw);
  } catch (err) {
    const e = err as { reason?: string; mark?: { line?: number } };
    const line = (e.mark?.line ?? 0) + firstLine;
    problems.push({ file, line, key: 'err.yaml', vars: { reason: e.reason ?? String(err), line } });
    return;
  }
  const result = schema.safeParse(built && typeof built === 'object' ? built : {});
  if (!result.success) problems.push(...issuesToProblems(result.error.issues, built, file, { lineOf: (p) => findFieldLine(raw, p, firstLine), knownFields }));
}

/** Check one image referenced by a story: inside the story folder, present, a real image of sane size. */
async function checkImage(src: string, storyAbs: string, file: string, line: number | undefined, field: string, problems: Problem[]): Promise<void> {
  const dir = path.dirname(storyAbs);
  const clean = src.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('/') || clean.startsWith('\\') || clean.split(/[\\/]/).includes('..')) {
    problems.push({ file, line, field, value: src, key: 'err.image.outside' });
    return;
  }
  let decoded = clean;
  try {
    decoded = decodeURI(clean);
  } catch {
    /* a stray % is part of the name */
  }
  const abs = path.resolve(dir, decoded);
  if (!abs.startsWith(dir + path.sep)) {
    problems.push({ file, line, field, value: src, key: 'err.image.outside' });
    return;
  }
  let size: number;
  try {
    const s = await stat(abs);
    if (!s.isFile()) throw new Error('not a file');
    size = s.size;
  } catch {
    problems.push({ file, line, field, value: src, key: 'err.image.missing' });
    return;
  }
  // A symlink (or a symlinked folder) could lead out of the story folder: compare real paths.
  const [realDir, realFile] = await Promise.all([realpath(dir), realpath(abs)]);
  if (!realFile.startsWith(realDir + path.sep)) {
    problems.push({ file, line, field, value: src, key: 'err.image.outside' });
    return;
  }
  if (size > LIMITS.maxImageBytes) {
    problems.push({ file, line, field, value: src, key: 'err.image.tooBig', vars: { size: mb(size), max: mb(LIMITS.maxImageBytes) } });
    return;
  }
  try {
    const meta = await sharp(abs, { failOn: 'error' }).metadata();
    if (!meta.format || !IMAGE_FORMATS.has(meta.format)) {
      problems.push({ file, line, field, value: src, key: 'err.image.format' });
      return;
    }
    if ((meta.width ?? 0) > LIMITS.maxImageSide || (meta.height ?? 0) > LIMITS.maxImageSide) {
      problems.push({ file, line, field, value: src, key: 'err.image.tooBig', vars: { size: `${meta.width}×${meta.height} px`, max: `${LIMITS.maxImageSide} px` } });
      return;
    }
    // Decode fully: a truncated file passes metadata() but breaks the build.
    await sharp(abs, { failOn: 'error' }).resize(8, 8).raw().toBuffer();
    // The build strips metadata from what it publishes, but the original stays in the
    // repository, public with its history: GPS position, phone model, owner's name.
    if (meta.exif || meta.xmp || meta.iptc) {
      const kinds = [meta.exif && 'EXIF', meta.xmp && 'XMP', meta.iptc && 'IPTC'].filter(Boolean).join(', ');
      problems.push({ file, line, field, value: src, key: 'err.image.metadata', vars: { kinds } });
    }
  } catch {
    problems.push({ file, line, field, value: src, key: 'err.image.corrupt' });
  }
}

/** The cover `src` as the checker sees it: a non-empty relative path string (the file itself is checked separately). */
const CoverSrcSchema = z.string({ error: 'err.image.missing' }).trim().min(1, { error: 'err.image.missing' });
const StoryCheckSchema = createStorySchema(CoverSrcSchema);

/** Known keys of each nested object of a story, for unknown-field hints. */
function storyKnownFields(p: readonly PropertyKey[]): readonly string[] {
  if (p[0] === 'cover') return ['src', 'alt', 'credit'];
  if (p[0] === 'poster') return ['headline', 'points', 'callToAction'];
  return STORY_FIELDS;
}

/** Run one file's checks; anything unexpected becomes a problem for that file instead of ending the run. */
async function guarded(file: string, problems: Problem[], run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    problems.push({ file, key: 'err.internal', vars: { reason: String((err as Error)?.message ?? err).replace(/\s+/g, ' ').slice(0, 160) } });
  }
}

/** Hidden characters in front matter or data files (bodies are covered by the MDX check). */
function pushHidden(text: string, firstLine: number, file: string, problems: Problem[]): void {
  for (const p of findHiddenCharacters(text, firstLine)) problems.push({ file, line: p.line, value: p.value, key: p.key });
}

/** Every symbolic link below `dir`: the build would follow them, possibly out of the content folder. */
async function findSymlinks(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(abs: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = path.join(abs, e.name);
      if (e.isSymbolicLink()) out.push(child);
      else if (e.isDirectory()) await walk(child);
    }
  }
  if ((await lstat(dir).catch(() => null))?.isSymbolicLink()) return [dir];
  await walk(dir);
  return out.sort();
}

/** A story address: lowercase letters, digits and single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validate a YAML data collection (authors, topics, places). */
async function checkDataCollection(
  contentDir: string,
  rootDir: string,
  dir: string,
  schema: z.ZodType,
  problems: Problem[],
): Promise<string[]> {
  const base = path.join(contentDir, dir);
  const files = await listFiles(base, (n) => /\.(ya?ml)$/i.test(n));
  const ids: string[] = [];
  for (const rel of files) {
    const abs = path.join(base, rel);
    const file = path.relative(rootDir, abs);
    ids.push(rel.replace(/\.(ya?ml)$/i, ''));
    await guarded(file, problems, async () => {
      const size = (await stat(abs)).size;
      if (size > LIMITS.maxFileBytes) {
        problems.push({ file, key: 'err.fileTooBig', vars: { size: kb(size), max: kb(LIMITS.maxFileBytes) } });
        return;
      }
      const text = await readText(abs, file, problems);
      if (text === null) return;
      pushHidden(text, 1, file, problems);
      const data = parseYaml(text, file, 1, problems);
      if (data === undefined && problems.some((p) => p.file === file)) return;
      const result = schema.safeParse(data ?? {});
      const keys = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
      if (!result.success) {
        problems.push(...issuesToProblems(result.error.issues, data, file, { lineOf: (p) => findFieldLine(text, p, 1), knownFields: () => keys }));
      } else {
        validateLikeBuild(text, file, 1, schema, problems, () => keys);
      }
    });
  }
  return ids;
}

/** What the story loop needs to know about the rest of the content. */
interface StoryContext {
  authors: string[];
  topics: string[];
  places: string[];
  now: Date;
}

/** Check one story file: front matter, references, dates, images and the MDX body. Returns whether it is a valid draft. */
async function checkStoryFile(abs: string, file: string, ctx: StoryContext, problems: Problem[]): Promise<boolean> {
  let draft = false;
  const size = (await stat(abs)).size;
  if (size > LIMITS.maxFileBytes) {
    problems.push({ file, key: 'err.fileTooBig', vars: { size: kb(size), max: kb(LIMITS.maxFileBytes) } });
    return false;
  }
  const source = await readText(abs, file, problems);
  if (source === null) return false;
  const { raw: frontmatter, firstLine, content, toml } = splitLikeAstro(source);
  if (frontmatter === null) {
    problems.push({ file, line: 1, key: 'err.frontmatter.missing' });
  } else if (toml) {
    problems.push({ file, line: firstLine, key: 'err.yaml', vars: { reason: 'TOML (+++)', line: firstLine } });
  } else {
    pushHidden(frontmatter, firstLine, file, problems);
    const data = parseYaml(frontmatter, file, firstLine, problems);
    if (data !== undefined || !problems.some((p) => p.file === file && p.key === 'err.yaml')) {
      const lineOf = (p: readonly PropertyKey[]) => findFieldLine(frontmatter, p, firstLine);
      const result = StoryCheckSchema.safeParse(data ?? {});
      if (!result.success) {
        problems.push(...issuesToProblems(result.error.issues, data, file, { lineOf, knownFields: storyKnownFields }));
      } else {
        validateLikeBuild(frontmatter, file, firstLine, StoryCheckSchema, problems, storyKnownFields);
      }
      const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
      const story = result.success ? result.data : undefined;
      draft = story?.draft === true;
      // References: every id must exist.
      const refs: [string, unknown, string[], 'err.ref.author' | 'err.ref.topic' | 'err.ref.place'][] = [
        ['authors', d.authors, ctx.authors, 'err.ref.author'],
        ['topics', d.topics, ctx.topics, 'err.ref.topic'],
        ['place', d.place, ctx.places, 'err.ref.place'],
      ];
      for (const [field, value, known, key] of refs) {
        const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
        list.forEach((v, i) => {
          if (typeof v === 'string' && /^[a-z0-9-]+$/.test(v.trim()) && !known.includes(v.trim())) {
            problems.push({ file, line: lineOf([field]), field: Array.isArray(value) ? `${field}.${i}` : field, value: v, key, vars: { known: known.join(', ') } });
          }
        });
      }
      // Dates: not in the future (drafts may be scheduled).
      const date = toCalendarDate(d.date);
      if (date && !draft && d.draft !== true && date.getTime() > ctx.now.getTime() + LIMITS.futureToleranceMs) {
        problems.push({ file, line: lineOf(['date']), field: 'date', value: date.toISOString().slice(0, 10), key: 'err.date.future' });
      }
      const updated = toCalendarDate(d.updated);
      if (updated && date && updated < date) {
        const existing = problems.find((p) => p.file === file && p.key === 'err.updated.beforeDate');
        if (existing) existing.vars = { ...existing.vars, date: date.toISOString().slice(0, 10) };
        if (existing && existing.value instanceof Date) existing.value = updated.toISOString().slice(0, 10);
      }
      // Cover image on disk.
      const cover = d.cover as Record<string, unknown> | undefined;
      if (cover && typeof cover === 'object' && typeof cover.src === 'string' && cover.src.trim()) {
        await checkImage(cover.src, abs, file, lineOf(['cover', 'src']), 'cover.src', problems);
      }
    }
  }
  // The body: data, not code. `content` keeps the file's lines, so positions need no offset.
  const bodyLine = frontmatter === null ? 1 : firstLine + frontmatter.split('\n').length;
  if (!content.trim()) problems.push({ file, line: bodyLine, key: 'err.empty' });
  const report = checkStoryBody(content);
  for (const p of report.problems) problems.push({ file, line: p.line, value: p.value, key: p.key, vars: p.vars });
  for (const img of report.images) await checkImage(img.src, abs, file, img.line, '', problems);
  return draft;
}

/** Check one standalone page (about, writing guide, privacy): front matter and the same body rules as stories. */
async function checkPageFile(abs: string, file: string, problems: Problem[]): Promise<void> {
  const size = (await stat(abs)).size;
  if (size > LIMITS.maxFileBytes) {
    problems.push({ file, key: 'err.fileTooBig', vars: { size: kb(size), max: kb(LIMITS.maxFileBytes) } });
    return;
  }
  const source = await readText(abs, file, problems);
  if (source === null) return;
  const { raw: frontmatter, firstLine, content, toml } = splitLikeAstro(source);
  if (frontmatter === null || toml) {
    problems.push({ file, line: 1, key: 'err.frontmatter.missing' });
    return;
  }
  pushHidden(frontmatter, firstLine, file, problems);
  const data = parseYaml(frontmatter, file, firstLine, problems);
  const result = PageSchema.safeParse(data ?? {});
  if (!result.success) {
    problems.push(...issuesToProblems(result.error.issues, data, file, { lineOf: (p) => findFieldLine(frontmatter, p, firstLine), knownFields: () => Object.keys(PageSchema.shape) }));
  } else {
    validateLikeBuild(frontmatter, file, firstLine, PageSchema, problems, () => Object.keys(PageSchema.shape));
  }
  const report = checkStoryBody(content);
  for (const p of report.problems) problems.push({ file, line: p.line, value: p.value, key: p.key, vars: p.vars });
  for (const img of report.images) await checkImage(img.src, abs, file, img.line, '', problems);
}

/**
 * Check all content at once and return every problem found: front matter against
 * the schemas, ids against the collections, images on disk, and contributor MDX
 * against the safety rules. Nothing stops at the first problem, and a file that
 * trips the checker itself is reported, not fatal.
 */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const contentDir = path.resolve(options.contentDir);
  const rootDir = path.resolve(options.rootDir ?? process.cwd());
  const now = options.now ?? new Date();
  const problems: Problem[] = [];

  for (const link of await findSymlinks(contentDir)) {
    problems.push({ file: path.relative(rootDir, link), key: 'err.symlink', value: path.relative(contentDir, link) });
  }

  const authors = await checkDataCollection(contentDir, rootDir, COLLECTION_DIRS.authors, AuthorSchema, problems);
  const topics = await checkDataCollection(contentDir, rootDir, COLLECTION_DIRS.topics, TopicSchema, problems);
  const places = await checkDataCollection(contentDir, rootDir, COLLECTION_DIRS.places, PlaceSchema, problems);

  const storiesDir = path.join(contentDir, COLLECTION_DIRS.stories);
  const storyFiles = await listFiles(storiesDir, (n) => /\.mdx?$/i.test(n));
  const slugs = new Map<string, string[]>();
  let drafts = 0;
  const storyIds: string[] = [];
  const ctx: StoryContext = { authors, topics, places, now };

  for (const rel of storyFiles) {
    const abs = path.join(storiesDir, rel);
    const file = path.relative(rootDir, abs);
    const slug = storySlug(rel);
    slugs.set(slug, [...(slugs.get(slug) ?? []), file]);
    storyIds.push(slug);
    if (!SLUG.test(slug)) problems.push({ file, key: 'err.slug', value: slug });
    await guarded(file, problems, async () => {
      if (await checkStoryFile(abs, file, ctx, problems)) drafts++;
    });
  }

  for (const [slug, files] of slugs) {
    if (files.length > 1) {
      for (const file of files) problems.push({ file, key: 'err.duplicateSlug', value: slug, vars: { files: files.join(', ') } });
    }
  }

  // Pages: about, writing guide, privacy.
  const pagesDir = path.join(contentDir, COLLECTION_DIRS.pages);
  const pageFiles = await listFiles(pagesDir, (n) => /\.mdx?$/i.test(n));
  for (const rel of pageFiles) {
    const abs = path.join(pagesDir, rel);
    const file = path.relative(rootDir, abs);
    await guarded(file, problems, () => checkPageFile(abs, file, problems));
  }

  if (!authors.includes('redaksi')) {
    problems.push({ file: path.relative(rootDir, path.join(contentDir, 'authors', 'redaksi.yaml')), key: 'err.required', field: 'redaksi', vars: { field: 'content/authors/redaksi.yaml' } });
  }

  return {
    problems,
    counts: { stories: storyFiles.length, drafts, authors: authors.length, topics: topics.length, places: places.length, pages: pageFiles.length },
    ids: { stories: storyIds, authors, topics, places },
  };
}
