// One bad story per rule, each through the real checker: the message must name
// the file, the field (where there is one) and the right problem. Then all of
// them together: every problem is reported in the same run.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, formatProblems, type Problem } from '../../src/lib/problems.ts';
import { FIXTURES, makeContentDir, runCheck } from './support.ts';

type Expect = { key: Problem['key']; field?: string; line?: number };

/** fixture entry → the problems it must produce (at least these). */
const CASES: Record<string, Expect[]> = {
  'yaml-rusak.mdx': [{ key: 'err.yaml' }],
  'tanpa-frontmatter.mdx': [{ key: 'err.frontmatter.missing', line: 1 }],
  'judul-pendek.mdx': [{ key: 'err.string.short', field: 'title', line: 2 }],
  'judul-spasi.mdx': [{ key: 'err.string.short', field: 'title' }],
  'lede-kepanjangan.mdx': [{ key: 'err.string.long', field: 'lede', line: 3 }],
  'tanggal-salah.mdx': [{ key: 'err.date.format', field: 'date', line: 4 }],
  'tanggal-mustahil.mdx': [{ key: 'err.date.format', field: 'date' }],
  'tanggal-masa-depan.mdx': [{ key: 'err.date.future', field: 'date' }],
  'updated-sebelum-date.mdx': [{ key: 'err.updated.beforeDate', field: 'updated' }],
  'penulis-tak-dikenal.mdx': [{ key: 'err.ref.author', field: 'authors.1' }],
  'topik-tak-dikenal.mdx': [{ key: 'err.ref.topic', field: 'topics.1' }],
  'tempat-tak-dikenal.mdx': [{ key: 'err.ref.place', field: 'place' }],
  'tanpa-penulis.mdx': [{ key: 'err.list.short', field: 'authors' }],
  'tanpa-topik.mdx': [{ key: 'err.required', field: 'topics' }],
  'tipe-salah.mdx': [{ key: 'err.type', field: 'topics' }, { key: 'err.boolean', field: 'draft' }],
  'kolom-asing.mdx': [{ key: 'err.unknownField', field: 'judul' }],
  'bahasa-salah.mdx': [{ key: 'err.lang', field: 'lang' }],
  'isi-kosong.mdx': [{ key: 'err.empty' }],
  'sampul-tanpa-alt': [{ key: 'err.alt.missing', field: 'cover.alt' }],
  'sampul-alt-kosong': [{ key: 'err.alt.missing', field: 'cover.alt' }],
  'sampul-hilang': [{ key: 'err.image.missing', field: 'cover.src' }],
  'sampul-di-luar': [{ key: 'err.image.outside', field: 'cover.src' }],
  'sampul-web': [{ key: 'err.image.outside', field: 'cover.src' }],
  'sampul-rusak': [{ key: 'err.image.corrupt', field: 'cover.src' }],
  'sampul-raksasa': [{ key: 'err.image.tooBig', field: 'cover.src' }],
  'gambar-isi-tanpa-alt': [{ key: 'err.mdx.imageAlt', line: 12 }],
  'mdx-import.mdx': [{ key: 'err.mdx.import', line: 10 }],
  'mdx-export.mdx': [{ key: 'err.mdx.import', line: 10 }],
  'mdx-kurawal.mdx': [{ key: 'err.mdx.expression', line: 10 }],
  'mdx-kurang-dari.mdx': [{ key: 'err.mdx.lt', line: 10 }],
  'mdx-script.mdx': [{ key: 'err.mdx.forbiddenTag', line: 12 }],
  'mdx-style.mdx': [{ key: 'err.mdx.forbiddenTag', line: 12 }],
  'mdx-iframe.mdx': [{ key: 'err.mdx.forbiddenTag', line: 12 }],
  'mdx-object-embed.mdx': [{ key: 'err.mdx.forbiddenTag', line: 12 }, { key: 'err.mdx.forbiddenTag', line: 14 }],
  'mdx-onclick.mdx': [{ key: 'err.mdx.handler', line: 10 }],
  'mdx-onmouseover-huruf-besar.mdx': [{ key: 'err.mdx.handler', line: 10 }],
  'mdx-javascript-url.mdx': [{ key: 'err.mdx.url', line: 10 }],
  'mdx-javascript-entitas.mdx': [{ key: 'err.mdx.url', line: 10 }],
  'mdx-javascript-persen.mdx': [{ key: 'err.mdx.url', line: 10 }],
  'mdx-javascript-atribut.mdx': [{ key: 'err.mdx.url', line: 10 }],
  'mdx-data-url.mdx': [{ key: 'err.mdx.url', line: 10 }],
  'mdx-tautan-referensi.mdx': [{ key: 'err.mdx.url' }],
  'mdx-komentar.mdx': [{ key: 'err.mdx.comment', line: 12 }],
  'mdx-komentar-trik.mdx': [{ key: 'err.mdx.comment', line: 10 }],
  'mdx-atribut-kode.mdx': [{ key: 'err.mdx.attrExpression', line: 10 }],
  'mdx-spread.mdx': [{ key: 'err.mdx.attrExpression', line: 10 }],
  'mdx-tag-asing.mdx': [{ key: 'err.mdx.unknownTag', line: 10 }],
  'mdx-tak-tertutup.mdx': [{ key: 'err.mdx.unclosed' }],
  'mdx-judul-h1.mdx': [{ key: 'err.mdx.heading', line: 10 }],
  'bukan-utf8.mdx': [{ key: 'err.encoding', line: 10 }],
};

const fileOf = (entry: string) => `stories/${entry.endsWith('.mdx') ? entry : `${entry}/index.mdx`}`;

describe('the content check on bad stories', () => {
  it('has a case for every fixture in fixtures/bad', () => {
    const onDisk = readdirSync(path.join(FIXTURES, 'bad')).filter((e) => e !== 'dobel.mdx' && e !== 'dobel');
    expect(onDisk.sort()).toEqual(Object.keys(CASES).sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.entries(CASES))('%s is rejected with file, field and the right message', async (entry, expected) => {
    const dir = makeContentDir([entry]);
    const { problems } = await runCheck(dir);
    const file = fileOf(entry);
    const mine = problems.filter((p) => p.file === file);
    for (const e of expected) {
      const hit = mine.find((p) => p.key === e.key && (e.field === undefined || p.field === e.field) && (e.line === undefined || p.line === e.line));
      expect(hit, `${entry}: wanted ${JSON.stringify(e)}, got ${JSON.stringify(mine.map((p) => [p.key, p.field, p.line]))}`).toBeDefined();
    }
    // The good base stories are never blamed for another file's mistake.
    expect(problems.filter((p) => p.file !== file && !p.file.includes('cerita-dengan-sampul'))).toEqual([]);
    // The printed report names the file and gives a fix for every problem.
    const text = formatProblems(mine, 'id');
    expect(text).toContain(file);
    expect(text.match(/Cara memperbaiki: \S/g)?.length).toBe(mine.length);
  });

  it('two files with the same address are both reported', async () => {
    const { problems } = await runCheck(makeContentDir(['dobel.mdx', 'dobel']));
    const dup = problems.filter((p) => p.key === 'err.duplicateSlug');
    expect(dup.map((p) => p.file).sort()).toEqual(['stories/dobel.mdx', 'stories/dobel/index.mdx']);
  });

  it('a 5 MB body is refused without being parsed', async () => {
    const big = `---\ntitle: "Berita yang sangat panjang sekali"\nlede: "Ringkasan berita yang sangat panjang sekali."\ndate: 2026-10-05\nauthors: [redaksi]\nplace: karawang\ntopics: [upah]\n---\n\n${'Pekerja menuntut upah layak. '.repeat(180_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const { problems } = await runCheck(makeContentDir([], { 'stories/raksasa.mdx': big }));
    expect(problems).toEqual([expect.objectContaining({ file: 'stories/raksasa.mdx', key: 'err.fileTooBig' })]);
  });

  it('reports every problem of every file in one run', async () => {
    const all = Object.keys(CASES);
    const { problems } = await runCheck(makeContentDir(all));
    const files = new Set(problems.map((p) => p.file));
    for (const entry of all) expect(files, entry).toContain(fileOf(entry));
    expect(problems.length).toBeGreaterThanOrEqual(all.length);
  });

  it('quotes the bad value and a fix, in Indonesian and in English', async () => {
    const { problems } = await runCheck(makeContentDir(['penulis-tak-dikenal.mdx']));
    const p = problems.find((x) => x.key === 'err.ref.author');
    expect(p).toBeDefined();
    const id = describeProblem(p!, 'id');
    expect(id.what).toBe('Penulis “siapa-saja” tidak ada di content/authors/.');
    expect(id.fix).toContain('kenanga, redaksi');
    const en = describeProblem(p!, 'en');
    expect(en.what).toBe('Author “siapa-saja” does not exist in content/authors/.');
    expect(en.fix).toContain('content/authors/siapa-saja.yaml');
  });

  it('explains a brace in prose with the value and how to write it', async () => {
    const { problems } = await runCheck(makeContentDir(['mdx-kurawal.mdx']));
    const text = formatProblems(problems, 'id');
    expect(text).toContain('Kurung kurawal `{10%}` dibaca sebagai kode');
    expect(text).toContain('Ganti kurung kurawal dengan kurung biasa ( )');
    expect(text).toMatch(/✗ stories\/mdx-kurawal\.mdx\n {2}baris 10: /);
  });
});
