/**
 * Highwire Press <meta name="citation_*"> tags, read by Google Scholar and
 * Zotero. A tag appears only when the data has its value.
 */
import { linkOf, pageRange, type Citable } from './citable.ts';
import { citationName } from './names.ts';

/** Where the venue goes; a preprint's repository ("CoRR") is no journal, so it is named by citation_arxiv_id instead. */
const VENUE_TAGS: Readonly<Record<Citable['kind'], string | undefined>> = {
  'journal-article': 'citation_journal_title',
  'conference-paper': 'citation_conference_title',
  'book-chapter': 'citation_inbook_title',
  preprint: undefined,
  thesis: 'citation_dissertation_institution',
};

/** [name, content] pairs in Google Scholar's recommended order. */
export function scholarMetaTags(publication: Citable): [string, string][] {
  const [first, last] = pageRange(publication.pages);
  const tags: [string, string | undefined][] = [
    ['citation_title', publication.titleText],
    ...publication.authors.map((name): [string, string] => {
      const { family, given } = citationName(name);
      return ['citation_author', given ? `${family}, ${given}` : family];
    }),
    ['citation_publication_date', publication.month ? `${publication.year}/${String(publication.month).padStart(2, '0')}` : String(publication.year)],
    [VENUE_TAGS[publication.kind] ?? '', VENUE_TAGS[publication.kind] && publication.venueText],
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
