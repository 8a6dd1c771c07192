import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import sharp from 'sharp';
import { makeUnique, seededRandom, writeBenchContent } from '../../scripts/lib/bench-content.ts';
import { parseAstroDuration, parseBuildPhases, type TimedLine } from '../../scripts/lib/bench-measure.ts';

const root = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('parseAstroDuration', () => {
  it.each([
    ['757ms', 0.757],
    ['1.62s', 1.62],
    ['1m 32s', 92],
    ['2m 5.5s', 125.5],
    ['soon', undefined],
  ])('%s → %s', (text, seconds) => expect(parseAstroDuration(text)).toBe(seconds));
});

describe('parseBuildPhases', () => {
  const log = (entries: [number, string][]): TimedLine[] => entries.map(([ms, text]) => ({ ms, text }));
  it('reads every phase of `npm run build`', () => {
    const phases = parseBuildPhases(
      log([
        [3000, '✓ Konten beres: 1000 berita, 7 penulis, 8 topik, 9 tempat, 3 halaman diperiksa.'],
        [4000, '14:55:57 [content] Syncing content'],
        [6500, '14:56:06 [content] Synced content'],
        [6500, '14:56:06 [build] ✓ Completed in 16.92s.'],
        [7000, ' generating static routes '],
        [7001, '14:58:08   ├─ /berita/x/index.html (+3ms)'],
        [20000, '14:58:08 ✓ Completed in 1m 32s.'],
        [20001, ' generating optimized images '],
        [20002, '14:58:08   ▶ /_astro/a.avif (before: 42kB, after: 3kB) (+271ms) (1/3)'],
        [20003, '14:58:08   ▶ /_astro/b.avif (reused cache entry) (+2ms) (2/3)'],
        [20004, '14:58:08   ▶ /_astro/c.webp (reused cache entry) (+2ms) (3/3)'],
        [21000, '14:58:17 ✓ Completed in 757ms.'],
        [21001, '14:58:18 [build] ✓ Completed in 2m 12s.'],
        [21002, '14:58:19 [build] 3561 page(s) built in 2m 30s'],
        [21003, '14:58:19 [build] Complete!'],
        [25000, 'postbuild: search index (Pagefind) in 20.69 s'],
        [26000, 'postbuild: social cards in 19.23 s'],
      ]),
    );
    expect(phases).toEqual({
      check: 3,
      contentSync: 2.5,
      routes: 92,
      images: 0.757,
      astro: 18.003,
      postbuild: { 'search index (Pagefind)': 20.69, 'social cards': 19.23 },
      imagesGenerated: 1,
      imagesReused: 2,
      pages: 3561,
    });
  });
});

describe('synthetic bench content', () => {
  it('is the same for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('makes each copied cover unique in bytes, not in pixels', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#b0231a' } }).jpeg().toBuffer();
    const a = makeUnique(jpeg, 'a');
    const b = makeUnique(jpeg, 'b');
    expect(a.equals(b)).toBe(false);
    expect(await sharp(a).raw().toBuffer()).toEqual(await sharp(jpeg).raw().toBuffer());
  });

  it('passes the real content check, with covers where asked', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mading-bench-content-'));
    made.push(dir);
    const result = writeBenchContent({ stories: 25, coverEvery: 10, sourceDir: path.join(root, 'content'), targetDir: dir, newest: new Date('2026-10-01T00:00:00Z') });
    expect(result).toMatchObject({ stories: 25, withCover: 3 });
    const folders = readdirSync(path.join(dir, 'stories'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.length).toBe(3);
    expect(readFileSync(path.join(dir, 'stories', folders[0].name, 'index.mdx'), 'utf8')).toMatch(/^cover:\n {2}src: \.\/cover\.jpg$/m);
    const check = await checkContent({ contentDir: dir, rootDir: dir, now: new Date('2026-11-01T00:00:00Z') });
    expect(check.problems).toEqual([]);
    expect(check.counts).toMatchObject({ stories: 25 });
  });
});
