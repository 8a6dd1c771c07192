import { encode } from 'uqr';

/**
 * QR codes for paper: generated at build time as a tiny inline SVG (no request,
 * no script), black on white with the 4-module quiet zone scanners need, one
 * `<path>` drawn as horizontal strokes so a story page pays ~1–2 KB for it.
 */

/** Error-correction levels we allow: M survives a crease or a pin hole, H a torn corner. */
export type QrEcc = 'M' | 'Q' | 'H';

/** The module matrix (true = dark) including a 4-module quiet zone on every side. */
export function getQrMatrix(text: string, ecc: QrEcc = 'M'): boolean[][] {
  return encode(text, { ecc, border: 4 }).data;
}

/**
 * SVG path data for the dark modules: one `M` per row, then `h` for each dark run
 * and a relative `m` over each light gap. Stroked 1 unit wide on the row's centre
 * line, so each run is an exact 1-module-high rectangle.
 */
export function getQrPathData(matrix: readonly (readonly boolean[])[]): string {
  let d = '';
  matrix.forEach((row, y) => {
    let x = 0;
    let pen = -1; // x where the pen stands on this row, -1 before the row's first run
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      d += pen < 0 ? `M${start} ${y}.5` : `m${start - pen} 0`;
      d += `h${x - start}`;
      pen = x;
    }
  });
  return d;
}

/** Options for {@link getQrSvg}. */
export interface QrSvgOptions {
  /** Accessible name, e.g. "Kode QR menuju https://…". Required: the code is an image. */
  label: string;
  /** Class for sizing from CSS (the SVG has no intrinsic size unless `size` is given). */
  className?: string;
  /** Width and height attribute, e.g. "32mm", for contexts without our CSS. */
  size?: string;
  /** Error correction; M by default (15 % of the code may be damaged). */
  ecc?: QrEcc;
}

/** Escape text for an XML attribute value. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A complete, standalone `<svg>` QR code for `text` (safe to inline with `set:html`). */
export function getQrSvg(text: string, options: QrSvgOptions): string {
  const { n, d } = qrDrawing(text, options.ecc ?? 'M');
  const attrs = [
    'xmlns="http://www.w3.org/2000/svg"',
    `viewBox="0 0 ${n} ${n}"`,
    options.size ? `width="${escapeAttribute(options.size)}" height="${escapeAttribute(options.size)}"` : '',
    options.className ? `class="${escapeAttribute(options.className)}"` : '',
    'role="img"',
    `aria-label="${escapeAttribute(options.label)}"`,
    'shape-rendering="crispEdges"',
  ].filter(Boolean);
  // The white square keeps the quiet zone white on any background.
  return `<svg ${attrs.join(' ')}><rect width="${n}" height="${n}" fill="#fff"/><path stroke="#000" d="${d}"/></svg>`;
}

/**
 * Size and path data of the code for `text`, remembered for the build: a story's
 * URL is encoded for its page's print footer and for both posters (A4 and A3).
 */
const DRAWINGS = new Map<string, { n: number; d: string }>();
const DRAWINGS_LIMIT = 50_000;

function qrDrawing(text: string, ecc: QrEcc): { n: number; d: string } {
  const key = `${ecc}\n${text}`;
  let drawing = DRAWINGS.get(key);
  if (!drawing) {
    const matrix = getQrMatrix(text, ecc);
    drawing = { n: matrix.length, d: getQrPathData(matrix) };
    if (DRAWINGS.size >= DRAWINGS_LIMIT) DRAWINGS.clear();
    DRAWINGS.set(key, drawing);
  }
  return drawing;
}
