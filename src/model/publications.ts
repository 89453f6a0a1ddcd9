/**
 * A publication as every output shows it: its title, its author list, and the
 * reference line after them (venue, series, numbers, publisher, year), composed
 * once in the page's language. The pages, the PDF, the feed and the cards render
 * these; the citation exports (BibTeX, CSL, RIS) read the fields themselves.
 */
import type { Locale } from '../i18n/index.ts';
import { toBibtex } from '../lib/formats/bibtex.ts';
import type { Citable } from '../lib/citable.ts';
import { intl } from '../lib/intl.ts';
import { citationLine } from '../lib/metrics.ts';
import { publisherLine, type ReaderLink, venueDetails } from '../lib/publications.ts';
import type { CitationMetric } from '../schemas/metrics.ts';
import type { Publication } from '../schemas/publication.ts';
import { kindOf } from '../schemas/publicationKinds.ts';
import { authorNames, authorshipOf, peopleRuns, type Author, type AuthorList, type Authorship, type Shortening } from './authors.ts';
import type { Entry } from './content.ts';
import { html, type Inline, merge, phrase, plain, type Rich, sentence, text } from './rich.ts';

export interface PublicationView extends Entry<Publication>, Citable {
  /** The title as parsed once, with its translation into the page's language after it in brackets: runs for the PDF, HTML for the pages; plain text (`titleText`, the title as published) for the rest. */
  readonly titleRuns: Rich;
  readonly titleHtml: string;
  /** The venue's runs, when there is a venue. */
  readonly venueRuns: Rich | undefined;
  readonly venueHtml: string | undefined;
  /** The authors (or editors) with their marks, role word and key. */
  readonly authorList: AuthorList;
  /** The owner's part: first or last author; and whether a supervised student led it. */
  readonly authorship: Authorship;
  /** The reference after the authors: "Nature Communications 10:1096, 2019." */
  readonly reference: Rich;
  /** The editors of the book it is in and its translators, as the reference names them. */
  readonly people: ReferencePeople;
  /**
   * The whole reference (authors, title, venue…) in the CSL style the settings choose, the owner in
   * bold and the title linked; none in vita's own style. Lists show it in place of title, authors
   * and reference.
   */
  readonly styled: Rich | undefined;
  /** The reference as one line of text, as "Cite" offers it: in the chosen style, else vita's. */
  readonly citeText: string;
  readonly readerLinks: readonly ReaderLink[];
  readonly bibtex: string;
  /** `lang` attribute of the title: set only when it differs from the page's language. */
  readonly lang: string | undefined;
  /** "cited by 123 (OpenAlex, Nov 2026)": only with a count from content/metrics.json, always with its source and date. */
  readonly citation: string | undefined;
  /** "Accepted", "Submitted": shown for work not yet published. */
  readonly statusLabel: string | undefined;
  /** Whether the owner's ORCID record lists it, when the settings ask for the marks (`orcidMarks`). */
  readonly inOrcid: boolean;
  /** Authors, reference and status as one line of plain text: the feed's description. */
  readonly citationText: string;
  /** The title and the same: the page's meta description. */
  readonly description: string;
}

/** The people a reference names besides its authors: the editors of the book it is in, its translators. */
export interface ReferencePeople {
  readonly editors: readonly Author[];
  readonly translators: readonly Author[];
}

/**
 * The reference line: a thesis's type, the venue (a title, cited; a chapter's book
 * after "In:" and its editors), the edition, the series with the book's number in it,
 * the journal of proceedings published as an issue of one, the numbers ("24(34):1–11",
 * "pp. 1–9"), a version, publisher and place, and the year, each separated only when
 * both sides exist (work under review may name no venue at all); then who translated
 * it, from which language, and the original's title.
 */
export function referenceRuns(publication: Publication, venue: Rich | undefined, people: ReferencePeople, locale: Locale): Inline[] {
  const { t } = locale;
  const details = venueDetails(publication, { pages: t.publication.pages, number: t.publication.number });
  const publisher = publisherLine(publication, t.comma);
  const runs: Inline[] = [];
  const add = (separator: string, ...parts: Inline[]) => runs.push(...(runs.length > 0 ? [text(separator)] : []), ...parts);
  if (publication.thesisType) add('', text(t.reference.thesisTypes[publication.thesisType]));
  if (venue) {
    const cited = venue.map((run) => ({ ...run, cite: true }));
    const editors = people.editors.length > 0 ? [...peopleRuns(people.editors, locale), text(` ${locale.count(people.editors.length, t.works.editorsMark)}`)] : undefined;
    if (editors) add(t.comma, ...phrase(t.reference.inEditedBook, [editors, cited]));
    else add(t.comma, ...(kindOf(publication.kind).partOfBook ? sentence(t.reference.inBook, cited) : cited));
  }
  if (publication.edition) add(t.comma, text(t.reference.edition(publication.edition)));
  // In parentheses after what names the work's place ("Verlag, 2. Aufl. (Reihe, Bd. 47)"); first in the line, the series is that place.
  if (publication.series) {
    const series = t.reference.series(publication.series, publication.seriesNumber);
    add(' ', text(runs.length > 0 ? `(${series})` : series));
  }
  if (publication.journal) add('. ', text(publication.journal, { cite: true }));
  // "Nature 10:1096", but "Proceedings of X, pp. 1–9" and "Working paper, no. 7" when the numbers are words.
  if (details) add(publication.volume === undefined && !details.startsWith('abs/') ? t.comma : ' ', text(details));
  if (publication.version) add(t.comma, text(t.reference.version(publication.version)));
  if (publisher) add('. ', text(publisher));
  add(t.comma, text(locale.numeral(publication.year), { datetime: String(publication.year) }));
  runs.push(text('.'));
  if (people.translators.length > 0) {
    const language = publication.originalLanguage && intl(Intl.DisplayNames, locale.language, { type: 'language' }).of(publication.originalLanguage);
    runs.push(text(' '), ...phrase((names) => t.reference.translatedBy(names, language), [peopleRuns(people.translators, locale)]), text('.'));
  }
  if (publication.originalTitle) runs.push(text(' '), ...sentence(t.reference.originalTitle, [text(publication.originalTitle, { cite: true })]), text('.'));
  return merge(runs);
}

/** A work's title with its translation into the page's language after it, in brackets as references give one: "Über X [On X]". */
export const withTranslation = (title: Rich, translation: Rich | undefined): Rich => (translation === undefined ? title : [...title, text(' ['), ...translation, text(']')]);

export interface PublicationParts {
  /** The title as published. */
  readonly titleRuns: Rich;
  /** Its translation into the page's language, when the owner gave one. */
  readonly translatedTitle: Rich | undefined;
  readonly venueRuns: Rich | undefined;
  readonly authorList: AuthorList;
  readonly people: ReferencePeople;
  readonly readerLinks: readonly ReaderLink[];
  readonly links: Publication['links'];
  readonly url: string | undefined;
  readonly lang: string | undefined;
  readonly metric: CitationMetric | undefined;
  readonly inOrcid: boolean;
}

export function publicationView(publication: Entry<Publication>, parts: PublicationParts, shortening: Shortening, locale: Locale): PublicationView {
  const { t } = locale;
  // Pages and the PDF show the translation beside the title; exports and meta data carry the title as published.
  const titleRuns = withTranslation(parts.titleRuns, parts.translatedTitle);
  const titleHtml = html(titleRuns);
  const venueHtml = parts.venueRuns && html(parts.venueRuns);
  const reference = referenceRuns(publication, parts.venueRuns, parts.people, locale);
  const statusLabel = publication.status === 'published' ? undefined : t.works.status[publication.status];
  const authors = authorNames(parts.authorList, shortening, locale);
  const titleText = plain(parts.titleRuns);
  const citationText = [`${authors}${authors.endsWith('.') ? '' : '.'}`, plain(reference), statusLabel && `${statusLabel}.`].filter(Boolean).join(' ');
  return {
    ...publication,
    links: parts.links,
    titleRuns,
    titleHtml,
    titleText,
    venueRuns: parts.venueRuns,
    venueHtml,
    venueText: parts.venueRuns && plain(parts.venueRuns),
    url: parts.url,
    authorList: parts.authorList,
    authorship: authorshipOf(parts.authorList),
    reference,
    people: parts.people,
    styled: undefined,
    citeText: `${titleText}${/[.?!]$/.test(titleText) ? '' : '.'} ${citationText}`,
    readerLinks: parts.readerLinks,
    bibtex: toBibtex(publication, publication.id, html(parts.titleRuns), venueHtml),
    // With a translation beside it, the title's runs carry its language themselves.
    lang: parts.translatedTitle === undefined ? parts.lang : undefined,
    citation: parts.metric === undefined ? undefined : citationLine(parts.metric, { citedBy: t.publication.citedBy }, locale.language),
    statusLabel,
    inOrcid: parts.inOrcid,
    citationText,
    description: `${titleText}${/[.?!]$/.test(titleText) ? '' : '.'} ${citationText}`,
  };
}
