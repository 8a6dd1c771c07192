// `npm run new-story`: the decisions are table-tested; the non-interactive path
// (a Netlify submission export + flags) is run as a real process against a copy
// of the base content fixture, and what it writes goes through the real checker.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { splitFrontmatter } from '../../scripts/lib/content-files.ts';
import { deriveLede, matchEntry, planDraft, renderStory, slugify, toSafeBody, type Known } from '../../scripts/lib/new-story.ts';
import { checkStoryBody } from '../../src/lib/mdx-safety.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(root, 'tests/content/fixtures/base');

const KNOWN: Known = {
  authors: [{ id: 'redaksi', names: ['Redaksi Uji'] }, { id: 'kenanga', names: ['Kenanga'] }],
  topics: [{ id: 'upah', names: ['Upah'] }, { id: 'lembur', names: ['Lembur'] }, { id: 'phk', names: ['PHK & Pesangon'] }],
  places: [{ id: 'karawang', names: ['Karawang'] }, { id: 'bandung', names: ['Bandung'] }],
};

describe('slugify', () => {
  it.each([
    ['Buruh Pabrik Mogok!', 'buruh-pabrik-mogok'],
    ['  THR dicicil: pekerja ritel lapor  ', 'thr-dicicil-pekerja-ritel-lapor'],
    ['Upah & Lembur', 'upah-dan-lembur'],
    ['Pekerja café di Bekasì', 'pekerja-cafe-di-bekasi'],
    ['PP 35/2021 soal lembur', 'pp-35-2021-soal-lembur'],
    ['{kode} <tag> "kutip"', 'kode-tag-kutip'],
    [`${'panjang '.repeat(20)}akhir`, 'panjang-'.repeat(10).slice(0, 79)],
  ])('%j → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug).toMatch(ID_PATTERN);
    expect(slug.length).toBeLessThanOrEqual(80);
  });
});

describe('matchEntry', () => {
  it.each([
    ['karawang', KNOWN.places, 'karawang'],
    ['Karawang', KNOWN.places, 'karawang'],
    ['Kab. Karawang', KNOWN.places, 'karawang'],
    ['Kota Bandung', KNOWN.places, 'bandung'],
    ['Semarang', KNOWN.places, undefined],
    ['PHK & Pesangon', KNOWN.topics, 'phk'],
    ['phk', KNOWN.topics, 'phk'],
    ['', KNOWN.topics, undefined],
  ])('%j → %s', (value, entries, id) => {
    expect(matchEntry(value, entries)).toBe(id);
  });
});

describe('toSafeBody: a worker’s plain text becomes a body the content check accepts', () => {
  it.each([
    ['Upah naik {10%} tahun ini.', 'Upah naik \\{10%\\} tahun ini.', 2],
    ['Masih <UMK dan <3 juta.', 'Masih &lt;UMK dan &lt;3 juta.', 2],
    ['Ada <!-- catatan --> di sini.', 'Ada &lt;!-- catatan --> di sini.', 1],
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>', 2],
    ['import barang naik.\nexport juga.', 'Import barang naik.\nExport juga.', 2],
    ['# Tuntutan kami', '## Tuntutan kami', 0],
    ['Baris\r\nWindows\r\n\r\n\r\n\r\nLagi', 'Baris\nWindows\n\nLagi', 0],
    ['Biasa saja, tanpa tanda aneh.', 'Biasa saja, tanpa tanda aneh.', 0],
  ])('%j', (text, expected, count) => {
    const { body, escaped } = toSafeBody(text);
    expect(body).toBe(`${expected}\n`);
    expect(escaped).toHaveLength(count);
    expect(checkStoryBody(body).problems).toEqual([]);
  });
});

describe('deriveLede', () => {
  it.each([
    ['Kami pulang jam tujuh malam. Lembur tak dibayar.', 'Kami pulang jam tujuh malam.'],
    ['Pendek. Kalimat kedua melengkapi ringkasan.', 'Pendek. Kalimat kedua melengkapi ringkasan.'],
    ['Terlalu pendek', undefined],
    [`${'kata '.repeat(100)}`, `${'kata '.repeat(59).trim()}…`],
  ])('%j', (story, lede) => {
    const out = deriveLede(story);
    expect(out).toBe(lede);
    if (out) expect(out.length).toBeLessThanOrEqual(300);
  });
});

describe('planDraft', () => {
  const base = { title: 'Lembur tak dibayar di pabrik uji', story: 'Kami pulang jam tujuh malam setiap hari.', place: 'Karawang', topics: ['upah'] };

  it('makes a draft signed by the desk, with ids resolved and today’s date', () => {
    const plan = planDraft(base, KNOWN, { now: new Date(2026, 10, 23) });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.slug).toBe('lembur-tak-dibayar-di-pabrik-uji');
    expect(plan.frontmatter).toEqual({ title: base.title, lede: 'Kami pulang jam tujuh malam setiap hari.', date: '2026-11-23', authors: ['redaksi'], place: 'karawang', topics: ['upah'], draft: true });
  });

  it('lists every problem at once', () => {
    const plan = planDraft({ place: 'Semarang', topics: ['cuaca'], authors: ['siapa'], photo: 'x.jpg' }, KNOWN);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems.map((p) => [p.key, p.field])).toEqual([
      ['cms.newStory.missing', 'title'],
      ['cms.newStory.missing', 'story'],
      ['cms.newStory.unknownPlace', 'place'],
      ['cms.newStory.unknownTopic', 'topics'],
      ['cms.newStory.unknownAuthor', 'authors'],
      ['cms.newStory.missing', 'photoAlt'],
    ]);
    expect(plan.problems[2].vars).toEqual({ known: 'karawang, bandung' });
  });

  it('uses a pen name that is already an author, and only notes one that is not', () => {
    const known = planDraft({ ...base, penName: 'Kenanga' }, KNOWN);
    expect(known.ok && known.frontmatter.authors).toEqual(['kenanga']);
    const unknown = planDraft({ ...base, penName: 'Mawar Merah', contact: 'signal 0812' }, KNOWN);
    expect(unknown.ok && unknown.frontmatter.authors).toEqual(['redaksi']);
    expect(unknown.ok && unknown.notes.map((n) => n.key)).toEqual(['cms.newStory.penName', 'cms.newStory.contact']);
    // The contact never reaches the story file.
    expect(unknown.ok && JSON.stringify(unknown.frontmatter)).not.toContain('0812');
  });

  it('refuses a slug that is not an id', () => {
    const plan = planDraft({ ...base, slug: 'Bukan Slug' }, KNOWN);
    expect(!plan.ok && plan.problems.map((p) => p.key)).toEqual(['cms.newStory.badSlug']);
  });

  it('renders YAML front matter the checker reads back unchanged', () => {
    const plan = planDraft({ ...base, title: 'Upah: "naik" {atau} turun?' }, KNOWN);
    if (!plan.ok) throw new Error('plan failed');
    const { frontmatter, body } = splitFrontmatter(renderStory(plan.frontmatter, plan.body));
    expect(yaml.load(frontmatter!)).toEqual(plan.frontmatter);
    expect(body.trim()).toBe(plan.body.trim());
  });
});

describe('npm run new-story --from <submission> (non-interactive)', () => {
  let tmp: string;
  let content: string;
  let photo: string;
  const submission = {
    created_at: '2026-11-20T08:12:00.000Z',
    // Netlify's export adds ip/user_agent/referrer: they must never reach a story.
    data: {
      title: 'Lembur tak dibayar di pabrik uji {lagi}',
      story: 'Kami pulang jam tujuh malam setiap hari.\n\nimport barang naik, target naik {10%} dan upah <UMK.\n# Tuntutan\nBayar lembur!',
      place: 'Kab. Karawang',
      topics: 'upah, lembur',
      photoAlt: 'Gerbang pabrik saat pulang kerja',
      penName: 'Mawar',
      contact: 'signal 0812-0000',
      ip: '203.0.113.7',
      user_agent: 'Mozilla/5.0',
      referrer: 'https://mading.example.org/kirim/',
    },
  };
  const cli = (...args: string[]) => run(process.execPath, [path.join(root, 'scripts/new-story.ts'), '--content', content, '--lang', 'id', ...args], { cwd: root });

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'mading-new-story-test-'));
    content = path.join(tmp, 'content');
    cpSync(fixture, content, { recursive: true });
    writeFileSync(path.join(tmp, 'kiriman.json'), JSON.stringify(submission));
    photo = path.join(tmp, 'foto.jpg');
    await sharp({ create: { width: 2600, height: 1800, channels: 3, background: '#a33' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Nama Asli', Make: 'Ponsel' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 18/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 18/1 0/1' } })
      .toFile(photo);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes a valid draft beside a metadata-free photo, and says what to do next', async () => {
    const { stdout } = await cli('--from', path.join(tmp, 'kiriman.json'), '--photo', photo, '--photo-credit', 'Foto: Mawar');
    const dir = path.join(content, 'stories/lembur-tak-dibayar-di-pabrik-uji-lagi');
    const source = readFileSync(path.join(dir, 'index.mdx'), 'utf8');
    const data = yaml.load(splitFrontmatter(source).frontmatter!) as Record<string, unknown>;
    expect(data).toEqual({
      title: 'Lembur tak dibayar di pabrik uji {lagi}',
      lede: 'Kami pulang jam tujuh malam setiap hari.',
      date: '2026-11-20',
      authors: ['redaksi'],
      place: 'karawang',
      topics: ['upah', 'lembur'],
      cover: { src: './cover.jpg', alt: 'Gerbang pabrik saat pulang kerja', credit: 'Foto: Mawar' },
      draft: true,
    });
    for (const secret of ['203.0.113.7', 'Mozilla', '0812', 'signal']) expect(source).not.toContain(secret);
    const meta = await sharp(path.join(dir, 'cover.jpg')).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Math.max(meta.width!, meta.height!)).toBe(2000);
    expect(stdout).toContain('Draf dibuat');
    expect(stdout).toContain('npm run check');
    expect(stdout).toContain('nama pena “Mawar”');

    // The real checker over the whole folder: nothing to fix.
    const result = await checkContent({ contentDir: content, rootDir: tmp });
    expect(result.problems).toEqual([]);
    expect(result.counts.drafts).toBe(1);
  });

  it('never overwrites an existing story', async () => {
    const file = path.join(content, 'stories/lembur-tak-dibayar-di-pabrik-uji-lagi/index.mdx');
    const before = readFileSync(file, 'utf8');
    const err = await cli('--from', path.join(tmp, 'kiriman.json')).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toContain('tidak ditimpa');
    expect(readFileSync(file, 'utf8')).toBe(before);
    // A flat story with the same slug counts too.
    const flat = await cli('--title', 'Cerita baik', '--body-file', file, '--place', 'karawang', '--topics', 'upah', '--slug', 'cerita-baik').catch((e: { code: number }) => e);
    expect(flat).toMatchObject({ code: 1 });
  });

  it('explains every missing or unknown value, and writes nothing', async () => {
    const err = await cli('--title', 'Judul uji yang cukup', '--place', 'Semarang', '--topics', 'cuaca').catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    const stderr = (err as { stderr: string }).stderr;
    expect(stderr).toContain('Kolom “story” belum diisi');
    expect(stderr).toContain('Tempat “Semarang” tidak dikenal');
    expect(stderr).toContain('Pakai salah satu kode tempat (karawang)');
    expect(stderr).toContain('Topik “cuaca” tidak dikenal');
    expect(existsSync(path.join(content, 'stories/judul-uji-yang-cukup'))).toBe(false);
  });
});
