// Reading printed PDFs back the way a person would: pages, text, and the QR code on
// the paper. Uses poppler-utils (pdfinfo, pdftotext, pdftoppm) and jsQR.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const run = promisify(execFile);

/** Page count and the first page's size in millimetres, from `pdfinfo`. */
export async function getPdfInfo(file: string): Promise<{ pages: number; widthMm: number; heightMm: number }> {
  const { stdout } = await run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!pages || !size) throw new Error(`pdfinfo could not read ${file}:\n${stdout}`);
  const mm = (pt: string) => (Number(pt) * 25.4) / 72;
  return { pages, widthMm: mm(size[1]), heightMm: mm(size[2]) };
}

/** The PDF's text (`pdftotext`), whitespace collapsed so wrapped lines read as one. */
export async function getPdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, ' ').trim();
}

/** Render one page to PNG at `dpi` with `pdftoppm` (grayscale, like an office printer). */
export async function renderPdfPage(file: string, page = 1, dpi = 150): Promise<Buffer> {
  const { stdout } = await run('pdftoppm', ['-png', '-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/** A decoded QR code: its text and its width on paper in millimetres (finder edge to finder edge). */
export interface FoundQr {
  data: string;
  widthMm: number;
}

/** A rectangle on the page in millimetres from its top-left corner. */
export interface RegionMm {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Decode the QR codes on a rendered page: the whole page (one code), or each of
 * `regions` (where the layout says codes are, jsQR reading one code per image).
 * Only what is actually on the paper counts; a region without a readable code adds nothing.
 */
export function decodeQrCodes(png: Buffer, dpi: number, regions?: readonly RegionMm[]): FoundQr[] {
  const image = PNG.sync.read(png);
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const found: FoundQr[] = [];
  const read = (x0: number, y0: number, w: number, h: number) => {
    [x0, y0] = [Math.max(0, x0), Math.max(0, y0)];
    [w, h] = [Math.min(w, image.width - x0), Math.min(h, image.height - y0)];
    const crop = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) crop.set(image.data.subarray(((y0 + y) * image.width + x0) * 4, ((y0 + y) * image.width + x0 + w) * 4), y * w * 4);
    const code = jsQR(crop, w, h, { inversionAttempts: 'dontInvert' });
    if (!code) return;
    const { topLeftCorner: tl, topRightCorner: tr } = code.location;
    found.push({ data: code.data, widthMm: (Math.hypot(tr.x - tl.x, tr.y - tl.y) / dpi) * 25.4 });
  };
  if (!regions) read(0, 0, image.width, image.height);
  else for (const r of regions) read(px(r.x), px(r.y), px(r.width), px(r.height));
  return found;
}
