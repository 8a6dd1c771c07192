// The rights calculators (/alat/…) as a worker meets them on a cheap phone: without
// JavaScript a worked explanation (examples computed at build time, the legal tables,
// a clear note that live calculation needs JavaScript); with it, a live calculator with
// inline errors, the full working, a shareable #link and a print view. Also the
// ≤ 5 KB gzip JavaScript budget of each calculator page, printed for the record.
// Expected figures are worked by hand from the formulas (reference §1–3 and §5).
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, phoneContext } from './support/browser.ts';
import { getPdfText } from './support/pdf.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const PAGES = ['lembur', 'pesangon', 'thr'] as const;
/** Intl (id-ID) writes a no-break space after "Rp"; the page text keeps it. */
const rp = (s: string) => s.replace(/Rp /g, 'Rp\u00a0');

let browser: Browser;
let js: BrowserContext;
let noJs: BrowserContext;
/** Script errors and CSP refusals seen on any page with JavaScript on. */
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  js = await browser.newContext(phoneContext());
  noJs = await browser.newContext(phoneContext({ javaScriptEnabled: false }));
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, context = js): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
  });
  const res = await page.goto(`${baseUrl}${path}`);
  expect(res?.status()).toBe(200);
  return page;
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();
const total = (page: Page) => text(page, '#hasil .calc-total strong');
const errorsShown = (page: Page) => page.locator('form .field-error:not([hidden])').allInnerTexts();
/** WCAG 2.1 AA violations (axe), one line each. */
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('JavaScript budget', () => {
  /** Gzip bytes of a page's module scripts and everything they import statically. */
  function jsBytes(page: string): { files: string[]; gzip: number } {
    const html = readFileSync(path.join(distDir, page, 'index.html'), 'utf8');
    const seen = new Set<string>();
    const visit = (url: string) => {
      if (seen.has(url)) return;
      seen.add(url);
      const code = readFileSync(path.join(distDir, url), 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(path.posix.join(path.posix.dirname(url), m[1]));
    };
    for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) visit(m[1]);
    for (const m of html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")(?![^>]*src=)[^>]*>([^<]+)<\/script>/g)) seen.add(`inline:${m[1]}`);
    const files = [...seen];
    const gzip = files.reduce((sum, f) => sum + gzipSync(f.startsWith('inline:') ? f.slice(7) : readFileSync(path.join(distDir, f)), { level: 9 }).length, 0);
    return { files, gzip };
  }

  it.each(PAGES)('/alat/%s/ loads at most 5 KB of gzipped JavaScript, as modules, on that page only', (tool) => {
    const { files, gzip } = jsBytes(`alat/${tool}`);
    console.log(`calculators: /alat/${tool}/ JavaScript ${gzip} B gzip (${files.length} files: ${files.map((f) => path.basename(f)).join(', ')})`);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.startsWith('/_astro/'))).toBe(true);
    expect(gzip).toBeLessThanOrEqual(5 * 1024);
  });

  it('the index and the story pages load no calculator code', () => {
    expect(jsBytes('alat').files).toEqual([]);
    const story = readFileSync(path.join(distDir, 'index.html'), 'utf8').match(/href="(\/berita\/[^"]+\/)"/)?.[1];
    expect(story).toBeDefined();
    expect(readFileSync(path.join(distDir, story!, 'index.html'), 'utf8')).not.toMatch(/md-(overtime|severance|thr)-calc|lembur\.astro/);
  });
});

describe('without JavaScript: a worked explanation, not a dead end', () => {
  it.each([
    // [page, worked-example totals (hand-worked), table rows]
    ['lembur', ['Rp 664.740', 'Rp 411.850', 'Rp 32.514'], 2 + 3 + 3 + 3],
    ['pesangon', ['Rp 45.960.000', 'Rp 15.000.000', 'Rp 4.371.429'], 15 + 23],
    ['thr', ['Rp 3.375.000', 'Rp 6.000.000', 'Rp 2.450.000'], 3],
  ] as const)('/alat/%s/ shows the form, says live calculation needs JavaScript, and explains with examples and tables', async (tool, totals, rows) => {
    const page = await open(`/alat/${tool}/`, noJs);
    // Every visible control has a label; the submit button only appears with JavaScript.
    const unlabelled = await page.locator('form input:not([type=radio]), form select').evaluateAll((els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator('form button[type=submit]').isVisible()).toBe(false);
    const note = page.locator('[data-nojs]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toMatch(/butuh JavaScript.*contoh perhitungan dan tabel/s);
    // Worked examples: the full working with articles, figures computed at build time.
    expect(await page.locator('.calc-example .calc-total strong').allInnerTexts()).toEqual(totals.map(rp));
    // At least two cited steps per example.
    expect(await page.locator('.calc-example .calc-steps cite').count()).toBeGreaterThanOrEqual(2 * totals.length);
    expect(await page.locator('.calc-table tbody tr').count()).toBe(rows);
    // The explainer: the law, what the calculator cannot know, where to get help.
    for (const heading of ['Apa kata aturannya', 'Yang tidak diketahui kalkulator ini', 'Ke mana minta bantuan', 'Dasar hukum']) {
      expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
    }
    expect(await text(page, '.calc-help')).toMatch(/serikat.*Disnaker/s);
    await page.screenshot({ path: path.join(await shots(), `${tool}-nojs.png`) });
    await page.close();
  });

  it('the index lists the three calculators', async () => {
    const page = await open('/alat/', noJs);
    expect(await page.locator('main .card a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/alat/lembur/', '/alat/pesangon/', '/alat/thr/']);
    await page.close();
  });
});

describe('with JavaScript: overtime', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/alat/lembur/');
  });
  afterAll(async () => {
    await page.close();
  });

  it('says what is missing, next to each field, and links the message to it', async () => {
    expect(await page.locator('[data-nojs]').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Hitung' }).click();
    expect(await errorsShown(page)).toEqual(['Pilih salah satu: Pola kerja.', 'Gaji pokok wajib diisi.', 'Isi jam lembur paling sedikit untuk satu hari.']);
    expect(await text(page, '[role=status]')).toBe('Ada 3 isian yang perlu diperbaiki. Lihat pesan di bawah kolomnya.');
    expect(await page.locator('#basic').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#basic').getAttribute('aria-describedby')).toContain('basic-err');
    // Focus goes to the first field to fix.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('workWeek-1');
    expect(await page.locator('#hasil').isVisible()).toBe(false);
    expect(await axe(page)).toEqual([]);
  });

  it('gives specific messages for unreadable money and partial hours', async () => {
    await page.getByLabel('6 hari kerja seminggu').check();
    await page.fill('#basic', '5jt');
    await page.fill('#hours-1', '2,5');
    await page.getByRole('button', { name: 'Hitung' }).click();
    expect(await text(page, '#basic-err')).toBe('Gaji pokok tidak terbaca sebagai jumlah rupiah (diterima: "5jt"). Tulis angkanya saja, misalnya 5.000.000 atau 5000000.');
    expect(await text(page, '#hours-1-err')).toMatch(/^Jam lembur pada baris 1 harus bilangan bulat dari 0 sampai 24 \(diterima: 2,5\)/);
    expect(await page.locator('#hours-1').getAttribute('aria-invalid')).toBe('true');
  });

  it('computes O6 (public holiday, 6-day week, 9 h, W 5,000,000) with every step and its article', async () => {
    await page.fill('#basic', '5.000.000');
    await page.selectOption('#dayType-1', 'holiday');
    await page.fill('#hours-1', '9');
    await page.getByRole('button', { name: 'Hitung' }).click();
    expect(await errorsShown(page)).toEqual([]);
    // 5,000,000 × (7×2 + 3 + 4) / 173 = 606,936.42 → 606,936; Kemnaker truncates 28,901 × 21 = 606,921.
    expect(await total(page)).toBe(rp('Rp 606.936'));
    expect(await text(page, '[role=status]')).toBe(rp('Upah lembur minimum: Rp 606.936.'));
    const steps = await page.locator('#hasil .calc-steps li').allInnerTexts();
    expect(steps.map((s) => s.split('\n')[0])).toEqual(['Upah sebulan untuk lembur', 'Upah sejam', 'Hari 1: Hari libur resmi, 9 jam', 'Jumlah']);
    expect(steps[1]).toContain(rp('Rp 28.901,73'));
    expect(steps[2]).toContain('7 jam × 2 + 1 jam × 3 + 1 jam × 4 = 21 × upah sejam');
    expect(await page.locator('#hasil .calc-steps cite').allInnerTexts()).toEqual(['PP 35/2021 Pasal 32', 'PP 35/2021 Pasal 32', 'PP 35/2021 Pasal 31 ayat (2) huruf a']);
    expect(await text(page, '#hasil .calc-notes')).toContain(rp('Rp 606.921'));
    // Focus moves to the result heading so a screen reader user lands on it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hasil-judul');
    expect(new URL(page.url()).hash).toMatch(/basic=5\.000\.000.*dayType=holiday&hours=9/);
    expect(await axe(page)).toEqual([]);
  });

  it.each(['5,000,000', '5000000', 'Rp 5.000.000', 'Rp. 5.000.000,-'])('reads "%s" as five million (the result follows each change)', async (typed) => {
    await page.fill('#basic', typed);
    await page.locator('#basic').press('Tab');
    expect(await total(page)).toBe(rp('Rp 606.936'));
  });

  it('adds days, warns above the legal limits, and submits with Enter', async () => {
    await page.getByRole('button', { name: '+ Tambah hari' }).click();
    expect(await page.locator('[data-row]').count()).toBe(4);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dayType-4');
    expect(await page.getByLabel('Hari 4: Jam lembur').count()).toBe(1);
    await page.fill('#hours-1', '');
    await page.fill('#hours-2', '5');
    await page.fill('#hours-4', '3');
    await page.locator('#hours-4').press('Enter');
    // Day 1: workday 5 h = 1.5 + 4×2 = 9.5; day 2: workday 3 h = 5.5 → 15 × 5,000,000 / 173 = 433,526.01
    expect(await total(page)).toBe(rp('Rp 433.526'));
    expect(await page.locator('#hasil .calc-warnings li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Baris 2: lembur 5 jam pada hari kerja melebihi batas 4 jam sehari \(PP 35\/2021 Pasal 26 ayat \(1\)\)/),
    ]);
    // Days keep the numbers the form shows, although row 1 and 3 are empty.
    expect(await page.locator('#hasil .calc-step').allInnerTexts()).toEqual(expect.arrayContaining(['Hari 2: Hari kerja, 5 jam', 'Hari 4: Hari kerja, 3 jam']));
    expect(await text(page, '[role=status]')).toMatch(/Ada 1 peringatan/);
  });

  it('restores a result from its #link, and prints the result and working without the form', async () => {
    const link = page.url();
    const again = await open(new URL(link).pathname + new URL(link).hash);
    expect(await total(again)).toBe(rp('Rp 433.526'));
    expect(await again.locator('[data-row]').count()).toBe(4);
    await again.emulateMedia({ media: 'print' });
    expect(await again.locator('form').isVisible()).toBe(false);
    expect(await again.locator('#contoh').isVisible()).toBe(false);
    expect(await again.locator('#hasil .calc-steps').isVisible()).toBe(true);
    const pdf = path.join(await shots(), 'lembur-print.pdf');
    await again.pdf({ path: pdf, format: 'A4' });
    const printed = await getPdfText(pdf);
    expect(printed).toMatch(/cara menghitung/i);
    expect(printed).toContain('433.526');
    expect(printed).toContain('PP 35/2021 Pasal 26 ayat (1)');
    expect(printed).not.toContain('Isi datamu');
    expect(printed).not.toContain('Contoh perhitungan');
    await again.close();
  });

  it('has large touch targets on a 360 px phone', async () => {
    const small = await page.locator('form input:not([type=radio]), form select, form button:visible, #hasil button, form label.choice').evaluateAll((els) =>
      els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.id || el.textContent?.trim()),
    );
    expect(small).toEqual([]);
    await page.screenshot({ path: path.join(await shots(), 'lembur-result.png'), fullPage: false });
  });
});

describe('with JavaScript: severance and THR', () => {
  it('severance: S3 (bankruptcy, 8 years, W 6,000,000), then leave days needing the work week', async () => {
    const page = await open('/alat/pesangon/');
    await page.fill('#monthlyWage', '6.000.000');
    await page.fill('#startDate', '2017-03-01');
    await page.fill('#endDate', '2016-03-01');
    await page.selectOption('#reason', '47');
    await page.getByRole('button', { name: 'Hitung' }).click();
    expect(await text(page, '#endDate-err')).toBe('Tanggal berakhirnya hubungan kerja tidak boleh sebelum Tanggal mulai kerja.');
    await page.fill('#endDate', '2025-03-01');
    await page.getByRole('button', { name: 'Hitung' }).click();
    // UP 9 × 6,000,000 × 0.5 = 27,000,000; UPMK 3 × 6,000,000 = 18,000,000
    expect(await total(page)).toBe(rp('Rp 45.000.000'));
    expect(await page.locator('#hasil .calc-steps li').allInnerTexts()).toEqual([
      expect.stringContaining('8 tahun 0 bulan 0 hari'),
      expect.stringContaining(rp('9 bulan × Rp 6.000.000 × 0,5')),
      expect.stringContaining(rp('Rp 18.000.000')),
      expect.stringContaining('PP 35/2021 Pasal 40 ayat (4)'),
      expect.stringContaining(rp('Rp 45.000.000')),
    ]);
    await page.fill('#leaveDays', '4');
    await page.locator('#leaveDays').press('Tab');
    expect(await text(page, '#workWeek-err')).toBe('Pilih salah satu: Pola kerja.');
    await page.getByLabel('6 hari kerja seminggu').check();
    // + 4 × 6,000,000 / 25 = 960,000
    expect(await total(page)).toBe(rp('Rp 45.960.000'));
    await page.close();
  });

  it('THR: T1 (9 months, 4,500,000), then a permanent worker who left before the holiday', async () => {
    const page = await open('/alat/thr/');
    await page.fill('#monthlyWage', '4500000');
    await page.fill('#startDate', '2025-06-20');
    await page.fill('#holidayDate', '2026-03-20');
    await page.getByRole('button', { name: 'Hitung' }).click();
    expect(await total(page)).toBe(rp('Rp 3.375.000'));
    expect(await text(page, '#hasil .calc-steps')).toContain(rp('9/12 × Rp 4.500.000'));
    await page.fill('#endDate', '2026-01-10');
    await page.locator('#endDate').press('Tab');
    expect(await text(page, '#endedBy-err')).toMatch(/isi siapa yang mengakhirinya/);
    await page.getByLabel('Mengundurkan diri').check();
    expect(await total(page)).toBe('tidak berhak');
    expect(await text(page, '#hasil .calc-notes')).toMatch(/Mengundurkan diri sebelum hari raya/);
    await page.close();
  });

  it('ran without script errors or CSP refusals', () => {
    expect(problems).toEqual([]);
  });
});

let shotDir: string | undefined;
/** A temporary folder for screenshots and PDFs (look at them when a test fails). */
async function shots(): Promise<string> {
  shotDir ??= await mkdtemp(path.join(os.tmpdir(), 'mading-calc-'));
  return shotDir;
}
