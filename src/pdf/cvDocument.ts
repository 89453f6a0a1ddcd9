/**
 * The PDF CV as plain data: what the Typst template lays out. Every visible
 * word is here (headings, labels, the page label), so the template holds no
 * language of its own and one template serves every catalogue.
 */

/** A run of text with its typography. Runs follow each other without added spaces. */
export interface Inline {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** An absolute URL (http, https, mailto, tel) the run links to. */
  readonly link?: string;
  /** A link set in the text's colour rather than the link colour (a title that links to its page). */
  readonly subtle?: boolean;
  /** BCP 47 tag when the run is in another language than the document (hyphenation, quotes). */
  readonly lang?: string;
  readonly script?: 'sup' | 'sub';
}

/** One line or paragraph of rich text. */
export type Rich = readonly Inline[];

/** A dated entry: the date hangs in the left column, the rest reads in the right one. */
export interface CvEntry {
  /** "Jan 2021 – present", "2019", "16 Dec 2021": set in the hanging column. */
  readonly when?: string;
  /** The entry's first line, set in bold. */
  readonly title: Rich;
  /** Where: organisation, event; set in italics under the title. */
  readonly where?: Rich;
  /** Further lines, paragraphs and bulleted items, in order. */
  readonly lines: readonly CvLine[];
}

/** A line or paragraph of an entry; `bullet` sets it as a list item (responsibilities, a description's list). */
export interface CvLine {
  readonly runs: Rich;
  readonly bullet?: boolean;
}

/** A numbered reference (a publication): its hanging label, its title and the lines under it. */
export interface NumberedItem {
  /** "J12", "[3]": set in the hanging column. */
  readonly label: string;
  /** Set in semibold. */
  readonly title: Rich;
  /** Authors, citation, links. */
  readonly lines: readonly Rich[];
}

export type CvBlock =
  | { readonly kind: 'entries'; readonly heading?: string; readonly entries: readonly CvEntry[] }
  | { readonly kind: 'numbered'; readonly heading?: string; readonly items: readonly NumberedItem[] }
  | { readonly kind: 'paragraphs'; readonly paragraphs: readonly Rich[] };

export interface CvSection {
  readonly heading: string;
  readonly blocks: readonly CvBlock[];
}

export type Paper = 'a4' | 'us-letter';

export interface CvDocument {
  /** BCP 47 tag of the document's language: hyphenation, quotes, the PDF's /Lang. */
  readonly lang: string;
  readonly paper: Paper;
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
    /** Left of the header from the second page on: usually the owner's name. */
    readonly left: string;
    /** Right of the header from the second page on, e.g. "Curriculum vitae · 27 Nov 2026". */
    readonly right: string;
    /** Footer, with `{page}` and `{pages}` replaced by the page number and count, e.g. "Page {page} of {pages}". */
    readonly page: string;
  };
  /** The top of the first page. */
  readonly header: {
    readonly name: string;
    /** Under the name, in italics: role and affiliation. */
    readonly subtitle: Rich;
    /** Smaller lines under it: contact, links, personal details. */
    readonly lines: readonly Rich[];
  };
  readonly sections: readonly CvSection[];
}
