/**
 * The cards' type: Source Serif 4 and Source Sans 3 from node_modules (WOFF
 * files of Fontsource, SIL Open Font Licence), never from the network, shaped
 * by HarfBuzz (kerning, ligatures, marks). Fontsource splits each font by
 * script (latin, latin-ext, greek, …); a text takes each character from the
 * first file that has it, and each file is read when a text first needs it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type { HarfBuzz, HbFont } from 'harfbuzzjs';

/** The four faces a card uses. */
const FACES = {
  'serif-600': { family: 'source-serif-4', weight: 600, style: 'normal' },
  'sans-400': { family: 'source-sans-3', weight: 400, style: 'normal' },
  'sans-600': { family: 'source-sans-3', weight: 600, style: 'normal' },
  'sans-400-italic': { family: 'source-sans-3', weight: 400, style: 'italic' },
} as const;
export type FaceName = keyof typeof FACES;

/** Fontsource's files of each font, in the order a character is looked up. */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'] as const;

/** One font file, ready to shape and draw. */
export interface FontFile {
  /** Unique among the files of a font set: names its glyphs in caches. */
  readonly id: number;
  readonly font: HbFont;
  /** Font units per em. */
  readonly upem: number;
}

/** A glyph of shaped text, in pixels. */
export interface ShapedGlyph {
  readonly file: FontFile;
  readonly glyph: number;
  /** The em size the glyph is drawn at (smaller than the text's for a subscript or superscript). */
  readonly size: number;
  /** Offset of the glyph from the pen, y down. */
  readonly dx: number;
  readonly dy: number;
  /** How far the pen moves after it, letter spacing included. */
  readonly advance: number;
  /** Index (UTF-16) in the text of the first character the glyph shows. */
  readonly cluster: number;
}

export interface FontSet {
  /** The text shaped in `face` at `size` pixels, glyphs in reading order; `letterSpacing` pixels after each character. */
  shape(text: string, face: FaceName, size: number, letterSpacing?: number): readonly ShapedGlyph[];
  /** Ascender and descender of a face, in ems (descender negative). */
  extents(face: FaceName): { readonly ascender: number; readonly descender: number };
}

/** "U+0100-02BA,U+0304" → [[0x100, 0x2ba], [0x304, 0x304]]. */
const parseRanges = (ranges: string): [number, number][] =>
  ranges.split(',').map((range) => {
    const [first, last = first] = range
      .replace('U+', '')
      .split('-')
      .map((hex) => Number.parseInt(hex, 16));
    return [first!, last!];
  });

/** A WOFF 1.0 file as the plain OpenType font it wraps (HarfBuzz reads only the latter): tables inflated, directory rebuilt. */
function sfntOfWoff(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const [tag, offset, compressed, length, checksum] = [0, 4, 8, 12, 16].map((at) => view.getUint32(entry + at)) as [number, number, number, number, number];
    const raw = woff.subarray(offset, offset + compressed);
    return { tag, checksum, data: compressed < length ? new Uint8Array(inflateSync(raw)) : raw };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const size = 12 + 16 * count + tables.reduce((sum, table) => sum + padded(table.data.length), 0);
  const sfnt = new Uint8Array(size);
  const out = new DataView(sfnt.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  out.setUint32(0, view.getUint32(4));
  out.setUint16(4, count);
  out.setUint16(6, power * 16);
  out.setUint16(8, Math.log2(power));
  out.setUint16(10, count * 16 - power * 16);
  let offset = 12 + 16 * count;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    out.setUint32(record, table.tag);
    out.setUint32(record + 4, table.checksum);
    out.setUint32(record + 8, offset);
    out.setUint32(record + 12, table.data.length);
    sfnt.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}

/** Unicode's subscript and superscript digits and signs (₁, ⁺): drawn as the plain character, smaller and shifted, where no font has them. */
const SCRIPT_SIZE = 0.62;
const scriptShift = (codePoint: number): number | undefined => (codePoint >= 0x2080 && codePoint <= 0x209c ? 0.16 : codePoint >= 0x2070 && codePoint <= 0x207f ? -0.36 : undefined);

/** Shaped runs are kept: author names, venues and the footer come back on card after card. */
const RUN_CACHE_LIMIT = 50_000;

/** The fonts from the Fontsource packages installed beside this project. */
export async function loadFontSet(): Promise<FontSet> {
  const require = createRequire(import.meta.url);
  // Required, not imported: the package's export is a promise, which ES module interop (Vite's) would wrap.
  const hb = await (require('harfbuzzjs') as Promise<HarfBuzz>);
  const coverage = new Map<string, Map<string, [number, number][]>>();
  const rangesOf = (family: string) => {
    if (!coverage.has(family)) {
      const unicode = JSON.parse(readFileSync(require.resolve(`@fontsource/${family}/unicode.json`), 'utf8')) as Record<string, string>;
      coverage.set(family, new Map(Object.entries(unicode).map(([subset, ranges]) => [subset, parseRanges(ranges)])));
    }
    return coverage.get(family)!;
  };
  const files = new Map<string, FontFile>();
  const fileOf = (face: FaceName, subset: string): FontFile => {
    const key = `${face}-${subset}`;
    let file = files.get(key);
    if (file === undefined) {
      const { family, weight, style } = FACES[face];
      const path = require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-${style}.woff`);
      const hbFace = hb.createFace(hb.createBlob(sfntOfWoff(readFileSync(path))), 0);
      file = { id: files.size, font: hb.createFont(hbFace), upem: hbFace.upem };
      files.set(key, file);
    }
    return file;
  };
  /** The subset of a face's font that has a character; undefined when none has. */
  const subsetOf = (face: FaceName, codePoint: number): string | undefined => {
    const ranges = rangesOf(FACES[face].family);
    return SUBSETS.find((subset) => ranges.get(subset)?.some(([first, last]) => codePoint >= first && codePoint <= last));
  };

  const runs = new Map<string, readonly ShapedGlyph[]>();
  /** One run of text in one file, at 1 px, clusters from 0. */
  const shapeRun = (file: FontFile, text: string): readonly ShapedGlyph[] => {
    const key = `${file.id}\u0000${text}`;
    let shaped = runs.get(key);
    if (shaped === undefined) {
      const buffer = hb.createBuffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(file.font, buffer);
      const positions = buffer.getGlyphPositions();
      const scale = 1 / file.upem;
      shaped = buffer.getGlyphInfos().map((info, i) => {
        const position = positions[i]!;
        return { file, glyph: info.codepoint, size: 1, dx: position.x_offset * scale, dy: -position.y_offset * scale, advance: position.x_advance * scale, cluster: info.cluster };
      });
      buffer.destroy();
      if (runs.size >= RUN_CACHE_LIMIT) runs.clear();
      runs.set(key, shaped);
    }
    return shaped;
  };

  return {
    shape(text, face, size, letterSpacing = 0) {
      // Runs of characters from one file (or one shifted script character each).
      const pieces: { start: number; text: string; subset: string; shift: number | undefined }[] = [];
      for (let index = 0; index < text.length; ) {
        const codePoint = text.codePointAt(index)!;
        const character = String.fromCodePoint(codePoint);
        let subset = subsetOf(face, codePoint);
        const shift = subset === undefined ? scriptShift(codePoint) : undefined;
        const shown = shift === undefined ? character : character.normalize('NFKC');
        if (shift !== undefined) subset = subsetOf(face, shown.codePointAt(0)!);
        subset ??= 'latin';
        const last = pieces.at(-1);
        if (last && shift === undefined && last.shift === undefined && last.subset === subset) last.text += character;
        else pieces.push({ start: index, text: shown, subset, shift });
        index += character.length;
      }
      const glyphs: ShapedGlyph[] = [];
      for (const piece of pieces) {
        const scale = piece.shift === undefined ? size : size * SCRIPT_SIZE;
        const shaped = shapeRun(fileOf(face, piece.subset), piece.text);
        shaped.forEach((glyph, i) => {
          const cluster = piece.start + (piece.shift === undefined ? glyph.cluster : 0);
          const lastOfCluster = shaped[i + 1]?.cluster !== glyph.cluster;
          glyphs.push({
            ...glyph,
            size: scale,
            dx: glyph.dx * scale,
            dy: glyph.dy * scale + (piece.shift ?? 0) * size,
            advance: glyph.advance * scale + (lastOfCluster ? letterSpacing : 0),
            cluster,
          });
        });
      }
      return glyphs;
    },
    extents(face) {
      const file = fileOf(face, 'latin');
      const { ascender, descender } = file.font.hExtents();
      return { ascender: ascender / file.upem, descender: descender / file.upem };
    },
  };
}
