import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getQrMatrix, getQrPathData, getQrSvg } from '../../src/lib/qr.ts';

/** Rasterise an SVG with sharp (librsvg) and read it back with jsQR, as a phone camera would. */
async function decodeSvg(svg: string, px = 400): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg)).resize(px, px).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** Paint the path data back into a matrix (dark runs of `h` strokes) to compare with the encoder's. */
function paintPath(d: string, n: number): boolean[][] {
  const grid = Array.from({ length: n }, () => Array<boolean>(n).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])(\d+(?:\.\d+)?)(?: (\d+(?:\.\d+)?))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (cmd === 'm') x += Number(a);
    else for (let i = 0; i < Number(a); i++) grid[y][x++] = true;
  }
  return grid;
}

const URLS = [
  ['short', 'https://mading.example.org/'],
  ['story', 'https://mading.example.org/berita/lembur-tak-dibayar-pabrik-garmen-karawang/'],
  ['long slug', 'https://mading.example.org/berita/iuran-bpjs-ketenagakerjaan-dipotong-tak-disetor-bandung/'],
  ['query and ampersand', 'https://mading.example.org/cari/?q=upah&topik=lembur'],
] as const;

describe('QR code SVG', () => {
  it.each(URLS)('%s: decodes back to the same URL', async (_name, url) => {
    expect(await decodeSvg(getQrSvg(url, { label: 'QR' }))).toBe(url);
  });

  it.each(URLS)('%s: the path draws exactly the encoder’s dark modules', (_name, url) => {
    const matrix = getQrMatrix(url);
    expect(paintPath(getQrPathData(matrix), matrix.length)).toEqual(matrix);
  });

  it.each(URLS)('%s: has a 4-module white quiet zone on every side', (_name, url) => {
    const m = getQrMatrix(url);
    const n = m.length;
    for (let i = 0; i < 4; i++) {
      expect(m[i].some(Boolean)).toBe(false);
      expect(m[n - 1 - i].some(Boolean)).toBe(false);
      expect(m.some((row) => row[i] || row[n - 1 - i])).toBe(false);
    }
    // …and the finder pattern starts right after it.
    expect(m[4][4]).toBe(true);
  });

  it('is one black path on a white square, crisp, and labelled for screen readers', () => {
    const svg = getQrSvg('https://mading.example.org/', { label: 'Kode QR "Mading" & <berita>', className: 'qr', size: '32mm' });
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('stroke="#000"');
    expect(svg).toMatch(/<rect width="(\d+)" height="\1" fill="#fff"\/>/);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Kode QR &quot;Mading&quot; &amp; &lt;berita&gt;"');
    expect(svg).toContain('class="qr"');
    expect(svg).toContain('width="32mm" height="32mm"');
  });

  it('uses error correction M by default and H on request (more modules for the same text)', () => {
    const url = URLS[1][1];
    expect(getQrMatrix(url, 'H').length).toBeGreaterThan(getQrMatrix(url).length);
  });

  it('stays small: a typical story URL costs under 3.2 KB raw', () => {
    expect(getQrSvg(URLS[2][1], { label: 'QR' }).length).toBeLessThan(3200);
  });
});
