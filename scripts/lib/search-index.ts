// Post-build step: the Pagefind search index over the built site.
// Only story pages carry `data-pagefind-body`, so Pagefind indexes those alone
// (title, lede, body and their search metadata) and skips every other page.
// Drafts are never built, so they can never be indexed.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** What the index step reports. */
export interface SearchIndexResult {
  /** Pages Pagefind indexed (story pages). */
  pages: number;
  /** Where the bundle was written. */
  bundleDir: string;
}

/**
 * Index chunk size in Pagefind's units (word locations). A one-word query downloads
 * a whole chunk, and Pagefind's default (~20,000) makes chunks of 20–30 KB. Measured
 * first searches (sample site / a 1,000-story synthetic one): about 120 / 115–135 KB
 * with the default, 90–96 / 103–106 KB with 3,000; smaller chunks only lengthen the
 * chunk list that every search loads. Pagefind reads this from an environment variable
 * it calls unstable, so its version is pinned and the e2e budget test guards it.
 */
export const INDEX_CHUNK_SIZE = 3000;

/** Bundle files Pagefind writes that the site never loads (its ready-made UIs): removed to keep deploys lean. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** Number of built story pages (`berita/<slug>/index.html`): what the index must hold, no more, no less. */
export async function countStoryPages(outDir: string): Promise<number> {
  const dir = path.join(outDir, 'berita');
  const slugs = await readdir(dir).catch(() => [] as string[]);
  const pages = await Promise.all(slugs.map((s) => stat(path.join(dir, s, 'index.html')).then((st) => st.isFile(), () => false)));
  return pages.filter(Boolean).length;
}

/** The pages Pagefind reads: story pages only (every other page lacks data-pagefind-body and would be skipped anyway). */
export const STORY_GLOB = 'berita/**/*.html';

/** Story pages (`berita/<slug>/index.html`) whose HTML does not contain `marker`. */
export async function storyPagesWithout(outDir: string, marker: string): Promise<string[]> {
  const dir = path.join(outDir, 'berita');
  const slugs = await readdir(dir).catch(() => [] as string[]);
  const missing = await Promise.all(
    slugs.map(async (s) => {
      const file = path.join(dir, s, 'index.html');
      const html = await readFile(file, 'utf8').catch(() => undefined);
      return html === undefined || html.includes(marker) ? undefined : path.relative(outDir, file);
    }),
  );
  return missing.filter((f): f is string => f !== undefined);
}

/** Pages in a written bundle, from its entry file (`addDirectory` counts every HTML file it read instead). */
export async function countIndexedPages(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/**
 * Index `outDir` into `outDir/pagefind/` as one language (`lang`), so stories
 * written in English are found from the Indonesian search page too.
 */
export async function buildSearchIndex(outDir: string, lang: string, options: { cacheDir?: string | false } = {}): Promise<SearchIndexResult> {
  const bundleDir = path.join(outDir, 'pagefind');
  // No stories yet (a fresh fork): nothing to index, and the search page says it could not load.
  if ((await countStoryPages(outDir)) === 0) return { pages: 0, bundleDir };
  // The Pagefind service is spawned by createIndex and inherits this process's environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  // The same story pages (byte for byte), Pagefind version, language and chunk size give the same index:
  // reuse the bundle the last build wrote instead of indexing again. The checks below run either way.
  const cacheRoot = options.cacheDir === undefined ? searchCacheDir() : options.cacheDir;
  const cached = cacheRoot ? path.join(cacheRoot, await storyPagesDigest(outDir, lang)) : undefined;
  if (cached && (await stat(path.join(cached, 'pagefind-entry.json')).then((st) => st.isFile(), () => false))) {
    await rm(bundleDir, { recursive: true, force: true });
    await cp(cached, bundleDir, { recursive: true });
    return { pages: await checkIndex(outDir, bundleDir), bundleDir };
  }
  try {
    const { errors: createErrors, index } = await pagefind.createIndex({ forceLanguage: lang });
    if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    // Only story pages (berita/<slug>/) can hold data-pagefind-body, so Pagefind reads those alone, not every page.
    const added = await index.addDirectory({ path: outDir, glob: STORY_GLOB });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw new Error(`Pagefind could not write ${bundleDir}: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED.map((f) => rm(path.join(bundleDir, f), { force: true })));
    const pages = await checkIndex(outDir, bundleDir);
    if (cached && cacheRoot) {
      // Keep only this build's bundle (the folder is named by its inputs); copy, then rename into place.
      // A cache that cannot be written costs the next build time, never this one.
      try {
        await rm(cacheRoot, { recursive: true, force: true });
        await mkdir(cacheRoot, { recursive: true });
        await cp(bundleDir, `${cached}.tmp`, { recursive: true });
        await rename(`${cached}.tmp`, cached);
      } catch (err) {
        console.warn(`postbuild: search index not cached (${(err as Error).message})`);
      }
    }
    return { pages, bundleDir };
  } finally {
    await pagefind.close();
  }
}

/** The guard on a written bundle: it holds exactly the story pages, and each of them marks its indexed area. Returns the pages indexed. */
async function checkIndex(outDir: string, bundleDir: string): Promise<number> {
  // Without data-pagefind-body on story pages Pagefind would silently index every page (menus, lists, the 404).
  const pages = await countIndexedPages(bundleDir);
  const stories = await countStoryPages(outDir);
  // With the glob, story pages that lost data-pagefind-body would be indexed whole (menus and all) and the
  // count would still match, so check the attribute is there.
  const unmarked = await storyPagesWithout(outDir, 'data-pagefind-body');
  if (unmarked.length) {
    throw new Error(`Search index: ${unmarked.length} story page(s) lack data-pagefind-body (e.g. ${unmarked[0]}). Story pages, and only they, must carry data-pagefind-body (src/pages/berita/[slug].astro).`);
  }
  if (pages !== stories) {
    throw new Error(`Search index: ${pages} pages indexed but ${stories} story pages built. Story pages, and only they, must carry data-pagefind-body (src/pages/berita/[slug].astro).`);
  }
  return pages;
}

/** Where the last search bundle is kept between builds: MADING_CACHE_DIR/mading-search, else node_modules/.cache/mading-search. */
export function searchCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.MADING_CACHE_DIR ? path.resolve(cwd, env.MADING_CACHE_DIR, 'mading-search') : path.resolve(cwd, 'node_modules/.cache/mading-search');
}

/** A name for everything the index is made from: Pagefind's version and settings, and every page it reads, byte for byte. */
export async function storyPagesDigest(outDir: string, lang: string): Promise<string> {
  const hash = createHash('sha256');
  const pkg = JSON.parse(await readFile(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string };
  hash.update(JSON.stringify([1, pkg.version, lang, process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? '', STORY_GLOB, UNUSED]));
  const dir = path.join(outDir, 'berita');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) {
    hash.update(`\0${path.relative(outDir, file)}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 40);
}
