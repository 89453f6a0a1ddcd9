/**
 * Drawing a card: its text set in paragraphs (src/cards/layout.ts) and placed in
 * the card's frame, then drawn glyph by glyph on an indexed canvas
 * (src/cards/raster.ts). Fonts come from npm packages in node_modules (Source
 * Serif 4 and Source Sans 3, SIL Open Font Licence), never from the network;
 * the PNG depends only on the card. Rendering is the cost of a cold build (one
 * card per publication), so nothing is drawn twice: glyphs are rasterised once
 * per size and kept, shaped words are kept, and the PNG is written from the
 * canvas as it is.
 */
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, type Card, type CardAuthor } from './card.ts';
import { type FaceName, type FontSet, loadFontSet } from './fonts.ts';
import { type Paragraph, type ParagraphStyle, setParagraph, type Span, type TextStyle } from './layout.ts';
import { Canvas, type GlyphDraw, GlyphMasks } from './raster.ts';

/** The site's light palette (src/styles/global.css); the accent comes with the card. */
const COLOURS = {
  paper: '#fbfaf7',
  raised: '#f1efe9',
  ink: '#1c2230',
  muted: '#4f586b',
  rule: '#d9d5cc',
} as const;
/** The canvas's inks, by index. */
const INK = 0;
const MUTED = 1;
const ACCENT = 2;
const RULE = 3;

/** The frame: an accent bar down the left edge, then padding (top, right, bottom, left). */
const ACCENT_BAR = 14;
const PADDING = { top: 56, right: 80, bottom: 44, left: 92 } as const;
/** The portrait: a circle with a ring, at a gap from the text. */
const PORTRAIT_SIZE = 248;
const PORTRAIT_RING = 6;
const PORTRAIT_GAP = 56;
const PORTRAIT_OUTER = PORTRAIT_SIZE + 2 * PORTRAIT_RING;
/** Left edge and width of the text column, without and beside the portrait. */
const LEFT = ACCENT_BAR + PADDING.left;
const MEASURE = CARD_WIDTH - LEFT - PADDING.right;
const PORTRAIT_SPACE = PORTRAIT_OUTER + PORTRAIT_GAP;

/**
 * Every text but the title is at least 32 px: about 13 px where timelines show
 * the card 500 px wide.
 */
const SECONDARY = 32;
const style = (face: FaceName, size: number, ink: number, letterSpacing?: number): TextStyle => ({ face, size, ink, ...(letterSpacing === undefined ? {} : { letterSpacing }) });
const EYEBROW = style('sans-600', SECONDARY, ACCENT);
const SUBTITLE = { person: style('sans-400', 36, MUTED), other: style('sans-400', 34, MUTED) } as const;
const AUTHOR = style('sans-400', SECONDARY, MUTED);
const OWNER = style('sans-600', SECONDARY, INK);
const VENUE = style('sans-400-italic', SECONDARY, MUTED);
const SITE_NAME = style('serif-600', SECONDARY, INK);
const SITE_ADDRESS = style('sans-400', SECONDARY, MUTED);
/** The footer: a rule, a gap, one line. */
const FOOTER_LINE = 1.25;
const FOOTER_GAP = 20;
const RULE_WIDTH = 2;
const RULE_Y = CARD_HEIGHT - PADDING.bottom - Math.round(SECONDARY * FOOTER_LINE) - FOOTER_GAP - RULE_WIDTH;
/** The text block is centred between the top padding and this gap above the rule. */
const TEXT_BOTTOM = RULE_Y - 28;

/** Font size and line limit of titles, largest first: a title takes the first at which it fits whole, else the last, cut with an ellipsis. */
const TITLE_SIZES: Readonly<Record<Card['kind'], readonly (readonly [number, number])[]>> = {
  publication: [
    [60, 3],
    [52, 3],
    [46, 4],
  ],
  // A name on one line when it fits at a large size, else on two even lines.
  person: [
    [84, 1],
    [76, 1],
    [68, 2],
    [56, 3],
  ],
  page: [
    [84, 2],
    [68, 2],
    [56, 3],
  ],
};
const TITLE_LINE = 1.12;
const TITLE_TRACKING = -0.2;

const paragraph = (fonts: FontSet, spans: readonly Span[], options: Partial<ParagraphStyle> & Pick<ParagraphStyle, 'width'>): Paragraph =>
  setParagraph(fonts, spans, { lineHeight: 1.3, maxLines: 1, balance: true, ...options });

/** The title at the largest size at which it fits whole. */
function title(fonts: FontSet, card: Card, width: number): Paragraph {
  const sizes = TITLE_SIZES[card.kind];
  let set: Paragraph | undefined;
  for (const [size, maxLines] of sizes) {
    set = paragraph(fonts, [{ text: card.title, style: style('serif-600', size, INK, TITLE_TRACKING) }], { width, maxLines, lineHeight: TITLE_LINE });
    if (!set.cut) break;
  }
  return set!;
}

/** The authors as one paragraph that breaks between names, never inside one; the owner in the ink and bold. */
function authorSpans(authors: readonly (CardAuthor | null)[]): Span[] {
  return authors.flatMap((author, i) => {
    const name: Span = author === null ? { text: '…', style: AUTHOR } : { text: author.name, style: author.isOwner ? OWNER : AUTHOR };
    return i < authors.length - 1 ? [name, { text: ', ', style: AUTHOR }] : [name];
  });
}

/** Where one paragraph of the card goes, and what it is. */
export interface PlacedParagraph {
  readonly role: 'eyebrow' | 'title' | 'subtitle' | 'authors' | 'venue' | 'siteName' | 'siteAddress';
  readonly paragraph: Paragraph;
  readonly x: number;
  readonly y: number;
}

/** The card's text, set and placed: what the image shows. */
export function cardLayout(card: Card, fonts: FontSet): PlacedParagraph[] {
  const width = card.portrait === undefined ? MEASURE : MEASURE - PORTRAIT_SPACE;
  const subtitleStyle = card.kind === 'person' ? SUBTITLE.person : SUBTITLE.other;
  // The text column, top to bottom, each paragraph with its gap above.
  const column: [PlacedParagraph['role'], Paragraph, number][] = [];
  if (card.eyebrow !== undefined) column.push(['eyebrow', paragraph(fonts, [{ text: card.eyebrow, style: EYEBROW }], { width, lineHeight: 1.25, balance: false }), 0]);
  column.push(['title', title(fonts, card, width), 14]);
  card.subtitle.forEach((line, i) => {
    const set = paragraph(fonts, [{ text: line, style: subtitleStyle }], { width, maxLines: card.subtitle.length === 1 ? 3 : 2 });
    column.push(['subtitle', set, i === 0 ? 20 : 12]);
  });
  if (card.authors.length > 0) column.push(['authors', paragraph(fonts, authorSpans(card.authors), { width, maxLines: 2, balance: false }), 24]);
  if (card.venue !== undefined)
    column.push(['venue', paragraph(fonts, [{ text: card.venue, style: VENUE }], { width, balance: false }), column.at(-1)?.[0] === 'authors' ? 4 : 24]);
  column[0]![2] = 0;
  const height = column.reduce((sum, [, set, gap]) => sum + gap + set.height, 0);
  let y = PADDING.top + Math.max(0, Math.round((TEXT_BOTTOM - PADDING.top - height) / 2));
  const placed: PlacedParagraph[] = column.map(([role, set, gap]) => {
    y += gap;
    const at = { role, paragraph: set, x: LEFT, y };
    y += set.height;
    return at;
  });

  const footerY = RULE_Y + RULE_WIDTH + FOOTER_GAP;
  const address = paragraph(fonts, [{ text: card.siteAddress, style: SITE_ADDRESS }], { width: MEASURE, lineHeight: FOOTER_LINE, balance: false });
  placed.push({ role: 'siteAddress', paragraph: address, x: LEFT + MEASURE - address.width, y: footerY });
  // The person card's title is the name already.
  if (card.kind !== 'person') {
    const name = paragraph(fonts, [{ text: card.siteName, style: SITE_NAME }], { width: MEASURE - address.width - 40, lineHeight: FOOTER_LINE, balance: false });
    placed.push({ role: 'siteName', paragraph: name, x: LEFT, y: footerY });
  }
  return placed;
}

/** The portrait in its ring, as premultiplied RGBA pixels; an image that cannot be decoded is an error. */
function portraitPixels(data: string): Uint8Array {
  const centre = PORTRAIT_OUTER / 2;
  const image = `<clipPath id="c"><circle cx="${centre}" cy="${centre}" r="${PORTRAIT_SIZE / 2}"/></clipPath><image href="${data}" x="${PORTRAIT_RING}" y="${PORTRAIT_RING}" width="${PORTRAIT_SIZE}" height="${PORTRAIT_SIZE}" preserveAspectRatio="xMidYMid slice" clip-path="url(#c)"/>`;
  const svg = (content: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${PORTRAIT_OUTER}" height="${PORTRAIT_OUTER}">${content}</svg>`;
  const alone = new Resvg(svg(image), { font: { loadSystemFonts: false } }).render().pixels;
  if (alone[(Math.floor(centre) * PORTRAIT_OUTER + Math.floor(centre)) * 4 + 3] === 0) throw new Error('the portrait is not an image that can be drawn (PNG or JPEG)');
  return new Resvg(svg(`<circle cx="${centre}" cy="${centre}" r="${centre}" fill="${COLOURS.raised}"/>${image}`), { font: { loadSystemFonts: false } }).render().pixels;
}

export interface CardRenderer {
  /** The card's PNG, 1200×630, in a buffer of its own (so a worker can hand it over without copying). */
  render(card: Card): Uint8Array<ArrayBuffer>;
  /** The fonts it sets text with. */
  readonly fonts: FontSet;
}

/** A renderer with its fonts loaded; it keeps every glyph it has drawn, so cards after the first cost little. */
export async function createCardRenderer(): Promise<CardRenderer> {
  const fonts = await loadFontSet();
  const masks = new GlyphMasks();
  const canvas = new Canvas(CARD_WIDTH, CARD_HEIGHT);
  return {
    fonts,
    render(card) {
      canvas.clear();
      canvas.fill(0, 0, ACCENT_BAR, CARD_HEIGHT, ACCENT);
      canvas.fill(LEFT, RULE_Y, MEASURE, RULE_WIDTH, RULE);
      const draws: GlyphDraw[] = [];
      for (const { paragraph: set, x, y } of cardLayout(card, fonts)) {
        for (const glyph of set.glyphs) draws.push({ file: glyph.file, glyph: glyph.glyph, size: glyph.size, ink: glyph.ink, x: x + glyph.x, y: y + glyph.y });
      }
      canvas.glyphs(draws, masks);
      const inks = [COLOURS.ink, COLOURS.muted, card.accent, COLOURS.rule];
      if (card.portrait === undefined) return canvas.png(COLOURS.paper, inks);
      const top = PADDING.top + Math.round((TEXT_BOTTOM - PADDING.top - PORTRAIT_OUTER) / 2);
      return canvas.pngWithImage(COLOURS.paper, inks, portraitPixels(card.portrait), CARD_WIDTH - PADDING.right - PORTRAIT_OUTER, top, PORTRAIT_OUTER, PORTRAIT_OUTER);
    },
  };
}
