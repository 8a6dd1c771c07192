import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countLines,
  countUrlLines,
  fitPoster,
  fitWallSheet,
  fontSizeClass,
  getDisplayUrl,
  getWallSheetEdition,
  POSTER_LAYOUT,
  PRINT_FONT_SIZES,
  textWidthEm,
  type PosterInput,
  type WallSheetItem,
} from '../../src/lib/poster-fit.ts';
import { derivePoints, getParagraphs, splitSentences } from '../../src/lib/plain-text.ts';

const L = POSTER_LAYOUT;
const words = (n: number, word = 'pekerja') => Array.from({ length: n }, () => word).join(' ');
/** A sentence of exactly `n` characters ending in a full stop. */
const sentence = (n: number) => `${`Upah lembur wajib dibayar penuh sesuai aturan yang berlaku di pabrik ${words(40, 'kami')}`.slice(0, n - 1).trimEnd()}.`.padStart(n, 'A');

const base: PosterInput = {
  headline: 'Lembur Harus Dibayar',
  lede: 'Operator jahit di sebuah pabrik garmen di Karawang bertahan dua sampai tiga jam setelah bel pulang, tetapi jam tambahan itu tidak pernah muncul di slip gaji.',
  points: ['Jam pertama lembur: 1,5 kali upah sejam', 'Jam berikutnya: 2 kali upah sejam', 'Upah sejam = upah sebulan dibagi 173', 'Catat jam pulangmu setiap hari'],
  editorPoints: true,
  callToAction: 'Datang ke rapat anggota, Kamis 19.00 di sekretariat serikat',
  masthead: 'Mading Buruh · Federasi Serikat Pekerja Contoh',
  meta: 'Karawang · 12 Oktober 2026',
  notes: ['Dicetak dari Mading Buruh — tempel di papan pengumuman, baca lengkap lewat kode QR.', 'Kontak: redaksi@example.org · 0812-0000-0000 (WhatsApp)'],
  url: 'mading.example.org/berita/lembur-tak-dibayar-pabrik-garmen-karawang',
};

const TITLE_120 = 'Ratusan Pekerja Pabrik Sepatu di Tangerang Dirumahkan Tanpa Kejelasan, Serikat Menuntut Upah Penuh dan Perundingan Segera';
const LONGEST_LEDE = `${'Pemutusan hubungan kerja tidak boleh datang tiba-tiba dan tidak boleh dibayar seikhlasnya. '.repeat(4)}`.slice(0, 298).trimEnd().replace(/\S*$/, 'akhir.');

describe('text measurement', () => {
  const word = textWidthEm('pekerja') * 10;
  const space = textWidthEm(' ') * 10;
  const threeWords = 3 * word + 2 * space;
  it.each([
    ['empty', '', 50, 0],
    ['one short word', 'Upah', 50, 1],
    ['three words on a line exactly three words wide', words(3), threeWords, 1],
    ['twenty words, three to a line', words(20), threeWords, 7],
    ['twenty words, two to a line when a hair narrower', words(20), threeWords - 0.01, 10],
    ['a word longer than the line is broken into whole lines', 'a'.repeat(100), textWidthEm('a'.repeat(25)) * 10, 4],
  ] as const)('%s', (_name, text, width, lines) => {
    expect(countLines(text, { size: 10, width, weight: 'regular' })).toBe(lines);
  });

  it('bold is wider than regular, capitals wider than lower case, accents like their base letter', () => {
    expect(textWidthEm('pekerja', 'bold')).toBeGreaterThan(textWidthEm('pekerja', 'regular'));
    expect(textWidthEm('PEKERJA')).toBeGreaterThan(textWidthEm('pekerja'));
    expect(textWidthEm('café')).toBe(textWidthEm('cafe'));
  });

  it.each([
    // Breaks after "/" and "-" leave the ends of lines empty: 4 lines, not the 3 its length alone would fill.
    ['mading.example.org/berita/pemogokan-tiga-hari-pabrik-tekstil-bandung', 3.4, 4],
    ['mading.example.org/berita/thr', 3.4, 2],
    ['mading.example.org', 3.4, 1],
  ] as const)('URL %s at %s takes %i lines under the QR code', (url, size, lines) => {
    expect(countUrlLines(url, size, L.band.qr)).toBe(lines);
  });
});

describe('fitPoster', () => {
  const cases: [string, Partial<PosterInput>, { minHeadline: number; minText: number; points: number }][] = [
    ['short story with four editor points', {}, { minHeadline: 20, minText: 6.5, points: 4 }],
    ['120-character title', { headline: TITLE_120 }, { minHeadline: 10, minText: L.text.readable, points: 4 }],
    // Readable type wins over the last points: a poster in 12 pt type is not a poster.
    ['longest headline, lede and points the schema allows', { headline: TITLE_120, lede: LONGEST_LEDE, points: Array.from({ length: 5 }, () => sentence(160)) }, { minHeadline: 9, minText: L.text.readable, points: 3 }],
    ['no points at all', { points: [] }, { minHeadline: 20, minText: 6.5, points: 0 }],
    ['five long editor points', { points: Array.from({ length: 5 }, () => sentence(150)) }, { minHeadline: 12, minText: L.text.readable, points: 5 }],
    ['derived short points: big type first, then as many as fit', { editorPoints: false, points: Array.from({ length: 5 }, () => sentence(60)) }, { minHeadline: 22, minText: 7.2, points: 2 }],
    ['derived long points: comfortable size rather than more points', { editorPoints: false, points: Array.from({ length: 5 }, () => sentence(170)) }, { minHeadline: 12, minText: L.text.comfortable, points: 1 }],
  ];

  it.each(cases)('%s', (_name, overrides, expected) => {
    const input = { ...base, ...overrides };
    const fit = fitPoster(input);
    expect(fit.fits).toBe(true);
    // Never over the box, whatever was chosen.
    expect(fit.body.used).toBeLessThanOrEqual(fit.body.available);
    expect(fit.headlineSize).toBeGreaterThanOrEqual(expected.minHeadline);
    expect(fit.textSize).toBeGreaterThanOrEqual(expected.minText);
    expect(fit.points.length).toBeGreaterThanOrEqual(expected.points);
    // Points are whole input points, in order; the lede is whole.
    expect(fit.points).toEqual(input.points.slice(0, fit.points.length));
    expect(fit.lede).toBe(input.lede);
    // The headline never breaks inside a word.
    for (const word of input.headline.split(' ')) expect(textWidthEm(word, 'bold') * fit.headlineSize).toBeLessThanOrEqual(L.sheet.width);
    // Every size has a CSS class.
    for (const size of [fit.headlineSize, fit.textSize, fit.ctaSize, fit.mastheadSize, fit.urlSize]) expect(PRINT_FONT_SIZES).toContain(size);
  });

  it('a shorter headline gets bigger type', () => {
    expect(fitPoster(base).headlineSize).toBeGreaterThan(fitPoster({ ...base, headline: TITLE_120 }).headlineSize);
  });

  it('more text means smaller or equal type, never overflow', () => {
    let previous = Infinity;
    for (let n = 0; n <= 5; n++) {
      const fit = fitPoster({ ...base, points: Array.from({ length: n }, () => sentence(140)) });
      expect(fit.textSize).toBeLessThanOrEqual(previous);
      expect(fit.points).toHaveLength(n);
      previous = fit.textSize;
    }
  });

  it('a long call to action gets smaller type than a short one', () => {
    const long = fitPoster({ ...base, callToAction: sentence(120) });
    const short = fitPoster({ ...base, callToAction: 'Gabung serikat!' });
    expect(long.ctaSize).toBeLessThan(short.ctaSize);
  });

  it('shortens an impossible lede to whole sentences instead of cutting one', () => {
    const lede = Array.from({ length: 40 }, (_, i) => `Kalimat nomor ${i + 1} ${words(14)}.`).join(' ');
    const fit = fitPoster({ ...base, headline: TITLE_120, lede });
    expect(fit.fits).toBe(true);
    expect(lede.startsWith(fit.lede)).toBe(true);
    expect(fit.lede).toMatch(/\.$/);
    expect(fit.lede.length).toBeLessThan(lede.length);
  });
});

describe('fitWallSheet', () => {
  const item = (headline: string, lede = base.lede): WallSheetItem => ({ headline, lede, meta: 'Karawang · 12 Oktober 2026' });
  const sheet = (items: WallSheetItem[]) => ({ items, name: 'Mading Buruh', edition: 'Edisi 17 · 20 November 2026', note: 'Federasi Serikat Pekerja Contoh · Semua berita: mading.example.org', footer: base.notes.join(' ') });

  it.each([
    ['one story', 1, 'Lembur Harus Dibayar', base.lede, 34],
    ['four stories (the default)', 4, 'Serikat di Semarang Bawa Hasil Survei Harga ke Dewan Pengupahan', base.lede, 34],
    ['four stories with 120-character titles and 300-character ledes', 4, TITLE_120, LONGEST_LEDE, 34],
    ['eight stories (the most the config allows)', 8, TITLE_120, LONGEST_LEDE, 22],
  ] as const)('%s', (_name, n, headline, lede, qr) => {
    const fit = fitWallSheet(sheet(Array.from({ length: n }, () => item(headline, lede))));
    expect(fit.qrSize).toBe(qr);
    expect(fit.ledes).toHaveLength(n);
    for (const l of fit.ledes) {
      expect(lede.startsWith(l)).toBe(true);
      if (l) expect(l).toMatch(/[.!?]$/);
    }
    const width = L.sheet.width - fit.qrSize - 5;
    const height = (l: string) =>
      countLines(headline, { size: fit.headlineSize, width, weight: 'bold' }) * fit.headlineSize * 1.12 +
      (l ? 1.5 + countLines(l, { size: fit.ledeSize, width }) * fit.ledeSize * 1.3 : 0) +
      1.2 +
      countLines('Karawang · 12 Oktober 2026', { size: 3.4, width }) * 3.4 * 1.3;
    for (const l of fit.ledes) expect(height(l)).toBeLessThanOrEqual(fit.row);
    for (const size of [fit.headlineSize, fit.ledeSize, fit.nameSize, fit.noteSize, fit.footerSize]) expect(PRINT_FONT_SIZES).toContain(size);
  });

  it('keeps ledes whole when they fit, and uses bigger type for fewer stories', () => {
    const one = fitWallSheet(sheet([item('Lembur Harus Dibayar')]));
    const four = fitWallSheet(sheet(Array.from({ length: 4 }, () => item('Lembur Harus Dibayar'))));
    expect(one.ledes).toEqual([base.lede]);
    expect(four.ledes).toEqual(Array(4).fill(base.lede));
    expect(one.headlineSize).toBeGreaterThan(four.headlineSize);
  });
});

describe('edition, URLs and size classes', () => {
  it.each([
    [[], 0, undefined],
    [['2026-10-12'], 1, '2026-10-12'],
    [['2026-01-19', '2026-11-20', '2026-10-12'], 3, '2026-11-20'],
  ] as const)('edition of %j → no. %i dated %s', (dates, number, date) => {
    const edition = getWallSheetEdition(dates.map((d) => new Date(`${d}T00:00:00Z`)));
    expect(edition.number).toBe(number);
    expect(edition.date?.toISOString().slice(0, 10)).toBe(date);
  });

  it.each([
    ['https://mading.example.org/berita/a-b/', 'mading.example.org/berita/a-b'],
    ['http://mading.example.org/', 'mading.example.org'],
    ['https://mading.example.org', 'mading.example.org'],
  ])('display URL of %s → %s', (url, shown) => {
    expect(getDisplayUrl(url)).toBe(shown);
  });

  it('every size the fitters can choose has a class in the cetak stylesheet', () => {
    const css = readFileSync(new URL('../../src/pages/cetak/_components/sheet.css', import.meta.url), 'utf8');
    for (const size of PRINT_FONT_SIZES) expect(css).toContain(`.${fontSizeClass(size)} { font-size: calc(${size} * var(--u)); }`);
  });
});

describe('plain text from MDX (points for stories without poster.points)', () => {
  const body = [
    'Pekerja menuntut upah lembur. Jam pertama dibayar **1,5 kali** upah sejam di [pabrik](https://example.org) itu.',
    '',
    '## Subjudul tidak ikut',
    '',
    '<PullQuote by="Sari">Kami bukan mesin.</PullQuote>',
    '',
    '<FactBox title="Aturan">',
    '',
    '- Daftar tidak ikut.',
    '',
    '</FactBox>',
    '',
    '![Foto gerbang](./foto.jpg)',
    '',
    'Rapat digelar di Jl. Contoh No. 1, Karawang, pada Kamis malam. "Kami akan datang," kata Sari. Pendek.',
  ].join('\n');

  it('keeps only top-level prose paragraphs, with Markdown marks and links reduced to their text', () => {
    expect(getParagraphs(body)).toEqual([
      'Pekerja menuntut upah lembur. Jam pertama dibayar 1,5 kali upah sejam di pabrik itu.',
      'Rapat digelar di Jl. Contoh No. 1, Karawang, pada Kamis malam. "Kami akan datang," kata Sari. Pendek.',
    ]);
  });

  it.each([
    ['abbreviations do not end sentences', 'Rapat di Jl. Contoh No. 1 Karawang. Semua datang.', ['Rapat di Jl. Contoh No. 1 Karawang.', 'Semua datang.']],
    ['numbers with dots stay whole', 'Upahnya Rp1.500.000 sebulan. Itu kurang.', ['Upahnya Rp1.500.000 sebulan.', 'Itu kurang.']],
    ['questions and exclamations end sentences', 'Mengapa? Karena upah telat! Begitu.', ['Mengapa?', 'Karena upah telat!', 'Begitu.']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('derives whole sentences in reading order, skipping short ones, quotes cut mid-way and the lede', () => {
    expect(derivePoints(body, { exclude: 'Pekerja menuntut upah lembur.', minLength: 20 })).toEqual([
      'Jam pertama dibayar 1,5 kali upah sejam di pabrik itu.',
      'Rapat digelar di Jl. Contoh No. 1, Karawang, pada Kamis malam.',
      '"Kami akan datang," kata Sari.',
    ]);
    expect(derivePoints(body, { max: 1, minLength: 20 })).toEqual(['Pekerja menuntut upah lembur.']);
    expect(derivePoints(body, { maxLength: 40, minLength: 20 })).toEqual(['Pekerja menuntut upah lembur.', '"Kami akan datang," kata Sari.']);
  });

  it('never returns a sentence cut in the middle', () => {
    for (const p of derivePoints(body)) expect(p).toMatch(/[.!?"”]$/);
  });
});
