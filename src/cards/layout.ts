/**
 * Setting a paragraph of a card: shaped text broken into lines at spaces (a
 * non-breaking space, as inside author names, never breaks), balanced so that
 * no line ends as a lone word where a better break exists, and cut after its
 * last allowed line with an ellipsis. Text with right-to-left characters is
 * ordered by the Unicode bidirectional algorithm (bidi-js): the paragraph takes
 * the direction of its first strong character, as a browser's plaintext
 * paragraph, and each line is laid out in visual order. Pure apart from the
 * font set it measures with.
 */
import bidiFactory from 'bidi-js';
import type { FaceName, FontSet, ShapedGlyph } from './fonts.ts';

export interface TextStyle {
  readonly face: FaceName;
  /** Em size in pixels. */
  readonly size: number;
  /** Index of the ink in the card's palette. */
  readonly ink: number;
  readonly letterSpacing?: number;
}

/** A piece of a paragraph in one style. */
export interface Span {
  readonly text: string;
  readonly style: TextStyle;
}

export interface ParagraphStyle {
  readonly width: number;
  /** Line height as a multiple of the largest em size. */
  readonly lineHeight: number;
  readonly maxLines: number;
  /** Break into lines of even length (headings, names, short lines); otherwise fill each line (lists). */
  readonly balance: boolean;
  /** Lines flush with the right edge of `width` (a right-to-left card) rather than the left. */
  readonly alignRight?: boolean;
}

/** A glyph placed in the paragraph: x from its left edge, y the baseline from its top. */
export interface PlacedGlyph extends ShapedGlyph {
  readonly x: number;
  readonly y: number;
  readonly ink: number;
}

export interface Paragraph {
  readonly glyphs: readonly PlacedGlyph[];
  readonly lines: number;
  readonly height: number;
  /** Width of the longest line. */
  readonly width: number;
  /** Whether text was left out (the last line ends in an ellipsis). */
  readonly cut: boolean;
  /** The text of each line, for tests and alt texts: what the image shows. */
  readonly lineTexts: readonly string[];
}

interface Piece {
  readonly glyph: ShapedGlyph;
  readonly ink: number;
  readonly character: string;
}
interface Word {
  readonly pieces: readonly Piece[];
  readonly width: number;
  /** Width of the space after it (0 at the end). */
  readonly space: number;
  /** The bidirectional level of that space. */
  readonly spaceLevel: number;
  /** A separator standing alone ("·", "–"): it may end a line, never begin one. */
  readonly clings: boolean;
}

const ELLIPSIS = '…';

const widthOf = (pieces: readonly Piece[]) => pieces.reduce((sum, piece) => sum + piece.glyph.advance, 0);
/** Separators that stand between words and stay with the word before them. */
const CLINGING = /^[·•|–—]$/;
const word = (pieces: readonly Piece[], space = 0, spaceLevel = 0): Word => ({
  pieces,
  width: widthOf(pieces),
  space,
  spaceLevel,
  clings: CLINGING.test(pieces.map((piece) => piece.character).join('')),
});

/** Characters that make a text bidirectional: right-to-left letters, marks and controls. Text without them is all left to right. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
let bidi: ReturnType<typeof bidiFactory> | undefined;

/**
 * The paragraph's bidirectional levels (one per UTF-16 unit) and its base level; none for text without
 * right-to-left characters. Brackets in a right-to-left run are mirrored by the shaper (HarfBuzz, right to left).
 */
function bidiOf(text: string): { levels: Uint8Array; base: number } | undefined {
  if (!RIGHT_TO_LEFT.test(text)) return undefined;
  bidi ??= bidiFactory();
  const resolved = bidi.getEmbeddingLevels(text);
  return { levels: resolved.levels, base: resolved.paragraphs[0]?.level ?? 0 };
}

/** The words of a paragraph, split at spaces, with their widths; a word wider than `width` is split where it reaches the edge. */
function wordsOf(fonts: FontSet, spans: readonly Span[], width: number, paragraph: ReturnType<typeof bidiOf>): Word[] {
  const words: Word[] = [];
  let pieces: Piece[] = [];
  const finish = (space: number, spaceLevel = 0) => {
    let rest = pieces;
    while (widthOf(rest) > width && rest.length > 1) {
      let fit = 1;
      while (fit < rest.length - 1 && widthOf(rest.slice(0, fit + 1)) <= width) fit++;
      words.push(word(rest.slice(0, fit)));
      rest = rest.slice(fit);
    }
    if (rest.length > 0) words.push(word(rest, space, spaceLevel));
    pieces = [];
  };
  let offset = 0;
  for (const span of spans) {
    const { style } = span;
    const start = offset;
    offset += span.text.length;
    const { text } = span;
    const levels = paragraph?.levels.subarray(start, offset);
    const glyphs = fonts.shape(text, style.face, style.size, style.letterSpacing, levels);
    // Each glyph's characters: from its cluster to the next glyph's (a ligature shows several, a mark's glyph none of its own).
    let end = text.length;
    const characters = glyphs
      .toReversed()
      .map((glyph) => {
        const shown = text.slice(glyph.cluster, Math.max(glyph.cluster, end));
        end = Math.min(end, glyph.cluster);
        return shown;
      })
      .reverse();
    glyphs.forEach((glyph, i) => {
      if (characters[i] === ' ') finish(glyph.advance, glyph.level);
      else pieces.push({ glyph, ink: style.ink, character: characters[i]! });
    });
  }
  finish(0);
  return words;
}

/**
 * Items of a line in the order they are drawn, left to right: each maximal run at level n or above
 * reversed, from the highest level down to the lowest odd one (rule L2 of the bidirectional algorithm).
 */
function visualOrder<T extends { readonly level: number }>(items: readonly T[]): T[] {
  const ordered = [...items];
  const levels = ordered.map((item) => item.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((level) => (level % 2 === 1 ? level : level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < ordered.length; ) {
      if (ordered[i]!.level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < ordered.length && ordered[end]!.level >= level) end++;
      ordered.splice(i, end - i, ...ordered.slice(i, end).reverse());
      i = end;
    }
  }
  return ordered;
}

/** The line breaks (index of each line's first word) that fill lines of `width` greedily, never before a separator. */
function breaks(words: readonly Word[], width: number): number[] {
  const starts = [0];
  let filled = 0;
  words.forEach((word, i) => {
    const start = starts.at(-1)!;
    // A separator stays at the end of its line, even a little past the measure, rather than begin the next.
    if (i > start && !word.clings && filled + words[i - 1]!.space + word.width > width) {
      starts.push(i);
      filled = word.width;
    } else filled += (i > start ? words[i - 1]!.space : 0) + word.width;
  });
  return starts;
}

/** A line's width: its words and the spaces between them. */
const lineWidth = (line: readonly Word[]) => line.reduce((sum, word, i) => sum + word.width + (i < line.length - 1 ? word.space : 0), 0);

/** The narrowest width (to a pixel) at which the words take no more lines than at `width`: lines of even length. */
function balancedWidth(words: readonly Word[], width: number): number {
  const lines = breaks(words, width).length;
  let [low, high] = [0, width];
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (breaks(words, middle).length > lines) low = middle;
    else high = middle;
  }
  return high;
}

/** Sets `spans` in lines of `style.width`. */
export function setParagraph(fonts: FontSet, spans: readonly Span[], style: ParagraphStyle): Paragraph {
  const paragraph = bidiOf(spans.map((span) => span.text).join(''));
  const words = wordsOf(fonts, spans, style.width, paragraph);
  const width = style.balance && breaks(words, style.width).length <= style.maxLines ? balancedWidth(words, style.width) : style.width;
  const starts = breaks(words, width);
  const cut = starts.length > style.maxLines;
  const lines = starts.slice(0, style.maxLines).map((start, i) => words.slice(start, starts[i + 1] ?? words.length));
  if (cut) lines[lines.length - 1] = withEllipsis(fonts, lines.at(-1)!, spans, style.width, paragraph?.base ?? 0);

  const size = Math.max(...spans.map((span) => span.style.size));
  const lineBox = size * style.lineHeight;
  const { ascender, descender } = fonts.extents(spans[0]!.style.face);
  const baseline = (lineBox - (ascender - descender) * size) / 2 + ascender * size;
  const glyphs: PlacedGlyph[] = [];
  lines.forEach((line, i) => {
    let x = style.alignRight ? style.width - lineWidth(line) : 0;
    // A glyph, or the space between two words (at the level of its character).
    const items = line.flatMap((word, j) => [
      ...word.pieces.map((piece) => ({ piece, advance: piece.glyph.advance, level: piece.glyph.level })),
      ...(j < line.length - 1 ? [{ piece: undefined, advance: word.space, level: word.spaceLevel }] : []),
    ]);
    for (const { piece, advance } of paragraph ? visualOrder(items) : items) {
      if (piece) glyphs.push({ ...piece.glyph, x: x + piece.glyph.dx, y: i * lineBox + baseline + piece.glyph.dy, ink: piece.ink });
      x += advance;
    }
  });
  return {
    glyphs,
    lines: lines.length,
    height: lines.length * lineBox,
    width: Math.max(0, ...lines.map((line) => lineWidth(line))),
    cut,
    lineTexts: lines.map((line) => line.map((word, j) => word.pieces.map((piece) => piece.character).join('') + (j < line.length - 1 && word.space > 0 ? ' ' : '')).join('')),
  };
}

/** The last line of a cut paragraph: as many of its words as fit before an ellipsis (at least part of the first), which ends it at the paragraph's level. */
function withEllipsis(fonts: FontSet, line: readonly Word[], spans: readonly Span[], width: number, level: number): Word[] {
  const lastInk = line.at(-1)!.pieces.at(-1)!.ink;
  const style = spans.find((span) => span.style.ink === lastInk)?.style ?? spans[0]!.style;
  const [glyph] = fonts.shape(ELLIPSIS, style.face, style.size, style.letterSpacing);
  const ellipsis: Piece = { glyph: { ...glyph!, level }, ink: style.ink, character: ELLIPSIS };
  const kept = [...line];
  while (kept.length > 1 && lineWidth(kept) + ellipsis.glyph.advance > width) kept.pop();
  const last = kept.pop()!;
  const before = kept.length > 0 ? lineWidth(kept) + kept.at(-1)!.space : 0;
  let pieces = [...last.pieces];
  while (pieces.length > 1 && before + widthOf(pieces) + ellipsis.glyph.advance > width) pieces.pop();
  pieces = [...pieces, ellipsis];
  return [...kept, word(pieces)];
}
