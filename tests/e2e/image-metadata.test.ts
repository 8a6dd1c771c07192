// No image the site serves may say where, when or with what it was taken.
// 1. A story whose cover and body photo carry GPS, a camera serial and an XMP
//    author is built for real (MADING_CONTENT_DIR, own out dir; `astro build` and
//    the post-build steps, past the content check that would refuse it); no
//    output file may still hold any of it.
// 2. The post-build step that cleans files copied from public/ (which Astro does
//    not touch) strips JPEG, PNG, WebP, AVIF and SVG metadata and keeps the pixels.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripImageMetadata } from '../../scripts/lib/strip-public-metadata.ts';
import { makeContentDir } from '../content/support.ts';

const root = path.resolve(import.meta.dirname, '../..');
const SERIAL = 'MADING-SN-0451-GPS';
const AUTHOR = 'Sari Pengurus Serikat';
const EXIF = {
  IFD0: { Make: 'PhoneCo', Model: 'Cheap 5G', Artist: AUTHOR },
  IFD2: { BodySerialNumber: SERIAL, DateTimeOriginal: '2026:10:01 06:12:00' },
  // Karawang industrial estate.
  IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 18/1 3056/100', GPSLongitudeRef: 'E', GPSLongitude: '107/1 17/1 5/1' },
};
const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${AUTHOR}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;

/** A photo-like picture (gradient and shapes) carrying EXIF with GPS, a serial number and XMP. */
async function taggedPhoto(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'avif' = 'jpeg'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#c0392b"/><stop offset="1" stop-color="#2c3e50"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#f1c40f"/></svg>`;
  return sharp(Buffer.from(svg)).withExif(EXIF).withXmp(XMP).toFormat(format).toBuffer();
}

/** Offset of the GPS IFD pointer (tag 0x8825) in IFD0 of a raw EXIF block, or -1: proves the fixture really carries GPS. */
function gpsPointer(exif: Buffer): number {
  const tiff = exif.indexOf('II') >= 0 && exif.indexOf('II') < 8 ? exif.indexOf('II') : exif.indexOf('MM');
  const le = exif.subarray(tiff, tiff + 2).toString('latin1') === 'II';
  const u16 = (o: number) => (le ? exif.readUInt16LE(tiff + o) : exif.readUInt16BE(tiff + o));
  const u32 = (o: number) => (le ? exif.readUInt32LE(tiff + o) : exif.readUInt32BE(tiff + o));
  const ifd0 = u32(4);
  for (let i = 0; i < u16(ifd0); i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return u32(ifd0 + 2 + i * 12 + 8);
  return -1;
}

/** Everything in a file that could identify the photographer or the place. */
function leaks(data: Buffer): string[] {
  const found: string[] = [];
  if (data.includes(SERIAL)) found.push('camera serial');
  if (data.includes(AUTHOR)) found.push('author name');
  if (data.includes('PhoneCo')) found.push('camera make');
  if (data.includes('Exif\0\0')) found.push('EXIF block');
  if (data.includes('adobe:ns:meta')) found.push('XMP packet');
  return found;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('a story photo with GPS EXIF, built for real', () => {
  let outDir = '';
  let buildLog = '';
  let checkRefused = false;
  let checkOutput = '';

  beforeAll(async () => {
    const cover = await taggedPhoto(1200, 800);
    const body = await taggedPhoto(900, 600);
    // The fixture must really carry what we claim to remove.
    const meta = await sharp(cover).metadata();
    expect(meta.exif && gpsPointer(meta.exif)).toBeGreaterThan(0);
    expect(meta.xmp).toBeDefined();
    expect(leaks(cover)).toEqual(['camera serial', 'author name', 'camera make', 'EXIF block', 'XMP packet']);

    const content = makeContentDir([], {
      'stories/foto-ber-gps/index.mdx': `---\ntitle: Foto dengan lokasi GPS di dalamnya\nlede: Cerita uji yang gambar sampul dan fotonya membawa EXIF lengkap dengan koordinat GPS.\ndate: 2026-10-05\nauthors: [kenanga]\nplace: karawang\ntopics: [upah]\ncover:\n  src: ./sampul.jpg\n  alt: Gradasi merah ke biru dengan lingkaran kuning\n---\n\nIsi cerita.\n\n![Lingkaran kuning di atas gradasi](./foto.jpg)\n`,
      'stories/foto-ber-gps/sampul.jpg': cover,
      'stories/foto-ber-gps/foto.jpg': body,
    });
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'mading-exif-'));
    made.push(tmp);
    outDir = path.join(tmp, 'dist');
    const env = { ...process.env, MADING_CONTENT_DIR: content, MADING_OUT_DIR: outDir, MADING_CACHE_DIR: path.join(tmp, 'cache') };
    // First line of defence: `npm run check` refuses photos that still carry metadata
    // (the originals live in the repository). The build must not leak even if one slips past.
    const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: root, env, encoding: 'utf8' });
    checkRefused = check.status !== 0;
    checkOutput = `${check.stdout}${check.stderr}`;
    // So build without the check: `astro build`, then every post-build step.
    const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
    buildLog = run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build']) + run(['scripts/postbuild.ts']);
  });

  it('is refused by the content check before any build, naming both photos', () => {
    expect(checkRefused).toBe(true);
    expect(checkOutput).toContain('./sampul.jpg');
    expect(checkOutput).toContain('./foto.jpg');
  });

  it('built the story with its pictures', () => {
    const html = readFileSync(path.join(outDir, 'berita/foto-ber-gps/index.html'), 'utf8');
    expect(html).toMatch(/<source srcset="\/_astro\/sampul\.[^"]+\.avif 360w/);
    expect(html).toMatch(/<source srcset="\/_astro\/foto\.[^"]+\.avif 360w/);
    expect(buildLog).toMatch(/postbuild: image metadata: \d+ images scanned/);
  });

  it('no file in the output carries the GPS position, serial, author or camera', async () => {
    const files = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => !f.endsWith('/')).map((f) => path.join(outDir, f));
    let images = 0;
    for (const file of files) {
      let data: Buffer;
      try {
        data = readFileSync(file);
      } catch {
        continue; // a folder
      }
      expect(leaks(data), file).toEqual([]);
      if (/\.(jpe?g|png|webp|avif)$/i.test(file)) {
        images++;
        const meta = await sharp(data).metadata();
        expect({ exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }, file).toEqual({ exif: undefined, xmp: undefined, iptc: undefined });
      }
    }
    // Both pictures in AVIF, WebP and JPEG at several widths, plus social cards.
    expect(images).toBeGreaterThanOrEqual(12);
  });
});

describe('the post-build step cleans images copied from public/', () => {
  it.each(['jpeg', 'png', 'webp', 'avif'] as const)('%s: metadata gone, pixels kept', async (format) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mading-public-'));
    made.push(dir);
    const ext = format === 'jpeg' ? 'jpg' : format;
    const input = await taggedPhoto(320, 200, format);
    expect(leaks(input).length).toBeGreaterThanOrEqual(3);
    cpSync(path.join(root, 'public'), dir, { recursive: true });
    const target = path.join(dir, `images/poster.${ext}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, input);

    const report = await stripImageMetadata(dir);
    expect(report.cleaned).toEqual([`/images/poster.${ext}`]);
    const output = readFileSync(target);
    expect(leaks(output)).toEqual([]);
    const meta = await sharp(output).metadata();
    expect([meta.width, meta.height, meta.exif, meta.xmp]).toEqual([320, 200, undefined, undefined]);
    // Lossless formats keep every pixel.
    if (format === 'png') expect(await sharp(output).raw().toBuffer()).toEqual(await sharp(input).raw().toBuffer());
    // A second pass finds nothing left to do.
    expect((await stripImageMetadata(dir)).cleaned).toEqual([]);
  });

  it('svg: editor metadata and file paths gone', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mading-public-'));
    made.push(dir);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" sodipodi:docname="/home/sari/serikat/logo.svg" viewBox="0 0 10 10"><metadata><rdf:RDF><dc:creator>${AUTHOR}</dc:creator></rdf:RDF></metadata><rect width="10" height="10"/></svg>`;
    writeFileSync(path.join(dir, 'logo.svg'), svg);
    expect((await stripImageMetadata(dir)).cleaned).toEqual(['/logo.svg']);
    const out = readFileSync(path.join(dir, 'logo.svg'), 'utf8');
    expect(out).toBe('<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
  });
});
