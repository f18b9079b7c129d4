/**
 * Reads a QR code back from a rendered page, for the server's integration tests and the browser tests: the page is rasterised by poppler's
 * `pdftoppm` (grey PGM), the symbol is found in a region, sampled module by module, and decoded
 * following ISO/IEC 18004 — format information, unmasking, the zigzag of codewords, then the
 * numeric / alphanumeric / byte segments. Independent of the library that drew it. Versions 1–3 with
 * a single error-correction block (what a gift card code needs); a clean render needs no correction.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Renders the PDF's first page at `dpi`: a grey image, and the PNG written to `pngPath` if given. */
export function rasterisePdf(pdf: Buffer, dpi: number, pngPath?: string): GreyImage {
  const dir = mkdtempSync(path.join(tmpdir(), 'qr-'));
  const file = path.join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-singlefile', file, path.join(dir, 'page')]);
  if (pngPath !== undefined) {
    mkdirSync(path.dirname(pngPath), { recursive: true });
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', file, pngPath.replace(/\.png$/, '')]);
  }
  return parsePgm(readFileSync(path.join(dir, 'page.pgm')));
}

function parsePgm(data: Buffer): GreyImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}

/** A square region of a PDF page, in points (1/72 in) from the top-left corner. */
export interface PdfBox {
  x: number;
  y: number;
  size: number;
}

/**
 * Rasterises the PDF's first page at 150 dpi (and writes it as a PNG to `pngPath` if given), then
 * decodes the QR code drawn inside `box`.
 */
export function readQrInPdf(pdf: Buffer, box: PdfBox, pngPath?: string): string {
  const dpi = 150;
  const scale = dpi / 72;
  const page = rasterisePdf(pdf, dpi, pngPath);
  return decodeQr(
    sampleModules(page, {
      x: Math.floor(box.x * scale),
      y: Math.floor(box.y * scale),
      width: Math.ceil(box.size * scale),
      height: Math.ceil(box.size * scale),
    }),
  );
}

/** The dark/light modules of the symbol inside the region (pixels), found by its dark bounding box. */
export function sampleModules(
  img: GreyImage,
  region: { x: number; y: number; width: number; height: number },
): boolean[][] {
  const dark = (x: number, y: number) => img.pixels[y * img.width + x] < 128;
  let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      if (!dark(x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) throw new Error('no QR code in the region');
  // The top-left finder's top edge is 7 dark modules wide.
  const finderRow = top + 1;
  let run = 0;
  while (dark(left + run, finderRow)) run++;
  const moduleSize = run / 7;
  const n = Math.round((right - left + 1) / moduleSize);
  if ((n - 17) % 4 !== 0) throw new Error(`not a QR code size: ${n} modules`);
  const pitch = (right - left + 1) / n;
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) =>
      dark(Math.floor(left + (c + 0.5) * pitch), Math.floor(top + (r + 0.5) * ((bottom - top + 1) / n))),
    ),
  );
}

const FORMAT_MASK = 0x5412;
/** BCH(15,5) code of the 5 format bits (error level, mask), masked. */
function formatWord(data: number): number {
  let rem = data << 10;
  for (let bit = 14; bit >= 10; bit--) if ((rem >> bit) & 1) rem ^= 0x537 << (bit - 10);
  return ((data << 10) | rem) ^ FORMAT_MASK;
}
const LEVELS = ['M', 'L', 'H', 'Q'] as const;
/** Data codewords of the single-block symbols, by version and level. */
const DATA_CODEWORDS: Record<number, Partial<Record<(typeof LEVELS)[number], number>>> = {
  1: { L: 19, M: 16, Q: 13, H: 9 },
  2: { L: 34, M: 28, Q: 22, H: 16 },
  3: { L: 55, M: 44 },
};
const MASKS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function decodeQr(m: boolean[][]): string {
  const n = m.length;
  const version = (n - 17) / 4;
  // Format information around the top-left finder (row 8 left to right, then column 8 upwards).
  let word = 0;
  const cells: [number, number][] = [
    ...[0, 1, 2, 3, 4, 5, 7, 8].map((c): [number, number] => [8, c]),
    ...[7, 5, 4, 3, 2, 1, 0].map((r): [number, number] => [r, 8]),
  ];
  for (const [r, c] of cells) word = (word << 1) | (m[r][c] ? 1 : 0);
  let best = { data: -1, distance: 16 };
  for (let data = 0; data < 32; data++) {
    let diff = formatWord(data) ^ word;
    let distance = 0;
    for (; diff > 0; diff >>= 1) distance += diff & 1;
    if (distance < best.distance) best = { data, distance };
  }
  if (best.distance > 3) throw new Error('unreadable format information');
  const level = LEVELS[best.data >> 3];
  const mask = MASKS[best.data & 7];
  const dataCount = DATA_CODEWORDS[version]?.[level];
  if (dataCount === undefined) throw new Error(`unsupported symbol: version ${version}-${level}`);

  const isFunction = (r: number, c: number) =>
    (r <= 8 && c <= 8) ||
    (r <= 8 && c >= n - 8) ||
    (r >= n - 8 && c <= 8) ||
    r === 6 ||
    c === 6 ||
    (version >= 2 && Math.abs(r - (n - 7)) <= 2 && Math.abs(c - (n - 7)) <= 2);
  const bits: number[] = [];
  let upwards = true;
  for (let right = n - 1; right > 0; right -= 2) {
    if (right === 6) right = 5;
    for (let k = 0; k < n; k++) {
      const r = upwards ? n - 1 - k : k;
      for (const c of [right, right - 1]) {
        if (isFunction(r, c)) continue;
        bits.push(m[r][c] !== mask(r, c) ? 1 : 0);
      }
    }
    upwards = !upwards;
  }
  const stream = bits.slice(0, dataCount * 8);
  let pos = 0;
  const read = (count: number) => {
    let v = 0;
    for (let i = 0; i < count; i++) v = (v << 1) | (stream[pos++] ?? 0);
    return v;
  };
  let text = '';
  while (pos + 4 <= stream.length) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 1) {
      let count = read(10);
      for (; count >= 3; count -= 3) text += String(read(10)).padStart(3, '0');
      if (count === 2) text += String(read(7)).padStart(2, '0');
      if (count === 1) text += String(read(4));
    } else if (mode === 2) {
      let count = read(9);
      for (; count >= 2; count -= 2) {
        const v = read(11);
        text += ALPHANUMERIC[Math.floor(v / 45)] + ALPHANUMERIC[v % 45];
      }
      if (count === 1) text += ALPHANUMERIC[read(6)];
    } else if (mode === 4) {
      const bytes: number[] = [];
      for (let count = read(8); count > 0; count--) bytes.push(read(8));
      text += Buffer.from(bytes).toString('utf8');
    } else {
      throw new Error(`unsupported segment mode ${mode}`);
    }
  }
  return text;
}
