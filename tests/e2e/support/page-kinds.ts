// Every kind of page the site builds, discovered from dist/, with one
// representative URL each. Browser sweeps (security, accessibility, budgets...)
// take their URLs from here, so a new kind of page is covered as soon as it
// exists, and a kind that should exist but is missing fails loudly.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { config } from '../../../src/lib/config.ts';

/** Ids of the standalone pages in the content folder the build reads. */
function contentPageIds(): string[] {
  const dir = path.resolve(import.meta.dirname, '../../..', process.env.MADING_CONTENT_DIR ?? 'content', 'pages');
  try {
    return readdirSync(dir).filter((f) => /^[a-z0-9-]+\.mdx$/.test(f)).map((f) => f.replace(/\.mdx$/, ''));
  } catch {
    return [];
  }
}

/** A kind of page: how to recognise its URL, and when it must exist. */
export interface PageKindSpec {
  id: string;
  /** Matches the page's URL path (always starting and, for folders, ending with `/`). */
  match: RegExp;
  /** True when the build must contain at least one page of this kind (the feature is on). */
  required: boolean;
  /** Extra query string the sweeps add when visiting (e.g. a search). */
  query?: string;
  /** Set when browser sweeps leave this kind alone, with the reason. */
  excluded?: string;
}

/**
 * The kinds, most specific first. A built page that matches none fails the
 * discovery test: add its kind here so the sweeps cover it.
 */
export const PAGE_KINDS: readonly PageKindSpec[] = [
  { id: 'home', match: /^\/$/, required: true },
  { id: 'story', match: /^\/berita\/[^/]+\/$/, required: true },
  { id: 'archive', match: /^\/arsip\/(\d+\/)?$/, required: true },
  { id: 'topic', match: /^\/topik\/[^/]+\/(\d+\/)?$/, required: true },
  { id: 'topic-index', match: /^\/topik\/$/, required: true },
  { id: 'place', match: /^\/tempat\/[^/]+\/(\d+\/)?$/, required: true },
  { id: 'place-index', match: /^\/tempat\/$/, required: true },
  { id: 'author', match: /^\/penulis\/[^/]+\/(\d+\/)?$/, required: true },
  { id: 'search', match: /^\/cari\/$/, required: config.features.search, query: '?q=upah' },
  { id: 'wall-sheet', match: /^\/cetak\/mading\/(a3\/)?$/, required: true },
  { id: 'poster', match: /^\/cetak\/[^/]+\/(a3\/)?$/, required: true },
  { id: 'tools-index', match: /^\/alat\/$/, required: config.features.calculators },
  { id: 'calculator', match: /^\/alat\/[^/]+\/$/, required: config.features.calculators },
  { id: 'feeds', match: /^\/langganan\/$/, required: true },
  { id: 'submit', match: /^\/kirim\/$/, required: config.features.submitForm },
  { id: 'submit-done', match: /^\/kirim\/[^/]+\/$/, required: config.features.submitForm },
  { id: 'admin', match: /^\/admin\//, required: config.cms.enabled, excluded: 'the CMS is a third-party app with its own policy (netlify.toml /admin/*); it talks to GitHub by design' },
  { id: 'not-found', match: /^\/404\.html$/, required: true },
  // Standalone pages from content/pages/ (about, writing guide, privacy).
  { id: 'content-page', match: new RegExp(`^/(${contentPageIds().join('|')})/$`), required: contentPageIds().length > 0 },
];

/** One discovered kind with its pages. */
export interface PageKind extends PageKindSpec {
  /** Every URL path of this kind in the build, sorted. */
  paths: string[];
  /** The page the sweeps visit (path plus the kind's query). */
  url: string;
}

/** What `discoverPageKinds` found. */
export interface Discovery {
  kinds: PageKind[];
  /** Required kinds with no page in the build. */
  missing: string[];
  /** Built pages no kind matches. */
  unknown: string[];
}

/** The URL path a built HTML file is served at. */
export function urlPathOf(file: string): string {
  const p = `/${file.split(path.sep).join('/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

/** The richest page of a kind (the largest file, so covers, figures and boxes get swept), skipping page 2+ and A3 variants. */
function pickRepresentative(distDir: string, paths: string[]): string {
  const main = paths.filter((p) => !/\/\d+\/$/.test(p) && !/\/a3\/$/.test(p));
  const candidates = main.length ? main : paths;
  const size = (p: string) => statSync(path.join(distDir, p.endsWith('/') ? `${p}index.html` : p)).size;
  return candidates.reduce((best, p) => (size(p) > size(best) ? p : best));
}

/** Read dist/ and sort every HTML page into its kind. */
export function discoverPageKinds(distDir: string): Discovery {
  const files = (readdirSync(distDir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(distDir, path.join(e.parentPath, e.name)))
    .sort();
  const byKind = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const file of files) {
    const p = urlPathOf(file);
    const kind = PAGE_KINDS.find((k) => k.match.test(p));
    if (kind) byKind.set(kind.id, [...(byKind.get(kind.id) ?? []), p]);
    else unknown.push(p);
  }
  const kinds = PAGE_KINDS.filter((k) => byKind.has(k.id)).map((k) => {
    const paths = byKind.get(k.id)!;
    return { ...k, paths, url: `${pickRepresentative(distDir, paths)}${k.query ?? ''}` };
  });
  const missing = PAGE_KINDS.filter((k) => k.required && !byKind.has(k.id)).map((k) => k.id);
  return { kinds, missing, unknown };
}

/** The kinds browser sweeps visit: every discovered kind not excluded. */
export function sweepKinds(distDir: string): PageKind[] {
  return discoverPageKinds(distDir).kinds.filter((k) => !k.excluded);
}

/** Use the page the way a reader would, so lazily loaded code and its output are in play too. */
export async function exercise(page: Page, kind: PageKind): Promise<void> {
  if (kind.id === 'search') {
    // Pagefind: JS, WebAssembly, a worker and index chunks, fetched because the address holds a query.
    await page.locator('md-search [data-results] li').first().waitFor({ timeout: 20_000 });
  }
  if (kind.id === 'calculator') {
    const input = page.locator('main form input:not([type=hidden]):not([type=radio]):not([type=checkbox])').first();
    if (await input.count()) {
      await input.fill('5000000');
      await input.press('Tab');
    }
  }
  await page.waitForLoadState('networkidle');
}
