/**
 * Highwire Press <meta name="citation_*"> tags, read by Google Scholar and
 * Zotero. A tag appears only when the data has its value.
 */
import { linkOf, pageRange, type Citable } from '../citable.ts';
import { invertedName } from '../names.ts';
import { isPublished } from '../../schemas/publication.ts';
import { kindOf } from '../../schemas/publicationKinds.ts';

/**
 * [name, content] pairs in Google Scholar's recommended order; none for work not
 * yet published (Scholar would list it as published). A PDF on the site itself
 * (a path) becomes an absolute URL on `origin`, the site's own host, which
 * Scholar prefers; without a site URL it is left out.
 */
export function scholarMetaTags(publication: Citable, origin?: string): [string, string][] {
  if (!isPublished(publication)) return [];
  const [first, last] = pageRange(publication.pages);
  const pdf = linkOf(publication, 'pdf');
  const pdfUrl = pdf?.startsWith('/') ? (origin === undefined ? undefined : new URL(pdf, origin).href) : pdf;
  const kind = kindOf(publication.kind);
  // A preprint's repository ("CoRR") is no journal: the kinds table names no venue tag, citation_arxiv_id names it.
  const venueTag = kind.scholarVenue;
  const tags: [string, string | undefined][] = [
    ['citation_title', publication.titleText],
    ...publication.authors.map((contributor): [string, string] => ['citation_author', invertedName(contributor)]),
    ['citation_publication_date', publication.month ? `${publication.year}/${String(publication.month).padStart(2, '0')}` : String(publication.year)],
    [venueTag ?? '', venueTag && publication.venueText],
    // Proceedings published as a journal issue: the journal too.
    ['citation_journal_title', publication.journal],
    ['citation_series_title', publication.series],
    ['citation_volume', publication.volume],
    [kind.scholarNumber, publication.issue],
    ['citation_firstpage', first ?? publication.articleNumber],
    ['citation_lastpage', last],
    ['citation_publisher', publication.publisher],
    ['citation_isbn', publication.isbn],
    ['citation_issn', publication.issn],
    ['citation_doi', publication.doi],
    ['citation_pmid', publication.pmid],
    ['citation_arxiv_id', publication.arxiv],
    ['citation_pdf_url', pdfUrl],
    ['citation_language', publication.language === 'en' ? undefined : publication.language],
    ['citation_abstract_html_url', publication.url],
  ];
  return tags.filter((tag): tag is [string, string] => tag[1] !== undefined && tag[1] !== '');
}
