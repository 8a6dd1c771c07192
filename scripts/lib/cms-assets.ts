// Writes the CMS into a built site: /admin/index.html, /admin/config.yml (generated
// from the schemas) and the pinned Sveltia CMS bundle copied from node_modules,
// with its web-font URLs pointed at copies on this site so the admin makes no
// request to a CDN. Used by the post-build step and by `npm run cms`.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import yaml from 'js-yaml';
import { translate } from '../../src/i18n/index.ts';
import { absoluteUrl, ROUTES } from '../../src/lib/urls.ts';
import type { SiteConfig } from '../../src/schemas/site-config.ts';
import { createCmsConfig } from './cms-config.ts';

/** The CMS package (pinned in package.json; upgrades go through tests/e2e/cms.test.ts). */
export const CMS_PACKAGE = '@sveltia/cms';
/** Where the vendor files go: `/_astro/` is already served with a one-year immutable cache. */
export const VENDOR_DIR = '_astro/cms';

/**
 * Web fonts the bundle loads from a CDN, and the copy of each that the package
 * ships in `npm/assets/` (the same files). Icons are a font: without it the UI
 * shows words like “arrow_back” instead of arrows.
 */
export const FONT_REWRITES = [
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g, asset: /^material-symbols-outlined-latin-wght-normal-[\w-]+\.woff2$/ },
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g, asset: /^source-sans-3-latin-wght-normal-[\w-]+\.woff2$/ },
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g, asset: /^noto-mono-latin-400-normal-[\w-]+\.woff2$/ },
] as const;

/** The installed CMS package: its folder and exact version. */
export async function findCmsPackage(): Promise<{ root: string; version: string }> {
  const entry = createRequire(import.meta.url).resolve(CMS_PACKAGE);
  let dir = path.dirname(entry);
  for (;;) {
    try {
      const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (pkg.name === CMS_PACKAGE) return { root: dir, version: pkg.version };
    } catch {
      /* keep walking up */
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cms: ${CMS_PACKAGE} is not installed (npm install).`);
    dir = up;
  }
}

/**
 * Point every CDN font URL in the bundle at `urls[i]` (the self-hosted copy of
 * FONT_REWRITES[i]). Throws when a URL is not found, so an upgrade that changes
 * them fails the build instead of silently loading fonts from a CDN.
 */
export function selfHostFonts(bundle: string, urls: readonly string[]): string {
  let out = bundle;
  FONT_REWRITES.forEach((rule, i) => {
    const before = out;
    out = out.replace(rule.cdn, urls[i]);
    if (out === before) throw new Error(`cms: the CMS bundle no longer loads ${rule.cdn.source}; update FONT_REWRITES in scripts/lib/cms-assets.ts.`);
  });
  if (/cdn\.jsdelivr\.net\/fontsource/.test(out)) throw new Error('cms: the CMS bundle loads a font from a CDN that FONT_REWRITES does not cover.');
  return out;
}

/** Escape text for HTML. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The admin page: no index, no inline code, one script from this site. */
export function renderAdminHtml(options: { lang: string; title: string; noscript: string; script: string }): string {
  return `<!doctype html>
<html lang="${esc(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${esc(options.title)}</title>
<link href="/admin/config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<noscript><p>${esc(options.noscript)}</p></noscript>
<script src="${esc(options.script)}"></script>
</body>
</html>
`;
}

/** First 10 hex digits of a SHA-256: enough to bust caches when a file changes. */
const shortHash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 10);

/** What `writeCmsAdmin` wrote, relative to the output folder. */
export interface CmsAdminFiles {
  version: string;
  files: { file: string; bytes: number }[];
}

/** Options for `writeCmsAdmin`. */
export interface WriteCmsOptions {
  site: SiteConfig;
  /** UI language of labels and hints; defaults to the site's. */
  lang?: string;
}

/** Write /admin/ (page, generated config, self-hosted bundle and fonts) into `outDir`. */
export async function writeCmsAdmin(outDir: string, options: WriteCmsOptions): Promise<CmsAdminFiles> {
  const { site } = options;
  const lang = options.lang ?? site.lang;
  const { root, version } = await findCmsPackage();
  const files: { file: string; bytes: number }[] = [];
  const put = async (rel: string, data: string | Buffer) => {
    const abs = path.join(outDir, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, data);
    files.push({ file: rel, bytes: Buffer.byteLength(data) });
  };

  const assetsDir = path.join(root, 'npm', 'assets');
  const assets = await readdir(assetsDir);
  const fontUrls: string[] = [];
  for (const rule of FONT_REWRITES) {
    const name = assets.find((a) => rule.asset.test(a));
    if (!name) throw new Error(`cms: ${CMS_PACKAGE}@${version} no longer ships a font matching ${rule.asset.source}; update FONT_REWRITES.`);
    const data = await readFile(path.join(assetsDir, name));
    const rel = `${VENDOR_DIR}/${name.replace(/-[\w-]{8}\.woff2$/, '')}.${shortHash(data)}.woff2`;
    await put(rel, data);
    fontUrls.push(`/${rel}`);
  }

  const bundle = selfHostFonts(await readFile(path.join(root, 'dist', 'sveltia-cms.js'), 'utf8'), fontUrls);
  const script = `${VENDOR_DIR}/sveltia-cms-${version}.${shortHash(bundle)}.js`;
  await put(script, bundle);

  const config = createCmsConfig({ site, lang });
  await put('admin/config.yml', `# Generated from src/schemas by scripts/lib/cms-config.ts at build time. Do not edit.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`);

  const submitUrl = absoluteUrl(site.url, ROUTES.submit);
  await put(
    'admin/index.html',
    renderAdminHtml({
      lang,
      title: translate(lang, 'cms.admin.title', { site: site.name }),
      noscript: translate(lang, 'cms.admin.noscript', { url: site.features.submitForm ? submitUrl : site.contact.email }),
      script: `/${script}`,
    }),
  );
  return { version, files };
}
