import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { z } from 'zod';
import { checkStoryBody } from '../../src/lib/mdx-safety.ts';
import { issuesToProblems, type Problem } from '../../src/lib/problems.ts';
import { toCalendarDate } from '../../src/schemas/common.ts';
import { createStorySchema, STORY_FIELDS } from '../../src/schemas/story.ts';
import { AuthorSchema, PageSchema, PlaceSchema, TopicSchema } from '../../src/schemas/taxonomy.ts';
import { COLLECTION_DIRS, findFieldLine, listFiles, splitFrontmatter, storySlug } from './content-files.ts';

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

/** Parse YAML, reporting syntax errors with their line. */
function parseYaml(text: string, file: string, firstLine: number, problems: Problem[]): unknown {
  try {
    // CORE_SCHEMA keeps dates as text: js-yaml would silently turn 2026-02-30 into 2 March.
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
  } catch (err) {
    const e = err as { reason?: string; mark?: { line?: number } };
    const line = (e.mark?.line ?? 0) + firstLine;
    problems.push({ file, line, key: 'err.yaml', vars: { reason: e.reason ?? String(err), line } });
    return undefined;
  }
}

/** Check one image referenced by a story: inside the story folder, present, a real image of sane size. */
async function checkImage(src: string, storyAbs: string, file: string, line: number | undefined, field: string, problems: Problem[]): Promise<void> {
  const dir = path.dirname(storyAbs);
  const clean = src.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('/') || clean.startsWith('\\') || clean.split(/[\\/]/).includes('..')) {
    problems.push({ file, line, field, value: src, key: 'err.image.outside' });
    return;
  }
  const abs = path.resolve(dir, decodeURI(clean));
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
    const text = await readText(abs, file, problems);
    if (text === null) continue;
    const data = parseYaml(text, file, 1, problems);
    if (data === undefined && problems.some((p) => p.file === file)) continue;
    const result = schema.safeParse(data ?? {});
    if (!result.success) {
      const keys = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
      problems.push(...issuesToProblems(result.error.issues, data, file, { lineOf: (p) => findFieldLine(text, p, 1), knownFields: () => keys }));
    }
    ids.push(rel.replace(/\.(ya?ml)$/i, ''));
  }
  return ids;
}

/**
 * Check all content at once and return every problem found: front matter against
 * the schemas, ids against the collections, images on disk, and contributor MDX
 * against the safety rules. Nothing stops at the first problem.
 */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const contentDir = path.resolve(options.contentDir);
  const rootDir = path.resolve(options.rootDir ?? process.cwd());
  const now = options.now ?? new Date();
  const problems: Problem[] = [];

  const authors = await checkDataCollection(contentDir, rootDir, COLLECTION_DIRS.authors, AuthorSchema, problems);
  const topics = await checkDataCollection(contentDir, rootDir, COLLECTION_DIRS.topics, TopicSchema, problems);
  const places = await checkDataCollection(contentDir, rootDir, COLLECTION_DIRS.places, PlaceSchema, problems);

  const storiesDir = path.join(contentDir, COLLECTION_DIRS.stories);
  const storyFiles = await listFiles(storiesDir, (n) => /\.mdx?$/i.test(n));
  const slugs = new Map<string, string[]>();
  let drafts = 0;
  const storyIds: string[] = [];

  for (const rel of storyFiles) {
    const abs = path.join(storiesDir, rel);
    const file = path.relative(rootDir, abs);
    const slug = storySlug(rel);
    slugs.set(slug, [...(slugs.get(slug) ?? []), file]);
    storyIds.push(slug);
    const size = (await stat(abs)).size;
    if (size > LIMITS.maxFileBytes) {
      problems.push({ file, key: 'err.fileTooBig', vars: { size: kb(size), max: kb(LIMITS.maxFileBytes) } });
      continue;
    }
    const source = await readText(abs, file, problems);
    if (source === null) continue;
    const { frontmatter, body, bodyLineOffset } = splitFrontmatter(source);
    if (frontmatter === null) {
      problems.push({ file, line: 1, key: 'err.frontmatter.missing' });
    } else {
      const data = parseYaml(frontmatter, file, 2, problems);
      if (data !== undefined || !problems.some((p) => p.file === file && p.key === 'err.yaml')) {
        const lineOf = (p: readonly PropertyKey[]) => findFieldLine(frontmatter, p);
        const result = StoryCheckSchema.safeParse(data ?? {});
        if (!result.success) {
          problems.push(...issuesToProblems(result.error.issues, data, file, { lineOf, knownFields: storyKnownFields }));
        }
        const d = (data ?? {}) as Record<string, unknown>;
        const story = result.success ? result.data : undefined;
        if (story?.draft) drafts++;
        // References: every id must exist.
        const refs: [string, unknown, string[], 'err.ref.author' | 'err.ref.topic' | 'err.ref.place'][] = [
          ['authors', d.authors, authors, 'err.ref.author'],
          ['topics', d.topics, topics, 'err.ref.topic'],
          ['place', d.place, places, 'err.ref.place'],
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
        if (date && !story?.draft && d.draft !== true && date.getTime() > now.getTime() + LIMITS.futureToleranceMs) {
          problems.push({ file, line: lineOf(['date']), field: 'date', value: date.toISOString().slice(0, 10), key: 'err.date.future' });
        }
        // Cover image on disk.
        const cover = d.cover as Record<string, unknown> | undefined;
        if (cover && typeof cover === 'object' && typeof cover.src === 'string' && cover.src.trim()) {
          await checkImage(cover.src, abs, file, lineOf(['cover', 'src']), 'cover.src', problems);
        }
      }
    }
    // The body: data, not code.
    if (!body.trim()) problems.push({ file, line: bodyLineOffset + 1, key: 'err.empty' });
    const report = checkStoryBody(body, bodyLineOffset);
    for (const p of report.problems) problems.push({ file, line: p.line, value: p.value, key: p.key, vars: p.vars });
    for (const img of report.images) await checkImage(img.src, abs, file, img.line, '', problems);
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
    const source = await readText(abs, file, problems);
    if (source === null) continue;
    const { frontmatter, body, bodyLineOffset } = splitFrontmatter(source);
    if (frontmatter === null) {
      problems.push({ file, line: 1, key: 'err.frontmatter.missing' });
      continue;
    }
    const data = parseYaml(frontmatter, file, 2, problems);
    const result = PageSchema.safeParse(data ?? {});
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, data, file, { lineOf: (p) => findFieldLine(frontmatter, p), knownFields: () => Object.keys(PageSchema.shape) }));
    }
    for (const p of checkStoryBody(body, bodyLineOffset).problems) problems.push({ file, line: p.line, value: p.value, key: p.key, vars: p.vars });
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
