// Social cards (og:image): one 1200×630 PNG per story, plus one for the rest of the site,
// drawn from an SVG frame (rasterised once by sharp) and Pango text (system fonts only, no network).
//
// Which cards to draw comes from the built pages themselves: every page whose og:image points
// into /kartu/ gets its card, with the words taken from its own JSON-LD, so a card can never be
// missing or disagree with the page. Cards are cached by a hash of everything that shapes them,
// so an unchanged story never re-renders its card.
//
// Speed: a card is a few flat colours plus anti-aliased text, so it is written as an 8-bit
// palette PNG straight from a colour-index buffer (about 5 ms and 15 KB a card) instead of
// compositing and encoding full RGB in libvips (about 30 ms and 40 KB).
import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, readdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants as zlib, crc32, deflate } from 'node:zlib';
import sharp from 'sharp';
import { config } from '../../src/lib/config.ts';
import { CARD_DIR, CARD_SIZE, cardHash, siteCardPath, siteCardText, storyCardText, type CardText } from '../../src/lib/seo.ts';

const deflateAsync = promisify(deflate);

/** Fonts tried in order; fontconfig falls back to any installed sans face if none of them exists. */
export const CARD_FONTS = 'DejaVu Sans,Liberation Sans,Noto Sans,Arial,sans-serif';

/** Colours (the site's palette) and where each text goes. Text boxes must lie on one flat colour of the frame. */
export const CARD_STYLE = {
  paper: '#ffffff',
  ink: '#161616',
  accent: '#b0231a',
  tint: '#f5f3ef',
  muted: '#333333',
  margin: 72,
  /** Bottom strip: place and date. */
  strip: { top: 520, rule: 4 },
  site: { top: 44, height: 50, size: 34, bold: true, color: '#b0231a' },
  title: { top: 128, height: 360, size: 62, bold: true, color: '#161616' },
  meta: { top: 524, height: 106, size: 30, bold: false, color: '#333333' },
} as const;

/** Smallest size text is shrunk to before it is cut at the box's edge. */
const MIN_TEXT_SIZE = 22;
/** Anti-aliasing steps per text colour (16 levels look smooth at these sizes). */
const ALPHA_LEVELS = 15;
/** Bump when the renderer changes in a way CARD_STYLE and the frame do not capture. */
const RENDERER_VERSION = 2;

/** The fixed part of every card, as an SVG template: background, top bar and the footer strip. */
export function cardFrameSvg(): string {
  const { width, height } = CARD_SIZE;
  const s = CARD_STYLE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" shape-rendering="crispEdges">
<rect width="${width}" height="${height}" fill="${s.paper}"/>
<rect width="${width}" height="14" fill="${s.accent}"/>
<rect y="${s.strip.top}" width="${width}" height="${height - s.strip.top}" fill="${s.tint}"/>
<rect y="${s.strip.top}" width="${width}" height="${s.strip.rule}" fill="${s.ink}"/>
</svg>`;
}

/** Escape text for Pango markup. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A key for the card cache: the words plus everything that decides how they are drawn. */
export function cardCacheKey(text: CardText): string {
  return createHash('sha256')
    .update(JSON.stringify([RENDERER_VERSION, cardFrameSvg(), CARD_FONTS, CARD_STYLE, text.site, text.title, text.meta, text.lang]))
    .digest('hex')
    .slice(0, 32);
}

/** Where cards are cached between builds: MADING_CACHE_DIR/mading-cards, else node_modules/.cache/mading-cards. */
export function cardCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.MADING_CACHE_DIR ? path.resolve(cwd, env.MADING_CACHE_DIR, 'mading-cards') : path.resolve(cwd, 'node_modules/.cache/mading-cards');
}

/** An RGB colour as three bytes. */
type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Encode an 8-bit palette PNG (colour type 3). `scanlines` holds, per row, the filter byte
 * (0, none: best for palette images) then one palette index per pixel: see `toScanlines`.
 */
export async function encodePalettePng(scanlines: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Promise<Buffer> {
  if (palette.length < 1 || palette.length > 256) throw new RangeError(`a PNG palette holds 1–256 colours, got ${palette.length}`);
  if (scanlines.length !== (width + 1) * height) throw new RangeError(`expected ${(width + 1) * height} scanline bytes, got ${scanlines.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: palette
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    // Run-length matching only: cards are long runs of one colour, so this is ~4× faster than
    // the default strategy for ~40% more bytes (still ~20 KB a card).
    chunk('IDAT', await deflateAsync(scanlines, { level: 9, strategy: zlib.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Lay out one palette index per pixel as PNG scanlines (a 0 filter byte before each row). */
export function toScanlines(indices: Uint8Array, width: number, height: number): Uint8Array {
  const rows = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return rows;
}

/** The frame as PNG scanlines of palette indices, with the palette it uses (grown with text ramps per card). */
interface Frame { scanlines: Uint8Array; palette: Rgb[] }

let framePromise: Promise<Frame> | undefined;
/** Rasterise the SVG frame once per run and index its (few, flat) colours. */
function getFrame(): Promise<Frame> {
  framePromise ??= (async () => {
    const { data, info } = await sharp(Buffer.from(cardFrameSvg())).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const palette: Rgb[] = [];
    const lookup = new Map<number, number>();
    const indices = new Uint8Array(info.width * info.height);
    for (let p = 0, i = 0; p < indices.length; p++, i += info.channels) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      let idx = lookup.get(key);
      if (idx === undefined) {
        idx = palette.length;
        if (idx >= 64) throw new Error('social cards: the SVG frame has more than 64 colours; keep it to flat shapes in the site palette (no gradients, no text).');
        palette.push([data[i], data[i + 1], data[i + 2]]);
        lookup.set(key, idx);
      }
      indices[p] = idx;
    }
    return { scanlines: toScanlines(indices, info.width, info.height), palette };
  })();
  return framePromise;
}

/** A Pango text mask: one coverage byte per pixel (0 = paper, 255 = full ink). */
interface TextMask { data: Buffer; width: number; height: number; channels: number }

async function renderMask(text: string, size: number, bold: boolean, width: number): Promise<TextMask> {
  const font = `${CARD_FONTS} ${bold ? 'Bold ' : ''}${size}`;
  const { data, info } = await sharp({ text: { text: escapeMarkup(text), font, width, dpi: 72, wrap: 'word-char', align: 'left' } })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/**
 * Set `text` at `size` px, wrapped by Pango with the real font metrics; when it is taller than
 * `height`, shrink it (by the area ratio, then in small steps) until it fits.
 */
export async function fitText(text: string, opts: { size: number; bold: boolean; width: number; height: number }): Promise<TextMask & { size: number }> {
  let size = opts.size;
  let mask = await renderMask(text, size, opts.bold, opts.width);
  while (mask.height > opts.height && size > MIN_TEXT_SIZE) {
    // Height grows with the square of the size (more lines, each taller); aim a little low so one retry usually fits.
    const guess = Math.floor(size * Math.sqrt(opts.height / mask.height) * 0.97);
    size = Math.max(MIN_TEXT_SIZE, Math.min(size - 2, guess));
    mask = await renderMask(text, size, opts.bold, opts.width);
  }
  return { ...mask, size };
}

const fixedMasks = new Map<string, Promise<TextMask>>();
/** Text that is the same on every card (the site name) is set once per run. */
function fitFixedText(text: string, opts: Parameters<typeof fitText>[1]): Promise<TextMask> {
  const key = JSON.stringify([text, opts]);
  let mask = fixedMasks.get(key);
  if (!mask) {
    mask = fitText(text, opts);
    fixedMasks.set(key, mask);
  }
  return mask;
}

/** Coverage byte → anti-aliasing step (0 = untouched), computed once. */
const LEVEL = Uint8Array.from({ length: 256 }, (_, a) => Math.round((a * ALPHA_LEVELS) / 255));

/** Paint a text mask into the scanlines, blending its colour with the frame colour under each pixel. */
function stamp(scanlines: Uint8Array, palette: Rgb[], mask: TextMask, left: number, top: number, box: { height: number }, color: Rgb): void {
  const W = CARD_SIZE.width;
  const stride = W + 1;
  const ramps = new Int16Array(256).fill(-1); // frame colour index → first palette index of its ramp
  const rows = Math.min(mask.height, box.height, CARD_SIZE.height - top);
  const cols = Math.min(mask.width, W - left);
  const { data, channels, width: maskWidth } = mask;
  for (let y = 0; y < rows; y++) {
    const src = y * maskWidth * channels;
    const dst = (top + y) * stride + 1 + left;
    for (let x = 0; x < cols; x++) {
      const level = LEVEL[data[src + x * channels]];
      if (level === 0) continue;
      const under = scanlines[dst + x];
      let base = ramps[under];
      if (base < 0) {
        base = palette.length;
        if (base + ALPHA_LEVELS > 256) throw new Error('social cards: too many colours for a palette PNG; put text boxes on flat parts of the frame.');
        const bg = palette[under];
        for (let l = 1; l <= ALPHA_LEVELS; l++) {
          const a = l / ALPHA_LEVELS;
          palette.push(color.map((c, i) => Math.round(c * a + bg[i] * (1 - a))) as Rgb);
        }
        ramps[under] = base;
      }
      scanlines[dst + x] = base + level - 1;
    }
  }
}

/** Draw one card as a palette PNG. */
export async function renderCard(text: CardText): Promise<Buffer> {
  const s = CARD_STYLE;
  const width = CARD_SIZE.width - 2 * s.margin;
  const [frame, site, title, meta] = await Promise.all([
    getFrame(),
    fitFixedText(text.site, { ...s.site, width }),
    fitText(text.title, { ...s.title, width }),
    fitText(text.meta, { ...s.meta, height: s.meta.height - 16, width }),
  ]);
  const scanlines = frame.scanlines.slice();
  const palette = frame.palette.slice();
  stamp(scanlines, palette, site, s.margin, s.site.top, s.site, hexToRgb(s.site.color));
  stamp(scanlines, palette, title, s.margin, s.title.top, s.title, hexToRgb(s.title.color));
  const metaTop = s.meta.top + Math.max(0, Math.round((s.meta.height - meta.height) / 2));
  stamp(scanlines, palette, meta, s.margin, metaTop, { height: s.meta.height }, hexToRgb(s.meta.color));
  return encodePalettePng(scanlines, CARD_SIZE.width, CARD_SIZE.height, palette);
}

/** One card to write: where it goes in the built site, its words, and the page that asked for it. */
export interface CardJob {
  /** Root-relative URL path, e.g. `/kartu/mogok-bandung-Ab3dE5gH7j.png`. */
  urlPath: string;
  text: CardText;
  /** The built page that references it (for error messages). */
  page: string;
}

/** All `.html` files below `dir`, skipping asset folders. */
async function listPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !/[\\/](_astro|pagefind|kartu)[\\/]/.test(path.relative(dir, f).replace(/^/, '/')));
}

const OG_IMAGE = /<meta property="og:image" content="([^"]+)"/;
const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/;

/** Decode the few entities Astro writes in attribute values. */
function decodeAttr(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The card a built page asks for (from its og:image and JSON-LD), or null when it uses no card of ours. */
export function cardJobForPage(html: string, page: string): CardJob | null {
  const og = OG_IMAGE.exec(html);
  if (!og) return null;
  const url = decodeAttr(og[1]);
  const prefix = `${config.url}${CARD_DIR}`;
  if (!url.startsWith(prefix)) return null;
  const urlPath = new URL(url).pathname;
  const ld = JSON_LD.exec(html);
  const graph: Record<string, unknown>[] = ld ? ((JSON.parse(ld[1]) as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? []) : [];
  const article = graph.find((n) => n['@type'] === 'NewsArticle') as
    | { headline: string; datePublished: string; inLanguage: string; contentLocation?: { name?: string } }
    | undefined;
  const text = article
    ? storyCardText({ site: config.name, title: article.headline, place: article.contentLocation?.name, date: new Date(article.datePublished), lang: article.inLanguage })
    : siteCardText({ site: config.name, description: config.description, publisher: config.union.name, lang: config.lang });
  const expected = article ? `-${cardHash(text)}.png` : siteCardPath(text);
  if (!urlPath.endsWith(expected)) {
    throw new Error(
      `social cards: ${page} points og:image at ${urlPath}, but its ${article ? 'JSON-LD' : 'site config'} gives a card ending in ${expected}.\n` +
        '  The page and scripts/lib/social-cards.ts read the card text differently; keep src/lib/seo.ts the single source of both.',
    );
  }
  return { urlPath, text, page };
}

/** A page's `<head>` (og:image and JSON-LD live there): read in chunks, never the whole body. */
async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(16 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
      // Look at the last two chunks so a tag split across reads is still seen.
      if (Buffer.concat(chunks.slice(-2)).includes('</head>')) break;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Find every card the built site references. */
export async function findCardJobs(outDir: string): Promise<CardJob[]> {
  const jobs = new Map<string, CardJob>();
  const pages = await listPages(outDir);
  const heads = new Array<string>(pages.length);
  await pool(pages.map((_, i) => i), 16, async (i) => {
    heads[i] = await readHead(pages[i]);
  });
  pages.forEach((page, i) => {
    const job = cardJobForPage(heads[i], path.relative(outDir, page));
    if (job && !jobs.has(job.urlPath)) jobs.set(job.urlPath, job);
  });
  return [...jobs.values()];
}

/** Run `fn` over `items` with at most `limit` running at once. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

let tmpCounter = 0;

/** What a run did. */
export interface CardReport { total: number; rendered: number; reused: number }

/**
 * Write every referenced card into `outDir`, drawing only those not in the cache.
 * libvips runs single-threaded per card: on small images, cards side by side beat threads per card.
 */
export async function writeSocialCards(outDir: string, options: { cacheDir?: string; concurrency?: number } = {}): Promise<CardReport> {
  const cacheDir = options.cacheDir ?? cardCacheDir();
  const jobs = await findCardJobs(outDir);
  await mkdir(cacheDir, { recursive: true });
  await mkdir(path.join(outDir, CARD_DIR), { recursive: true });
  const report: CardReport = { total: jobs.length, rendered: 0, reused: 0 };
  const previous = sharp.concurrency();
  sharp.concurrency(1);
  try {
    // One more job than cores: text (libvips) and deflate (zlib) run off the main thread, stamping on it.
    await pool(jobs, options.concurrency ?? os.availableParallelism() + 1, async (job) => {
      const cached = path.join(cacheDir, `${cardCacheKey(job.text)}.png`);
      const target = path.join(outDir, job.urlPath);
      try {
        await copyFile(cached, target);
        report.reused++;
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      const png = await renderCard(job.text);
      // Write then rename, so a build killed half-way never leaves a broken card in the cache
      // (a unique name: two stories may share a headline, place and date, hence a card).
      const tmp = `${cached}.${process.pid}.${++tmpCounter}.tmp`;
      await writeFile(tmp, png);
      await rename(tmp, cached);
      await writeFile(target, png);
      report.rendered++;
    });
  } finally {
    sharp.concurrency(previous);
  }
  return report;
}
