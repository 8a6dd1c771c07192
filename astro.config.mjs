// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './site.config.ts';

// Paths can be redirected for the benchmark and tests (a temporary content folder,
// a separate output), so a build never writes into the source tree.
const env = process.env;

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  outDir: env.MADING_OUT_DIR ?? './dist',
  cacheDir: env.MADING_CACHE_DIR ?? './node_modules/.astro',
  compressHTML: true,
  build: {
    format: 'directory',
    // One small stylesheet, inlined: a story paints after one round trip.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/(admin|cetak)\//.test(new URL(page).pathname),
    }),
  ],
  image: {
    responsiveStyles: false,
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
