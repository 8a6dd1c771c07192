// Fuzz: 300 seeded mutations of good stories (hostile constructs, encoded
// schemes, stray braces and angle brackets, truncation, broken YAML, control
// characters, break-out strings in front matter). The check must never crash
// and never let a forbidden construct through: every mutant it accepts is built
// (all in ONE content folder, ONE astro build) and the output is scanned.
// Set MADING_FUZZ_SEED to explore other seeds; a failure prints the seed and mutant.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFindings, listHtmlFiles, scanDist } from '../../scripts/lib/html-safety.ts';
import { config } from '../../src/lib/config.ts';
import { createRng, mutate, type Mutant } from './fuzz-mutations.ts';
import { FIXTURES, runCheck } from './support.ts';

const SEED = Number(process.env.MADING_FUZZ_SEED ?? 20261123);
const COUNT = 300;
const root = path.resolve(import.meta.dirname, '../..');
const base = path.join(FIXTURES, 'base');

/** Good stories to start from: the base fixtures plus one with links, lists, a table and code. */
const GOOD: { source: string; withImage: boolean }[] = [
  { source: readFileSync(path.join(base, 'stories/cerita-baik.mdx'), 'utf8'), withImage: false },
  { source: readFileSync(path.join(base, 'stories/cerita-dengan-sampul/index.mdx'), 'utf8'), withImage: true },
  {
    withImage: false,
    source: `---
title: "Tautan, tabel dan kode dalam satu berita"
lede: "Berita uji yang memakai tautan keluar, tabel, daftar dan kode."
date: 2026-10-03
authors: [kenanga]
place: karawang
topics: [upah, lembur]
poster:
  headline: Upah harus dibayar
  points: ["Datang ke posko.", "Bawa slip gaji."]
  callToAction: "Rapat anggota Kamis 19.00"
---

Baca [PP 35/2021](https://peraturan.example/pp-35-2021 "Peraturan") dan [arsip kami](/arsip/).
Juga [catatan][c] dan surel ke <PullQuote by="Redaksi">redaksi</PullQuote>.

[c]: https://catatan.example/upah

| Jam | Pengali |
| --- | --- |
| 1 | 1,5 |

1. Satu
2. Dua

\`<script>\` di kode aman, juga \`{x}\`.

\`\`\`html
<script>alert("hanya contoh")</script>
\`\`\`
`,
  },
];

const workDir = mkdtempSync(path.join(os.tmpdir(), 'mading-fuzz-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Write a content folder: the base fixture plus the given mutants, each in its own story folder. */
function writeContent(dir: string, mutants: readonly { slug: string; mutant: Mutant; withImage: boolean }[]): void {
  cpSync(base, dir, { recursive: true });
  for (const { slug, mutant, withImage } of mutants) {
    const folder = path.join(dir, 'stories', slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.mdx'), mutant.source);
    if (withImage) cpSync(path.join(base, 'stories/cerita-dengan-sampul/sampul.jpg'), path.join(folder, 'sampul.jpg'));
  }
}

const rng = createRng(SEED);
const mutants = Array.from({ length: COUNT }, (_, i) => {
  const good = GOOD[i % GOOD.length];
  return { slug: `fuzz-${String(i).padStart(3, '0')}`, mutant: mutate(rng, good.source), withImage: good.withImage };
});

describe(`fuzz (seed ${SEED}, ${COUNT} mutants)`, () => {
  let accepted: typeof mutants = [];

  it('the check never crashes and sorts every mutant into accepted or refused', async () => {
    const dir = path.join(workDir, 'all');
    writeContent(dir, mutants);
    const { problems } = await runCheck(dir);
    expect(problems.filter((p) => p.key === 'err.internal'), `seed ${SEED}`).toEqual([]);
    const refused = new Set(problems.map((p) => p.file.split('/')[1]));
    accepted = mutants.filter((m) => !refused.has(m.slug));
    // Both sides must be well populated, or the fuzz is not testing anything.
    expect(accepted.length).toBeGreaterThan(COUNT * 0.15);
    expect(refused.size).toBeGreaterThan(COUNT * 0.3);
    // The base stories are never blamed.
    expect(problems.filter((p) => !p.file.startsWith('stories/fuzz-'))).toEqual([]);
  });

  it('every accepted mutant builds, and the built site holds no forbidden construct', async () => {
    const content = path.join(workDir, 'accepted');
    const out = path.join(workDir, 'dist');
    // The unmutated link story goes in too, as a control for how links render.
    writeContent(content, [...accepted, { slug: 'kontrol-tautan', mutant: { source: GOOD[2].source, ops: [] }, withImage: false }]);
    // One build for all accepted mutants. A build failure here means the check let through something that breaks the site.
    const env = { ...process.env, MADING_CONTENT_DIR: content, MADING_OUT_DIR: out, MADING_CACHE_DIR: path.join(workDir, 'cache') };
    await promisify(execFile)(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }).catch((err: Error & { stderr?: string }) => {
      throw new Error(`seed ${SEED}: the check accepted mutants that break the build:\n${err.stderr?.slice(-4000) ?? err.message}`);
    });
    const pages = await listHtmlFiles(out);
    for (const m of accepted) expect(pages, `${m.slug} (${m.mutant.ops.join(', ')})`).toContain(`berita/${m.slug}/index.html`);
    const unsafe = await scanDist(out, new URL(config.url).origin);
    const report = unsafe.length
      ? `${formatFindings(unsafe)}\n\nseed ${SEED}; mutants involved:\n${unsafe
          .map((u) => /fuzz-\d+/.exec(u.file)?.[0])
          .filter(Boolean)
          .map((slug) => `${slug}: ${accepted.find((m) => m.slug === slug)?.mutant.ops.join(', ')}`)
          .join('\n')}`
      : '';
    expect(unsafe, report).toEqual([]);
    // Links that leave the site carry rel="noopener noreferrer" (StoryLink); links within it do not need to.
    const control = readFileSync(path.join(out, 'berita/kontrol-tautan/index.html'), 'utf8');
    expect(control).toContain('<a href="https://peraturan.example/pp-35-2021" title="Peraturan" rel="noopener noreferrer">PP 35/2021</a>');
    expect(control).toContain('<a href="https://catatan.example/upah" rel="noopener noreferrer">catatan</a>');
    expect(control).toContain('<a href="/arsip/">arsip kami</a>');
  }, 600_000);
});
