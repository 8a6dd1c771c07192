// Synthetic content for `npm run bench`: N Indonesian-looking stories that pass
// `npm run check`, with the real taxonomy (authors, topics, places, pages) copied
// from content/ and real sample covers copied (made unique) into some story folders.
// Deterministic: the same N gives the same site, so runs compare.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What to generate. */
export interface BenchContentOptions {
  /** How many stories. */
  stories: number;
  /** Every n-th story gets a cover image (0 = none). */
  coverEvery: number;
  /** The real content folder to copy taxonomy and cover pictures from. */
  sourceDir: string;
  /** Where to write the synthetic content folder. */
  targetDir: string;
  /** Newest story date; older stories go back one day-ish at a time. */
  newest?: Date;
}

/** What was written. */
export interface BenchContentResult {
  stories: number;
  withCover: number;
  bytes: number;
}

import { seededRandom } from './random.ts';

export { seededRandom };

const SUBJECTS = ['Buruh garmen', 'Pekerja pabrik sepatu', 'Operator mesin', 'Pekerja kontrak', 'Pekerja gudang', 'Kurir ekspedisi', 'Pekerja rumah tangga', 'Buruh tambang', 'Pekerja galangan kapal', 'Perawat honorer', 'Pekerja ritel', 'Buruh pabrik plastik'];
const EVENTS = ['menuntut upah lembur dibayar penuh', 'mogok dua hari menolak PHK sepihak', 'melapor iuran BPJS tak disetor', 'membentuk serikat baru', 'menagih THR yang dicicil', 'menolak target produksi baru', 'berunding soal kontrak berulang', 'mengadukan pelecehan di lini produksi', 'menuntut alat pelindung diri', 'menggugat pesangon yang dipotong'];
const WORDS = (
  'upah lembur pabrik serikat pekerja buruh kontrak perusahaan pengurus anggota perundingan bipartit dinas tenaga kerja slip gaji potongan ' +
  'iuran BPJS kesehatan ketenagakerjaan pesangon PHK target produksi lini shift malam jam kerja istirahat cuti haid hamil melahirkan ' +
  'keselamatan alat pelindung diri helm sepatu masker kecelakaan mesin gudang ekspedisi kurir aplikasi mitra status tetap harian borongan ' +
  'mandor personalia manajemen direksi pengawas mediator pengadilan hubungan industrial tuntutan mogok aksi rapat sekretariat posko pengaduan ' +
  'catatan bukti absen sidik jari surat perintah tertulis persetujuan hitungan rupiah bulan minggu hari tahun keluarga anak sewa kontrakan ' +
  'harga beras transportasi ongkos kebutuhan hidup layak survei UMK UMP kenaikan angka dewan pengupahan gubernur bupati wali kota'
).split(' ');
const CONNECT = ['dan', 'yang', 'di', 'untuk', 'dengan', 'tetapi', 'karena', 'sejak', 'setelah', 'tanpa', 'agar', 'dari', 'ke', 'oleh'];
const HEADINGS = ['Apa yang terjadi', 'Hitungan yang tidak cocok', 'Kata pengurus serikat', 'Aturannya', 'Langkah berikutnya', 'Suara dari lini produksi', 'Jawaban perusahaan', 'Yang bisa kamu lakukan'];

/**
 * A copy of a JPEG that differs in its bytes but not its pixels (a comment segment
 * after the start marker). Astro names and caches images by content, so identical
 * copies would be encoded once and the benchmark would hide the cost of images.
 */
export function makeUnique(jpeg: Buffer, label: string): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return jpeg;
  const text = Buffer.from(`bench ${label}`);
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** The ids of the yaml files in a taxonomy folder. */
function ids(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')).sort();
}

/** Write the synthetic content folder. */
export function writeBenchContent(options: BenchContentOptions): BenchContentResult {
  const { stories, coverEvery, sourceDir, targetDir } = options;
  const newest = options.newest ?? new Date(Date.now() - 24 * 60 * 60 * 1000);
  for (const folder of ['authors', 'topics', 'places', 'pages']) {
    if (existsSync(path.join(sourceDir, folder))) cpSync(path.join(sourceDir, folder), path.join(targetDir, folder), { recursive: true });
  }
  const authors = ids(path.join(sourceDir, 'authors'));
  const topics = ids(path.join(sourceDir, 'topics'));
  const places = ids(path.join(sourceDir, 'places'));
  const storiesDir = path.join(sourceDir, 'stories');
  const covers = readdirSync(storiesDir, { recursive: true })
    .map(String)
    .filter((f) => /(^|\/)cover\.jpe?g$/.test(f))
    .sort()
    .map((f) => path.join(storiesDir, f));
  const out = path.join(targetDir, 'stories');
  mkdirSync(out, { recursive: true });

  const rand = seededRandom(stories);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const pickSome = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(rand() * (max - min));
    const words = Array.from({ length: n }, (_, i) => (i % 3 === 2 ? pick(CONNECT) : pick(WORDS)));
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}${rand() < 0.15 ? `, sekitar ${Math.floor(rand() * 900) + 10} orang` : ''}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(8, 20)).join(' ');
  const quote = (s: string) => JSON.stringify(s);

  let withCover = 0;
  let bytes = 0;
  for (let i = 0; i < stories; i++) {
    const subject = pick(SUBJECTS);
    const place = pick(places);
    const placeName = place.replace(/(^|-)(\w)/g, (_, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`);
    const title = `${subject} ${placeName} ${pick(EVENTS)} (${i + 1})`;
    const slug = `bench-${String(i + 1).padStart(5, '0')}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`.slice(0, 90).replace(/-$/, '');
    // Newest first, about one story a day, with a few days sharing a date.
    const date = new Date(newest.getTime() - Math.floor(i * 0.9) * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const hasCover = coverEvery > 0 && covers.length > 0 && i % coverEvery === 0;
    const coverSource = covers[withCover % Math.max(1, covers.length)];
    const coverName = `cover${path.extname(coverSource ?? '.jpg')}`;
    const front = [
      '---',
      `title: ${quote(title)}`,
      `lede: ${quote(`${sentence(14, 24)} ${sentence(8, 14)}`.slice(0, 290))}`,
      `date: ${date}`,
      `authors: [${pickSome(authors, 2).join(', ')}]`,
      `place: ${place}`,
      `topics: [${pickSome(topics, 3).join(', ')}]`,
      ...(hasCover ? ['cover:', `  src: ./${coverName}`, `  alt: ${quote(`Ilustrasi untuk berita: ${subject.toLowerCase()} di ${placeName}.`)}`, '  credit: "Ilustrasi: Redaksi Mading"'] : []),
      ...(i % 4 === 0 ? ['poster:', `  headline: ${quote(`${subject} ${placeName} bersatu`.slice(0, 70))}`, '  points:', ...Array.from({ length: 3 }, () => `    - ${quote(sentence(4, 9).slice(0, 150))}`), `  callToAction: ${quote('Datang ke rapat anggota Kamis 19.00 di sekretariat')}`] : []),
      '---',
      '',
    ];
    const body: string[] = [paragraph(), '', paragraph(), ''];
    const sections = 2 + Math.floor(rand() * 3);
    for (let s = 0; s < sections; s++) {
      body.push(`## ${pick(HEADINGS)}`, '', paragraph(), '', paragraph(), '');
      if (rand() < 0.3) body.push(`<PullQuote by="Anggota serikat, ${placeName}">${sentence(10, 18)}</PullQuote>`, '');
      if (rand() < 0.2) body.push('<FactBox title="Hakmu">', '', ...Array.from({ length: 3 }, () => `- ${sentence(6, 12)}`), '', '</FactBox>', '');
      if (rand() < 0.3) body.push(...Array.from({ length: 3 }, (_, k) => `${k + 1}. ${sentence(6, 12)}`), '');
    }
    const text = [...front, ...body].join('\n');
    if (hasCover) {
      const dir = path.join(out, slug);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.mdx'), text);
      writeFileSync(path.join(dir, coverName), makeUnique(readFileSync(coverSource), slug));
      withCover++;
    } else {
      writeFileSync(path.join(out, `${slug}.mdx`), text);
    }
    bytes += Buffer.byteLength(text);
  }
  return { stories, withCover, bytes };
}
