// One bad story per rule, each through the real checker: the message must name
// the file, the field (where there is one) and the right problem. Then all of
// them together: every problem is reported in the same run.
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, formatProblems, type Problem } from '../../src/lib/problems.ts';
import { LIMITS } from '../../scripts/lib/check-content.ts';
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
  // Hostile input: third-party requests, code in disguise, tricks on the parser.
  'gambar-isi-web': [{ key: 'err.image.outside', line: 12 }],
  'gambar-isi-referensi-web.mdx': [{ key: 'err.image.outside', line: 12 }],
  'gambar-isi-di-luar': [{ key: 'err.image.outside', line: 12 }],
  'sampul-svg': [{ key: 'err.image.format', field: 'cover.src' }],
  'sampul-gps': [{ key: 'err.image.metadata', field: 'cover.src', line: 9 }],
  'sampul-bukan-gambar': [{ key: 'err.image.corrupt', field: 'cover.src' }],
  'mdx-svg.mdx': [{ key: 'err.mdx.forbiddenTag', line: 10 }],
  'mdx-meta-refresh.mdx': [{ key: 'err.mdx.forbiddenTag', line: 10 }],
  'mdx-link-stylesheet.mdx': [{ key: 'err.mdx.forbiddenTag', line: 10 }],
  'mdx-form.mdx': [{ key: 'err.mdx.forbiddenTag', line: 10 }],
  'mdx-tautan-html.mdx': [{ key: 'err.mdx.unknownTag', line: 10 }],
  'mdx-komentar-jsx.mdx': [{ key: 'err.mdx.expression', line: 10 }],
  'mdx-javascript-tab.mdx': [{ key: 'err.mdx.url', line: 10 }],
  'mdx-gambar-data.mdx': [{ key: 'err.mdx.url', line: 10 }],
  'mdx-export-tengah.mdx': [{ key: 'err.mdx.import', line: 12 }],
  'karakter-tersembunyi.mdx': [{ key: 'err.controlChar', line: 2 }, { key: 'err.controlChar', line: 10 }],
  'yaml-alias-melingkar.mdx': [{ key: 'err.yaml', line: 2 }],
  'yaml-kunci-dobel.mdx': [{ key: 'err.yaml', line: 3 }],
  'yaml-tag-kode.mdx': [{ key: 'err.yaml', line: 2 }],
  'frontmatter-tak-tertutup.mdx': [{ key: 'err.frontmatter.missing', line: 1 }],
  'Judul Dengan Spasi': [{ key: 'err.slug' }],
  // Read the way the build reads: Astro's front matter split and YAML schema.
  'frontmatter-kosong.mdx': [{ key: 'err.required', field: 'title' }],
  'frontmatter-toml.mdx': [{ key: 'err.yaml', line: 1 }],
  'judul-tanggal.mdx': [{ key: 'err.type', field: 'title', line: 2 }],
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

  it('a symlink is refused, and an image that is a symlink out of the folder counts as outside', async () => {
    const dir = makeContentDir(['sampul-hilang']);
    // Files outside the content folder, as a hostile pull request could point at (a server key, another site's page).
    const outside = makeContentDir();
    const secret = path.join(outside, 'rahasia.jpg');
    writeFileSync(secret, readFileSync(path.join(FIXTURES, 'base', 'stories', 'cerita-dengan-sampul', 'sampul.jpg')));
    // sampul-hilang points at ./tidak-ada.jpg: make that a link out of the folder, and add a story that is a link.
    symlinkSync(secret, path.join(dir, 'stories', 'sampul-hilang', 'tidak-ada.jpg'));
    symlinkSync(path.join(outside, 'stories', 'cerita-baik.mdx'), path.join(dir, 'stories', 'tautan.mdx'));
    const { problems } = await runCheck(dir);
    const keys = problems.map((p) => [p.file, p.key]);
    expect(keys).toContainEqual(['stories/tautan.mdx', 'err.symlink']);
    expect(keys).toContainEqual(['stories/sampul-hilang/tidak-ada.jpg', 'err.symlink']);
    expect(keys).toContainEqual(['stories/sampul-hilang/index.mdx', 'err.image.outside']);
  });

  it('an image over the byte limit is refused before it is decoded', async () => {
    const dir = makeContentDir(['sampul-raksasa']);
    const big = Buffer.alloc(LIMITS.maxImageBytes + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    writeFileSync(path.join(dir, 'stories', 'sampul-raksasa', 'raksasa.png'), big);
    const { problems } = await runCheck(dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'stories/sampul-raksasa/index.mdx', key: 'err.image.tooBig', field: 'cover.src', vars: expect.objectContaining({ max: '15.0 MB' }) })]);
  });

  it('pages and data files get the same rules as stories', async () => {
    const dir = makeContentDir([], {
      'pages/privasi.mdx': '---\ntitle: Privasi\ndescription: Apa yang kami simpan tentang pembaca.\n---\n\n![Piksel](https://pelacak.example/p.gif)\n\n<script>alert(1)</script>\n',
      'authors/palsu.yaml': 'name: "Nama \u202Enyamaran"\n',
    });
    const { problems } = await runCheck(dir);
    const keys = problems.map((p) => [p.file, p.key, p.line]);
    expect(keys).toContainEqual(['pages/privasi.mdx', 'err.image.outside', 6]);
    expect(keys).toContainEqual(['pages/privasi.mdx', 'err.mdx.forbiddenTag', 8]);
    expect(keys).toContainEqual(['authors/palsu.yaml', 'err.controlChar', 1]);
  });

  it('reports every problem of every file in one run', async () => {
    const all = Object.keys(CASES);
    const { problems } = await runCheck(makeContentDir(all));
    const files = new Set(problems.map((p) => p.file));
    for (const entry of all) expect(files, entry).toContain(fileOf(entry));
    expect(problems.length).toBeGreaterThanOrEqual(all.length);
    // Nothing tripped the checker itself.
    expect(problems.filter((p) => p.key === 'err.internal')).toEqual([]);
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
