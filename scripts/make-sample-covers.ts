/**
 * Renders the illustrative cover and figure images for the sample stories in
 * content/stories/. Each image is a flat SVG scene (factory roofs, banners,
 * workers' silhouettes, helmets, coins, calendars ...) with no text, no fonts
 * and no external references, rasterised to JPEG with sharp.
 *
 * Run: node scripts/make-sample-covers.ts
 *
 * Output is deterministic: the only "randomness" (crowd heights, window
 * lights, stars) comes from a seeded PRNG keyed on the file name.
 * Illustrations are credited "Ilustrasi: Redaksi Mading" in the stories.
 */
import sharp from 'sharp';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './lib/random.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STORIES = join(ROOT, 'content', 'stories');

const COVER_W = 1600;
const COVER_H = 900;
const FIG_W = 1200;
const FIG_H = 800;

// ---------------------------------------------------------------- PRNG

/** mulberry32 (shared): every run draws the same pictures. */
const mulberry32 = seededRandom;

function seedFrom(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

type Rand = () => number;
const between = (r: Rand, lo: number, hi: number) => lo + (hi - lo) * r();
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const f = (n: number) => Number(n.toFixed(1));

// ---------------------------------------------------------------- primitives

function svgDoc(w: number, h: number, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<defs>${defs}</defs>${body}</svg>`;
}

function vGradient(id: string, stops: readonly string[]): string {
  const s = stops
    .map((c, i) => `<stop offset="${f((i / Math.max(1, stops.length - 1)) * 100)}%" stop-color="${c}"/>`)
    .join('');
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${s}</linearGradient>`;
}

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}" ${extra}/>`;
const circle = (cx: number, cy: number, r: number, fill: string, extra = '') =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}" ${extra}/>`;
const path = (d: string, fill: string, extra = '') => `<path d="${d}" fill="${fill}" ${extra}/>`;
const poly = (pts: ReadonlyArray<readonly [number, number]>, fill: string, extra = '') =>
  `<polygon points="${pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" fill="${fill}" ${extra}/>`;

/** Rolling hills / mountains as a smooth band. */
function hills(w: number, baseY: number, amp: number, count: number, fill: string, r: Rand): string {
  const step = w / count;
  let d = `M0 ${f(baseY)}`;
  for (let i = 0; i < count; i++) {
    const x1 = i * step + step / 2;
    const y1 = baseY - between(r, amp * 0.4, amp);
    const x2 = (i + 1) * step;
    d += ` Q${f(x1)} ${f(y1)} ${f(x2)} ${f(baseY - between(r, 0, amp * 0.3))}`;
  }
  d += ` L${w} ${f(baseY + 2000)} L0 ${f(baseY + 2000)} Z`;
  return path(d, fill);
}

/** A factory hall with a saw-tooth roof, windows and chimneys. */
function factory(
  x: number, groundY: number, w: number, h: number,
  o: { wall: string; roof: string; window: string; lit?: string; teeth?: number; chimneys?: number; smoke?: string },
  r: Rand,
): string {
  const teeth = o.teeth ?? 5;
  const top = groundY - h;
  const tw = w / teeth;
  let out = '';
  // chimneys behind the roof
  const chimneys = o.chimneys ?? 0;
  for (let i = 0; i < chimneys; i++) {
    const cx = x + w * (0.15 + (0.7 * i) / Math.max(1, chimneys - 1 || 1));
    const ch = h * between(r, 0.9, 1.4);
    out += rect(cx - 14, top - ch, 28, ch + 10, o.roof);
    out += rect(cx - 18, top - ch, 36, 10, o.wall);
    if (o.smoke) {
      for (let k = 0; k < 4; k++) {
        out += circle(cx + k * 26 + 10, top - ch - 30 - k * 28, 22 + k * 9, o.smoke, `opacity="${f(0.55 - k * 0.11)}"`);
      }
    }
  }
  // saw-tooth roof
  let d = `M${f(x)} ${f(top)}`;
  for (let i = 0; i < teeth; i++) {
    const sx = x + i * tw;
    d += ` L${f(sx + tw * 0.78)} ${f(top - tw * 0.42)} L${f(sx + tw * 0.78)} ${f(top)} L${f(sx + tw)} ${f(top)}`;
  }
  d += ` Z`;
  out += path(d, o.roof);
  // glazing on the vertical faces of the teeth
  for (let i = 0; i < teeth; i++) {
    const gx = x + i * tw + tw * 0.78 - 6;
    out += rect(gx, top - tw * 0.38, 6, tw * 0.34, o.lit ?? o.window, 'opacity="0.85"');
  }
  // wall
  out += rect(x, top, w, h, o.wall);
  // windows: one band
  const rows = h > 160 ? 2 : 1;
  const cols = Math.max(3, Math.floor(w / 70));
  const gap = w / cols;
  for (let row = 0; row < rows; row++) {
    for (let c = 0; c < cols; c++) {
      const lit = o.lit && r() > 0.45;
      out += rect(x + c * gap + gap * 0.2, top + 26 + row * 70, gap * 0.6, 34, lit ? (o.lit as string) : o.window);
    }
  }
  return out;
}

/** A standing or walking worker silhouette. `s` scales a 200px-tall figure. */
function worker(
  x: number, groundY: number, s: number, color: string,
  o: { helmet?: string; armsUp?: boolean; step?: number; skirt?: boolean; hijab?: boolean } = {},
): string {
  const H = 200 * s;
  const headR = 17 * s;
  const headY = groundY - H + headR;
  const shoulderY = headY + headR + 8 * s;
  const hipY = groundY - 88 * s;
  const bw = 26 * s;
  const step = (o.step ?? 0) * s;
  let out = '';
  // legs
  if (o.skirt) {
    out += poly([[x - bw * 0.9, hipY], [x + bw * 0.9, hipY], [x + bw * 1.15, groundY - 30 * s], [x - bw * 1.15, groundY - 30 * s]], color);
    out += rect(x - 12 * s - step * 0.3, groundY - 32 * s, 9 * s, 32 * s, color);
    out += rect(x + 3 * s + step * 0.3, groundY - 32 * s, 9 * s, 32 * s, color);
  } else {
    out += poly([[x - bw * 0.8, hipY], [x - 2 * s, hipY], [x - 4 * s - step, groundY], [x - 18 * s - step, groundY]], color);
    out += poly([[x + 2 * s, hipY], [x + bw * 0.8, hipY], [x + 18 * s + step, groundY], [x + 4 * s + step, groundY]], color);
  }
  // torso
  out += path(
    `M${f(x - bw)} ${f(shoulderY + 10 * s)} Q${f(x - bw)} ${f(shoulderY)} ${f(x - bw + 10 * s)} ${f(shoulderY)} ` +
    `L${f(x + bw - 10 * s)} ${f(shoulderY)} Q${f(x + bw)} ${f(shoulderY)} ${f(x + bw)} ${f(shoulderY + 10 * s)} ` +
    `L${f(x + bw * 0.85)} ${f(hipY + 4 * s)} L${f(x - bw * 0.85)} ${f(hipY + 4 * s)} Z`,
    color,
  );
  // arms
  if (o.armsUp) {
    out += poly([[x - bw, shoulderY + 2 * s], [x - bw + 11 * s, shoulderY + 6 * s], [x - bw - 4 * s, shoulderY - 62 * s], [x - bw - 14 * s, shoulderY - 58 * s]], color);
    out += poly([[x + bw, shoulderY + 2 * s], [x + bw - 11 * s, shoulderY + 6 * s], [x + bw + 4 * s, shoulderY - 62 * s], [x + bw + 14 * s, shoulderY - 58 * s]], color);
  } else {
    out += poly([[x - bw, shoulderY + 4 * s], [x - bw + 10 * s, shoulderY + 6 * s], [x - bw - 2 * s + step * 0.4, hipY + 10 * s], [x - bw - 11 * s + step * 0.4, hipY + 6 * s]], color);
    out += poly([[x + bw, shoulderY + 4 * s], [x + bw - 10 * s, shoulderY + 6 * s], [x + bw + 2 * s - step * 0.4, hipY + 10 * s], [x + bw + 11 * s - step * 0.4, hipY + 6 * s]], color);
  }
  // neck + head
  out += rect(x - 6 * s, headY + headR - 4 * s, 12 * s, 14 * s, color);
  if (o.hijab) {
    out += path(
      `M${f(x - headR * 1.15)} ${f(headY + headR * 1.5)} Q${f(x - headR * 1.25)} ${f(headY - headR * 1.25)} ${f(x)} ${f(headY - headR * 1.2)} ` +
      `Q${f(x + headR * 1.25)} ${f(headY - headR * 1.25)} ${f(x + headR * 1.15)} ${f(headY + headR * 1.5)} Z`,
      color,
    );
  } else {
    out += circle(x, headY, headR, color);
  }
  if (o.helmet) {
    out += path(
      `M${f(x - headR * 1.15)} ${f(headY - 2 * s)} Q${f(x - headR * 1.1)} ${f(headY - headR * 1.45)} ${f(x)} ${f(headY - headR * 1.4)} ` +
      `Q${f(x + headR * 1.1)} ${f(headY - headR * 1.45)} ${f(x + headR * 1.15)} ${f(headY - 2 * s)} Z`,
      o.helmet,
    );
    out += rect(x - headR * 1.35, headY - 4 * s, headR * 2.7, 5 * s, o.helmet, `rx="${f(2 * s)}"`);
  }
  return out;
}

/** A large safety helmet seen from the side. */
function helmet(cx: number, cy: number, size: number, color: string, shade: string, stripe?: string): string {
  const w = size;
  const h = size * 0.62;
  let out = '';
  out += `<ellipse cx="${f(cx + w * 0.06)}" cy="${f(cy + h * 0.08)}" rx="${f(w * 0.62)}" ry="${f(h * 0.12)}" fill="#000" opacity="0.18"/>`;
  out += path(
    `M${f(cx - w * 0.48)} ${f(cy)} Q${f(cx - w * 0.5)} ${f(cy - h)} ${f(cx)} ${f(cy - h)} ` +
    `Q${f(cx + w * 0.5)} ${f(cy - h)} ${f(cx + w * 0.48)} ${f(cy)} Z`,
    color,
  );
  // ridge
  out += path(
    `M${f(cx - w * 0.07)} ${f(cy - h + 2)} Q${f(cx - w * 0.08)} ${f(cy - h * 0.5)} ${f(cx - w * 0.05)} ${f(cy)} ` +
    `L${f(cx + w * 0.05)} ${f(cy)} Q${f(cx + w * 0.08)} ${f(cy - h * 0.5)} ${f(cx + w * 0.07)} ${f(cy - h + 2)} Z`,
    shade,
  );
  if (stripe) out += rect(cx - w * 0.47, cy - h * 0.3, w * 0.94, h * 0.1, stripe, 'opacity="0.9"');
  // brim
  out += path(
    `M${f(cx - w * 0.62)} ${f(cy + h * 0.02)} Q${f(cx)} ${f(cy - h * 0.12)} ${f(cx + w * 0.62)} ${f(cy + h * 0.02)} ` +
    `Q${f(cx + w * 0.64)} ${f(cy + h * 0.12)} ${f(cx + w * 0.5)} ${f(cy + h * 0.12)} L${f(cx - w * 0.5)} ${f(cy + h * 0.12)} ` +
    `Q${f(cx - w * 0.64)} ${f(cy + h * 0.12)} ${f(cx - w * 0.62)} ${f(cy + h * 0.02)} Z`,
    shade,
  );
  // highlight
  out += path(
    `M${f(cx - w * 0.33)} ${f(cy - h * 0.55)} Q${f(cx - w * 0.25)} ${f(cy - h * 0.85)} ${f(cx - w * 0.12)} ${f(cy - h * 0.9)}`,
    'none',
    `stroke="#fff" stroke-opacity="0.45" stroke-width="${f(size * 0.035)}" stroke-linecap="round"`,
  );
  return out;
}

/** A stack of coins seen slightly from above. */
function coinStack(cx: number, baseY: number, n: number, rx: number, face: string, edge: string, rim: string): string {
  const ry = rx * 0.32;
  const t = rx * 0.16;
  let out = '';
  for (let i = 0; i < n; i++) {
    const y = baseY - i * t;
    out += rect(cx - rx, y - t, rx * 2, t, edge);
    out += `<ellipse cx="${f(cx)}" cy="${f(y)}" rx="${f(rx)}" ry="${f(ry)}" fill="${edge}"/>`;
    out += rect(cx - rx, y - t * 0.55, rx * 2, t * 0.12, rim, 'opacity="0.6"');
  }
  const topY = baseY - n * t;
  out += `<ellipse cx="${f(cx)}" cy="${f(topY)}" rx="${f(rx)}" ry="${f(ry)}" fill="${face}"/>`;
  out += `<ellipse cx="${f(cx)}" cy="${f(topY)}" rx="${f(rx * 0.72)}" ry="${f(ry * 0.72)}" fill="none" stroke="${rim}" stroke-width="${f(rx * 0.05)}"/>`;
  return out;
}

/** A wall calendar: grid of days, one day circled. No digits. */
function calendar(x: number, y: number, w: number, h: number, o: { paper: string; head: string; cell: string; mark: string }, markIndex: number): string {
  let out = '';
  out += rect(x + 10, y + 14, w, h, '#000', 'opacity="0.18" rx="14"');
  out += rect(x, y, w, h, o.paper, 'rx="14"');
  out += rect(x, y, w, h * 0.2, o.head, 'rx="14"');
  out += rect(x, y + h * 0.12, w, h * 0.08, o.head);
  // rings
  for (let i = 0; i < 2; i++) {
    const rx = x + w * (0.3 + i * 0.4);
    out += rect(rx - 7, y - 22, 14, 44, '#c9ced6', 'rx="7"');
  }
  const cols = 7;
  const rows = 5;
  const gx = w * 0.07;
  const gy = h * 0.27;
  const cw = (w - gx * 2) / cols;
  const chh = (h - gy - h * 0.06) / rows;
  for (let rI = 0; rI < rows; rI++) {
    for (let c = 0; c < cols; c++) {
      const idx = rI * cols + c;
      const cx = x + gx + c * cw + cw * 0.15;
      const cy = y + gy + rI * chh + chh * 0.15;
      out += rect(cx, cy, cw * 0.7, chh * 0.7, c === 6 ? o.mark : o.cell, `rx="6" opacity="${c === 6 ? 0.35 : 1}"`);
      if (idx === markIndex) {
        out += circle(cx + cw * 0.35, cy + chh * 0.35, Math.min(cw, chh) * 0.55, 'none', `stroke="${o.mark}" stroke-width="7"`);
      }
    }
  }
  return out;
}

/** A document: sheet with header block and blank lines (nothing legible). */
function sheet(x: number, y: number, w: number, h: number, paper: string, ink: string, rot = 0, lines = 9): string {
  let out = `<g transform="rotate(${rot} ${f(x + w / 2)} ${f(y + h / 2)})">`;
  out += rect(x + 8, y + 12, w, h, '#000', 'opacity="0.16" rx="6"');
  out += rect(x, y, w, h, paper, 'rx="6"');
  out += rect(x + w * 0.1, y + h * 0.08, w * 0.45, h * 0.05, ink, 'opacity="0.8" rx="4"');
  for (let i = 0; i < lines; i++) {
    const lw = i % 4 === 3 ? 0.5 : 0.8;
    out += rect(x + w * 0.1, y + h * (0.22 + i * 0.07), w * lw, h * 0.018, ink, 'opacity="0.35" rx="3"');
  }
  out += rect(x + w * 0.6, y + h * 0.86, w * 0.28, h * 0.018, ink, 'opacity="0.5"');
  out += `</g>`;
  return out;
}

// ---------------------------------------------------------------- scenes

type Scene = (w: number, h: number, r: Rand) => string;

/** Karawang: garment factory at dusk, workers walking home late. */
const garmentDusk: Scene = (w, h, r) => {
  const defs = vGradient('sky', ['#2b1e4f', '#7a3b6e', '#e0795a', '#f4b860']);
  let b = rect(0, 0, w, h, 'url(#sky)');
  b += circle(w * 0.78, h * 0.52, 90, '#ffd98a', 'opacity="0.9"');
  b += hills(w, h * 0.62, 60, 5, '#5b2f5e', r);
  b += factory(w * 0.06, h * 0.78, w * 0.55, 210, { wall: '#3a2347', roof: '#2a1936', window: '#4a2f5a', lit: '#ffcf7a', teeth: 7, chimneys: 2, smoke: '#c79ab0' }, r);
  b += factory(w * 0.63, h * 0.78, w * 0.32, 150, { wall: '#43294f', roof: '#2f1c3c', window: '#553866', lit: '#ffcf7a', teeth: 4 }, r);
  // fence + gate
  b += rect(0, h * 0.78, w, h * 0.22, '#1e1229');
  for (let x = 0; x < w; x += 36) b += rect(x, h * 0.7, 6, h * 0.08, '#1e1229');
  b += rect(0, h * 0.7, w, 6, '#1e1229');
  const colors = ['#120a1a', '#170d21', '#0d0714'];
  for (let i = 0; i < 11; i++) {
    const x = w * 0.08 + i * w * 0.082 + between(r, -12, 12);
    b += worker(x, h * 0.97, between(r, 0.95, 1.15), pick(r, colors), { step: between(r, -8, 8), hijab: r() > 0.45, skirt: r() > 0.6 });
  }
  return svgDoc(w, h, defs, b);
};

/** Karawang figure: a notebook with columns and a wall clock. */
const notebookClock: Scene = (w, h) => {
  const defs = vGradient('wall', ['#f3e6d3', '#ead7bd']);
  let b = rect(0, 0, w, h, 'url(#wall)');
  b += rect(0, h * 0.62, w, h * 0.38, '#9a6b47');
  b += rect(0, h * 0.62, w, 14, '#b07f59');
  // clock
  const cx = w * 0.78;
  const cy = h * 0.27;
  b += circle(cx + 6, cy + 8, 120, '#000', 'opacity="0.12"');
  b += circle(cx, cy, 120, '#2f3b52');
  b += circle(cx, cy, 100, '#fffaf0');
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    b += rect(cx + Math.sin(a) * 84 - 3, cy - Math.cos(a) * 84 - 9, 6, 18, '#2f3b52', `transform="rotate(${i * 30} ${f(cx + Math.sin(a) * 84)} ${f(cy - Math.cos(a) * 84)})"`);
  }
  // 18.10: hour hand a bit past 6, minute hand on 2
  b += `<line x1="${cx}" y1="${cy}" x2="${f(cx - 8)}" y2="${f(cy + 55)}" stroke="#2f3b52" stroke-width="12" stroke-linecap="round"/>`;
  b += `<line x1="${cx}" y1="${cy}" x2="${f(cx + 70)}" y2="${f(cy - 40)}" stroke="#c0392b" stroke-width="7" stroke-linecap="round"/>`;
  b += circle(cx, cy, 9, '#2f3b52');
  // open notebook
  const nx = w * 0.12;
  const ny = h * 0.5;
  const nw = w * 0.56;
  const nh = h * 0.42;
  b += rect(nx + 14, ny + 18, nw, nh, '#000', 'opacity="0.2" rx="10"');
  b += rect(nx, ny, nw, nh, '#2e6e8e', 'rx="10"');
  b += rect(nx + 12, ny + 10, nw / 2 - 14, nh - 20, '#fdfbf4', 'rx="4"');
  b += rect(nx + nw / 2 + 2, ny + 10, nw / 2 - 14, nh - 20, '#fdfbf4', 'rx="4"');
  for (const side of [0, 1]) {
    const px = nx + 12 + side * (nw / 2 - 10);
    const pw = nw / 2 - 14;
    for (let i = 0; i < 9; i++) b += rect(px + 14, ny + 40 + i * 30, pw - 28, 2, '#9fb7c9');
    for (let c = 1; c < 4; c++) b += rect(px + c * (pw / 4), ny + 30, 2, nh - 60, '#e3a0a0');
    for (let i = 0; i < 7; i++) {
      for (let c = 0; c < 4; c++) {
        if ((i + c + side) % 3 !== 0) b += rect(px + c * (pw / 4) + 12, ny + 48 + i * 30, pw / 4 - 28, 7, '#34495e', 'opacity="0.55" rx="3"');
      }
    }
  }
  b += rect(nx + nw / 2 - 4, ny + 4, 8, nh - 8, '#24556e');
  // pencil
  b += `<g transform="rotate(-18 ${f(nx + nw * 0.9)} ${f(ny + nh * 0.9)})">` +
    rect(nx + nw * 0.7, ny + nh * 0.88, 230, 20, '#f2c14e', 'rx="4"') +
    poly([[nx + nw * 0.7 + 230, ny + nh * 0.88], [nx + nw * 0.7 + 262, ny + nh * 0.88 + 10], [nx + nw * 0.7 + 230, ny + nh * 0.88 + 20]], '#e8c9a0') +
    rect(nx + nw * 0.7 - 18, ny + nh * 0.88, 20, 20, '#e57373', 'rx="4"') + `</g>`;
  return svgDoc(w, h, defs, b);
};

/** Severance guide: letter, folder, coin stacks and a calculator on a desk. */
const deskDocuments: Scene = (w, h) => {
  const defs = vGradient('bg', ['#1f4e5f', '#163a47']);
  let b = rect(0, 0, w, h, 'url(#bg)');
  b += circle(w * 0.15, h * 0.2, 260, '#2a6275', 'opacity="0.5"');
  b += circle(w * 0.92, h * 0.95, 320, '#2a6275', 'opacity="0.5"');
  // folder
  b += `<g transform="rotate(-6 ${f(w * 0.33)} ${f(h * 0.5)})">` +
    rect(w * 0.12, h * 0.2, w * 0.42, h * 0.66, '#000', 'opacity="0.2" rx="12"') +
    rect(w * 0.11, h * 0.17, w * 0.16, h * 0.08, '#e4a853', 'rx="10"') +
    rect(w * 0.11, h * 0.2, w * 0.42, h * 0.64, '#f0b95f', 'rx="12"') + `</g>`;
  b += sheet(w * 0.2, h * 0.12, w * 0.3, h * 0.74, '#fdfdf8', '#1f4e5f', 4, 9);
  // stamp-like circle without text
  b += circle(w * 0.42, h * 0.7, 46, 'none', 'stroke="#c0392b" stroke-width="8" opacity="0.75"');
  b += circle(w * 0.42, h * 0.7, 28, 'none', 'stroke="#c0392b" stroke-width="4" opacity="0.6"');
  // coin stacks
  b += coinStack(w * 0.62, h * 0.86, 6, 70, '#ffd66b', '#d9a531', '#b7841d');
  b += coinStack(w * 0.72, h * 0.9, 10, 70, '#ffd66b', '#d9a531', '#b7841d');
  b += coinStack(w * 0.66, h * 0.98, 3, 70, '#ffd66b', '#d9a531', '#b7841d');
  // calculator
  const cx = w * 0.8;
  const cy = h * 0.14;
  const cw = w * 0.15;
  const ch = h * 0.5;
  b += `<g transform="rotate(8 ${f(cx + cw / 2)} ${f(cy + ch / 2)})">`;
  b += rect(cx + 10, cy + 14, cw, ch, '#000', 'opacity="0.22" rx="18"');
  b += rect(cx, cy, cw, ch, '#2d3436', 'rx="18"');
  b += rect(cx + cw * 0.1, cy + ch * 0.07, cw * 0.8, ch * 0.17, '#b8e0c8', 'rx="6"');
  for (let rI = 0; rI < 4; rI++) {
    for (let c = 0; c < 3; c++) {
      b += rect(cx + cw * (0.1 + c * 0.28), cy + ch * (0.32 + rI * 0.16), cw * 0.22, ch * 0.12, c === 2 && rI === 3 ? '#e17055' : '#636e72', 'rx="6"');
    }
  }
  b += `</g>`;
  return svgDoc(w, h, defs, b);
};

/** Tangerang: closed factory gate in the morning, workers waiting. */
const closedGate: Scene = (w, h, r) => {
  const defs = vGradient('sky', ['#9fd3e6', '#d7eef2', '#f6efe0']);
  let b = rect(0, 0, w, h, 'url(#sky)');
  b += circle(w * 0.16, h * 0.2, 70, '#fff4c9');
  b += factory(w * 0.18, h * 0.66, w * 0.66, 230, { wall: '#c9d3d8', roof: '#7d8d96', window: '#8fa6b2', teeth: 8, chimneys: 1 }, r);
  b += rect(0, h * 0.66, w, h * 0.34, '#b9b2a3');
  b += rect(0, h * 0.8, w, h * 0.2, '#8c8577');
  // gate pillars
  b += rect(w * 0.26, h * 0.34, 60, h * 0.46, '#5d6d7e');
  b += rect(w * 0.7, h * 0.34, 60, h * 0.46, '#5d6d7e');
  b += rect(w * 0.255, h * 0.33, 80, 24, '#4a5866');
  b += rect(w * 0.695, h * 0.33, 80, 24, '#4a5866');
  // closed sliding gate
  const gx = w * 0.26 + 60;
  const gw = w * 0.7 - gx;
  b += rect(gx, h * 0.42, gw, 14, '#2c3e50');
  b += rect(gx, h * 0.76, gw, 14, '#2c3e50');
  for (let x = gx + 10; x < gx + gw; x += 26) b += rect(x, h * 0.42, 8, h * 0.36, '#34495e');
  b += rect(gx + gw / 2 - 4, h * 0.42, 8, h * 0.36, '#1c2833');
  b += circle(gx + gw / 2, h * 0.6, 16, '#c0392b');
  // fence either side
  for (let x = 0; x < w * 0.26; x += 30) b += rect(x, h * 0.5, 6, h * 0.18, '#5d6d7e');
  for (let x = w * 0.7 + 60; x < w; x += 30) b += rect(x, h * 0.5, 6, h * 0.18, '#5d6d7e');
  b += rect(0, h * 0.52, w * 0.26, 6, '#5d6d7e');
  b += rect(w * 0.7 + 60, h * 0.52, w * 0.3, 6, '#5d6d7e');
  // waiting workers
  const tones = ['#2d3a4a', '#3b4b5c', '#243140', '#41536a'];
  const xs = [0.08, 0.14, 0.2, 0.36, 0.43, 0.5, 0.58, 0.8, 0.87, 0.93];
  for (const px of xs) {
    b += worker(w * px + between(r, -10, 10), h * 0.96, between(r, 1.1, 1.3), pick(r, tones), { hijab: r() > 0.5, skirt: r() > 0.65 });
  }
  return svgDoc(w, h, defs, b);
};

/** Samarinda: terraced mine slope, an excavator and a big helmet. */
const mineSlope: Scene = (w, h, r) => {
  const defs = vGradient('sky', ['#5f7f95', '#a7b9c1', '#d9d2c3']);
  let b = rect(0, 0, w, h, 'url(#sky)');
  // rain clouds
  for (let i = 0; i < 5; i++) b += `<ellipse cx="${f(w * (0.1 + i * 0.2))}" cy="${f(h * 0.12 + between(r, -20, 20))}" rx="${f(between(r, 140, 200))}" ry="50" fill="#50697a" opacity="0.5"/>`;
  b += hills(w, h * 0.36, 50, 6, '#3f6b4a', r);
  // terraces
  const tiers = ['#a0522d', '#b5653a', '#c7794a', '#d48d5c', '#b86a3d'];
  for (let i = 0; i < tiers.length; i++) {
    const y = h * (0.34 + i * 0.1);
    const inset = i * w * 0.05;
    b += poly([[0, y], [w * 0.58 - inset, y], [w * 0.62 - inset, y + h * 0.1], [0, y + h * 0.1]], tiers[i] as string);
    b += rect(0, y, w * 0.58 - inset, 6, '#7a3d20', 'opacity="0.5"');
  }
  // slide scar
  b += poly([[w * 0.33, h * 0.34], [w * 0.44, h * 0.36], [w * 0.5, h * 0.82], [w * 0.3, h * 0.84]], '#6d3a22', 'opacity="0.55"');
  // pit floor
  b += rect(0, h * 0.84, w, h * 0.16, '#5b4636');
  b += rect(0, h * 0.84, w, 10, '#4a382b');
  // puddles
  b += `<ellipse cx="${f(w * 0.55)}" cy="${f(h * 0.92)}" rx="120" ry="16" fill="#8aa1ad" opacity="0.8"/>`;
  // excavator
  const ex = w * 0.58;
  const ey = h * 0.84;
  b += rect(ex - 10, ey - 40, 180, 40, '#2d2d2d', 'rx="18"');
  for (let i = 0; i < 5; i++) b += circle(ex + 10 + i * 38, ey - 20, 12, '#555');
  b += rect(ex + 10, ey - 110, 140, 70, '#f1c40f', 'rx="6"');
  b += rect(ex + 90, ey - 150, 60, 50, '#f1c40f', 'rx="6"');
  b += rect(ex + 98, ey - 142, 44, 30, '#5d8aa8');
  b += `<polyline points="${f(ex + 20)},${f(ey - 100)} ${f(ex - 70)},${f(ey - 190)} ${f(ex - 130)},${f(ey - 90)}" fill="none" stroke="#e2b00c" stroke-width="22" stroke-linejoin="round"/>`;
  b += poly([[ex - 160, ey - 100], [ex - 100, ey - 100], [ex - 110, ey - 50], [ex - 170, ey - 60]], '#444');
  // big helmet foreground
  b += helmet(w * 0.82, h * 0.86, 330, '#f6c431', '#d9a514', '#ffffff');
  return svgDoc(w, h, defs, b);
};

/** Samarinda figure: helmet, reflective vest and boots on a bench. */
const kitOnBench: Scene = (w, h) => {
  const defs = vGradient('wall', ['#dfe8e6', '#c8d6d3']);
  let b = rect(0, 0, w, h, 'url(#wall)');
  for (let x = 0; x < w; x += 150) b += rect(x, 0, 4, h * 0.66, '#b7c6c2');
  b += rect(0, h * 0.66, w, h * 0.34, '#7e8a86');
  // bench
  b += rect(w * 0.06, h * 0.6, w * 0.88, 36, '#a0703f', 'rx="6"');
  b += rect(w * 0.06, h * 0.6 + 30, w * 0.88, 10, '#7d552e');
  b += rect(w * 0.1, h * 0.6 + 36, 28, h * 0.22, '#7d552e');
  b += rect(w * 0.87, h * 0.6 + 36, 28, h * 0.22, '#7d552e');
  // vest draped
  const vx = w * 0.38;
  const vy = h * 0.26;
  b += path(`M${f(vx)} ${f(vy)} L${f(vx + 80)} ${f(vy - 20)} L${f(vx + 130)} ${f(vy + 60)} L${f(vx + 180)} ${f(vy - 20)} L${f(vx + 260)} ${f(vy)} L${f(vx + 290)} ${f(h * 0.62)} L${f(vx - 30)} ${f(h * 0.62)} Z`, '#ff7a1a');
  b += rect(vx - 22, vy + 150, 305, 22, '#e8eef0', 'opacity="0.95"');
  b += rect(vx - 26, vy + 220, 312, 22, '#e8eef0', 'opacity="0.95"');
  b += rect(vx + 126, vy + 60, 8, h * 0.62 - vy - 60, '#cc5f10');
  // helmet
  b += helmet(w * 0.2, h * 0.6, 250, '#f6c431', '#d9a514');
  // boots
  for (const bx of [w * 0.72, w * 0.82]) {
    b += path(`M${f(bx)} ${f(h * 0.36)} L${f(bx + 60)} ${f(h * 0.36)} L${f(bx + 62)} ${f(h * 0.54)} Q${f(bx + 120)} ${f(h * 0.55)} ${f(bx + 124)} ${f(h * 0.6)} L${f(bx - 4)} ${f(h * 0.6)} Z`, '#3b2f2a');
    b += rect(bx - 6, h * 0.59, 132, 12, '#1f1a17', 'rx="4"');
    b += rect(bx - 2, h * 0.34, 66, 18, '#2b221e', 'rx="4"');
  }
  return svgDoc(w, h, defs, b);
};

/** Semarang minimum wage: coin stacks and a calendar on deep blue. */
const coinsCalendar: Scene = (w, h, r) => {
  const defs = vGradient('bg', ['#1b2a49', '#23395d', '#2c4a6e']);
  let b = rect(0, 0, w, h, 'url(#bg)');
  for (let i = 0; i < 30; i++) b += circle(between(r, 0, w), between(r, 0, h * 0.6), between(r, 1.5, 3.5), '#ffffff', `opacity="${f(between(r, 0.15, 0.5))}"`);
  b += circle(w * 0.3, h * 0.55, 330, '#2f5680', 'opacity="0.45"');
  b += rect(0, h * 0.84, w, h * 0.16, '#162238');
  b += calendar(w * 0.56, h * 0.14, w * 0.34, h * 0.62, { paper: '#fbfaf6', head: '#c0392b', cell: '#dfe4ea', mark: '#c0392b' }, 23);
  const stacks: Array<[number, number]> = [[0.12, 5], [0.22, 9], [0.33, 13], [0.44, 17]];
  for (const [px, n] of stacks) b += coinStack(w * px, h * 0.9, n, 62, '#ffd66b', '#d9a531', '#b7841d');
  // rising arrow
  b += `<polyline points="${f(w * 0.08)},${f(h * 0.5)} ${f(w * 0.2)},${f(h * 0.42)} ${f(w * 0.3)},${f(h * 0.36)} ${f(w * 0.45)},${f(h * 0.18)}" fill="none" stroke="#7bed9f" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>`;
  b += poly([[w * 0.45 + 18, h * 0.18 - 28], [w * 0.45 + 8, h * 0.18 + 34], [w * 0.45 - 40, h * 0.18 - 4]], '#7bed9f');
  return svgDoc(w, h, defs, b);
};

/** Bandung BPJS: phone with a flat bar chart beside a payslip. */
const phonePayslip: Scene = (w, h) => {
  const defs = vGradient('bg', ['#2e7d5b', '#256b4d']);
  let b = rect(0, 0, w, h, 'url(#bg)');
  for (let i = 0; i < 8; i++) b += rect(0, i * 120 + 40, w, 2, '#3a8d69', 'opacity="0.5"');
  b += sheet(w * 0.1, h * 0.1, w * 0.34, h * 0.8, '#fbfbf3', '#256b4d', -5, 10);
  // highlight empty rows on the slip
  b += `<g transform="rotate(-5 ${f(w * 0.27)} ${f(h * 0.5)})">` +
    rect(w * 0.13, h * 0.62, w * 0.28, h * 0.05, '#f6e58d', 'opacity="0.6" rx="4"') + `</g>`;
  // phone
  const px = w * 0.55;
  const py = h * 0.08;
  const pw = w * 0.22;
  const ph = h * 0.84;
  b += rect(px + 14, py + 16, pw, ph, '#000', 'opacity="0.25" rx="36"');
  b += rect(px, py, pw, ph, '#1e272e', 'rx="36"');
  b += rect(px + 16, py + 46, pw - 32, ph - 92, '#f5f6fa', 'rx="10"');
  b += rect(px + pw / 2 - 40, py + 18, 80, 10, '#485460', 'rx="5"');
  b += rect(px + 36, py + 80, pw * 0.5, 22, '#2e7d5b', 'rx="6"');
  b += rect(px + 36, py + 116, pw * 0.35, 12, '#b2bec3', 'rx="6"');
  // bars: rising, then flat
  const heights = [70, 100, 130, 160, 190, 190, 190, 190];
  const bw = (pw - 72) / heights.length;
  const base = py + ph * 0.72;
  heights.forEach((hh, i) => {
    b += rect(px + 36 + i * bw + 4, base - hh * 1.4, bw - 8, hh * 1.4, i < 4 ? '#2e7d5b' : '#e17055', 'rx="4"');
  });
  b += rect(px + 30, base, pw - 60, 3, '#636e72');
  b += rect(px + 36, py + ph * 0.78, pw - 72, 40, '#dfe6e9', 'rx="8"');
  b += rect(px + 36, py + ph * 0.78 + 54, (pw - 72) * 0.6, 14, '#dfe6e9', 'rx="7"');
  // magnifier
  b += circle(w * 0.86, h * 0.72, 70, 'none', 'stroke="#f5f6fa" stroke-width="18"');
  b += circle(w * 0.86, h * 0.72, 60, '#ffffff', 'opacity="0.2"');
  b += `<line x1="${f(w * 0.86 + 50)}" y1="${f(h * 0.72 + 50)}" x2="${f(w * 0.86 + 120)}" y2="${f(h * 0.72 + 120)}" stroke="#f5f6fa" stroke-width="24" stroke-linecap="round"/>`;
  return svgDoc(w, h, defs, b);
};

/** Jakarta domestic workers: houses at night, one lit kitchen, laundry line. */
const housesNight: Scene = (w, h, r) => {
  const defs = vGradient('sky', ['#0f1a3a', '#1d2d5c', '#3c4f86']) +
    '<radialGradient id="glow"><stop offset="0%" stop-color="#ffd27a" stop-opacity="0.45"/><stop offset="100%" stop-color="#ffd27a" stop-opacity="0"/></radialGradient>';
  let b = rect(0, 0, w, h, 'url(#sky)');
  for (let i = 0; i < 60; i++) b += circle(between(r, 0, w), between(r, 0, h * 0.45), between(r, 1, 2.6), '#ffffff', `opacity="${f(between(r, 0.3, 0.9))}"`);
  b += circle(w * 0.84, h * 0.16, 52, '#fdf3c7');
  b += circle(w * 0.84 + 22, h * 0.16 - 12, 48, '#1d2d5c');
  const palette = ['#2a3a66', '#33447a', '#283663', '#3a4c85'];
  const houses = [[0, 0.42, 0.2], [0.19, 0.34, 0.22], [0.4, 0.46, 0.2], [0.59, 0.3, 0.22], [0.8, 0.4, 0.2]] as const;
  houses.forEach(([hx, hy, hw], i) => {
    const x = w * hx;
    const y = h * hy;
    const ww = w * hw;
    const col = palette[i % palette.length] as string;
    b += poly([[x - 10, y], [x + ww / 2, y - 80], [x + ww + 10, y]], '#1a2447');
    b += rect(x, y, ww, h - y, col);
    for (let rI = 0; rI < 3; rI++) {
      for (let c = 0; c < 3; c++) {
        const lit = i === 3 && rI === 1 && c === 0;
        b += rect(x + 24 + c * (ww - 48) / 3, y + 40 + rI * 120, (ww - 48) / 3 - 20, 70, lit ? '#ffd27a' : (r() > 0.8 ? '#5e6fa3' : '#1c2750'));
      }
    }
  });
  // glow from the lit kitchen window
  b += circle(w * 0.59 + 60, h * 0.3 + 195, 150, 'url(#glow)');
  // rooftop laundry line and a woman hanging clothes
  const ry = h * 0.3 - 6;
  b += rect(w * 0.59, ry - 4, w * 0.22, 8, '#1a2447');
  b += `<line x1="${f(w * 0.6)}" y1="${f(ry - 120)}" x2="${f(w * 0.78)}" y2="${f(ry - 130)}" stroke="#cfd8ff" stroke-width="3"/>`;
  b += rect(w * 0.6 - 4, ry - 124, 8, 124, '#141c3a');
  b += rect(w * 0.78 - 4, ry - 134, 8, 134, '#141c3a');
  const clothes = ['#e17055', '#fdcb6e', '#74b9ff', '#fab1a0'];
  clothes.forEach((c, i) => {
    const cx = w * (0.63 + i * 0.035);
    b += rect(cx, ry - 122 - i * 2, 40, 54 + (i % 2) * 16, c, 'opacity="0.9"');
  });
  b += worker(w * 0.76 - 30, ry, 0.85, '#0b1026', { armsUp: true, hijab: true, skirt: true });
  b += rect(0, h * 0.94, w, h * 0.06, '#0b1026');
  return svgDoc(w, h, defs, b);
};

/** Bandung strike: crowd with a long plain banner before a factory fence. */
const bannerCrowd: Scene = (w, h, r) => {
  const defs = vGradient('sky', ['#f7d9a8', '#f4c27f', '#e9a25f']);
  let b = rect(0, 0, w, h, 'url(#sky)');
  b += hills(w, h * 0.42, 110, 4, '#6c8fb3', r);
  b += hills(w, h * 0.48, 70, 6, '#4f7196', r);
  b += factory(w * 0.05, h * 0.66, w * 0.9, 170, { wall: '#d7c4a3', roof: '#8c6e4f', window: '#a88b69', teeth: 11, chimneys: 2, smoke: '#fff1d6' }, r);
  b += rect(0, h * 0.66, w, h * 0.34, '#a17c55');
  for (let x = 0; x < w; x += 28) b += rect(x, h * 0.56, 5, h * 0.12, '#5d4632');
  b += rect(0, h * 0.58, w, 5, '#5d4632');
  // back row of crowd
  const back = ['#3b2a1e', '#452f20', '#33241a'];
  for (let i = 0; i < 26; i++) {
    b += worker(w * (0.02 + i * 0.038) + between(r, -8, 8), h * 0.86, between(r, 0.82, 0.95), pick(r, back), { armsUp: r() > 0.7, hijab: r() > 0.55 });
  }
  // banner on two poles
  const bx = w * 0.16;
  const bw = w * 0.68;
  const by = h * 0.52;
  b += rect(bx - 8, by - 20, 12, h * 0.45, '#2d1f15');
  b += rect(bx + bw - 4, by - 20, 12, h * 0.45, '#2d1f15');
  b += path(`M${f(bx)} ${f(by)} Q${f(bx + bw / 2)} ${f(by + 24)} ${f(bx + bw)} ${f(by)} L${f(bx + bw)} ${f(by + 120)} Q${f(bx + bw / 2)} ${f(by + 140)} ${f(bx)} ${f(by + 120)} Z`, '#c0392b');
  b += path(`M${f(bx)} ${f(by + 16)} Q${f(bx + bw / 2)} ${f(by + 40)} ${f(bx + bw)} ${f(by + 16)}`, 'none', 'stroke="#f5e6c8" stroke-width="8"');
  b += path(`M${f(bx)} ${f(by + 104)} Q${f(bx + bw / 2)} ${f(by + 128)} ${f(bx + bw)} ${f(by + 104)}`, 'none', 'stroke="#f5e6c8" stroke-width="8"');
  // motif: three small figures with raised arms (no text, no logo)
  for (let k = -1; k <= 1; k++) {
    b += worker(bx + bw / 2 + k * 58, by + 110, 0.36, '#f5e6c8', { armsUp: true });
  }
  // front row
  const front = ['#1f150e', '#24190f', '#1a120b'];
  for (let i = 0; i < 15; i++) {
    b += worker(w * (0.03 + i * 0.068) + between(r, -10, 10), h * 1.02, between(r, 1.15, 1.3), pick(r, front), { armsUp: i % 5 === 2, hijab: r() > 0.5 });
  }
  return svgDoc(w, h, defs, b);
};

/** Bandung figure: communal kitchen under a blue tent. */
const communalKitchen: Scene = (w, h) => {
  const defs = vGradient('bg', ['#fbeed7', '#f3dfbf']);
  let b = rect(0, 0, w, h, 'url(#bg)');
  // tent
  b += poly([[0, h * 0.22], [w / 2, 0], [w, h * 0.22]], '#2f6fb0');
  for (let i = 0; i < 8; i++) {
    const x = (i / 8) * w;
    b += path(`M${f(x)} ${f(h * 0.22)} Q${f(x + w / 16)} ${f(h * 0.3)} ${f(x + w / 8)} ${f(h * 0.22)} Z`, i % 2 ? '#2f6fb0' : '#3d82c4');
  }
  b += rect(w * 0.04, h * 0.22, 14, h * 0.7, '#6b5540');
  b += rect(w * 0.95, h * 0.22, 14, h * 0.7, '#6b5540');
  b += rect(0, h * 0.86, w, h * 0.14, '#c9b08b');
  // stove + pots
  b += rect(w * 0.08, h * 0.6, w * 0.36, h * 0.26, '#5a5f66', 'rx="8"');
  b += rect(w * 0.08, h * 0.58, w * 0.36, 18, '#3d4247', 'rx="6"');
  const pots: Array<[number, number, string]> = [[0.16, 150, '#b2bec3'], [0.34, 120, '#95a5a6']];
  for (const [px, pw, c] of pots) {
    const x = w * px;
    b += rect(x - pw / 2, h * 0.58 - pw * 0.8, pw, pw * 0.8, c, 'rx="10"');
    b += rect(x - pw / 2 - 10, h * 0.58 - pw * 0.8 - 12, pw + 20, 16, '#7f8c8d', 'rx="8"');
    b += rect(x - 14, h * 0.58 - pw * 0.8 - 26, 28, 14, '#636e72', 'rx="6"');
    for (let k = 0; k < 3; k++) b += circle(x - 20 + k * 22, h * 0.58 - pw * 0.8 - 50 - k * 22, 14 + k * 6, '#ffffff', `opacity="${f(0.6 - k * 0.15)}"`);
    for (let k = 0; k < 4; k++) b += poly([[x - 40 + k * 26, h * 0.58 + 4], [x - 30 + k * 26, h * 0.58 + 30], [x - 20 + k * 26, h * 0.58 + 4]], '#f39c12');
  }
  // long table with rice packets
  b += rect(w * 0.5, h * 0.62, w * 0.44, 20, '#8d6e4c', 'rx="4"');
  b += rect(w * 0.52, h * 0.62 + 20, 16, h * 0.24, '#6b5540');
  b += rect(w * 0.9, h * 0.62 + 20, 16, h * 0.24, '#6b5540');
  for (let rI = 0; rI < 4; rI++) {
    const n = 7 - rI;
    for (let i = 0; i < n; i++) {
      const x = w * 0.53 + rI * 30 + i * 64;
      const y = h * 0.62 - 40 - rI * 40;
      b += path(`M${f(x)} ${f(y + 40)} L${f(x + 8)} ${f(y + 4)} Q${f(x + 30)} ${f(y - 8)} ${f(x + 52)} ${f(y + 4)} L${f(x + 60)} ${f(y + 40)} Z`, rI % 2 ? '#d4c17e' : '#c8b36a');
      b += rect(x + 20, y + 14, 20, 6, '#8e7d3a', 'opacity="0.6"');
    }
  }
  return svgDoc(w, h, defs, b);
};

/** Jakarta construction: building skeleton, tower crane and a white helmet. */
const constructionSite: Scene = (w, h, r) => {
  const defs = vGradient('sky', ['#7fb6e0', '#b9dbf1', '#e8f3fa']);
  let b = rect(0, 0, w, h, 'url(#sky)');
  for (let i = 0; i < 4; i++) b += `<ellipse cx="${f(between(r, 0, w))}" cy="${f(between(r, 60, 240))}" rx="${f(between(r, 90, 160))}" ry="34" fill="#ffffff" opacity="0.8"/>`;
  // distant skyline
  for (let i = 0; i < 14; i++) {
    const bw = between(r, 60, 130);
    const bh = between(r, 120, 320);
    b += rect(i * 120 + between(r, -20, 20), h * 0.8 - bh, bw, bh, '#a9c4d8');
  }
  // building frame
  const fx = w * 0.1;
  const fw = w * 0.5;
  const floors = 9;
  const fh = 62;
  const base = h * 0.86;
  for (let i = 0; i < floors; i++) b += rect(fx, base - (i + 1) * fh, fw, 12, '#7f8c8d');
  for (let c = 0; c <= 6; c++) b += rect(fx + (c * (fw - 16)) / 6, base - floors * fh, 16, floors * fh, '#95a5a6');
  // safety nets on some floors
  for (let i = 1; i < floors; i += 2) b += rect(fx - 20, base - (i + 1) * fh + 12, 20, fh - 12, '#27ae60', 'opacity="0.55"');
  // workers on floors with helmets
  for (let i = 0; i < 5; i++) {
    const fl = 1 + Math.floor(r() * (floors - 2));
    b += worker(fx + 60 + r() * (fw - 120), base - fl * fh, 0.26, '#2c3e50', { helmet: pick(r, ['#ffffff', '#f1c40f', '#e67e22']) });
  }
  // tower crane
  const cx = w * 0.7;
  b += rect(cx, h * 0.12, 26, base - h * 0.12, '#f1c40f');
  for (let y = h * 0.14; y < base; y += 40) b += `<line x1="${f(cx)}" y1="${f(y)}" x2="${f(cx + 26)}" y2="${f(y + 40)}" stroke="#c79a00" stroke-width="4"/>`;
  b += rect(w * 0.3, h * 0.12, w * 0.62, 18, '#f1c40f');
  b += poly([[cx - 10, h * 0.12], [cx + 13, h * 0.02], [cx + 36, h * 0.12]], '#d4a80a');
  b += rect(w * 0.86, h * 0.12 + 18, 70, 50, '#7f8c8d');
  b += `<line x1="${f(w * 0.36)}" y1="${f(h * 0.12 + 18)}" x2="${f(w * 0.36)}" y2="${f(h * 0.42)}" stroke="#2d3436" stroke-width="4"/>`;
  b += rect(w * 0.36 - 50, h * 0.42, 100, 20, '#c0392b');
  b += rect(0, base, w, h - base, '#b7a58b');
  // foreground helmet
  b += helmet(w * 0.8, h * 0.9, 360, '#fafafa', '#d8dde1', '#f39c12');
  return svgDoc(w, h, defs, b);
};

// ---------------------------------------------------------------- jobs

interface Job {
  slug: string;
  file: string;
  w: number;
  h: number;
  scene: Scene;
}

const cover = (slug: string, scene: Scene): Job => ({ slug, file: 'cover.jpg', w: COVER_W, h: COVER_H, scene });
const figure = (slug: string, file: string, scene: Scene): Job => ({ slug, file, w: FIG_W, h: FIG_H, scene });

const JOBS: Job[] = [
  cover('lembur-tak-dibayar-pabrik-garmen-karawang', garmentDusk),
  figure('lembur-tak-dibayar-pabrik-garmen-karawang', 'foto-1.jpg', notebookClock),
  cover('panduan-hak-pesangon-saat-phk', deskDocuments),
  cover('pabrik-sepatu-tangerang-rumahkan-ratusan-pekerja', closedGate),
  cover('longsor-tambang-samarinda-dua-pekerja-terluka', mineSlope),
  figure('longsor-tambang-samarinda-dua-pekerja-terluka', 'foto-1.jpg', kitOnBench),
  cover('serikat-semarang-ajukan-angka-umk-2027', coinsCalendar),
  cover('iuran-bpjs-ketenagakerjaan-dipotong-tak-disetor-bandung', phonePayslip),
  cover('pekerja-rumah-tangga-jakarta-menuntut-perlindungan', housesNight),
  cover('pemogokan-tiga-hari-pabrik-tekstil-bandung', bannerCrowd),
  figure('pemogokan-tiga-hari-pabrik-tekstil-bandung', 'foto-1.jpg', communalKitchen),
  cover('kampanye-alat-pelindung-diri-proyek-gedung-jakarta', constructionSite),
];

async function main(): Promise<void> {
  let total = 0;
  for (const job of JOBS) {
    const dir = join(STORIES, job.slug);
    await mkdir(dir, { recursive: true });
    const rand = mulberry32(seedFrom(`${job.slug}/${job.file}`));
    const svg = job.scene(job.w, job.h, rand);
    const out = join(dir, job.file);
    await sharp(Buffer.from(svg))
      .resize(job.w, job.h, { fit: 'fill' })
      .jpeg({ quality: 78, mozjpeg: true })
      .toFile(out);
    const { size } = await stat(out);
    total += size;
    console.log(`${job.slug}/${job.file}  ${job.w}x${job.h}  ${(size / 1024).toFixed(1)} KB`);
  }
  console.log(`${JOBS.length} images, ${(total / 1024).toFixed(1)} KB in total`);
}

await main();
