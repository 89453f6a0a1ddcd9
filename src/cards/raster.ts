/**
 * Pixels of a card: a canvas of palette indices (the paper, and each ink at 63
 * levels of coverage over it), glyphs drawn from masks rasterised once per glyph,
 * size and quarter-pixel offset (by resvg, several at a time), and a PNG written
 * straight from the canvas. A card has five colours and their anti-aliased edges,
 * so an indexed PNG is exact enough (coverage steps of 1/63) and a quarter the size.
 */
import { constants, crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import type { FontFile } from './fonts.ts';

/** Coverage levels of an ink over the paper; index 0 is the paper, level 63 the ink itself. */
const LEVELS = 63;
/** At most four inks: 1 + 4 × 63 palette entries. */
const MAX_INKS = 4;
/** Glyphs are placed to a quarter of a pixel across, to a whole pixel down. */
const PHASES = 4;
/** The widest image glyphs are rasterised in at once. */
const ATLAS_WIDTH = 2048;

/** "#0a5a9c" → [10, 90, 156]. */
const rgbOf = (hex: string): [number, number, number] => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];

/** A glyph's coverage, quantised to levels, in pixels relative to the pen at the baseline. */
export interface GlyphMask {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly levels: Uint8Array;
  /** Per row, the first and one past the last column with coverage: the only ones drawn. */
  readonly spans: Uint16Array;
}

/** What to draw: a glyph of a font file at an em size, its pen at x (fractional) and y (the baseline). */
export interface GlyphDraw {
  readonly file: FontFile;
  readonly glyph: number;
  readonly size: number;
  readonly x: number;
  readonly y: number;
  readonly ink: number;
}

/** The glyph masks drawn so far, by font file, glyph, size and offset. */
export class GlyphMasks {
  private readonly masks = new Map<string, GlyphMask | null>();

  private static key(draw: Pick<GlyphDraw, 'file' | 'glyph' | 'size'>, phase: number): string {
    return `${draw.file.id}:${draw.glyph}:${draw.size}:${phase}`;
  }

  /** The mask of a glyph drawn at pen position x (the phase of x picks the mask), null for a glyph with no ink (a space). */
  mask(draw: GlyphDraw): GlyphMask | null {
    const phase = Math.round((draw.x - Math.floor(draw.x)) * PHASES) % PHASES;
    return this.masks.get(GlyphMasks.key(draw, phase))!;
  }

  /** Rasterises every glyph of `draws` that has no mask yet, all in one image. */
  prepare(draws: readonly GlyphDraw[]): void {
    const missing = new Map<string, { draw: GlyphDraw; phase: number }>();
    for (const draw of draws) {
      const phase = Math.round((draw.x - Math.floor(draw.x)) * PHASES) % PHASES;
      const key = GlyphMasks.key(draw, phase);
      if (!this.masks.has(key) && !missing.has(key)) missing.set(key, { draw, phase });
    }
    if (missing.size === 0) return;
    // Each glyph in a cell of its own: its outline's bounds at its size and offset, and a pixel to spare around.
    const cells: { key: string; path: string; scale: number; phase: number; left: number; top: number; width: number; height: number; x: number; y: number }[] = [];
    for (const [key, { draw, phase }] of missing) {
      const path = draw.file.font.glyphToPath(draw.glyph);
      const numbers: number[] = path.match(/-?[\d.]+(?:e-?\d+)?/g)?.map(Number) ?? [];
      if (numbers.length === 0) {
        this.masks.set(key, null);
        continue;
      }
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      const scale = draw.size / draw.file.upem;
      const offset = phase / PHASES;
      const left = Math.floor(Math.min(...xs) * scale + offset) - 1;
      const top = Math.floor(-Math.max(...ys) * scale) - 1;
      const width = Math.ceil(Math.max(...xs) * scale + offset) + 1 - left;
      const height = Math.ceil(-Math.min(...ys) * scale) + 1 - top;
      cells.push({ key, path, scale, phase, left, top, width, height, x: 0, y: 0 });
    }
    if (cells.length === 0) return;
    // The cells left to right in rows (shelves) of an atlas no wider than it needs to be.
    const atlasWidth = Math.min(
      ATLAS_WIDTH,
      cells.reduce((sum, cell) => sum + cell.width, 0),
    );
    let [x, y, shelf] = [0, 0, 0];
    for (const cell of cells) {
      if (x + cell.width > atlasWidth) [x, y, shelf] = [0, y + shelf, 0];
      [cell.x, cell.y] = [x, y];
      x += cell.width;
      shelf = Math.max(shelf, cell.height);
    }
    const paths = cells.map(
      (cell) => `<path transform="matrix(${cell.scale} 0 0 ${-cell.scale} ${cell.x - cell.left + cell.phase / PHASES} ${cell.y - cell.top})" d="${cell.path}"/>`,
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${atlasWidth}" height="${y + shelf}">${paths.join('')}</svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    for (const cell of cells) {
      const levels = new Uint8Array(cell.width * cell.height);
      const spans = new Uint16Array(cell.height * 2);
      for (let row = 0; row < cell.height; row++) {
        let first = cell.width;
        let end = 0;
        for (let column = 0; column < cell.width; column++) {
          const level = Math.round((pixels[((cell.y + row) * atlasWidth + cell.x + column) * 4 + 3]! * LEVELS) / 255);
          levels[row * cell.width + column] = level;
          if (level === 0) continue;
          if (first > column) first = column;
          end = column + 1;
        }
        spans[row * 2] = first;
        spans[row * 2 + 1] = end;
      }
      this.masks.set(cell.key, { left: cell.left, top: cell.top, width: cell.width, height: cell.height, levels, spans });
    }
  }
}

/**
 * An image of `width` × `height` pixels on paper, in up to four inks, by index;
 * their colours are given when the PNG is written. One canvas serves card after card.
 */
export class Canvas {
  /** One row per line of pixels, each led by its PNG filter byte (0: none), so the canvas is the PNG's image data as it is. */
  private readonly rows: Uint8Array;
  private readonly stride: number;
  readonly width: number;
  readonly height: number;

  constructor(width: number, height: number) {
    [this.width, this.height] = [width, height];
    this.stride = width + 1;
    this.rows = new Uint8Array(this.stride * height);
  }

  /** Paper all over. */
  clear(): void {
    this.rows.fill(0);
  }

  /** A rectangle in one ink, solid (whole pixels). */
  fill(x: number, y: number, width: number, height: number, ink: number): void {
    const index = 1 + ink * LEVELS + LEVELS - 1;
    for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) {
      const start = row * this.stride + 1;
      this.rows.fill(index, start + Math.max(0, x), start + Math.min(this.width, x + width));
    }
  }

  /** Glyphs at their pen positions (masks prepared). */
  glyphs(draws: readonly GlyphDraw[], masks: GlyphMasks): void {
    masks.prepare(draws);
    const rows = this.rows;
    for (const draw of draws) {
      const mask = masks.mask(draw);
      if (mask === null) continue;
      const base = draw.ink * LEVELS;
      const left = Math.floor(draw.x) + mask.left;
      const top = Math.round(draw.y) + mask.top;
      const [first, last] = [Math.max(0, -left), Math.min(mask.width, this.width - left)];
      const { spans } = mask;
      for (let row = Math.max(0, -top); row < Math.min(mask.height, this.height - top); row++) {
        const line = (top + row) * this.stride + 1 + left;
        const levels = row * mask.width;
        const end = Math.min(last, spans[row * 2 + 1]!);
        for (let column = Math.max(first, spans[row * 2]!); column < end; column++) {
          const level = mask.levels[levels + column]!;
          if (level === 0) continue;
          const at = line + column;
          const current = rows[at]!;
          // Where glyphs overlap, the stronger coverage wins.
          if (current === 0 || (current - 1) % LEVELS < level - 1) rows[at] = base + level;
        }
      }
    }
  }

  /** The palette: the paper, then each ink's levels from faint to full. */
  private static palette(paperColour: string, inks: readonly string[]): Uint8Array {
    if (inks.length > MAX_INKS) throw new Error(`a canvas has at most ${MAX_INKS} inks`);
    const paper = rgbOf(paperColour);
    const palette = new Uint8Array(3 * (1 + inks.length * LEVELS));
    palette.set(paper);
    inks.forEach((ink, i) => {
      const colour = rgbOf(ink);
      for (let level = 1; level <= LEVELS; level++) {
        const at = 3 * (1 + i * LEVELS + level - 1);
        for (let channel = 0; channel < 3; channel++) palette[at + channel] = Math.round(paper[channel]! + ((colour[channel]! - paper[channel]!) * level) / LEVELS);
      }
    });
    return palette;
  }

  /** The canvas as an indexed PNG, in these colours. */
  png(paper: string, inks: readonly string[]): Uint8Array<ArrayBuffer> {
    return pngFile(this.width, this.height, 3, this.rows, Canvas.palette(paper, inks));
  }

  /**
   * The canvas as an RGB PNG in these colours with an image laid over it: `rgba` (premultiplied,
   * as resvg gives it) of `width` × `height` pixels at x, y. For the person card's portrait.
   */
  pngWithImage(paper: string, inks: readonly string[], rgba: Uint8Array, x: number, y: number, width: number, height: number): Uint8Array<ArrayBuffer> {
    const palette = Canvas.palette(paper, inks);
    const stride = 1 + this.width * 3;
    const rows = new Uint8Array(stride * this.height);
    for (let row = 0; row < this.height; row++) {
      for (let column = 0; column < this.width; column++) {
        const index = this.rows[row * this.stride + 1 + column]!;
        rows.set(palette.subarray(index * 3, index * 3 + 3), row * stride + 1 + column * 3);
      }
    }
    for (let row = 0; row < height; row++) {
      for (let column = 0; column < width; column++) {
        const source = (row * width + column) * 4;
        const alpha = rgba[source + 3]! / 255;
        const target = (y + row) * stride + 1 + (x + column) * 3;
        for (let channel = 0; channel < 3; channel++) rows[target + channel] = Math.round(rgba[source + channel]! + rows[target + channel]! * (1 - alpha));
      }
    }
    return pngFile(this.width, this.height, 2, rows);
  }
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PNG of 8-bit samples: `colourType` 3 (indexed, with `palette`) or 2 (RGB).
 * The data is deflated with run-length matches only (zlib's Z_RLE): a card is
 * mostly runs of paper, which this finds at a fraction of the default's time.
 */
function pngFile(width: number, height: number, colourType: 2 | 3, rows: Uint8Array, palette?: Uint8Array): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, colourType, 0, 0, 0], 8);
  const chunks = [
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(rows, { level: 1, strategy: constants.Z_RLE })),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(chunks.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of chunks) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
