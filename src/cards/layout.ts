/**
 * Setting a paragraph of a card: shaped text broken into lines at spaces (a
 * non-breaking space, as inside author names, never breaks), balanced so that
 * no line ends as a lone word where a better break exists, and cut after its
 * last allowed line with an ellipsis. Pure apart from the font set it measures with.
 */
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
  /** A separator standing alone ("·", "–"): it may end a line, never begin one. */
  readonly clings: boolean;
}

const ELLIPSIS = '…';

const widthOf = (pieces: readonly Piece[]) => pieces.reduce((sum, piece) => sum + piece.glyph.advance, 0);
/** Separators that stand between words and stay with the word before them. */
const CLINGING = /^[·•|–—]$/;
const word = (pieces: readonly Piece[], space = 0): Word => ({ pieces, width: widthOf(pieces), space, clings: CLINGING.test(pieces.map((piece) => piece.character).join('')) });

/** The words of a paragraph, split at spaces, with their widths; a word wider than `width` is split where it reaches the edge. */
function wordsOf(fonts: FontSet, spans: readonly Span[], width: number): Word[] {
  const words: Word[] = [];
  let pieces: Piece[] = [];
  const finish = (space: number) => {
    let rest = pieces;
    while (widthOf(rest) > width && rest.length > 1) {
      let fit = 1;
      while (fit < rest.length - 1 && widthOf(rest.slice(0, fit + 1)) <= width) fit++;
      words.push(word(rest.slice(0, fit)));
      rest = rest.slice(fit);
    }
    if (rest.length > 0) words.push(word(rest, space));
    pieces = [];
  };
  for (const { text, style } of spans) {
    const glyphs = fonts.shape(text, style.face, style.size, style.letterSpacing);
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
      if (characters[i] === ' ') finish(glyph.advance);
      else pieces.push({ glyph, ink: style.ink, character: characters[i]! });
    });
  }
  finish(0);
  return words;
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
  const words = wordsOf(fonts, spans, style.width);
  const width = style.balance && breaks(words, style.width).length <= style.maxLines ? balancedWidth(words, style.width) : style.width;
  const starts = breaks(words, width);
  const cut = starts.length > style.maxLines;
  const lines = starts.slice(0, style.maxLines).map((start, i) => words.slice(start, starts[i + 1] ?? words.length));
  if (cut) lines[lines.length - 1] = withEllipsis(fonts, lines.at(-1)!, spans, style.width);

  const size = Math.max(...spans.map((span) => span.style.size));
  const lineBox = size * style.lineHeight;
  const { ascender, descender } = fonts.extents(spans[0]!.style.face);
  const baseline = (lineBox - (ascender - descender) * size) / 2 + ascender * size;
  const glyphs: PlacedGlyph[] = [];
  lines.forEach((line, i) => {
    let x = 0;
    line.forEach((word, j) => {
      for (const { glyph, ink } of word.pieces) {
        glyphs.push({ ...glyph, x: x + glyph.dx, y: i * lineBox + baseline + glyph.dy, ink });
        x += glyph.advance;
      }
      if (j < line.length - 1) x += word.space;
    });
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

/** The last line of a cut paragraph: as many of its words as fit before an ellipsis (at least part of the first). */
function withEllipsis(fonts: FontSet, line: readonly Word[], spans: readonly Span[], width: number): Word[] {
  const lastInk = line.at(-1)!.pieces.at(-1)!.ink;
  const style = spans.find((span) => span.style.ink === lastInk)?.style ?? spans[0]!.style;
  const [glyph] = fonts.shape(ELLIPSIS, style.face, style.size, style.letterSpacing);
  const ellipsis: Piece = { glyph: glyph!, ink: style.ink, character: ELLIPSIS };
  const kept = [...line];
  while (kept.length > 1 && lineWidth(kept) + ellipsis.glyph.advance > width) kept.pop();
  const last = kept.pop()!;
  const before = kept.length > 0 ? lineWidth(kept) + kept.at(-1)!.space : 0;
  let pieces = [...last.pieces];
  while (pieces.length > 1 && before + widthOf(pieces) + ellipsis.glyph.advance > width) pieces.pop();
  pieces = [...pieces, ellipsis];
  return [...kept, word(pieces)];
}
