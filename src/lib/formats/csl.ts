/** CSL-JSON, the format Zotero, Pandoc and citeproc read: one item per publication. */
import type { Citable } from '../citable.ts';
import { defined } from '../defined.ts';
import { citationParts } from '../names.ts';
import type { Contributor } from '../../schemas/common.ts';
import { isPublished, type PublicationStatus } from '../../schemas/publication.ts';
import { kindOf, THESIS_EXPORTS } from '../../schemas/publicationKinds.ts';

/** A CSL name: a person's parts, or an organisation as a literal. */
type CslName = { family: string; given?: string } | { literal: string };

/** CSL's free-text `status` for work not yet published. */
export const CSL_STATUS: Readonly<Record<PublicationStatus, string | undefined>> = {
  submitted: 'submitted',
  'under-review': 'under review',
  accepted: 'accepted',
  'in-press': 'in press',
  published: undefined,
};

function cslName(contributor: Contributor): CslName {
  const parts = citationParts(contributor);
  if ('literal' in parts) return { literal: parts.literal };
  return parts.given ? { family: parts.family, given: parts.given } : { family: parts.family };
}

/** The subset of CSL-JSON item fields vita fills. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  issued: { 'date-parts': [[number] | [number, number]] };
  'container-title'?: string;
  /** The conference of a paper whose proceedings are a journal issue (the journal is the container). */
  'event-title'?: string;
  'collection-title'?: string;
  'collection-number'?: string;
  edition?: string;
  version?: string;
  'original-title'?: string;
  ISBN?: string;
  ISSN?: string;
  PMID?: string;
  PMCID?: string;
  volume?: string;
  issue?: string;
  page?: string;
  number?: string;
  publisher?: string;
  'publisher-place'?: string;
  DOI?: string;
  URL?: string;
  language?: string;
  genre?: string;
  note?: string;
  status?: string;
}

export function toCsl(publication: Citable): CslItem {
  const names = (people: readonly Contributor[]) => (people.length > 0 ? people.map(cslName) : undefined);
  const kind = kindOf(publication.kind);
  return defined<CslItem>({
    id: publication.id,
    type: kind.csl,
    title: publication.titleText,
    // An edited volume's people are its editors; any other work's editors are those of the book it is in.
    ...(kind.creators === 'editor' ? {} : { editor: names(publication.editors) }),
    [kind.creators]: publication.authors.map(cslName),
    translator: names(publication.translators),
    issued: { 'date-parts': [publication.month ? [publication.year, publication.month] : [publication.year]] },
    'container-title': publication.journal ?? publication.venueText,
    'event-title': publication.journal && publication.venueText,
    'collection-title': publication.series,
    'collection-number': publication.seriesNumber,
    edition: publication.edition,
    version: publication.version,
    'original-title': publication.originalTitle,
    ISBN: publication.isbn,
    ISSN: publication.issn,
    PMID: publication.pmid,
    PMCID: publication.pmcid,
    volume: publication.volume,
    issue: publication.issue,
    page: publication.pages,
    number: publication.articleNumber ?? (publication.arxiv ? `arXiv:${publication.arxiv}` : undefined),
    publisher: publication.publisher,
    'publisher-place': publication.publisherPlace,
    DOI: publication.doi,
    URL: publication.arxiv && !publication.doi ? `https://arxiv.org/abs/${publication.arxiv}` : publication.url,
    language: publication.language === 'en' ? undefined : publication.language,
    genre: publication.thesisType ? THESIS_EXPORTS[publication.thesisType].genre : kind.cslGenre,
    // CSL has one note: the award, then the owner's note.
    note: [publication.award, publication.note].filter(Boolean).join('. ') || undefined,
    status: isPublished(publication) ? undefined : CSL_STATUS[publication.status],
  });
}
