// `npm run new-story`: turn a /kirim/ submission (or answers typed in) into a draft
// story file. The decisions (slug, ids, safe body, front matter) are pure functions
// here; the script only asks questions and writes files.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import type { Problem } from '../../src/lib/problems.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';
import { checkContent } from './check-content.ts';
import { COLLECTION_DIRS, listFiles } from './content-files.ts';

/** An entry of a collection the story may point to: its id and the names people use for it. */
export interface KnownEntry {
  id: string;
  names: string[];
}

/** Authors, topics and places that exist in the content folder. */
export interface Known {
  authors: KnownEntry[];
  topics: KnownEntry[];
  places: KnownEntry[];
}

/** What a draft is made from: a submission, flags, or typed answers. */
export interface DraftInput {
  title?: string;
  lede?: string;
  story?: string;
  place?: string;
  topics?: string[];
  authors?: string[];
  penName?: string;
  contact?: string;
  photoAlt?: string;
  photoCredit?: string;
  /** Path of a photo to use as the cover (metadata is stripped). */
  photo?: string;
  slug?: string;
  /** Publication date, `YYYY-MM-DD`; today by default. */
  date?: string;
}

/** A draft ready to write, or the problems that stop it. */
export type DraftPlan =
  | { ok: true; slug: string; frontmatter: Record<string, unknown>; body: string; notes: Problem[] }
  | { ok: false; problems: Problem[] };

/** Longest slug we make from a title (URLs stay readable on a phone). */
export const SLUG_MAX = 80;
/** Where the stripped cover photo goes, beside index.mdx. */
export const COVER_FILE = 'cover.jpg';
/** Longest side of a cover photo written by new-story. */
export const COVER_MAX_SIDE = 2000;

/** Lowercase ASCII words joined by hyphens, cut at a word boundary: "Buruh Pabrik Mogok!" → "buruh-pabrik-mogok". */
export function slugify(text: string, max = SLUG_MAX): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}

/** Folded form of a name for matching: "Kab. Karawang" and "karawang" meet. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(kabupaten|kab|kota|kec|kecamatan)\b\.?/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The id of the entry a person meant by `value` (its id, or one of its names), if any. */
export function matchEntry(value: string, entries: readonly KnownEntry[]): string | undefined {
  const v = fold(value);
  if (!v) return undefined;
  return entries.find((e) => e.id === value.trim() || fold(e.id) === v || e.names.some((n) => fold(n) === v))?.id;
}

/** Characters a worker may type that MDX reads as code, and how each is written as plain text. */
const UNSAFE: [RegExp, string, string][] = [
  [/\{/g, '\\{', '{'],
  [/\}/g, '\\}', '}'],
  [/</g, '&lt;', '<'],
];

/**
 * Make plain text safe as an MDX story body: braces and `<` become literal
 * characters, lines that MDX would read as `import`/`export` are capitalised, and a
 * level-1 heading becomes level 2 (the headline is the only level 1).
 */
export function toSafeBody(text: string): { body: string; escaped: string[] } {
  const escaped: string[] = [];
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split('\n')
    .map((line) => {
      let out = line.replace(/[ \t]+$/, '');
      for (const [re, safe, raw] of UNSAFE) {
        out = out.replace(re, () => {
          escaped.push(raw);
          return safe;
        });
      }
      if (/^(import|export)\b/.test(out)) {
        escaped.push(out.slice(0, 6));
        out = out[0].toUpperCase() + out.slice(1);
      }
      if (/^#[ \t]/.test(out)) out = `#${out}`;
      return out;
    });
  const body = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { body: `${body}\n`, escaped };
}

/** A summary from the story's first sentences when the writer gave none (20–300 characters). */
export function deriveLede(story: string, min = 20, max = 300): string | undefined {
  const text = story.replace(/\s+/g, ' ').trim();
  const sentences = text.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [];
  let out = '';
  for (const s of sentences) {
    const next = `${out} ${s.trim()}`.trim();
    if (next.length > max) break;
    out = next;
    if (out.length >= min) break;
  }
  if (out.length < min) return text.length >= min ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : undefined;
  return out;
}

/** Today as `YYYY-MM-DD` in the newsroom's calendar (local time). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Decide the draft: slug, ids, front matter and body, or every problem with it.
 * `file` is the path shown in messages.
 */
export function planDraft(input: DraftInput, known: Known, options: { file?: string; now?: Date } = {}): DraftPlan {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const file = options.file ?? 'content/stories/<slug>/index.mdx';
  const list = (entries: KnownEntry[]) => entries.map((e) => e.id).join(', ');
  const need = (value: string | undefined, field: string, flag = field): value is string => {
    if (value?.trim()) return true;
    problems.push({ file, field, key: 'cms.newStory.missing', vars: { field, flag } });
    return false;
  };

  const title = input.title?.trim();
  const story = input.story?.trim();
  need(title, 'title');
  need(story, 'story', 'body-file');

  const slug = input.slug?.trim() || (title ? slugify(title) : '');
  if (slug && !ID_PATTERN.test(slug)) problems.push({ file, field: 'slug', value: slug, key: 'cms.newStory.badSlug' });

  let place: string | undefined;
  if (need(input.place, 'place')) {
    place = matchEntry(input.place, known.places);
    if (!place) problems.push({ file, field: 'place', value: input.place, key: 'cms.newStory.unknownPlace', vars: { known: list(known.places) } });
  }
  const topics: string[] = [];
  if (!input.topics?.length) need(undefined, 'topics');
  for (const t of input.topics ?? []) {
    const id = matchEntry(t, known.topics);
    if (id) {
      if (!topics.includes(id)) topics.push(id);
    } else problems.push({ file, field: 'topics', value: t, key: 'cms.newStory.unknownTopic', vars: { known: list(known.topics) } });
  }
  const authors: string[] = [];
  for (const a of input.authors?.length ? input.authors : []) {
    const id = matchEntry(a, known.authors);
    if (id) {
      if (!authors.includes(id)) authors.push(id);
    } else problems.push({ file, field: 'authors', value: a, key: 'cms.newStory.unknownAuthor', vars: { known: list(known.authors) } });
  }
  if (!input.authors?.length) {
    // A pen name that is already an author is used; otherwise the desk signs it.
    const pen = input.penName ? matchEntry(input.penName, known.authors) : undefined;
    authors.push(pen ?? 'redaksi');
    if (input.penName && !pen) notes.push({ file, key: 'cms.newStory.penName', vars: { name: input.penName, id: slugify(input.penName, 40) } });
  }
  if (input.contact) notes.push({ file, key: 'cms.newStory.contact' });
  if (input.photo && !input.photoAlt?.trim()) need(undefined, 'photoAlt', 'photo-alt');

  if (problems.length || !title || !story) return { ok: false, problems };

  const { body, escaped } = toSafeBody(story);
  if (escaped.length) notes.push({ file, key: 'cms.newStory.escaped', vars: { count: escaped.length, chars: [...new Set(escaped)].join(' ') } });
  const lede = input.lede?.trim() || deriveLede(story);
  const frontmatter: Record<string, unknown> = {
    title,
    ...(lede ? { lede } : {}),
    date: input.date ?? today(options.now),
    authors,
    place,
    topics,
    ...(input.photo
      ? { cover: { src: `./${COVER_FILE}`, alt: input.photoAlt!.trim(), ...(input.photoCredit?.trim() ? { credit: input.photoCredit.trim() } : {}) } }
      : {}),
    // Always a draft: nothing from outside is published without an editor.
    draft: true,
  };
  return { ok: true, slug, frontmatter, body, notes };
}

/** The story file: YAML front matter between `---` lines, then the body. */
export function renderStory(frontmatter: Record<string, unknown>, body: string): string {
  const fm = yaml.dump(frontmatter, { lineWidth: -1, noRefs: true, quotingType: '"' });
  return `---\n${fm}---\n\n${body}`;
}

/** Authors, topics and places that exist in `contentDir`, with their display names. */
export async function readKnown(contentDir: string): Promise<Known> {
  const read = async (dir: string, nameFields: string[]): Promise<KnownEntry[]> => {
    const base = path.join(contentDir, dir);
    const files = await listFiles(base, (n) => /\.ya?ml$/i.test(n));
    return Promise.all(
      files.map(async (f) => {
        const data = (yaml.load(await readFile(path.join(base, f), 'utf8')) ?? {}) as Record<string, unknown>;
        return { id: f.replace(/\.ya?ml$/i, ''), names: nameFields.map((k) => data[k]).filter((v): v is string => typeof v === 'string') };
      }),
    );
  };
  return {
    authors: await read(COLLECTION_DIRS.authors, ['name']),
    topics: await read(COLLECTION_DIRS.topics, ['label']),
    places: await read(COLLECTION_DIRS.places, ['name']),
  };
}

/** Re-encode a photo as JPEG without any metadata (EXIF, GPS, camera), upright and at most COVER_MAX_SIDE. */
export async function stripPhoto(src: string): Promise<Buffer> {
  return sharp(src, { failOn: 'error' })
    .rotate()
    .resize({ width: COVER_MAX_SIDE, height: COVER_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer();
}

/**
 * Write the draft into `contentDir/stories/<slug>/` after the real content check
 * passed on a staging copy (the known collections plus this story). Never
 * overwrites: an existing story folder is a problem, not a target.
 */
export async function writeDraft(
  contentDir: string,
  plan: Extract<DraftPlan, { ok: true }>,
  photo: string | undefined,
  rootDir = process.cwd(),
): Promise<{ ok: true; file: string } | { ok: false; problems: Problem[] }> {
  const target = path.join(contentDir, COLLECTION_DIRS.stories, plan.slug);
  const file = path.relative(rootDir, path.join(target, 'index.mdx'));
  const existing = (await listFiles(path.join(contentDir, COLLECTION_DIRS.stories), (n) => /\.mdx?$/i.test(n))).find(
    (f) => f.replace(/\.mdx?$/i, '').replace(/\/index$/i, '') === plan.slug,
  );
  if (existing) return { ok: false, problems: [{ file, key: 'cms.newStory.exists', vars: { slug: plan.slug, file: path.relative(rootDir, path.join(contentDir, COLLECTION_DIRS.stories, existing)) } }] };

  const files = new Map<string, string | Buffer>([['index.mdx', renderStory(plan.frontmatter, plan.body)]]);
  if (photo) {
    try {
      files.set(COVER_FILE, await stripPhoto(photo));
    } catch {
      return { ok: false, problems: [{ file, field: 'photo', value: photo, key: 'cms.newStory.photoMissing' }] };
    }
  }

  // Stage: the same check the build runs, over the real collections plus this story only.
  const stage = await mkdtemp(path.join(os.tmpdir(), 'mading-new-story-'));
  try {
    for (const dir of [COLLECTION_DIRS.authors, COLLECTION_DIRS.topics, COLLECTION_DIRS.places]) {
      await cp(path.join(contentDir, dir), path.join(stage, dir), { recursive: true }).catch(() => undefined);
    }
    const staged = path.join(stage, COLLECTION_DIRS.stories, plan.slug);
    await mkdir(staged, { recursive: true });
    for (const [name, data] of files) await writeFile(path.join(staged, name), data);
    const result = await checkContent({ contentDir: stage, rootDir: stage });
    const mine = result.problems.filter((p) => p.file.startsWith(`${COLLECTION_DIRS.stories}/`));
    if (mine.length) return { ok: false, problems: mine.map((p) => ({ ...p, file })) };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }

  // `recursive: false` makes a folder created meanwhile an error instead of a merge.
  await mkdir(path.dirname(target), { recursive: true });
  await mkdir(target);
  for (const [name, data] of files) await writeFile(path.join(target, name), data, { flag: 'wx' });
  return { ok: true, file };
}
