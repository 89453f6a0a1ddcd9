/**
 * A social preview card (the Open Graph image of a page): what it says, apart
 * from how it is drawn. Every visible word arrives here already in the page's
 * language; this module decides only what fits (which authors) and names the
 * card by its content so a rendered image can be reused across builds.
 */
import { createHash } from 'node:crypto';

/** Pixel size of every card: what Facebook, LinkedIn, Mastodon and X show uncropped (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type CardKind = 'person' | 'publication' | 'page';

export interface CardAuthor {
  readonly name: string;
  /** The site's owner under any alias: drawn emphasised. */
  readonly isOwner: boolean;
}

export interface Card {
  /** `person`: the home page; `publication`: one publication; `page`: any other page. */
  readonly kind: CardKind;
  /** BCP 47 language of the card's text. */
  readonly lang: string;
  /** The site's accent colour (light scheme), #rrggbb: the bar down the left edge and the eyebrow. */
  readonly accent: string;
  /** Small line above the title, e.g. the publication's kind. */
  readonly eyebrow?: string;
  /** The name (person card) or the page's or publication's title, plain text. */
  readonly title: string;
  /** Lines under the title: role and affiliation, or what the page is about. */
  readonly subtitle: readonly string[];
  /** Authors as drawn, in order; `null` where names were left out (see `shownAuthors`). */
  readonly authors: readonly (CardAuthor | null)[];
  /** Venue and year of a publication, one line. */
  readonly venue?: string;
  /** The site's name in the footer (the owner's full name). */
  readonly siteName: string;
  /** The site's address in the footer, without the scheme: "example.org/vita". */
  readonly siteAddress: string;
  /** The portrait as a data: URL (PNG or JPEG), on the person card. */
  readonly portrait?: string;
}

/**
 * A content hash of the card: equal keys, equal images from one renderer. (The
 * cache keeps each renderer's images apart, see `rendererFingerprint`.)
 */
export function cardKey(card: Card): string {
  return createHash('sha256')
    .update(JSON.stringify(card, [...CARD_FIELDS]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * The fields of a card and of its authors, in the order they are hashed: equal
 * cards built in a different field order get the same key.
 */
const CARD_FIELDS = ['accent', 'authors', 'eyebrow', 'isOwner', 'kind', 'lang', 'name', 'portrait', 'siteAddress', 'siteName', 'subtitle', 'title', 'venue'] as const;
/** A field missing from CARD_FIELDS would not count towards the key: it fails to compile here. */
type UnhashedField = Exclude<keyof Card | keyof CardAuthor, (typeof CARD_FIELDS)[number]>;
const everyFieldHashed: [UnhashedField] extends [never] ? true : never = true;
void everyFieldHashed;

/** What fits on two lines of authors: about 104 characters of names and separators at the card's author size (32 px). */
export const AUTHOR_BUDGET = 104;
/** Characters a gap ("…, ") and a separator (", ") take in the budget. */
const GAP_LENGTH = 3;
const SEPARATOR_LENGTH = 2;

/**
 * The authors a card shows: all of them when they fit in `budget` characters,
 * else as many leading names as fit next to every owner and the last author,
 * with `null` for each run of names left out. The owner is never left out.
 */
export function shownAuthors(authors: readonly CardAuthor[], budget = AUTHOR_BUDGET): (CardAuthor | null)[] {
  const lengthOf = (indices: readonly number[]) => {
    let length = 0;
    let previous = -1;
    for (const index of indices) {
      length += authors[index]!.name.length + (previous < 0 ? 0 : SEPARATOR_LENGTH);
      if (index > previous + 1) length += GAP_LENGTH;
      previous = index;
    }
    return length + (previous < authors.length - 1 ? GAP_LENGTH : 0);
  };
  const all = authors.map((_, index) => index);
  if (lengthOf(all) <= budget) return [...authors];
  const required = new Set(all.filter((index) => authors[index]!.isOwner));
  const last = authors.length - 1;
  const withLast = new Set([...required, last]);
  const kept = lengthOf([...withLast].sort((a, b) => a - b)) <= budget ? withLast : required;
  for (const index of all) {
    if (kept.has(index)) continue;
    const candidate = [...kept, index].sort((a, b) => a - b);
    if (lengthOf(candidate) > budget) break;
    kept.add(index);
  }
  const shown: (CardAuthor | null)[] = [];
  all.forEach((index) => {
    if (kept.has(index)) shown.push(authors[index]!);
    else if (shown.at(-1) !== null) shown.push(null);
  });
  return shown;
}

/** The card's text as one string for `og:image:alt`: what the image says, in reading order. */
export function cardAlt(card: Card): string {
  const authors = card.authors.map((author) => author?.name ?? '…').join(', ');
  return [card.eyebrow, card.title, ...card.subtitle, authors, card.venue]
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) => part.replace(/[.:]$/, ''))
    .join('. ');
}
