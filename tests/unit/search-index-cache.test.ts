// The search index step reuses the last bundle when the story pages are byte for byte
// the same, and re-indexes otherwise; its guards run either way.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';

const story = (title: string, body: string, marked = true) =>
  `<!DOCTYPE html><html lang="id"><head><title>${title}</title></head><body><nav>Menu</nav><article${marked ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></article></body></html>`;

let tmp = '';
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function site() {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mading-search-cache-'));
  const dist = path.join(tmp, 'dist');
  const write = (slug: string, html: string) => {
    mkdirSync(path.join(dist, 'berita', slug), { recursive: true });
    writeFileSync(path.join(dist, 'berita', slug, 'index.html'), html);
  };
  write('satu', story('Upah lembur', 'Pekerja garmen menuntut upah lembur.'));
  write('dua', story('Pesangon', 'Hak pesangon saat PHK.'));
  writeFileSync(path.join(dist, 'index.html'), '<!DOCTYPE html><html><body><p>Beranda</p></body></html>');
  const bundle = () => {
    const dir = path.join(dist, 'pagefind');
    return new Map(readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes('.')).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
  };
  return { dist, cache: path.join(tmp, 'cache'), write, bundle };
}

describe('buildSearchIndex with a cache', () => {
  it('reuses the bundle for unchanged story pages, re-indexes a changed one, and keeps its guards', { timeout: 60_000 }, async () => {
    const s = site();
    expect((await buildSearchIndex(s.dist, 'id', { cacheDir: s.cache })).pages).toBe(2);
    const first = s.bundle();
    rmSync(path.join(s.dist, 'pagefind'), { recursive: true });
    expect((await buildSearchIndex(s.dist, 'id', { cacheDir: s.cache })).pages).toBe(2);
    expect(s.bundle()).toEqual(first);

    s.write('dua', story('Pesangon', 'Hak pesangon saat PHK, kata serikat.'));
    expect((await buildSearchIndex(s.dist, 'id', { cacheDir: s.cache })).pages).toBe(2);
    expect(s.bundle()).not.toEqual(first);
    expect(readdirSync(s.cache)).toHaveLength(1);

    // A story page without the marker fails the step.
    s.write('dua', story('Pesangon', 'Hak pesangon saat PHK, kata serikat.', false));
    await expect(buildSearchIndex(s.dist, 'id', { cacheDir: s.cache })).rejects.toThrow(/lack data-pagefind-body/);
  });
});
