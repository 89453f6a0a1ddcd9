/**
 * Highwire Press <meta name="citation_*"> tags, read by Google Scholar and
 * Zotero. A tag appears only when the data has its value.
 */
import { linkOf, pageRange, type Citable } from './citable.ts';
import { citationName } from './names.ts';
import { kindOf } from '../schemas/publicationKinds.ts';

/** [name, content] pairs in Google Scholar's recommended order. */
export function scholarMetaTags(publication: Citable): [string, string][] {
  const [first, last] = pageRange(publication.pages);
  // A preprint's repository ("CoRR") is no journal: the kinds table names no venue tag, citation_arxiv_id names it.
  const venueTag = kindOf(publication.kind).scholarVenue;
  const tags: [string, string | undefined][] = [
    ['citation_title', publication.titleText],
    ...publication.authors.map((name): [string, string] => {
      const { family, given } = citationName(name);
      return ['citation_author', given ? `${family}, ${given}` : family];
    }),
    ['citation_publication_date', publication.month ? `${publication.year}/${String(publication.month).padStart(2, '0')}` : String(publication.year)],
    [venueTag ?? '', venueTag && publication.venueText],
    ['citation_series_title', publication.series],
    ['citation_volume', publication.volume],
    ['citation_issue', publication.issue],
    ['citation_firstpage', first ?? publication.articleNumber],
    ['citation_lastpage', last],
    ['citation_publisher', publication.publisher],
    ['citation_doi', publication.doi],
    ['citation_arxiv_id', publication.arxiv],
    ['citation_pdf_url', linkOf(publication, 'pdf')],
    ['citation_language', publication.language === 'en' ? undefined : publication.language],
    ['citation_abstract_html_url', publication.url],
  ];
  return tags.filter((tag): tag is [string, string] => tag[1] !== undefined && tag[1] !== '');
}
