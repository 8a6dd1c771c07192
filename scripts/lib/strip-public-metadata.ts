// Post-build step: no image in the build output may say where or with what it was
// taken. astro:assets re-encodes story images without metadata, but files copied
// from public/ (and any original an integration copies through) arrive as they
// were uploaded: GPS position, camera serial number, editor user names. Workers
// can be fired for organizing, so every image in dist/ is scanned and cleaned.
//
// JPEG, PNG and WebP are cleaned losslessly by dropping metadata segments/chunks
// (colour profiles stay). AVIF/HEIF/TIFF/GIF with metadata are re-encoded by sharp.
// SVG loses <metadata> and editor attributes that record file paths.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type FormatEnum } from 'sharp';

/** What the step did. */
export interface StripReport {
  scanned: number;
  /** Root-relative paths of files that carried metadata and were cleaned. */
  cleaned: string[];
}

const IMAGE = /\.(jpe?g|png|webp|avif|heic|heif|tiff?|gif|svg)$/i;

/** Clean every image under `outDir` in place; returns what was found. */
export async function stripImageMetadata(outDir: string): Promise<StripReport> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => IMAGE.test(f));
  const report: StripReport = { scanned: files.length, cleaned: [] };
  // A few files at a time: small images, mostly a read and a check.
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
        const file = path.join(outDir, rel);
        const input = await readFile(file);
        const output = await cleanImage(input, rel);
        if (output) {
          await writeFile(file, output);
          report.cleaned.push(`/${rel.split(path.sep).join('/')}`);
        }
      }
    }),
  );
  report.cleaned.sort();
  return report;
}

/** The cleaned bytes of one image, or undefined when it carries no metadata. */
export async function cleanImage(input: Buffer, name: string): Promise<Buffer | undefined> {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.jpg' || ext === '.jpeg') {
    const stripped = stripJpeg(input);
    if (!stripped) return undefined;
    // Dropping EXIF also drops its Orientation tag: turn the pixels instead.
    const { orientation = 1 } = await sharp(input).metadata();
    return orientation > 1 ? sharp(input).rotate().keepIccProfile().jpeg({ quality: 90, mozjpeg: true }).toBuffer() : stripped;
  }
  if (ext === '.png') return stripPng(input);
  if (ext === '.webp') {
    const stripped = stripWebp(input);
    if (!stripped) return undefined;
    const { orientation = 1 } = await sharp(input).metadata();
    return orientation > 1 ? sharp(input, { animated: true }).rotate().keepIccProfile().webp({ quality: 90 }).toBuffer() : stripped;
  }
  if (ext === '.svg') return stripSvg(input);
  // ISO-BMFF (AVIF/HEIF), TIFF and GIF: a cheap look first, sharp only when needed.
  if ((ext === '.avif' || ext === '.heic' || ext === '.heif') && !/Exif|mime|XMP/.test(input.subarray(0, 64 * 1024).toString('latin1'))) return undefined;
  const meta = await sharp(input, { animated: true }).metadata();
  if (!meta.exif && !meta.xmp && !meta.iptc && !meta.tifftagPhotoshop && !meta.comments?.length) return undefined;
  const image = sharp(input, { animated: true }).rotate().keepIccProfile();
  if (meta.format === 'heif') {
    // sharp's prebuilt libvips writes AV1 only: an HEVC (iPhone HEIC) file cannot be rewritten here.
    if (meta.compression !== 'av1') throw new Error(`${name} carries metadata (EXIF/XMP) and cannot be cleaned automatically: export it as JPEG or AVIF without metadata.`);
    return image.avif({ quality: 90 }).toBuffer();
  }
  return image.toFormat(meta.format as keyof FormatEnum, { quality: 90 }).toBuffer();
}

/**
 * JPEG: keep JFIF (APP0), ICC profiles (APP2 "ICC_PROFILE") and Adobe (APP14,
 * needed to decode CMYK); drop EXIF/XMP (APP1), IPTC (APP13), C2PA/JUMBF (APP11),
 * every other APPn and comments. Undefined when nothing had to go.
 */
export function stripJpeg(input: Buffer): Buffer | undefined {
  if (input[0] !== 0xff || input[1] !== 0xd8) return undefined;
  const keep: Buffer[] = [input.subarray(0, 2)];
  let dropped = false;
  let i = 2;
  while (i + 4 <= input.length) {
    if (input[i] !== 0xff) return undefined; // not a clean segment boundary: leave the file alone
    const marker = input[i + 1];
    if (marker === 0xff) { i++; continue; } // fill byte
    if (marker === 0xda || marker === 0xd9) break; // start of scan / end of image: the rest is pixels
    const length = input.readUInt16BE(i + 2);
    const segment = input.subarray(i, i + 2 + length);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const isIcc = marker === 0xe2 && segment.subarray(4, 16).toString('latin1') === 'ICC_PROFILE\0';
    const drop = marker === 0xfe || (isApp && marker !== 0xe0 && marker !== 0xee && !isIcc);
    if (drop) dropped = true;
    else keep.push(segment);
    i += 2 + length;
  }
  if (!dropped) return undefined;
  keep.push(input.subarray(i));
  return Buffer.concat(keep);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/** PNG: drop EXIF, text (XMP lives in iTXt) and timestamp chunks; each chunk has its own CRC. */
export function stripPng(input: Buffer): Buffer | undefined {
  if (!input.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  const keep: Buffer[] = [input.subarray(0, 8)];
  let dropped = false;
  let i = 8;
  while (i + 12 <= input.length) {
    const length = input.readUInt32BE(i);
    const type = input.subarray(i + 4, i + 8).toString('latin1');
    const chunk = input.subarray(i, i + 12 + length);
    if (PNG_METADATA.has(type)) dropped = true;
    else keep.push(chunk);
    i += 12 + length;
    if (type === 'IEND') break;
  }
  return dropped ? Buffer.concat(keep) : undefined;
}

/** WebP: drop the EXIF and XMP chunks of an extended (VP8X) file and clear their flags. */
export function stripWebp(input: Buffer): Buffer | undefined {
  if (input.subarray(0, 4).toString('latin1') !== 'RIFF' || input.subarray(8, 12).toString('latin1') !== 'WEBP') return undefined;
  const chunks: Buffer[] = [];
  let dropped = false;
  let i = 12;
  while (i + 8 <= input.length) {
    const type = input.subarray(i, i + 4).toString('latin1');
    const size = input.readUInt32LE(i + 4);
    const end = i + 8 + size + (size % 2);
    if (type === 'EXIF' || type === 'XMP ') dropped = true;
    else chunks.push(Buffer.from(input.subarray(i, end)));
    i = end;
  }
  if (!dropped) return undefined;
  const vp8x = chunks.find((c) => c.subarray(0, 4).toString('latin1') === 'VP8X');
  if (vp8x) vp8x[8] &= ~(0x08 | 0x04); // EXIF and XMP flags
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** SVG: drop <metadata> (RDF author/licence blocks) and editor attributes that record file names and paths. */
export function stripSvg(input: Buffer): Buffer | undefined {
  const text = input.toString('utf8');
  const out = text
    .replace(/<metadata\b[\s\S]*?<\/metadata>|<metadata\b[^>]*\/>/gi, '')
    .replace(/\s(?:sodipodi:docname|inkscape:export-filename|inkscape:export-xdpi|inkscape:export-ydpi|inkscape:version)="[^"]*"/gi, '');
  return out === text ? undefined : Buffer.from(out);
}
