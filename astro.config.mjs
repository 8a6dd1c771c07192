// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import site from './site.config.ts';
import { astroCsp } from './src/lib/csp.ts';

// Paths can be redirected for the benchmark and tests (a temporary content folder,
// a separate output), so a build never writes into the source tree.
const env = process.env;

/** The output folder as a path ending in a slash (the sitemap filter reads built pages from it). */
const builtDir = fileURLToPath(new URL((env.MADING_OUT_DIR ?? './dist').replace(/\/?$/, '/'), new URL('.', import.meta.url)));

/**
 * True when a built page asks search engines to stay away (its own `<meta name="robots" content="noindex">`),
 * so the sitemap never lists it, whichever feature made it. Pages are on disk when the sitemap is written.
 * @param {string} page absolute URL of the page
 */
function isNoindex(page) {
  let fd;
  try {
    fd = openSync(`${builtDir}${decodeURIComponent(new URL(page).pathname).replace(/^\//, '')}index.html`, 'r');
    const head = Buffer.alloc(8192);
    const n = readSync(fd, head, 0, head.length, 0);
    return /<meta name="robots" content="[^"]*noindex/.test(head.toString('utf8', 0, n));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

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
  // Strict CSP per page: a <meta> with hashes of what Astro renders (src/lib/csp.ts, docs/deploy.md).
  security: { csp: astroCsp() },
  // Unchanged pages whose getStaticPaths() entry has a `cacheKey` (the posters, src/pages/cetak/_components/paths.ts)
  // are copied from the last build (kept in cacheDir) instead of being rendered again.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/(admin|cetak)\//.test(new URL(page).pathname) && !isNoindex(page),
      // Plain URL lists: the news/image/video extensions are unused and only add bytes.
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
  ],
  // No Shiki: its colours are inline style attributes, which the strict CSP refuses (and stories are not code).
  markdown: { syntaxHighlight: false },
  image: {
    responsiveStyles: false,
    // AVIF effort 2 encodes 5–8× faster than the default 4 for 0–9% more bytes at 360–720 px
    // (image generation dominates cold builds); mozjpeg makes the JPEG fallback ~15% smaller.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 }, jpeg: { mozjpeg: true } } },
  },
  vite: {
    // No module-preload helper: pages load at most one small module, and the helper costs ~1 KB.
    build: { assetsInlineLimit: 0, modulePreload: false },
  },
});
