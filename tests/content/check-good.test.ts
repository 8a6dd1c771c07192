// Good content passes; the CLI prints a summary or the full report and sets the exit code.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { makeContentDir, runCheck } from './support.ts';

const root = path.resolve(import.meta.dirname, '../..');
const cli = (args: string[]) => spawnSync(process.execPath, ['scripts/check-content.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('good content', () => {
  it('the base fixture passes and is counted', async () => {
    const result = await runCheck(makeContentDir());
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({ stories: 2, authors: 2, topics: 2, places: 1, pages: 1 });
  });

  it('a draft may be dated in the future, and is counted as a draft', async () => {
    const draft = `---\ntitle: "Draf berita yang belum selesai"\nlede: "Ringkasan draf yang belum selesai ditulis."\ndate: 2027-01-05\nauthors: [kenanga]\nplace: karawang\ntopics: [lembur]\ndraft: true\n---\n\nMasih ditulis.\n`;
    const result = await runCheck(makeContentDir([], { 'stories/draf.mdx': draft }));
    expect(result.problems).toEqual([]);
    expect(result.counts.drafts).toBe(1);
  });

  it('a story dated tomorrow is accepted (time zones), the day after is not', async () => {
    const story = (date: string) => `---\ntitle: "Berita dengan tanggal dekat"\nlede: "Ringkasan berita dengan tanggal dekat hari ini."\ndate: ${date}\nauthors: [redaksi]\nplace: karawang\ntopics: [upah]\n---\n\nIsi.\n`;
    const dir = makeContentDir([], { 'stories/besok.mdx': story('2026-11-02'), 'stories/lusa.mdx': story('2026-11-03') });
    const { problems } = await runCheck(dir);
    expect(problems.map((p) => [p.file, p.key])).toEqual([['stories/lusa.mdx', 'err.date.future']]);
  });

  it('the shipped sample content passes, with enough stories, topics and places', async () => {
    const result = await checkContent({ contentDir: path.join(root, 'content'), rootDir: root });
    expect(result.problems).toEqual([]);
    expect(result.counts.stories).toBeGreaterThanOrEqual(16);
    expect(result.ids.authors).toContain('redaksi');
    expect(result.ids.topics).toEqual(expect.arrayContaining(['upah', 'lembur', 'phk', 'k3', 'bpjs', 'serikat', 'perempuan']));
    expect(result.ids.places).toEqual(expect.arrayContaining(['jakarta', 'bandung', 'karawang', 'tangerang', 'semarang', 'samarinda']));
    expect(result.counts.pages).toBeGreaterThanOrEqual(3);
  });
});

describe('npm run check (the CLI)', () => {
  it('exits 0 and says what it checked when all is well', () => {
    const out = execFileSync(process.execPath, ['scripts/check-content.ts', '--content', 'tests/content/fixtures/base'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('✓ Konten beres: 2 berita, 2 penulis, 2 topik, 1 tempat, 1 halaman diperiksa.');
  });

  it('exits 1 and lists every problem, in English with --lang en', () => {
    const dir = makeContentDir(['judul-pendek.mdx', 'mdx-script.mdx']);
    const res = cli(['--content', dir, '--lang', 'en']);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('The field “title” is too short (4 characters); the minimum is 8.');
    expect(res.stderr).toContain('The `<script>` tag is forbidden in stories');
    expect(res.stderr).toContain('Found 2 problems in 2 files.');
  });

  it('--json gives machine-readable problems for tools (the CMS, CI annotations)', () => {
    const dir = makeContentDir(['tempat-tak-dikenal.mdx']);
    const res = cli(['--content', dir, '--json']);
    expect(res.status).toBe(1);
    const json = JSON.parse(res.stdout) as { problems: { file: string; key: string; field: string }[] };
    expect(json.problems).toContainEqual(expect.objectContaining({ key: 'err.ref.place', field: 'place' }));
  });
});
