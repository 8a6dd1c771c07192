// Steps that run over the built site after `astro build` (part of `npm run build`).
// Each step reads MADING_OUT_DIR (default dist/) and never writes into the source tree.
import path from 'node:path';
import site from '../site.config.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { writeSocialCards } from './lib/social-cards.ts';
import { stripImageMetadata } from './lib/strip-public-metadata.ts';
import { secureDist } from './lib/html-safety.ts';
import { writeCmsAdmin } from './lib/cms-assets.ts';

/** The folder Astro built into. */
export const outDir = path.resolve(process.env.MADING_OUT_DIR ?? 'dist');

const steps: { name: string; run: (outDir: string) => Promise<void> }[] = [
  // Search index, social cards, image metadata checks... register steps here.
  ...(site.features.search
    ? [{ name: 'search index (Pagefind)', run: async (dir: string) => console.log(`postbuild: search index holds ${(await buildSearchIndex(dir, site.lang)).pages} stories`) }]
    : []),
  { name: 'social cards', run: async (dir: string) => { const r = await writeSocialCards(dir); console.log(`postbuild: social cards: ${r.total} (${r.rendered} drawn, ${r.reused} from cache)`); } },
  // After the search index (the admin page must not be indexed): /admin/ with its config generated from the schemas.
  ...(site.cms.enabled
    ? [{ name: 'CMS admin (/admin/)', run: async (dir: string) => { const r = await writeCmsAdmin(dir, { site }); console.log(`postbuild: CMS admin: Sveltia CMS ${r.version}, ${r.files.length} files`); } }]
    : []),
  // Last, so it also sees every image the steps above wrote.
  { name: 'image metadata', run: async (dir: string) => { const r = await stripImageMetadata(dir); console.log(`postbuild: image metadata: ${r.scanned} images scanned, ${r.cleaned.length} cleaned${r.cleaned.length ? ` (${r.cleaned.slice(0, 5).join(', ')}${r.cleaned.length > 5 ? ', ...' : ''}; clean them at the source too)` : ''}`); } },
  // Each page's CSP keeps only the hashes of its own inline code (Astro lists the whole site's), then the
  // HTML safety scan reads the pruned page: one read per page, and pages that passed unchanged last time are not parsed again.
  // Keep last: the gate before deploy. Fails the build if any page could run code or load another site.
  {
    name: 'CSP hashes + HTML safety scan',
    run: async (dir: string) => {
      const r = await secureDist(dir, new URL(site.url).origin);
      console.log(`postbuild: CSP: ${Math.round(r.saved / 1024)} KB of other pages' hashes removed`);
      console.log(`postbuild: HTML safety: ${r.pages} pages clean (${r.cached} unchanged since a passing build)`);
    },
  },
];

for (const step of steps) {
  const started = performance.now();
  await step.run(outDir);
  console.log(`postbuild: ${step.name} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}
