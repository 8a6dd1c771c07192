// Print for the wall board (issue 4). Posters and the wall sheet are printed to PDF
// by headless Chromium like a steward's "Save as PDF", then read back with poppler:
// exactly one page of the right paper, the headline in the text, and a QR code on
// the paper that decodes to the story's address and is big enough to scan.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles, splitFrontmatter, storySlug } from '../../scripts/lib/content-files.ts';
import { config } from '../../src/lib/config.ts';
import { sortStories } from '../../src/lib/stories.ts';
import { absoluteUrl, ROUTES } from '../../src/lib/urls.ts';
import { makeContentDir } from '../content/support.ts';
import { launchBrowser } from './support/browser.ts';
import { decodeQrCodes, getPdfInfo, getPdfText, renderPdfPage } from './support/pdf.ts';
import { startServer, type StaticServer } from './support/server.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'mading-print-'));
const PAPER_MM = { A4: [210, 297], A3: [297, 420] } as const;
/** Render resolution per paper: QR modules come out 3–4 px wide either way. */
const DPI = { A4: 150, A3: 100 } as const;
/** The sheets' @page margins (src/pages/cetak/_components/sheet.css): where the sheet starts on the paper. */
const MARGIN_MM = { A4: 12, A3: 16.97 } as const;
const PX_TO_MM = 25.4 / 96;

/** A story as its file says, enough to know what its poster must show. */
interface SampleStory {
  id: string;
  data: { title: string; date: Date; draft: boolean; topics: string[]; place: string; authors: string[]; poster?: { headline?: string } };
  body: string;
}

/** Published stories of a content folder, read straight from the files (not from the build under test). */
async function readStories(contentDir: string): Promise<SampleStory[]> {
  const dir = path.join(contentDir, 'stories');
  const files = await listFiles(dir, (name) => name.endsWith('.mdx'));
  return files
    .map((file) => {
      const { frontmatter, body } = splitFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
      const data = yaml.load(frontmatter ?? '') as SampleStory['data'];
      return { id: storySlug(file), data: { ...data, draft: data.draft === true }, body };
    })
    .filter((s) => !s.data.draft);
}

const storyUrl = (id: string) => absoluteUrl(config.url, ROUTES.story(id));
/** Text as compared with pdftotext output, which joins words hyphenated at line ends ("rumah-\nrumah" → "rumahrumah"). */
const squash = (s: string) => s.normalize('NFKC').replace(/[-\u00ad]/g, '').replace(/\s+/g, ' ').trim();

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'id-ID' });
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** What a printed sheet turned out to be. */
interface Printed {
  pages: number;
  widthMm: number;
  heightMm: number;
  text: string;
  qrs: { data: string; widthMm: number }[];
  /** QR codes in the page's markup (each must be found on the paper). */
  codes: number;
  /** Boxes on the sheet whose content is cut off (must be none). */
  clipped: string[];
  /** The poster's key points as printed. */
  points: string[];
}

/** Boxes on a cetak sheet whose overflow guard hides content, as laid out for print (must be none). */
function findClipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.sheet, .sheet *')]
      .filter((el) => getComputedStyle(el).overflow === 'hidden')
      .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.className}: ${el.scrollHeight} > ${el.clientHeight}`),
  );
}

/** Open `url`, print it to PDF as a steward would (A4 unless the page's CSS says otherwise), and read the paper back. */
async function printSheet(url: string, name: string, paper: 'A4' | 'A3' = 'A4'): Promise<Printed> {
  const page: Page = await context.newPage();
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  const file = path.join(tmp, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  // Nothing on the sheet may be hidden by its overflow guards: that would be text cut off.
  await page.emulateMedia({ media: 'print' });
  const clipped = await findClipped(page);
  const { points, codes } = await page.evaluate(() => {
    const sheet = document.querySelector('.sheet')!.getBoundingClientRect();
    return {
      points: [...document.querySelectorAll('.ps-points li')].map((li) => li.textContent ?? ''),
      // Where the layout puts each QR code, relative to the sheet (CSS px); the codes are read from the PDF there.
      codes: [...document.querySelectorAll('.sheet svg[role="img"]')].map((svg) => {
        const r = svg.getBoundingClientRect();
        return { x: r.left - sheet.left, y: r.top - sheet.top, width: r.width, height: r.height };
      }),
    };
  });
  const pad = 4;
  const regions = codes.map((c) => ({
    x: MARGIN_MM[paper] + c.x * PX_TO_MM - pad,
    y: MARGIN_MM[paper] + c.y * PX_TO_MM - pad,
    width: c.width * PX_TO_MM + 2 * pad,
    height: c.height * PX_TO_MM + 2 * pad,
  }));
  await page.close();
  const info = await getPdfInfo(file);
  const png = await renderPdfPage(file, 1, DPI[paper]);
  return { ...info, text: await getPdfText(file), qrs: decodeQrCodes(png, DPI[paper], regions), codes: codes.length, clipped, points };
}

/** The assertions every poster must pass. */
function expectPoster(printed: Printed, paper: 'A4' | 'A3', headline: string, url: string): void {
  expect(printed.pages).toBe(1);
  expect(printed.widthMm).toBeCloseTo(PAPER_MM[paper][0], 0);
  expect(printed.heightMm).toBeCloseTo(PAPER_MM[paper][1], 0);
  expect(printed.clipped).toEqual([]);
  expect(squash(printed.text)).toContain(squash(headline));
  expect(printed.codes).toBe(1);
  expect(printed.qrs.map((q) => q.data)).toEqual([url]);
  // 35 mm of code (without the quiet zone) scans from a step or two away.
  expect(printed.qrs[0].widthMm).toBeGreaterThanOrEqual(35);
}

describe('posters of the sample stories (/cetak/<slug>/)', () => {
  let longest: SampleStory;
  let a4: Printed;
  beforeAll(async () => {
    const stories = await readStories(path.join(root, 'content'));
    longest = stories.reduce((a, b) => (b.body.length > a.body.length ? b : a));
    a4 = await printSheet(`${baseUrl}${ROUTES.poster(longest.id)}`, 'longest-a4');
  });

  it('the longest story fits exactly one A4 page, with its headline and a QR code to it', () => {
    expectPoster(a4, 'A4', longest.data.poster?.headline ?? longest.data.title, storyUrl(longest.id));
  });

  it('its key points are whole sentences of the story (never cut mid-sentence)', () => {
    expect(a4.points.length).toBeGreaterThanOrEqual(1);
    const storyText = squash(longest.body.replace(/\*\*|__|[*_`]/g, ''));
    for (const point of a4.points) {
      expect(point).toMatch(/[.!?"”]$/);
      expect(storyText).toContain(squash(point));
    }
  });

  it('the A3 variant is the same poster on one A3 page', async () => {
    const a3 = await printSheet(`${baseUrl}${ROUTES.posterA3(longest.id)}`, 'longest-a3', 'A3');
    expectPoster(a3, 'A3', longest.data.poster?.headline ?? longest.data.title, storyUrl(longest.id));
    expect(a3.points).toEqual(a4.points);
    expect(a3.qrs[0].widthMm).toBeCloseTo(a4.qrs[0].widthMm * Math.SQRT2, 0);
  });

  it('no poster of any sample story hides text behind its overflow guards', async () => {
    const stories = await readStories(path.join(root, 'content'));
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const problems: Record<string, string[]> = {};
    for (const story of stories) {
      await page.goto(`${baseUrl}${ROUTES.poster(story.id)}`);
      const clipped = await findClipped(page);
      if (clipped.length) problems[story.id] = clipped;
    }
    await page.close();
    expect(problems).toEqual({});
  });
});

describe('a story with a 120-character title (fixture content, built for this test)', () => {
  const TITLE = 'Pekerja Kontrak di Kawasan Industri Karawang Menuntut Pengangkatan Tetap Setelah Lima Tahun Diperpanjang Tanpa Kepastian';
  let server: StaticServer;
  let outDir = '';
  beforeAll(async () => {
    const content = makeContentDir([], {
      'stories/judul-panjang/index.mdx': [
        '---',
        `title: "${TITLE}"`,
        'lede: "Ratusan pekerja kontrak di tiga pabrik komponen otomotif di Karawang sudah lima tahun bekerja dengan kontrak yang diperbarui setiap enam bulan. Serikat menuntut pengangkatan menjadi pekerja tetap dan membawa kasusnya ke dinas tenaga kerja."',
        'date: 2026-10-06',
        'authors: [redaksi]',
        'place: karawang',
        'topics: [upah]',
        '---',
        '',
        'Sejak 2021, sekitar 340 pekerja di bagian perakitan bekerja dengan kontrak enam bulanan. Setiap kali kontrak habis, mereka diminta menandatangani kontrak baru tanpa jeda.',
        '',
        'Menurut serikat, pekerjaan perakitan bersifat tetap dan terus-menerus, sehingga tidak boleh dikerjakan dengan kontrak waktu tertentu. Serikat sudah dua kali meminta perundingan bipartit.',
        '',
      ].join('\n'),
      'stories/draf-poster.mdx': '---\ntitle: Draf yang belum terbit\nlede: Draf ini tidak boleh punya poster di hasil build mana pun.\ndate: 2026-10-07\nauthors: [redaksi]\nplace: karawang\ntopics: [upah]\ndraft: true\n---\n\nIsi draf.\n',
    });
    outDir = path.join(tmp, 'fixture-dist');
    execFileSync('npm', ['run', 'build', '--silent'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, MADING_CONTENT_DIR: content, MADING_OUT_DIR: outDir, MADING_CACHE_DIR: path.join(tmp, 'fixture-cache') },
    });
    server = await startServer(outDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('fits exactly one A4 page with the whole title and a QR code to the story', async () => {
    expect(TITLE).toHaveLength(120);
    const printed = await printSheet(`${server.url}${ROUTES.poster('judul-panjang')}`, 'title-120');
    expectPoster(printed, 'A4', TITLE, storyUrl('judul-panjang'));
    expect(printed.points.length).toBeGreaterThanOrEqual(1);
  });

  it('the draft in the same folder gets no poster', () => {
    expect(existsSync(path.join(outDir, 'cetak', 'judul-panjang', 'index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'cetak', 'draf-poster'))).toBe(false);
  });
});

describe('the wall-sheet edition (/cetak/mading/)', () => {
  let latest: SampleStory[];
  let published: number;
  beforeAll(async () => {
    const stories = sortStories(await readStories(path.join(root, 'content')));
    published = stories.length;
    latest = stories.slice(0, config.print.wallSheetCount);
  });

  it.each(['A4', 'A3'] as const)('%s: the latest stories on exactly one page, each with a QR code to it', async (paper) => {
    const printed = await printSheet(`${baseUrl}${paper === 'A4' ? ROUTES.wallSheet : `${ROUTES.wallSheet}a3/`}`, `wall-${paper}`, paper);
    expect(printed.pages).toBe(1);
    expect(printed.widthMm).toBeCloseTo(PAPER_MM[paper][0], 0);
    expect(printed.heightMm).toBeCloseTo(PAPER_MM[paper][1], 0);
    expect(printed.clipped).toEqual([]);
    expect(latest).toHaveLength(Math.min(published, config.print.wallSheetCount));
    for (const story of latest) expect(squash(printed.text)).toContain(squash(story.data.title));
    expect(printed.text).toContain(`Edisi ${published}`);
    expect(printed.codes).toBe(latest.length);
    expect(printed.qrs.map((q) => q.data).sort()).toEqual(latest.map((s) => storyUrl(s.id)).sort());
  });
});

describe('every page prints cleanly', () => {
  it('a story prints without navigation or buttons, ending with its address and a QR code to it', async () => {
    const [story] = sortStories(await readStories(path.join(root, 'content')));
    const page = await context.newPage();
    await page.goto(`${baseUrl}${ROUTES.story(story.id)}`);
    // On screen the print footer is invisible…
    await expect(page.locator('.print-footer').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    // …and in print the screen-only parts are.
    for (const selector of ['.site-header nav', '.actions', '.prevnext', '.crumbs']) {
      const el = page.locator(selector).first();
      if ((await el.count()) > 0) expect(await el.isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.print-footer').isVisible()).toBe(true);
    const file = path.join(tmp, 'story.pdf');
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
    await page.close();
    const info = await getPdfInfo(file);
    expect(info.widthMm).toBeCloseTo(210, 0);
    const last = decodeQrCodes(await renderPdfPage(file, info.pages, DPI.A4), DPI.A4);
    expect(last.map((q) => q.data)).toEqual([storyUrl(story.id)]);
    expect(squash(await getPdfText(file))).toContain(squash(storyUrl(story.id)));
  });

  it('the poster page explains how to print; its button appears only when it can work', async () => {
    const [story] = sortStories(await readStories(path.join(root, 'content')));
    const url = `${baseUrl}${ROUTES.poster(story.id)}`;
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(url);
    expect(await plain.locator('md-print-button button').isVisible()).toBe(false);
    expect(await plain.locator('.print-howto').textContent()).toMatch(/A4/);
    expect(await plain.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/);
    await noJs.close();

    const page = await context.newPage();
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.goto(url);
    await page.locator('md-print-button button').click();
    expect(await page.locator('html').getAttribute('data-printed')).toBe('');
    await page.close();
  });

  it('print routes stay out of the sitemap, and drafts get no poster', async () => {
    const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/berita/');
    expect(sitemap).not.toContain('/cetak/');
    const dir = path.join(root, 'content', 'stories');
    const files = await listFiles(dir, (name) => name.endsWith('.mdx'));
    const drafts = files.filter((f) => (yaml.load(splitFrontmatter(readFileSync(path.join(dir, f), 'utf8')).frontmatter ?? '') as { draft?: boolean }).draft === true);
    for (const f of drafts) expect(existsSync(path.join(distDir, 'cetak', storySlug(f))), f).toBe(false);
  });
});
