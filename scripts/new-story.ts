// `npm run new-story`: make a draft story (content/stories/<slug>/index.mdx, draft: true)
// from a /kirim/ submission exported from Netlify (--from), from flags, or by asking.
// It never overwrites, strips the photo's metadata, and runs the real content check
// on the new file before writing it. Exit 0 when written, 1 on problems, 2 on bad usage.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { translate, type UiKey } from '../src/i18n/index.ts';
import { formatProblems, type Problem } from '../src/lib/problems.ts';
import { SubmissionSchema } from '../src/pages/kirim/_submission.ts';
import { planDraft, readKnown, writeDraft, type DraftInput, type Known } from './lib/new-story.ts';
import { resolveCliLang } from './lib/cli-lang.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    index: { type: 'string' },
    title: { type: 'string' },
    lede: { type: 'string' },
    'body-file': { type: 'string' },
    place: { type: 'string' },
    topics: { type: 'string' },
    author: { type: 'string', multiple: true },
    photo: { type: 'string' },
    'photo-alt': { type: 'string' },
    'photo-credit': { type: 'string' },
    slug: { type: 'string' },
    date: { type: 'string' },
    content: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const lang = await resolveCliLang(values.lang);
const t = (key: UiKey, vars?: Record<string, string | number>) => translate(lang, key, vars);

if (values.help) {
  console.log(t('cms.newStory.usage'));
  process.exit(0);
}

const contentDir = path.resolve(values.content ?? process.env.MADING_CONTENT_DIR ?? 'content');
const known = await readKnown(contentDir);
const split = (s?: string) => s?.split(',').map((x) => x.trim()).filter(Boolean);

/** A submission file: Netlify's API/export shape (`{ data, created_at }`), a list of them, or a flat object. */
async function readSubmission(file: string): Promise<DraftInput> {
  let json: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (Array.isArray(json)) {
    const i = Number(values.index ?? 0);
    if (!Number.isInteger(i) || !json[i]) {
      console.error(t('cms.newStory.usage'));
      process.exit(2);
    }
    json = json[i];
  }
  const record = json as { data?: unknown; created_at?: string };
  const result = SubmissionSchema.safeParse(record.data ?? record);
  if (!result.success) {
    const reason = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    console.error(formatProblems([{ file: path.relative(process.cwd(), file), key: 'cms.newStory.invalid', vars: { reason } }], lang!));
    process.exit(1);
  }
  const s = result.data;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(record.created_at ?? '')?.[0];
  return { title: s.title, story: s.story, place: s.place, topics: s.topics, photoAlt: s.photoAlt, penName: s.penName, contact: s.contact, ...(date ? { date } : {}) };
}

/** Ask for what is still missing, when someone is at the keyboard. */
async function ask(input: DraftInput, known: Known): Promise<DraftInput> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ids = (list: Known[keyof Known]) => list.map((e) => e.id).join(', ');
  const q = async (key: UiKey, vars?: Record<string, string>) => (await rl.question(`${t(key, vars)}: `)).trim() || undefined;
  try {
    const out = { ...input };
    out.title ??= await q('cms.newStory.ask.title');
    out.lede ??= await q('cms.newStory.ask.lede');
    out.place ??= await q('cms.newStory.ask.place', { known: ids(known.places) });
    if (!out.topics?.length) out.topics = split(await q('cms.newStory.ask.topics', { known: ids(known.topics) }));
    if (!out.authors?.length) out.authors = split(await q('cms.newStory.ask.authors', { known: ids(known.authors) }));
    if (!out.story) {
      console.log(`${t('cms.newStory.ask.body')}:`);
      const lines: string[] = [];
      let blank = 0;
      for await (const line of rl) {
        blank = line.trim() ? 0 : blank + 1;
        if (blank >= 2) break;
        lines.push(line);
      }
      out.story = lines.join('\n').trim() || undefined;
    }
    if (out.photo && !out.photoAlt) out.photoAlt = await q('cms.newStory.ask.photoAlt');
    return out;
  } finally {
    rl.close();
  }
}

let input: DraftInput = values.from ? await readSubmission(path.resolve(values.from)) : {};
// Flags win over the submission: the editor's corrections.
const flags: DraftInput = {
  title: values.title,
  lede: values.lede,
  story: values['body-file'] ? await readFile(path.resolve(values['body-file']), 'utf8') : undefined,
  place: values.place,
  topics: split(values.topics),
  authors: values.author?.flatMap((a) => split(a) ?? []),
  photo: values.photo ? path.resolve(values.photo) : undefined,
  photoAlt: values['photo-alt'],
  photoCredit: values['photo-credit'],
  slug: values.slug,
  date: values.date,
};
for (const [k, v] of Object.entries(flags)) if (v !== undefined && !(Array.isArray(v) && !v.length)) (input as Record<string, unknown>)[k] = v;
if (!values.from && process.stdin.isTTY) input = await ask(input, known);

const plan = planDraft(input, known);
if (!plan.ok) {
  console.error(formatProblems(plan.problems, lang));
  process.exit(1);
}
const written = await writeDraft(contentDir, plan, input.photo);
if (!written.ok) {
  console.error(formatProblems(written.problems, lang));
  process.exit(1);
}
for (const note of plan.notes as Problem[]) console.log(t(note.key, note.vars as Record<string, string | number>));
console.log(`✓ ${t('cms.newStory.done', { file: written.file })}`);
console.log(t('cms.newStory.next', { slug: plan.slug }));
