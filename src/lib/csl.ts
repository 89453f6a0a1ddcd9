/** CSL-JSON, the format Zotero, Pandoc and citeproc read: one item per publication. */
import type { Citable } from './citable.ts';
import { defined } from './defined.ts';
import { citationName } from './names.ts';
import { kindOf } from '../schemas/publicationKinds.ts';

/** The subset of CSL-JSON item fields vita fills. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: { family: string; given?: string }[];
  issued: { 'date-parts': [[number] | [number, number]] };
  'container-title'?: string;
  'collection-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  number?: string;
  publisher?: string;
  'publisher-place'?: string;
  DOI?: string;
  URL: string;
  language?: string;
  genre?: string;
  note?: string;
}

export function toCsl(publication: Citable): CslItem {
  return defined<CslItem>({
    id: publication.id,
    type: kindOf(publication.kind).csl,
    title: publication.titleText,
    author: publication.authors.map((name) => {
      const { family, given } = citationName(name);
      return given ? { family, given } : { family };
    }),
    issued: { 'date-parts': [publication.month ? [publication.year, publication.month] : [publication.year]] },
    'container-title': publication.venueText,
    'collection-title': publication.series,
    volume: publication.volume,
    issue: publication.issue,
    page: publication.pages,
    number: publication.articleNumber ?? (publication.arxiv ? `arXiv:${publication.arxiv}` : undefined),
    publisher: publication.publisher,
    'publisher-place': publication.publisherPlace,
    DOI: publication.doi,
    URL: publication.arxiv && !publication.doi ? `https://arxiv.org/abs/${publication.arxiv}` : publication.url,
    language: publication.language === 'en' ? undefined : publication.language,
    genre: publication.kind === 'preprint' ? 'Preprint' : undefined,
    note: publication.award,
  });
}
