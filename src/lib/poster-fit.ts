/**
 * Fitting stories onto one sheet of paper, decided at build time.
 *
 * Browsers cannot be asked "does this fit?" while printing, and a poster that
 * spills onto a second sheet is useless on a notice board. So we estimate: every
 * glyph is given a conservative width (measured on DejaVu Sans, the widest common
 * system sans; Roboto, Segoe UI, Arial and Noto Sans are all narrower), words are
 * wrapped greedily like a browser does, and we pick the largest type and the most
 * points whose estimated height fits the box. Text is only ever dropped in whole
 * sentences or whole points, never cut.
 *
 * All lengths are layout units: millimetres on A4. A3 is the same layout scaled by
 * √2 (the CSS sets `--u` to 1mm or 1.414mm), so one fit serves both papers.
 */

/** Paper sizes the print routes produce. */
export type Paper = 'A4' | 'A3';

/** Font weights the estimates know: regular text and bold headlines/points. */
export type Weight = 'regular' | 'bold';

/** The characters {@link ADVANCE} covers, in order: printable ASCII, then dashes, curly quotes and the ellipsis. */
const CHARSET = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~—–“”‘’…';

/**
 * Advance widths in hundredths of an em for {@link CHARSET}: for each character the
 * wider of DejaVu Sans and Liberation Sans (Arial's metrics), rounded up. DejaVu is
 * the widest common system sans (Linux); Roboto, Noto Sans and Segoe UI are narrower.
 */
const ADVANCE: Record<Weight, readonly number[]> = {
  regular: [32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 56, 102, 69, 69, 73, 78, 67, 62, 78, 76, 30, 50, 67, 56, 87, 75, 79, 67, 79, 73, 67, 62, 74, 69, 99, 69, 67, 69, 40, 34, 40, 84, 56, 50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, 64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84, 100, 56, 52, 52, 32, 32, 100],
  bold: [35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 62, 100, 78, 77, 74, 84, 69, 69, 83, 84, 38, 56, 78, 64, 100, 84, 86, 74, 86, 78, 73, 69, 82, 78, 111, 78, 73, 73, 46, 37, 46, 84, 56, 50, 68, 72, 60, 72, 68, 44, 72, 72, 35, 35, 67, 35, 105, 72, 69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84, 100, 56, 66, 66, 38, 38, 100],
};

/** Width of an unknown character: as wide as a capital. */
const FALLBACK_EM: Record<Weight, number> = { regular: 0.8, bold: 0.86 };

/** Kerning and font hinting can nudge widths up; estimates are scaled by this. */
const WIDTH_MARGIN = 1.02;

/** Width of one character in em; accented letters are measured by their base letter. */
function glyphEm(ch: string, weight: Weight): number {
  let i = CHARSET.indexOf(ch);
  if (i < 0) i = CHARSET.indexOf(ch.normalize('NFD')[0]);
  return i < 0 ? FALLBACK_EM[weight] : ADVANCE[weight][i] / 100;
}

/** Character → width in em, filled on first use (the fitters measure the same words at many sizes). */
const GLYPH_CACHE: Record<Weight, Map<string, number>> = { regular: new Map(), bold: new Map() };
/** Word → width in em (with the margin), per weight; bounded so a long `astro dev` session cannot grow it forever. */
const WORD_CACHE: Record<Weight, Map<string, number>> = { regular: new Map(), bold: new Map() };
const WORD_CACHE_LIMIT = 200_000;

/** Estimated width of `text` in em (at font size 1). */
export function textWidthEm(text: string, weight: Weight = 'regular'): number {
  const words = WORD_CACHE[weight];
  const cached = words.get(text);
  if (cached !== undefined) return cached;
  const glyphs = GLYPH_CACHE[weight];
  let em = 0;
  for (const ch of text) {
    let w = glyphs.get(ch);
    if (w === undefined) glyphs.set(ch, (w = glyphEm(ch, weight)));
    em += w;
  }
  const width = em * WIDTH_MARGIN;
  if (words.size >= WORD_CACHE_LIMIT) words.clear();
  words.set(text, width);
  return width;
}

/** How to wrap a block of text. */
export interface WrapOptions {
  /** Font size in layout units. */
  size: number;
  /** Line box width in layout units. */
  width: number;
  /** Which width table to use. */
  weight?: Weight;
}

/** Text → its words (whitespace collapsed), or null when blank; cached because every candidate size re-wraps the same text. */
const WORDS_CACHE = new Map<string, readonly string[] | null>();

function wordsOf(text: string): readonly string[] | null {
  let words = WORDS_CACHE.get(text);
  if (words !== undefined) return words;
  const clean = text.replace(/\s+/g, ' ').trim();
  words = clean ? clean.split(' ') : null;
  if (WORDS_CACHE.size >= WORD_CACHE_LIMIT) WORDS_CACHE.clear();
  WORDS_CACHE.set(text, words);
  return words;
}

/** Lines `text` takes when wrapped greedily at word boundaries (words wider than a line are broken). */
export function countLines(text: string, { size, width, weight = 'regular' }: WrapOptions): number {
  const words = wordsOf(text);
  if (!words) return 0;
  const space = glyphEm(' ', weight) * WIDTH_MARGIN * size;
  let lines = 1;
  let x = 0;
  for (const word of words) {
    const w = textWidthEm(word, weight) * size;
    if (x > 0 && x + space + w <= width) {
      x += space + w;
      continue;
    }
    if (x > 0) lines++;
    // A word longer than the line is broken (overflow-wrap): it fills whole lines.
    lines += Math.max(0, Math.ceil(w / width) - 1);
    x = w > width ? w - Math.floor(w / width) * width || width : w;
  }
  return lines;
}

/**
 * Lines a URL takes: browsers break it after "/" and "-" (and anywhere inside a
 * part too long for a line), which wastes more of each line than breaking anywhere.
 */
export function countUrlLines(url: string, size: number, width: number): number {
  return countLines(url.replace(/([/-])/g, '$1 '), { size, width });
}

/** Height of a wrapped block in layout units. */
function blockHeight(text: string, size: number, lineHeight: number, width: number, weight: Weight = 'regular'): number {
  return countLines(text, { size, width, weight }) * size * lineHeight;
}

/** True when every word of `text` fits on a line unbroken (headlines must never break inside a word). */
function wordsFit(text: string, size: number, width: number, weight: Weight): boolean {
  return text.split(/\s+/).every((word) => textWidthEm(word, weight) * size <= width);
}

/** The largest of `sizes` (descending) at which `text` fits a box `width` × `height`, or the smallest size. */
function largestInBox(text: string, sizes: readonly number[], width: number, height: number, lineHeight: number, weight: Weight = 'regular'): number {
  return sizes.find((s) => wordsFit(text, s, width, weight) && blockHeight(text, s, lineHeight, width, weight) <= height * SAFETY) ?? sizes[sizes.length - 1];
}

/** Use at most this share of any box: estimates are conservative, this absorbs rounding. */
const SAFETY = 0.97;

/**
 * The poster's geometry in layout units. The cetak pages' CSS mirrors these
 * numbers (see src/pages/cetak/_components/Poster.astro); the e2e print test
 * fails if the two drift apart and anything overflows.
 */
export const POSTER_LAYOUT = {
  /** The printable area of A4 inside 12 mm margins, less 2 mm against rounding. */
  sheet: { width: 186, height: 271 },
  /** Site and union line: box height (border included) and the gap under it. */
  masthead: { height: 14, gap: 6, border: 1.2, sizes: [7.2, 6.5, 5.8, 5.2, 4.7, 4.2, 3.8], lineHeight: 1.15 },
  /** Headline: sizes tried, line height, the gap under it, the most of the body it may take. */
  headline: { sizes: [28, 25, 22, 20, 18, 16, 14.5, 13, 12, 11, 10, 9], lineHeight: 1.06, gap: 5, maxShare: 0.5 },
  /** Lede and points share one text size. `readable` is the floor for editors' points, `comfortable` for derived ones. */
  text: { sizes: [8, 7.2, 6.5, 5.8, 5.2, 4.7, 4.2], lineHeight: 1.3, pointLineHeight: 1.25, readable: 5.2, comfortable: 6.5 },
  /** Key points: gap above the list, bullet indent and gap between points (in em of the text size). */
  points: { gap: 5, indentEm: 1.1, gapEm: 0.45 },
  /** Space kept free at the bottom of the body box. */
  bodyPadding: 4,
  /** Bottom band: box height (border and padding included), its border and top padding, the QR column. */
  band: { height: 66, border: 1.2, padding: 5, columnGap: 6, qr: 46, urlGap: 1.5, urlSizes: [3.4, 3.0, 2.7], urlLineHeight: 1.2, urlMaxLines: 3 },
  /** Call to action box: sizes, line height, padding and border. */
  cta: { sizes: [8, 7.2, 6.5, 5.8, 5.2, 4.7, 4.2], lineHeight: 1.2, padY: 2.5, padX: 3, border: 0.8 },
  /** Lines under the call to action: place and date (bold), then small notes. */
  meta: { gap: 3, size: 4.2, lineHeight: 1.3, noteSize: 3.4, noteGap: 1 },
} as const;

/** What goes on a poster. */
export interface PosterInput {
  /** `poster.headline` or the title. */
  headline: string;
  /** The story's lede. */
  lede: string;
  /** Candidate key points, in order of importance. */
  points: readonly string[];
  /** True when the points were written by an editor (all should show); false when derived from the body. */
  editorPoints: boolean;
  /** The call to action (story or site default). */
  callToAction: string;
  /** Site and union line, e.g. "Mading Buruh · Federasi Serikat Pekerja Contoh". */
  masthead: string;
  /** "Karawang · 12 Oktober 2026". */
  meta: string;
  /** Small lines under the meta line (print footer, contact). */
  notes: readonly string[];
  /** The short URL printed under the QR code. */
  url: string;
}

/** The sizes and content chosen for a poster; sizes in layout units. */
export interface PosterFit {
  /** Headline font size. */
  headlineSize: number;
  /** Lede and points font size. */
  textSize: number;
  /** Call to action font size. */
  ctaSize: number;
  /** Masthead font size. */
  mastheadSize: number;
  /** Short URL font size. */
  urlSize: number;
  /** The lede as printed (whole sentences; shortened only if nothing else fits). */
  lede: string;
  /** The points shown, in order. */
  points: string[];
  /** Estimated body height used and available, for tests and debugging. */
  body: { used: number; available: number };
  /** False only if even the smallest type could not fit (the sheet then clips rather than spill). */
  fits: boolean;
}

/** Estimated height of headline + lede + the first `k` points. */
function posterBodyHeight(headline: string, h: number, lede: string, points: readonly string[], s: number): number {
  const L = POSTER_LAYOUT;
  const width = L.sheet.width;
  let height = blockHeight(headline, h, L.headline.lineHeight, width, 'bold');
  if (lede) height += L.headline.gap + blockHeight(lede, s, L.text.lineHeight, width);
  if (points.length) {
    const indent = L.points.indentEm * s;
    height += L.points.gap + (points.length - 1) * L.points.gapEm * s;
    for (const p of points) height += blockHeight(p, s, L.text.pointLineHeight, width - indent, 'bold');
  }
  return height;
}

const SENTENCE_SEGMENTER = new Intl.Segmenter('id', { granularity: 'sentence' });

/** Whole sentences of `text`, for shortening a lede without cutting one. */
function sentencesOf(text: string): string[] {
  return [...SENTENCE_SEGMENTER.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

/**
 * Choose type sizes and how many points a poster shows so that it fills one
 * sheet without overflowing. Preference, in order: text at least readable
 * (editors' points) or comfortable (derived points); all editors' points, or
 * one derived one; headline and text both large in proportion (headline ≈ 3×
 * text); then more points; then larger headline; then larger text.
 */
export function fitPoster(input: PosterInput): PosterFit {
  // The A4 and A3 routes fit the same story with the same input (A3 is A4 scaled):
  // remember the answer for the rest of the build.
  const key = JSON.stringify([input.headline, input.lede, input.points, input.editorPoints, input.callToAction, input.masthead, input.meta, input.notes, input.url]);
  const cached = FIT_CACHE.get(key);
  if (cached) return structuredClone(cached);
  const fit = computePosterFit(input);
  if (FIT_CACHE.size >= FIT_CACHE_LIMIT) FIT_CACHE.clear();
  FIT_CACHE.set(key, fit);
  return structuredClone(fit);
}

/** fitPoster's answers by input (bounded, for long `astro dev` sessions). */
const FIT_CACHE = new Map<string, PosterFit>();
const FIT_CACHE_LIMIT = 20_000;

function computePosterFit(input: PosterInput): PosterFit {
  const L = POSTER_LAYOUT;
  const width = L.sheet.width;
  const available = (L.sheet.height - L.masthead.height - L.masthead.gap - L.band.height - L.bodyPadding) * SAFETY;
  const headline = input.headline.trim();
  const points = input.points.map((p) => p.trim()).filter(Boolean).slice(0, 5);
  const floor = input.editorPoints ? L.text.readable : L.text.comfortable;
  // Editors' points all belong on the poster; derived ones are filler: one, then only as many as fit big type.
  const wanted = input.editorPoints ? points.length : Math.min(1, points.length);

  const headlines = L.headline.sizes.filter((h) => wordsFit(headline, h, width, 'bold') && blockHeight(headline, h, L.headline.lineHeight, width, 'bold') <= available * L.headline.maxShare);
  if (headlines.length === 0) headlines.push(L.headline.sizes[L.headline.sizes.length - 1]);

  type Candidate = { h: number; s: number; k: number; lede: string; used: number };
  const score = (c: Candidate) => [c.s >= floor ? 1 : 0, Math.min(c.k, wanted), Math.min(c.h / 3, c.s), c.k, c.h, c.s];
  const better = (a: Candidate, b: Candidate) => {
    const [sa, sb] = [score(a), score(b)];
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] > sb[i];
    return false;
  };

  // Ledes to try: whole, then without its last sentences (only if nothing else fits).
  const ledeSentences = sentencesOf(input.lede.trim());
  const ledes = ledeSentences.map((_, i) => ledeSentences.slice(0, ledeSentences.length - i).join(' '));
  let best: Candidate | undefined;
  for (const lede of ledes) {
    for (const h of headlines) {
      for (const s of L.text.sizes) {
        for (let k = points.length; k >= 0; k--) {
          const used = posterBodyHeight(headline, h, lede, points.slice(0, k), s);
          if (used > available) continue;
          const c = { h, s, k, lede, used };
          if (!best || better(c, best)) best = c;
          break; // fewer points at the same sizes only scores lower
        }
      }
    }
    if (best) break;
  }
  const fits = best !== undefined;
  const chosen = best ?? { h: headlines[headlines.length - 1], s: L.text.sizes[L.text.sizes.length - 1], k: 0, lede: ledes[ledes.length - 1] ?? '', used: Number.NaN };

  return {
    headlineSize: chosen.h,
    textSize: chosen.s,
    ctaSize: fitCallToAction(input),
    mastheadSize: largestInBox(input.masthead, L.masthead.sizes, width, L.masthead.height - L.masthead.border - 2, L.masthead.lineHeight, 'bold'),
    urlSize: L.band.urlSizes.find((u) => countUrlLines(input.url, u, L.band.qr) <= L.band.urlMaxLines) ?? L.band.urlSizes[L.band.urlSizes.length - 1],
    lede: chosen.lede,
    points: points.slice(0, chosen.k),
    body: { used: chosen.used, available },
    fits,
  };
}

/** The largest call-to-action size that fits the band's text column above the place/date and notes. */
function fitCallToAction(input: PosterInput): number {
  const L = POSTER_LAYOUT;
  const column = L.sheet.width - L.band.qr - L.band.columnGap;
  const inner = (L.band.height - L.band.border - L.band.padding) * SAFETY;
  const meta =
    L.meta.gap +
    blockHeight(input.meta, L.meta.size, L.meta.lineHeight, column, 'bold') +
    input.notes.reduce((sum, note) => sum + L.meta.noteGap + blockHeight(note, L.meta.noteSize, L.meta.lineHeight, column), 0);
  const textWidth = column - 2 * (L.cta.padX + L.cta.border);
  const room = inner - meta - 2 * (L.cta.padY + L.cta.border);
  return L.cta.sizes.find((c) => blockHeight(input.callToAction, c, L.cta.lineHeight, textWidth, 'bold') <= room && wordsFit(input.callToAction, c, textWidth, 'bold')) ?? L.cta.sizes[L.cta.sizes.length - 1];
}

/**
 * The wall sheet's geometry in layout units (mirrored by
 * src/pages/cetak/_components/WallSheet.astro): a masthead, one row per story
 * with its own QR code on the right, and a footer line.
 */
export const WALL_LAYOUT = {
  /** Same printable area as the poster. */
  sheet: { width: 186, height: 271 },
  /** Site name, edition line and a note; box height with border and padding. */
  masthead: { height: 34, border: 1.5, padding: 2.5, nameSizes: [14.5, 13, 12, 11, 10, 9, 8, 7.2, 6.5], nameLineHeight: 1.05, gap: 1.5, lineSize: 4.2, noteSizes: [3.4, 3.0, 2.7], lineHeight: 1.3 },
  /** The print footer line at the bottom. */
  footer: { height: 12, border: 0.6, padding: 2, sizes: [3.4, 3.0, 2.7], lineHeight: 1.3 },
  /** One story row: padding, rule, QR sizes tried, gap to the QR, type sizes tried. */
  item: {
    padding: 2.5,
    border: 0.3,
    gap: 5,
    qrSizes: [34, 30, 26, 22],
    headlineSizes: [12, 11, 10, 9, 8, 7.2, 6.5, 5.8, 5.2, 4.7],
    headlineLineHeight: 1.12,
    headlineGap: 1.5,
    ledeSizes: [5.8, 5.2, 4.7, 4.2, 3.8, 3.4],
    ledeLineHeight: 1.3,
    metaGap: 1.2,
    metaSize: 3.4,
    metaLineHeight: 1.3,
  },
} as const;

/** One story on the wall sheet. */
export interface WallSheetItem {
  /** The story's title. */
  headline: string;
  /** The story's lede. */
  lede: string;
  /** "Karawang · 12 Oktober 2026". */
  meta: string;
}

/** What goes on a wall sheet. */
export interface WallSheetInput {
  /** The stories, newest first (already limited to the configured count). */
  items: readonly WallSheetItem[];
  /** The site's name, the sheet's title. */
  name: string;
  /** "Edisi 18 · 20 November 2026". */
  edition: string;
  /** A line under the edition (union, where to read more). */
  note: string;
  /** The print footer line. */
  footer: string;
}

/** Sizes (layout units) and text chosen for a wall sheet. */
export interface WallSheetFit {
  /** Site name size. */
  nameSize: number;
  /** Note line size. */
  noteSize: number;
  /** Footer size. */
  footerSize: number;
  /** Width of each story's QR code. */
  qrSize: number;
  /** Story headline size (the same for every story: an even page reads as one edition). */
  headlineSize: number;
  /** Lede size. */
  ledeSize: number;
  /** Each story's lede as printed: whole, or whole sentences only if the row is too small. */
  ledes: string[];
  /** Estimated row height available for text. */
  row: number;
}

/**
 * Choose type sizes for the wall sheet so every story row fits its share of the
 * page. Preference: every lede whole; headline and lede both large in
 * proportion; then larger headline; then larger lede. Ledes are shortened to
 * whole sentences only when even the smallest type cannot hold them.
 */
export function fitWallSheet(input: WallSheetInput): WallSheetFit {
  const L = WALL_LAYOUT;
  const width = L.sheet.width;
  const M = L.masthead;
  const mastInner = (M.height - M.border - M.padding) * SAFETY;
  const fixedMast = M.gap + M.lineSize * M.lineHeight;
  const noteSize = M.noteSizes.find((s) => countLines(input.note, { size: s, width }) <= 1) ?? M.noteSizes[M.noteSizes.length - 1];
  const noteHeight = blockHeight(input.note, noteSize, M.lineHeight, width);
  const nameSize = largestInBox(input.name, M.nameSizes, width, (mastInner - fixedMast - noteHeight) / SAFETY, M.nameLineHeight, 'bold');
  const F = L.footer;
  const footerSize = largestInBox(input.footer, F.sizes, width, F.height - F.border - F.padding, F.lineHeight);

  const I = L.item;
  const n = Math.max(1, input.items.length);
  const row = (L.sheet.height - M.height - F.height) / n;
  const inner = row - 2 * I.padding - I.border;
  const qrSize = I.qrSizes.find((q) => q <= inner) ?? I.qrSizes[I.qrSizes.length - 1];
  const textWidth = width - qrSize - I.gap;
  const room = inner * SAFETY;

  const itemHeight = (item: WallSheetItem, h: number, l: number, lede: string) =>
    blockHeight(item.headline, h, I.headlineLineHeight, textWidth, 'bold') +
    (lede ? I.headlineGap + blockHeight(lede, l, I.ledeLineHeight, textWidth) : 0) +
    I.metaGap +
    blockHeight(item.meta, I.metaSize, I.metaLineHeight, textWidth);
  /** The longest run of whole leading sentences of the lede that fits (possibly none). */
  const trimLede = (item: WallSheetItem, h: number, l: number) => {
    const sentences = sentencesOf(item.lede.trim());
    for (let k = sentences.length; k > 0; k--) {
      const lede = sentences.slice(0, k).join(' ');
      if (itemHeight(item, h, l, lede) <= room) return lede;
    }
    return '';
  };

  const pairs = I.headlineSizes.flatMap((h) => I.ledeSizes.filter((l) => l < h).map((l) => ({ h, l })));
  pairs.sort((a, b) => Math.min(b.h / 1.6, b.l) - Math.min(a.h / 1.6, a.l) || b.h - a.h || b.l - a.l);
  const headlinesFit = (h: number, l: number) => input.items.every((it) => wordsFit(it.headline, h, textWidth, 'bold') && itemHeight(it, h, l, '') <= room);

  const whole = pairs.find(({ h, l }) => headlinesFit(h, l) && input.items.every((it) => itemHeight(it, h, l, it.lede.trim()) <= room));
  const chosen = whole ?? pairs.find(({ h, l }) => headlinesFit(h, l)) ?? pairs[pairs.length - 1];
  return {
    nameSize,
    noteSize,
    footerSize,
    qrSize,
    headlineSize: chosen.h,
    ledeSize: chosen.l,
    ledes: input.items.map((it) => (whole ? it.lede.trim() : trimLede(it, chosen.h, chosen.l))),
    row: inner,
  };
}

/** Edition number and date of the wall sheet: one edition per published story, dated by the newest. */
export function getWallSheetEdition(dates: readonly Date[]): { number: number; date: Date | undefined } {
  const newest = dates.reduce<Date | undefined>((a, d) => (!a || d > a ? d : a), undefined);
  return { number: dates.length, date: newest };
}

/** A URL as people type it: no scheme, no trailing slash ("mading.example.org/berita/slug"). */
export function getDisplayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** Every font size the fitters can choose, for the cetak pages' size classes (`fs-<size×10>`). */
export const PRINT_FONT_SIZES: readonly number[] = [
  ...new Set<number>([
    ...POSTER_LAYOUT.masthead.sizes,
    ...POSTER_LAYOUT.headline.sizes,
    ...POSTER_LAYOUT.text.sizes,
    ...POSTER_LAYOUT.cta.sizes,
    ...POSTER_LAYOUT.band.urlSizes,
    ...WALL_LAYOUT.masthead.nameSizes,
    ...WALL_LAYOUT.masthead.noteSizes,
    ...WALL_LAYOUT.footer.sizes,
    ...WALL_LAYOUT.item.headlineSizes,
    ...WALL_LAYOUT.item.ledeSizes,
  ]),
].sort((a, b) => b - a);

/** The CSS class for a font size chosen by the fitters, e.g. 5.2 → "fs-52". */
export function fontSizeClass(size: number): string {
  return `fs-${Math.round(size * 10)}`;
}
