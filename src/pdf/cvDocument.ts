/**
 * The PDF CV as plain data: what the Typst template lays out. Every visible
 * word is here (headings, labels, the page label), so the template holds no
 * language of its own and one template serves every catalogue. Text comes as
 * the model's runs (src/model/rich.ts), with links made absolute.
 */
import type { Inline, Line, Rich } from '../model/rich.ts';

export type { Inline, Line, Rich };

/** A dated entry (or a numbered reference): the date or number hangs in the margin column (the left one, the right one right to left), the rest reads beside it. */
export interface CvEntry {
  /** "Jan 2021 – present", "2019", "J12": set in the hanging column. */
  readonly when?: Rich;
  /** The entry's first line, set in semibold. */
  readonly title: Rich;
  /** Where: organisation, event; set in italics under the title. */
  readonly where?: Rich;
  /** Further lines, paragraphs and bulleted items, in order. */
  readonly lines: readonly Line[];
  /** A long entry may break across pages; a short one stays together. */
  readonly breakable?: boolean;
  /** Kept on the page of the entry after it: the first two and the last two of a list stay together. */
  readonly keepWithNext?: boolean;
}

/**
 * Entries under an optional subheading. `compact` sets each entry on one line
 * (a long list of one kind: eleven master's theses, twenty reviewer roles).
 */
export type CvBlock =
  | { readonly kind: 'entries'; readonly heading?: string; readonly compact?: boolean; readonly entries: readonly CvEntry[] }
  | {
      readonly kind: 'paragraphs';
      readonly paragraphs: readonly Rich[];
      /** A note that introduces the list after it ("10 of 51 publications"): kept on the page of that list's start. */
      readonly keepWithNext?: boolean;
    };

export interface CvSection {
  readonly heading: string;
  readonly blocks: readonly CvBlock[];
}

export type Paper = 'a4' | 'us-letter';

export interface CvDocument {
  /** BCP 47 tag of the document's language: hyphenation, quotes, the PDF's /Lang. */
  readonly lang: string;
  /** The language's direction: right to left mirrors the page (the date column at the right). */
  readonly dir: 'ltr' | 'rtl';
  readonly paper: Paper;
  /** Colour of headings and links, #rrggbb: the site's accent. */
  readonly accent: string;
  /** PDF document information. */
  readonly metadata: {
    readonly title: string;
    readonly author: string;
    readonly subject: string;
    readonly keywords: readonly string[];
    /** Creation date `YYYY-MM-DD` (UTC): fixed, so the same content gives the same bytes. */
    readonly date: string;
  };
  /** Header and footer of every page. */
  readonly running: {
    /** Left of the header from the second page on (right, right to left): usually the owner's name. */
    readonly left: string;
    /** Right of the header from the second page on (left, right to left), e.g. "Curriculum vitae · 27 Nov 2026". */
    readonly right: string;
    /** Footer, with `{page}` and `{pages}` replaced by the page number and count, e.g. "Page {page} of {pages}". */
    readonly page: string;
    /** The digits 0 to 9 the page numbers are written in: the locale's (Arabic-Indic under ar-EG), as in its dates and counts. */
    readonly digits: readonly string[];
  };
  /** The top of the first page. */
  readonly header: {
    readonly name: string;
    /** After the name, smaller: former names ("née Byron"). */
    readonly nameNote?: string;
    /** Under the name, in italics: role and affiliation. */
    readonly subtitle: Rich;
    /** Smaller lines under it: contact, links, personal details. */
    readonly lines: readonly Rich[];
    /** The portrait beside them: an image file the compiler is given (src/pdf/compile.ts) and its description. */
    readonly portrait?: { readonly file: string; readonly alt: string };
  };
  readonly sections: readonly CvSection[];
}
