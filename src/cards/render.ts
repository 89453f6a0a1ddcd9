/**
 * Drawing a card: a tree of boxes for satori (HTML and CSS to SVG, text as
 * outlines), then resvg (SVG to PNG). Fonts come from npm packages in
 * node_modules (Source Serif 4 and Source Sans 3, SIL Open Font Licence), never
 * from the network; with text as outlines, the PNG depends only on the card.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type Card, type CardAuthor } from './card.ts';

/** The site's light palette (src/styles/global.css). */
const COLOURS = {
  paper: '#fbfaf7',
  raised: '#f1efe9',
  ink: '#1c2230',
  muted: '#4f586b',
  rule: '#d9d5cc',
  accent: '#0a5a9c',
} as const;

interface FontFace {
  readonly family: 'serif' | 'sans';
  readonly weight: 400 | 600;
  readonly style: 'normal' | 'italic';
}
const FACES: readonly FontFace[] = [
  { family: 'serif', weight: 600, style: 'normal' },
  { family: 'sans', weight: 400, style: 'normal' },
  { family: 'sans', weight: 600, style: 'normal' },
  { family: 'sans', weight: 400, style: 'italic' },
];
const PACKAGES = { serif: 'source-serif-4', sans: 'source-sans-3' } as const;
/**
 * Fontsource splits each font by script (latin, latin-ext, greek, cyrillic,
 * vietnamese, …). Latin comes first; the others follow in this order where the
 * font has them.
 */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'] as const;

type Fonts = SatoriOptions['fonts'];

export interface FontLibrary {
  /**
   * The fonts for a text: the Latin files always, every other subset only when
   * the text has characters of it (each font file costs a worker time to parse).
   * The same subsets give the same array, so satori reuses what it parsed.
   */
  forText(text: string): Fonts;
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

/** The fonts of Source Serif 4 and Source Sans 3 from node_modules, each file read when a text first needs it. */
export function loadFonts(): FontLibrary {
  const require = createRequire(import.meta.url);
  const rangesOf = Object.fromEntries(
    Object.entries(PACKAGES).map(([family, name]) => {
      const unicode = JSON.parse(readFileSync(require.resolve(`@fontsource/${name}/unicode.json`), 'utf8')) as Record<string, string>;
      return [family, new Map(Object.entries(unicode).map(([subset, ranges]) => [subset, parseRanges(ranges)]))];
    }),
  ) as Record<FontFace['family'], Map<string, [number, number][]>>;
  const files = new Map<string, Buffer>();
  const fileOf = (name: string, subset: string, { weight, style }: FontFace) => {
    const path = require.resolve(`@fontsource/${name}/files/${name}-${subset}-${weight}-${style}.woff2`);
    if (!files.has(path)) files.set(path, readFileSync(path));
    return files.get(path)!;
  };
  const sets = new Map<string, Fonts>();
  return {
    forText(text) {
      const codePoints = [...new Set(Array.from(text, (character) => character.codePointAt(0)!))];
      const covers = (ranges: readonly [number, number][]) => codePoints.some((point) => ranges.some(([first, last]) => point >= first && point <= last));
      const needed = SUBSETS.filter((subset) => subset === 'latin' || Object.values(rangesOf).some((subsets) => covers(subsets.get(subset) ?? [])));
      const key = needed.join(',');
      if (!sets.has(key)) {
        sets.set(
          key,
          FACES.flatMap((face) =>
            needed
              .filter((subset) => rangesOf[face.family].has(subset))
              .map((subset) => ({ name: `${face.family}-${subset}`, data: fileOf(PACKAGES[face.family], subset, face), weight: face.weight, style: face.style })),
          ),
        );
      }
      return sets.get(key)!;
    },
  };
}

/** A font-family list naming every subset of one family, so a glyph missing in the Latin file comes from the next one. */
const familyOf = (family: FontFace['family']) => SUBSETS.map((subset) => `${family}-${subset}`).join(', ');
const SERIF = familyOf('serif');
const SANS = familyOf('sans');

/** A satori node: what JSX would produce, written as plain objects. */
interface Node {
  readonly type: string;
  readonly props: Record<string, unknown> & { readonly style?: Record<string, unknown>; readonly children?: unknown };
}
type Child = Node | string;
const box = (style: Record<string, unknown>, ...children: Child[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

export interface TitleStyle {
  readonly fontSize: number;
  /** Lines shown at most; longer titles end in an ellipsis. */
  readonly maxLines: number;
}

/** The frame: an accent bar down the left edge, then padding (top, right, bottom, left). */
const ACCENT_BAR = 14;
const PADDING = { top: 60, right: 80, bottom: 48, left: 92 } as const;
/** The portrait: a circle with a ring, at a gap from the text. */
const PORTRAIT_SIZE = 248;
const PORTRAIT_RING = 6;
const PORTRAIT_GAP = 56;
/** Width of the text column, without and beside the portrait. */
const MEASURE = CARD_WIDTH - ACCENT_BAR - PADDING.left - PADDING.right;
const PORTRAIT_SPACE = PORTRAIT_SIZE + 2 * PORTRAIT_RING + PORTRAIT_GAP;
/** Average advance of Source Serif 4 Semibold per character, spaces included, in ems: for estimating line counts. */
const SERIF_ADVANCE = 0.47;
/** Font size and line limit, largest first: titles take the first size at which they are expected to fit. */
const TITLE_SIZES: Readonly<Record<'publication' | 'other', readonly (readonly [number, number])[]>> = {
  publication: [
    [60, 3],
    [52, 3],
    [46, 4],
  ],
  other: [
    [84, 2],
    [68, 2],
    [56, 3],
  ],
};

/**
 * Size and line limit of the title: the largest size at which it is expected to
 * fit, else the smallest, cut after its last line with an ellipsis.
 */
export function titleStyle(card: Pick<Card, 'kind' | 'title' | 'portrait'>): TitleStyle {
  const measure = card.portrait === undefined ? MEASURE : MEASURE - PORTRAIT_SPACE;
  const fits = ([fontSize, maxLines]: readonly [number, number]) => card.title.length <= Math.floor(measure / (fontSize * SERIF_ADVANCE)) * maxLines * 0.9;
  const sizes = TITLE_SIZES[card.kind === 'publication' ? 'publication' : 'other'];
  const [fontSize, maxLines] = sizes.find(fits) ?? sizes.at(-1)!;
  return { fontSize, maxLines };
}

function authorLine(authors: readonly (CardAuthor | null)[]): Node {
  const names = authors.map((author, i) => {
    const separator = i < authors.length - 1 ? ',' : '';
    const style = { flexShrink: 0, ...(author?.isOwner ? { color: COLOURS.ink, fontWeight: 600 } : {}) };
    return box(style, `${author === null ? '…' : author.name}${separator}`);
  });
  // One box per name: lines break between authors, never inside a name.
  return box({ flexWrap: 'wrap', columnGap: 9, fontSize: 28, lineHeight: 1.35, color: COLOURS.muted, maxHeight: 76, overflow: 'hidden' }, ...names);
}

function title(card: Card): Node {
  const { fontSize, maxLines } = titleStyle(card);
  return box(
    {
      // Satori clamps lines only in block boxes.
      display: 'block',
      fontFamily: SERIF,
      fontWeight: 600,
      fontSize,
      lineHeight: 1.12,
      color: COLOURS.ink,
      lineClamp: maxLines,
      // No orphaned last word; satori's "balance" breaks line clamping.
      textWrap: 'pretty',
      letterSpacing: -0.2,
    },
    card.title,
  );
}

function footer(card: Card): Node {
  const showName = card.kind !== 'person';
  return box(
    { marginTop: 'auto', paddingTop: 22, borderTop: `2px solid ${COLOURS.rule}`, justifyContent: 'space-between', alignItems: 'baseline', fontSize: 26 },
    showName ? box({ fontFamily: SERIF, fontWeight: 600, color: COLOURS.ink, fontSize: 28 }, card.siteName) : box({}),
    box({ color: COLOURS.muted }, card.siteAddress),
  );
}

/** The card as a satori tree. */
function cardTree(card: Card): Node {
  const eyebrow = card.eyebrow === undefined ? [] : [box({ fontSize: 26, fontWeight: 600, color: COLOURS.accent, marginBottom: 18 }, card.eyebrow)];
  const subtitle = card.subtitle.map((line) => box({ display: 'block', fontSize: card.kind === 'person' ? 34 : 30, color: COLOURS.muted, lineHeight: 1.3, lineClamp: 2 }, line));
  const details = [
    ...(card.authors.length > 0 ? [authorLine(card.authors)] : []),
    ...(card.venue === undefined ? [] : [box({ display: 'block', fontSize: 28, fontStyle: 'italic', color: COLOURS.muted, lineClamp: 1 }, card.venue)]),
  ];
  const text = box(
    { flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: 0 },
    ...eyebrow,
    title(card),
    ...(subtitle.length > 0 ? [box({ flexDirection: 'column', marginTop: 20, gap: 4 }, ...subtitle)] : []),
    ...(details.length > 0 ? [box({ flexDirection: 'column', marginTop: 26, gap: 6 }, ...details)] : []),
  );
  const portrait: Child[] =
    card.portrait === undefined
      ? []
      : [
          {
            type: 'img',
            props: {
              src: card.portrait,
              width: PORTRAIT_SIZE,
              height: PORTRAIT_SIZE,
              style: {
                flexShrink: 0,
                width: PORTRAIT_SIZE,
                height: PORTRAIT_SIZE,
                borderRadius: PORTRAIT_SIZE / 2,
                objectFit: 'cover',
                marginLeft: PORTRAIT_GAP,
                border: `${PORTRAIT_RING}px solid ${COLOURS.raised}`,
              },
            },
          },
        ];
  return box(
    {
      boxSizing: 'border-box',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      padding: `${PADDING.top}px ${PADDING.right}px ${PADDING.bottom}px ${PADDING.left}px`,
      backgroundColor: COLOURS.paper,
      fontFamily: SANS,
      fontWeight: 400,
      borderLeft: `${ACCENT_BAR}px solid ${COLOURS.accent}`,
    },
    box({ flexGrow: 1, flexShrink: 1, flexBasis: 0, minHeight: 0, alignItems: 'center', overflow: 'hidden' }, text, ...portrait),
    footer(card),
  );
}

/** Every character the card shows, for choosing its fonts. */
const cardText = (card: Card): string =>
  [card.eyebrow, card.title, ...card.subtitle, ...card.authors.map((author) => author?.name ?? '…'), card.venue, card.siteName, card.siteAddress].join(' ');

/** The card's SVG, text drawn as outlines. */
function cardSvg(card: Card, fonts: FontLibrary): Promise<string> {
  return satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fonts.forText(cardText(card)) });
}

/** The card's PNG, 1200×630, in a buffer of its own (so a worker can hand it over without copying). */
export async function renderCard(card: Card, fonts: FontLibrary): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await cardSvg(card, fonts);
  // No system fonts: satori drew the text as outlines, so the PNG is the same on every machine.
  return Uint8Array.from(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());
}
