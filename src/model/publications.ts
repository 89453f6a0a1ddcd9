/**
 * A publication as every output shows it: its title, its author list, and the
 * reference line after them (venue, series, numbers, publisher, year), composed
 * once in the page's language. The pages, the PDF, the feed and the cards render
 * these; the citation exports (BibTeX, CSL, RIS) read the fields themselves.
 */
import type { Locale } from '../i18n/index.ts';
import { toBibtex } from '../lib/bibtex.ts';
import type { Citable } from '../lib/citable.ts';
import { citationLine } from '../lib/metrics.ts';
import { publisherLine, type ReaderLink, venueDetails } from '../lib/publications.ts';
import type { CitationMetric } from '../schemas/metrics.ts';
import type { Publication } from '../schemas/publication.ts';
import { authorNames, type AuthorList } from './authors.ts';
import type { Entry } from './content.ts';
import { html, type Inline, merge, plain, type Rich, text } from './rich.ts';

export interface PublicationView extends Entry<Publication>, Citable {
  /** The title as parsed once: runs for the PDF, HTML for the pages, plain text (`titleText`) for the rest. */
  readonly titleRuns: Rich;
  readonly titleHtml: string;
  /** The venue's runs, when there is a venue. */
  readonly venueRuns: Rich | undefined;
  readonly venueHtml: string | undefined;
  /** The authors (or editors) with their marks, role word and key. */
  readonly authorList: AuthorList;
  /** The reference after the authors: "Nature Communications 10:1096, 2019." */
  readonly reference: Rich;
  readonly readerLinks: readonly ReaderLink[];
  readonly bibtex: string;
  /** `lang` attribute of the title: set only when it differs from the page's language. */
  readonly lang: string | undefined;
  /** "cited by 123 (OpenAlex, Nov 2026)": only with a count from content/metrics.json, always with its source and date. */
  readonly citation: string | undefined;
  /** "Accepted", "Submitted": shown for work not yet published. */
  readonly statusLabel: string | undefined;
  /** Authors, reference and status as one line of plain text: the feed's description. */
  readonly citationText: string;
  /** The title and the same: the page's meta description. */
  readonly description: string;
}

/**
 * The reference line: the venue (a title, cited), the series, the numbers
 * ("24(34):1–11", "pp. 1–9"), publisher and place, and the year, each separated
 * only when both sides exist: work under review may name no venue at all.
 */
export function referenceRuns(publication: Publication, venue: Rich | undefined, locale: Locale): Inline[] {
  const { t } = locale;
  const details = venueDetails(publication, { pages: t.publication.pages, number: t.publication.number });
  const publisher = publisherLine(publication);
  const runs: Inline[] = [];
  const add = (separator: string, ...parts: Inline[]) => runs.push(...(runs.length > 0 ? [text(separator)] : []), ...parts);
  if (venue) add('', ...venue.map((run) => ({ ...run, cite: true })));
  if (publication.series) add(' ', text(`(${publication.series})`));
  // "Nature 10:1096", but "Proceedings of X, pp. 1–9" and "Working paper, no. 7" when the numbers are words.
  if (details) add(publication.volume === undefined && !details.startsWith('abs/') ? ', ' : ' ', text(details));
  if (publisher) add('. ', text(publisher));
  add(', ', text(String(publication.year), { datetime: String(publication.year) }));
  runs.push(text('.'));
  return merge(runs);
}

export interface PublicationParts {
  readonly titleRuns: Rich;
  readonly venueRuns: Rich | undefined;
  readonly authorList: AuthorList;
  readonly readerLinks: readonly ReaderLink[];
  readonly links: Publication['links'];
  readonly url: string | undefined;
  readonly lang: string | undefined;
  readonly metric: CitationMetric | undefined;
}

export function publicationView(publication: Entry<Publication>, parts: PublicationParts, authorLimit: number, locale: Locale): PublicationView {
  const { t } = locale;
  const titleHtml = html(parts.titleRuns);
  const venueHtml = parts.venueRuns && html(parts.venueRuns);
  const reference = referenceRuns(publication, parts.venueRuns, locale);
  const statusLabel = publication.status === 'published' ? undefined : t.works.status[publication.status];
  const authors = authorNames(parts.authorList, authorLimit, locale);
  const citationText = [`${authors}${authors.endsWith('.') ? '' : '.'}`, plain(reference), statusLabel && `${statusLabel}.`].filter(Boolean).join(' ');
  const titleText = plain(parts.titleRuns);
  return {
    ...publication,
    links: parts.links,
    titleRuns: parts.titleRuns,
    titleHtml,
    titleText,
    venueRuns: parts.venueRuns,
    venueHtml,
    venueText: parts.venueRuns && plain(parts.venueRuns),
    url: parts.url,
    authorList: parts.authorList,
    reference,
    readerLinks: parts.readerLinks,
    bibtex: toBibtex(publication, publication.id, titleHtml, venueHtml),
    lang: parts.lang,
    citation: parts.metric === undefined ? undefined : citationLine(parts.metric, { citedBy: t.publication.citedBy }, locale.language),
    statusLabel,
    citationText,
    description: `${titleText}${/[.?!]$/.test(titleText) ? '' : '.'} ${citationText}`,
  };
}
