// The bare Astro baseline for `npm run bench -- --baseline`: a minimal project
// in a temporary folder (one layout, one page per story, nothing else) that
// reads the same synthetic stories with Mading's installed node_modules, so the
// cost of Mading's features shows as a ratio. Covers are left as plain strings
// (no image pipeline): compare with Mading's time without its image phase.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the baseline project lives and what it reads and writes. */
export interface BaselineProject {
  /** The project folder (run `astro build` here). */
  root: string;
  /** The astro CLI entry to run with node. */
  astroBin: string;
}

/** Write the minimal project; `nodeModules` is Mading's, linked, not copied. */
export function writeBaselineProject(options: { root: string; contentDir: string; nodeModules: string }): BaselineProject & { outDir: string } {
  const { root, contentDir, nodeModules } = options;
  // Inside the project, so the built chunks resolve packages through its node_modules link.
  const outDir = path.join(root, 'dist');
  const cacheDir = path.join(root, '.cache');
  const file = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  mkdirSync(root, { recursive: true });
  symlinkSync(nodeModules, path.join(root, 'node_modules'), 'dir');
  file('package.json', JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2));
  file(
    'astro.config.mjs',
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://example.org', outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)}, integrations: [mdx()] });
`,
  );
  file(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '**/[^_]*.mdx', base: ${JSON.stringify(path.join(contentDir, 'stories'))} }),
    schema: z.looseObject({ title: z.string(), lede: z.string(), date: z.coerce.date() }),
  }),
};
`,
  );
  file(
    'src/layouts/Layout.astro',
    `---
const { title } = Astro.props;
---
<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title>
<style>body{font:1.1rem/1.6 Georgia,serif;max-width:40rem;margin:auto;padding:1rem}</style></head><body><slot /></body></html>
`,
  );
  // Stories use these two components without imports; the baseline renders them plainly.
  file('src/components/PullQuote.astro', '<blockquote><slot /></blockquote>\n');
  file('src/components/FactBox.astro', '---\nconst { title } = Astro.props;\n---\n<aside><h2>{title}</h2><slot /></aside>\n');
  file(
    'src/pages/[...slug].astro',
    `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';
import PullQuote from '../components/PullQuote.astro';
import FactBox from '../components/FactBox.astro';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((story) => ({ params: { slug: story.id }, props: { story } }));
}
const { story } = Astro.props;
const { Content } = await render(story);
---
<Layout title={story.data.title}><h1>{story.data.title}</h1><p>{story.data.lede}</p><Content components={{ PullQuote, FactBox }} /></Layout>
`,
  );
  return { root, outDir, astroBin: path.join(nodeModules, 'astro', 'bin', 'astro.mjs') };
}
