// The social-card step (scripts/lib/social-cards.ts): drawing, PNG encoding, finding cards in built pages, caching.
import { mkdtempSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cardCacheDir, cardCacheKey, cardJobForPage, CARD_STYLE, encodePalettePng, renderCard, toScanlines, writeSocialCards,
} from '../../scripts/lib/social-cards.ts';
import { config } from '../../src/lib/config.ts';
import { jsonLdGraph, serializeJsonLd, siteCardPath, siteCardText, storyCardPath, storyCardText, type CardText } from '../../src/lib/seo.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'mading-cards-test-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const card = (title: string, place = 'Karawang', lang = 'id'): CardText => storyCardText({ site: config.name, title, place, date: d('2026-10-12'), lang });

/** RGB of one pixel of a decoded image. */
function pixel(img: { data: Buffer; info: { width: number; channels: number } }, x: number, y: number): string {
  const i = (y * img.info.width + x) * img.info.channels;
  return `#${[0, 1, 2].map((c) => img.data[i + c].toString(16).padStart(2, '0')).join('')}`;
}

describe('encodePalettePng', () => {
  it('writes a palette PNG that decodes to the same colours', async () => {
    const palette: [number, number, number][] = [[255, 255, 255], [176, 35, 26], [22, 22, 22]];
    const indices = Uint8Array.from([0, 1, 2, 2, 1, 0]);
    const png = await encodePalettePng(toScanlines(indices, 3, 2), 3, 2, palette);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 3, height: 2, isPalette: true, bitsPerSample: 8 });
    const img = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([0, 1, 2].map((x) => pixel(img, x, 0))).toEqual(['#ffffff', '#b0231a', '#161616']);
    expect([0, 1, 2].map((x) => pixel(img, x, 1))).toEqual(['#161616', '#b0231a', '#ffffff']);
  });

  it.each([
    ['an empty palette', new Uint8Array(2 * 2), 2, 2, []],
    ['257 colours', new Uint8Array(2 * 2), 2, 2, Array.from({ length: 257 }, () => [0, 0, 0])],
    ['the wrong number of bytes', new Uint8Array(3), 2, 2, [[0, 0, 0]]],
  ])('refuses %s', async (_name, bytes, w, h, palette) => {
    await expect(encodePalettePng(bytes, w, h, palette as [number, number, number][])).rejects.toThrow(RangeError);
  });
});

describe('renderCard', () => {
  it.each([
    ['a usual headline', card('Lembur & Target: "Kami Bukan Mesin," Kata Buruh Garmen Karawang')],
    ['the longest headline allowed (120 characters)', card('Pekerja Alih Daya PT Mitra Sejahtera Abadi di Karawang Menuntut Diangkat Tetap, Lembur Dibayar & Iuran BPJS Disetor Kini')],
    ['a headline with no spaces', card('Ketenagakerjaanpengawasankabupatenkarawangjawabaratindonesiasangatpanjangsekalitanpaspasisamasekaliyangtidakbisadipotong')],
    ['markup characters', card('<b>Upah</b> < UMK & "lembur" \'gratis\'', 'Kabupaten Kepulauan Seribu', 'en')],
    ['the site card', siteCardText({ site: config.name, description: config.description, publisher: config.union.name, lang: 'id' })],
  ])('%s: 1200×630 PNG under 60 KB, text inside its boxes', async (_name, text) => {
    const png = await renderCard(text);
    expect(png.length).toBeLessThanOrEqual(60 * 1024);
    const img = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([img.info.width, img.info.height]).toEqual([1200, 630]);
    // Something is drawn in the headline box, and nothing spills into the gap above the strip or into the margins.
    const inkInTitle = Array.from({ length: 200 }, (_, i) => pixel(img, 72 + i * 5, CARD_STYLE.title.top + 30)).some((c) => c !== CARD_STYLE.paper);
    expect(inkInTitle).toBe(true);
    const top = CARD_STYLE.title.top + CARD_STYLE.title.height;
    for (let y = top; y < CARD_STYLE.strip.top; y += 2) for (let x = 0; x < 1200; x += 7) expect(pixel(img, x, y)).toBe(CARD_STYLE.paper);
    for (let y = 20; y < 600; y += 3) for (const x of [0, 30, 1199 - 30, 1199]) expect([CARD_STYLE.paper, CARD_STYLE.tint, CARD_STYLE.ink]).toContain(pixel(img, x, y));
    expect(pixel(img, 600, 5)).toBe(CARD_STYLE.accent);
  });
});

describe('cardCacheDir and cardCacheKey', () => {
  it.each([
    [{}, '/repo', '/repo/node_modules/.cache/mading-cards'],
    [{ MADING_CACHE_DIR: '/tmp/x/cache' }, '/repo', '/tmp/x/cache/mading-cards'],
    [{ MADING_CACHE_DIR: 'build-cache' }, '/repo', '/repo/build-cache/mading-cards'],
  ])('%j', (env, cwd, expected) => {
    expect(cardCacheDir(env, cwd)).toBe(expected);
  });

  it('keys change with the words and stay put otherwise', () => {
    expect(cardCacheKey(card('Mogok'))).toBe(cardCacheKey(card('Mogok')));
    expect(cardCacheKey(card('Mogok'))).not.toBe(cardCacheKey(card('Mogok!')));
    expect(cardCacheKey(card('Mogok'))).not.toBe(cardCacheKey(card('Mogok', 'Bandung')));
  });
});

/** A built story page as SiteMeta writes it (og:image + JSON-LD). */
function storyPage(slug: string, title: string, ogPath?: string): string {
  const text = card(title);
  const og = `${config.url}${ogPath ?? storyCardPath(slug, text)}`;
  const ld = jsonLdGraph([{ '@type': 'NewsArticle', headline: title, datePublished: '2026-10-12', inLanguage: 'id', contentLocation: { '@type': 'Place', name: 'Karawang' } }]);
  return `<!doctype html><html><head><meta property="og:image" content="${og.replace(/&/g, '&amp;')}"><script type="application/ld+json">${serializeJsonLd(ld)}</script></head><body></body></html>`;
}

describe('cardJobForPage', () => {
  it('reads the card a story page asks for', () => {
    const job = cardJobForPage(storyPage('mogok', 'Mogok & "Tuntutan" <Buruh>'), 'berita/mogok/index.html');
    expect(job).toEqual({ urlPath: storyCardPath('mogok', card('Mogok & "Tuntutan" <Buruh>')), text: card('Mogok & "Tuntutan" <Buruh>'), page: 'berita/mogok/index.html' });
  });

  it('uses the site card for pages without an article', () => {
    const text = siteCardText({ site: config.name, description: config.description, publisher: config.union.name, lang: config.lang });
    const html = `<meta property="og:image" content="${config.url}${siteCardPath(text)}"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"}]}</script>`;
    expect(cardJobForPage(html, 'arsip/index.html')?.text).toEqual(text);
  });

  it.each([
    ['no og:image', '<html><head></head></html>'],
    ['an image elsewhere', '<meta property="og:image" content="https://cdn.example.net/x.png">'],
  ])('ignores pages with %s', (_name, html) => {
    expect(cardJobForPage(html, 'x.html')).toBeNull();
  });

  it('stops the build when page and card disagree, naming the page', () => {
    expect(() => cardJobForPage(storyPage('mogok', 'Mogok', '/kartu/mogok-AAAAAAAAAA.png'), 'berita/mogok/index.html')).toThrow(/berita\/mogok\/index\.html.*og:image/);
  });
});

describe('writeSocialCards', () => {
  it('draws each referenced card once, then reuses the cache; an edited headline redraws only its card', async () => {
    const out = path.join(tmp, 'dist');
    const cache = path.join(tmp, 'cache');
    const write = async (slug: string, title: string) => {
      await mkdir(path.join(out, 'berita', slug), { recursive: true });
      await writeFile(path.join(out, 'berita', slug, 'index.html'), storyPage(slug, title));
    };
    await write('satu', 'Cerita pertama tentang lembur');
    await write('dua', 'Cerita kedua tentang upah');
    await mkdir(path.join(out, 'topik', 'upah'), { recursive: true });
    await writeFile(path.join(out, 'topik', 'upah', 'index.html'), '<html><head></head></html>');

    expect(await writeSocialCards(out, { cacheDir: cache })).toEqual({ total: 2, rendered: 2, reused: 0 });
    const first = await readFile(path.join(out, storyCardPath('satu', card('Cerita pertama tentang lembur'))));

    await rm(path.join(out, 'kartu'), { recursive: true });
    expect(await writeSocialCards(out, { cacheDir: cache })).toEqual({ total: 2, rendered: 0, reused: 2 });
    expect(await readFile(path.join(out, storyCardPath('satu', card('Cerita pertama tentang lembur'))))).toEqual(first);

    await write('dua', 'Cerita kedua tentang upah, diperbaiki');
    expect(await writeSocialCards(out, { cacheDir: cache })).toEqual({ total: 2, rendered: 1, reused: 1 });
  });

  it('two stories with the same headline, place and date get the same picture, drawn side by side without clashing', async () => {
    const out = path.join(tmp, 'dist-twins');
    for (const slug of ['kembar-a', 'kembar-b']) {
      await mkdir(path.join(out, 'berita', slug), { recursive: true });
      await writeFile(path.join(out, 'berita', slug, 'index.html'), storyPage(slug, 'Judul yang sama persis'));
    }
    expect(await writeSocialCards(out, { cacheDir: path.join(tmp, 'cache-twins') })).toEqual({ total: 2, rendered: 2, reused: 0 });
    const [a, b] = await Promise.all(['kembar-a', 'kembar-b'].map((slug) => readFile(path.join(out, storyCardPath(slug, card('Judul yang sama persis'))))));
    expect(a).toEqual(b);
  });
});
