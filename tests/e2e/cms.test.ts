// The CMS at /admin/, loaded from the built site in headless Chromium with the
// site's real headers (CSP included). Only the backend is swapped: the served
// config.yml is rewritten on the fly to Sveltia's `test-repo` backend, whose
// "repository" is a folder in the browser's private file system (OPFS), seeded
// here with the base content fixture. Every request off this machine is refused.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { splitFrontmatter } from '../../scripts/lib/content-files.ts';
import { translate } from '../../src/i18n/index.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';
import site from '../../site.config.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(root, 'tests/content/fixtures/base');
const shots = path.join(os.tmpdir(), 'mading-cms-shots');
const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(site.lang, key, vars);

interface CmsField { name: string; label: string; widget: string; required?: boolean; fields?: CmsField[] }
interface CmsCollection { name: string; label: string; fields: CmsField[] }
const shipped = yaml.load(readFileSync(path.join(distDir, 'admin/config.yml'), 'utf8')) as { backend: { name: string }; collections: CmsCollection[] };
const storyFields = shipped.collections.find((c) => c.name === 'stories')!.fields;

let browser: Browser;
/** Requests that tried to leave the machine (all refused). */
const outside: string[] = [];
/** CSP violations reported by the page. */
const violations: string[] = [];

/** Every file below `dir`, as `content/<relative path>` → base64. */
function readTree(dir: string, prefix = 'content'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) Object.assign(out, readTree(abs, `${prefix}/${name}`));
    else out[`${prefix}/${name}`] = readFileSync(abs).toString('base64');
  }
  return out;
}

/** A context that serves the shipped admin with a test backend and refuses the outside world. */
async function cmsContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'id-ID', ...options });
  await context.route('**', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      outside.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/admin/config.yml') {
      const res = await route.fetch();
      const config = yaml.load(await res.text()) as Record<string, unknown>;
      // The only change: an in-browser repository instead of GitHub. Sveltia runs the
      // editorial workflow on GitHub/GitLab only, so the test backend saves directly.
      config.backend = { name: 'test-repo' };
      delete config.publish_mode;
      return route.fulfill({ response: res, body: yaml.dump(config) });
    }
    return route.continue();
  });
  return context;
}

/** Open /admin/, seed the test repository with the base fixture, and sign in. */
async function openCms(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${baseUrl}/admin/`);
  await page.evaluate(async (files) => {
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const [p, b64] of Object.entries(files)) {
      const parts = p.split('/');
      const name = parts.pop()!;
      let dir = repo;
      for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, readTree(fixture));
  await page.reload();
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.waitForURL(/#\/collections/);
  return page;
}

/** Files in the test repository below `prefix`: text for content, `{bytes}` for the rest. */
async function repoFiles(page: Page, prefix: string): Promise<Record<string, string | { base64: string }>> {
  return page.evaluate(async (prefix) => {
    const out: Record<string, string | { base64: string }> = {};
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    const walk = async (dir: FileSystemDirectoryHandle, at: string) => {
      for await (const [name, handle] of dir.entries()) {
        const p = at ? `${at}/${name}` : name;
        if (handle.kind === 'directory') await walk(handle, p);
        else if (p.startsWith(prefix)) {
          const file = await handle.getFile();
          if (/\.(mdx?|ya?ml)$/.test(name)) out[p] = await file.text();
          else {
            const bytes = new Uint8Array(await file.arrayBuffer());
            let bin = '';
            for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            out[p] = { base64: btoa(bin) };
          }
        }
      }
    };
    await walk(repo, '');
    return out;
  }, prefix);
}

/** The editor's section for a field (the preview pane repeats the key path, without the `field` class). */
const field = (page: Page, keyPath: string) => page.locator(`section.field[data-key-path="${keyPath}"]`);

/** Switch an optional group (cover, poster) on or off, and wait until the UI agrees. */
async function setGroup(page: Page, group: string, on: boolean): Promise<void> {
  // Click once, then wait for the switch to settle: clicking inside a poll can
  // toggle it back on a slow machine before the first click has rendered.
  const box = field(page, group).getByRole('checkbox').first();
  for (let attempt = 0; attempt < 3 && (await box.getAttribute('aria-checked')) !== String(on); attempt++) {
    await box.click();
    await expect
      .poll(() => box.getAttribute('aria-checked'), { timeout: 5_000 })
      .toBe(String(on))
      .catch(() => undefined); // not toggled yet: look again and click once more
  }
  expect(await box.getAttribute('aria-checked')).toBe(String(on));
  if (on) await revealGroup(page, group);
}

/** Sveltia renders a group's fields lazily, as placeholders until they scroll into view: bring each one into view. */
async function revealGroup(page: Page, group: string): Promise<void> {
  const placeholders = field(page, group).locator('.item-list .placeholder');
  await field(page, group).scrollIntoViewIfNeeded();
  await expect
    .poll(async () => {
      const left = await placeholders.count();
      if (left) await placeholders.first().scrollIntoViewIfNeeded().catch(() => undefined);
      return left;
    })
    .toBe(0);
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('/admin/ as served', () => {
  it('is noindex, out of the sitemap, and loads one self-hosted script under its own CSP', async () => {
    const res = await fetch(`${baseUrl}/admin/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("connect-src 'self' blob: data: https://api.github.com");
    expect(csp).not.toMatch(/unsafe-eval|unpkg|jsdelivr/);
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script src="\/_astro\/cms\/sveltia-cms-[\d.]+\.[0-9a-f]{10}\.js">$/);
    const script = /src="([^"]+)"/.exec(scripts[0])![1];
    const bundle = readFileSync(path.join(distDir, script), 'utf8');
    expect(bundle).not.toContain('cdn.jsdelivr.net/fontsource');
    const cached = await fetch(`${baseUrl}${script}`);
    expect(cached.headers.get('cache-control')).toMatch(/immutable/);
    const sitemaps = readdirSync(distDir).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(readFileSync(path.join(distDir, f), 'utf8')).not.toContain('/admin');
    // The shipped config signs in to GitHub with review before publish.
    expect(shipped.backend.name).toBe('github');
  });
});

describe('the shipped config, as the CMS itself reads it', () => {
  it('loads with no warning from the CMS’s own config validator and offers GitHub sign-in', async () => {
    const context = await browser.newContext({ locale: 'id-ID' });
    await context.route('**', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') messages.push(`${m.text()} ${m.location().url}`);
    });
    await page.goto(`${baseUrl}/admin/`);
    // Labels wrap names in bidi isolates (U+2068/U+2069).
    await page.getByRole('button', { name: /^Sign In with\W+GitHub\W*$/ }).waitFor();
    await expect(page.getByText(t('cms.admin.title', { site: site.name })).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, 'sign-in.png') });
    // Only the CMS's update check and GitHub's status page are refused (CSP connect-src); nothing else is wrong.
    const other = messages.filter((m) => !/unpkg\.com|githubstatus\.com/.test(m));
    expect(other).toEqual([]);
    await context.close();
  });
});

describe('the CMS in Chromium (test backend, no network)', () => {
  let context: BrowserContext;
  let page: Page;
  let saved: Record<string, string | { base64: string }> = {};
  let storyDir = '';

  beforeAll(async () => {
    context = await cmsContext({ viewport: { width: 1280, height: 900 } });
    page = await openCms(context);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('lists the collections with their Indonesian names, and the stories collection opens', async () => {
    for (const c of ['stories', 'storiesSingle', 'authors', 'topics', 'places'] as const) {
      await expect.poll(() => page.locator('body').innerText()).toContain(t(`cms.collection.${c}`));
    }
    await page.goto(`${baseUrl}/admin/#/collections/stories`);
    await expect.poll(() => page.getByText('Cerita uji dengan gambar sampul').count()).toBeGreaterThan(0);
    await expect(page.getByText('Kami Bukan Mesin').count()).resolves.toBe(0);
    // Stories kept as one file (no folder) are listed apart, for editing only.
    await page.goto(`${baseUrl}/admin/#/collections/stories_single`);
    await expect.poll(() => page.getByText('Kami Bukan Mesin').count()).toBeGreaterThan(0);
    await expect(page.getByText('Cerita uji dengan gambar sampul').count()).resolves.toBe(0);
    await page.goto(`${baseUrl}/admin/#/collections/stories`);
    await expect.poll(() => page.getByText('Cerita uji dengan gambar sampul').count()).toBeGreaterThan(0);
    // The icon font is self-hosted: icons render as icons, not as words.
    await expect.poll(() => page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"'))).toBe(true);
    await page.screenshot({ path: path.join(shots, 'collection.png') });
  });

  it('the new-story form shows every schema field with its Indonesian label', async () => {
    await page.goto(`${baseUrl}/admin/#/collections/stories/new`);
    await field(page, 'title').locator('input').waitFor();
    for (const f of storyFields) {
      await expect(field(page, f.name).count(), f.name).resolves.toBe(1);
      expect((await field(page, f.name).locator('h4').first().textContent())?.trim(), f.name).toBe(f.label);
    }
    expect(storyFields.map((f) => f.label)).toEqual(expect.arrayContaining(['Judul', 'Ringkasan', 'Tanggal terbit', 'Penulis', 'Tempat', 'Topik', 'Foto sampul', 'Isi berita']));
    // Relations offer the entries of the other collections, by name, so ids can't be mistyped.
    await expect(field(page, 'authors').getByRole('checkbox', { name: 'Kenanga' }).count()).resolves.toBe(1);
    await expect(field(page, 'place').getByRole('radio', { name: 'Karawang (Jawa Barat)' }).count()).resolves.toBe(1);
    // Optional groups open to show their own fields.
    for (const group of ['cover', 'poster']) {
      await setGroup(page, group, true);
      for (const sub of storyFields.find((f) => f.name === group)!.fields!) {
        expect((await field(page, `${group}.${sub.name}`).locator('h4').first().textContent())?.trim()).toBe(sub.label);
      }
    }
    await setGroup(page, 'poster', false);
    await page.screenshot({ path: path.join(shots, 'new-story.png'), fullPage: true });
  });

  it('refuses a body the build would reject, with the Indonesian explanation', async () => {
    await field(page, 'title').locator('input').fill('Buruh garmen uji menuntut upah lembur dibayar');
    await field(page, 'lede').locator('textarea').fill('Operator jahit di pabrik uji bertahan dua jam setelah bel pulang tanpa bayaran lembur.');
    await field(page, 'authors').getByRole('checkbox', { name: 'Kenanga' }).click();
    await field(page, 'place').getByRole('radio', { name: 'Karawang (Jawa Barat)' }).click();
    await field(page, 'topics').getByRole('checkbox', { name: 'Upah' }).click();
    const body = field(page, 'body').locator('[contenteditable="true"]').first();
    await body.click();
    await page.keyboard.type('Upah naik {10%} padahal masih < UMK.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => field(page, 'body').innerText()).toContain(t('cms.stories.body.pattern'));
    const stories = await repoFiles(page, 'content/stories/buruh-');
    expect(Object.keys(stories)).toEqual([]);
  });

  it('shrinks photos before upload, and refuses one still too large afterwards with a warning', async () => {
    // Random pixels: even shrunk to 2000 px and re-encoded, no real photo is this heavy.
    const { data, info } = await sharp({ create: { width: 2400, height: 2400, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 90 } } }).raw().toBuffer({ resolveWithObject: true });
    const file = path.join(shots, 'bukan-foto.jpg');
    await sharp(data, { raw: info }).jpeg({ quality: 95 }).toFile(file);
    await setGroup(page, 'cover', true);
    await field(page, 'cover.src').getByRole('button', { name: 'Browse' }).click();
    const dialog = page.getByRole('dialog');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: /Upload/ }).click()]);
    await chooser.setFiles(file);
    // The size check runs on the shrunk WebP, when the photo is inserted.
    await dialog.getByRole('button', { name: 'Insert' }).click();
    const warning = page.getByRole('alertdialog');
    await expect.poll(() => warning.innerText(), { timeout: 20_000 }).toMatch(/cannot be uploaded because it exceeds the maximum size of\W+2\W+MB/);
    expect(await warning.innerText()).toContain('bukan-foto.webp');
    await page.screenshot({ path: path.join(shots, 'too-large.png') });
    await warning.getByRole('button', { name: 'OK' }).click();
    for (let i = 0; i < 3 && (await page.getByRole('dialog').count()); i++) await page.keyboard.press('Escape');
    expect(await field(page, 'cover.src').innerText()).not.toContain('bukan-foto');
  });

  it('saves a story whose file, with an uploaded photo, passes the content check', async () => {
    // A phone-sized photo carrying GPS coordinates and the photographer's name.
    const photo = path.join(shots, 'foto-pabrik.jpg');
    await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#b04030' } })
      .composite([{ input: Buffer.from('<svg width="3000" height="2000"><circle cx="1500" cy="1000" r="600" fill="#fc0"/></svg>') }])
      .jpeg({ quality: 90 })
      .withExif({ IFD0: { Artist: 'Nama Asli Pekerja', Make: 'Ponsel' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 18/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 18/1 0/1' } })
      .toFile(photo);
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    await setGroup(page, 'cover', true);
    await field(page, 'cover.src').getByRole('button', { name: 'Browse' }).click();
    const dialog = page.getByRole('dialog');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: /Upload/ }).click()]);
    await chooser.setFiles(photo);
    await dialog.getByRole('button', { name: 'Insert' }).click();
    await field(page, 'cover.alt').locator('textarea').fill('Gerbang pabrik merah dengan matahari kuning');
    await field(page, 'cover.credit').locator('input').fill('Foto: Kenanga');

    const body = field(page, 'body').locator('[contenteditable="true"]').first();
    await body.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Upah naik sepuluh persen, padahal masih kurang dari UMK. Kami menuntut lembur dibayar "sesuai aturan" & tepat waktu.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Jam kerja kami');
    // The editor hands its text to the entry after a short debounce: wait until the
    // preview shows the last words, or the save is checked against an empty body.
    await expect.poll(() => page.getByText('Jam kerja kami').count()).toBeGreaterThanOrEqual(2);
    // Saving resizes and re-encodes the photo in the browser first, which can take a
    // while on a loaded machine; a click that lands while the form is still busy is
    // ignored, so click again if nothing has been written after a while.
    const saved2 = async () => Object.keys(await repoFiles(page, 'content/stories/buruh-')).length;
    for (let attempt = 0; attempt < 3 && (await saved2()) < 2; attempt++) {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(saved2, { timeout: 20_000 }).toBe(2).catch(() => undefined);
    }
    await page.screenshot({ path: path.join(shots, 'after-save.png') });
    expect(await saved2()).toBe(2);
    await page.screenshot({ path: path.join(shots, 'saved.png') });

    saved = await repoFiles(page, 'content/stories/buruh-');
    const entry = Object.keys(saved).find((p) => p.endsWith('/index.mdx'))!;
    storyDir = path.dirname(entry);
    const slug = path.basename(storyDir);
    expect(entry).toBe(`content/stories/${slug}/index.mdx`);
    expect(slug).toMatch(ID_PATTERN);
    const source = saved[entry] as string;
    const { frontmatter, body: text } = splitFrontmatter(source);
    const data = yaml.load(frontmatter!) as Record<string, unknown>;
    expect(data).toMatchObject({ title: 'Buruh garmen uji menuntut upah lembur dibayar', authors: ['kenanga'], place: 'karawang', topics: ['upah'], draft: false });
    // No empty optional fields that the schema would reject.
    expect(Object.keys(data)).not.toContain('updated');
    expect(Object.keys(data)).not.toContain('lang');
    expect(text).toContain('kurang dari UMK');

    // The photo lands beside the story, shrunk and re-encoded: no EXIF, no GPS.
    const cover = (data.cover as { src: string }).src;
    const image = saved[`${storyDir}/${cover.replace(/^\.\//, '')}`] as { base64: string };
    expect(image).toBeDefined();
    const meta = await sharp(Buffer.from(image.base64, 'base64')).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(2000);
    expect(meta.exif).toBeUndefined();

    // The real checker over the fixture plus exactly what the CMS wrote.
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'mading-cms-out-'));
    cpSync(fixture, path.join(tmp, 'content'), { recursive: true });
    for (const [p, v] of Object.entries(saved)) {
      mkdirSync(path.join(tmp, path.dirname(p)), { recursive: true });
      writeFileSync(path.join(tmp, p), typeof v === 'string' ? v : Buffer.from(v.base64, 'base64'));
    }
    const result = await checkContent({ contentDir: path.join(tmp, 'content'), rootDir: tmp });
    expect(result.problems).toEqual([]);
    expect(result.ids.stories).toContain(slug);

    // And the real build: the story page exists with the photo through astro:assets.
    execFileSync('npx', ['astro', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, MADING_CONTENT_DIR: path.join(tmp, 'content'), MADING_OUT_DIR: path.join(tmp, 'dist'), MADING_CACHE_DIR: path.join(tmp, 'cache') },
    });
    const html = readFileSync(path.join(tmp, 'dist', 'berita', slug, 'index.html'), 'utf8');
    expect(html).toContain('Buruh garmen uji menuntut upah lembur dibayar');
    expect(html).toMatch(/<img[^>]+src="\/_astro\/[^"]+\.(webp|avif|jpg|png)"[^>]*alt="Gerbang pabrik merah dengan matahari kuning"/);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('keeps a story’s components when an editor changes only a field', async () => {
    const before = readFileSync(path.join(fixture, 'stories/cerita-dengan-sampul/index.mdx'), 'utf8');
    await page.goto(`${baseUrl}/admin/#/collections/stories`);
    await page.getByText('Cerita uji dengan gambar sampul').first().click();
    await field(page, 'title').locator('input').fill('Cerita uji dengan gambar sampul, disunting');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const path_ = 'content/stories/cerita-dengan-sampul/index.mdx';
    await expect.poll(async () => (await repoFiles(page, path_))[path_] as string, { timeout: 10_000 }).toContain('disunting');
    const after = (await repoFiles(page, path_))[path_] as string;
    expect(splitFrontmatter(after).body).toBe(splitFrontmatter(before).body);
  });

  it('never reached past this machine, and the CSP blocked nothing it needs', () => {
    expect(outside).toEqual([]);
    // The only refused request is the CMS's update check (a public CDN), blocked by connect-src.
    for (const v of violations) expect(v).toMatch(/unpkg\.com/);
  });
});

describe('the CMS on a phone', () => {
  it('fits a 360 px screen', async () => {
    const context = await cmsContext(phoneContext());
    const page = await openCms(context);
    await page.goto(`${baseUrl}/admin/#/collections/stories/new`);
    await field(page, 'title').locator('input').waitFor();
    await page.screenshot({ path: path.join(shots, 'phone-new-story.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
    expect(existsSync(path.join(shots, 'phone-new-story.png'))).toBe(true);
  });
});

describe('/kirim/: a story without an account', () => {
  it('is a plain Netlify form that works with JavaScript off, with a honeypot and anonymity advice first', async () => {
    const context = await browser.newContext(phoneContext({ javaScriptEnabled: false }));
    const page = await context.newPage();
    const res = await page.goto(`${baseUrl}/kirim/`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(t('cms.kirim.title'));
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    const form = page.locator('form[name="kirim"]');
    expect(await form.getAttribute('method')).toBe('POST');
    expect(await form.getAttribute('action')).toBe('/kirim/terima-kasih/');
    expect(await form.getAttribute('enctype')).toBe('multipart/form-data');
    expect(await form.getAttribute('data-netlify')).toBe('true');
    expect(await form.getAttribute('netlify-honeypot')).toBe('bot-field');
    expect(await form.locator('input[type="hidden"][name="form-name"]').getAttribute('value')).toBe('kirim');
    // The honeypot is in the form but not on screen.
    const trap = form.locator('input[name="bot-field"]');
    expect(await trap.count()).toBe(1);
    const box = await trap.boundingBox();
    expect(!box || box.x + box.width <= 0).toBe(true);
    // Fields: the limits are the story schema's, one optional photo, nothing about identity required.
    expect(await form.locator('input[name="title"]').getAttribute('maxlength')).toBe('120');
    expect(await form.locator('input[name="title"]').getAttribute('required')).not.toBeNull();
    expect(await form.locator('textarea[name="story"]').getAttribute('required')).not.toBeNull();
    expect(await form.locator('input[type="file"][name="photo"]').getAttribute('accept')).toBe('image/jpeg,image/png,image/webp');
    for (const name of ['penName', 'contact', 'place', 'photoAlt']) expect(await form.locator(`[name="${name}"]`).getAttribute('required'), name).toBeNull();
    expect(await form.locator('input[type="checkbox"][name="topics"]').count()).toBeGreaterThan(0);
    // The advice comes before the form and is honest about what Netlify keeps.
    const advice = page.locator('.kirim-safety');
    expect(await advice.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    const text = await advice.innerText();
    for (const word of ['nama pena', 'GPS', 'Netlify', 'IP', 'tangkapan layar']) expect(text).toContain(word);
    await page.screenshot({ path: path.join(shots, 'kirim-phone.png'), fullPage: true });
    const thanks = await page.goto(`${baseUrl}/kirim/terima-kasih/`);
    expect(thanks?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(t('cms.kirim.thanks.title'));
    await context.close();
  });
});
