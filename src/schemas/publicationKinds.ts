/**
 * The one table of publication kinds. Everything that differs by kind is a
 * column here: the BibTeX entry type and venue field, the CSL and RIS types,
 * Google Scholar's venue tag, the schema.org types, and which source types the
 * importers read as this kind. Headings and labels live in the i18n catalogues
 * (`publicationKinds`). Adding a kind is one row here plus its labels.
 */

import type { CreativeWork } from 'schema-dts';

export interface KindDefinition {
  /** BibTeX entry type written by the export; the importer reads it (and `bibtexAliases`) back as this kind. */
  readonly bibtex: string;
  /** BibTeX field that holds the venue. */
  readonly bibtexVenue: string;
  /** Other BibTeX entry types read as this kind. */
  readonly bibtexAliases: readonly string[];
  /** CSL-JSON item type; read back as this kind too. */
  readonly csl: string;
  /** Other CSL types read as this kind. */
  readonly cslAliases: readonly string[];
  /** RIS reference type. */
  readonly ris: string;
  /** The citation_* tag that names the venue for Google Scholar; none when the venue is no journal or book (a preprint server). */
  readonly scholarVenue: string | undefined;
  /** schema.org type of the work. */
  readonly jsonLd: Exclude<CreativeWork, string>['@type'];
  /** schema.org type of its venue (`isPartOf`). */
  readonly jsonLdVenue: string;
  /** Whether an entry of this kind must name its venue. */
  readonly needsVenue: boolean;
}

export const PUBLICATION_KINDS = {
  'journal-article': {
    bibtex: 'article',
    bibtexVenue: 'journal',
    bibtexAliases: [],
    csl: 'article-journal',
    cslAliases: [],
    ris: 'JOUR',
    scholarVenue: 'citation_journal_title',
    jsonLd: 'ScholarlyArticle',
    jsonLdVenue: 'Periodical',
    needsVenue: true,
  },
  'conference-paper': {
    bibtex: 'inproceedings',
    bibtexVenue: 'booktitle',
    bibtexAliases: ['conference'],
    csl: 'paper-conference',
    cslAliases: [],
    ris: 'CPAPER',
    scholarVenue: 'citation_conference_title',
    jsonLd: 'ScholarlyArticle',
    jsonLdVenue: 'PublicationEvent',
    needsVenue: true,
  },
  'book-chapter': {
    bibtex: 'incollection',
    bibtexVenue: 'booktitle',
    bibtexAliases: ['inbook'],
    csl: 'chapter',
    cslAliases: [],
    ris: 'CHAP',
    scholarVenue: 'citation_inbook_title',
    jsonLd: 'Chapter',
    jsonLdVenue: 'Book',
    needsVenue: true,
  },
  preprint: {
    bibtex: 'misc',
    bibtexVenue: 'howpublished',
    // misc, unpublished and online hold a preprint only when they carry an arXiv id; the importer decides those.
    bibtexAliases: [],
    // CSL 1.0.2 files preprints under "article".
    csl: 'article',
    cslAliases: [],
    ris: 'UNPB',
    scholarVenue: undefined,
    jsonLd: 'ScholarlyArticle',
    jsonLdVenue: 'Periodical',
    needsVenue: true,
  },
  thesis: {
    bibtex: 'phdthesis',
    bibtexVenue: 'school',
    bibtexAliases: ['mastersthesis', 'thesis'],
    csl: 'thesis',
    cslAliases: [],
    ris: 'THES',
    scholarVenue: 'citation_dissertation_institution',
    jsonLd: 'Thesis',
    jsonLdVenue: 'CollegeOrUniversity',
    needsVenue: false,
  },
} as const satisfies Record<string, KindDefinition>;

export type PublicationKind = keyof typeof PUBLICATION_KINDS;

/** Kinds in display order: the order of the table. */
export const KIND_ORDER = Object.keys(PUBLICATION_KINDS) as PublicationKind[];

/** The definition of a kind. */
export const kindOf = (kind: PublicationKind): KindDefinition => PUBLICATION_KINDS[kind];

/** Source type → kind, from the exported type and the aliases of every kind (lowercase keys). */
function inverse(own: (kind: KindDefinition) => string, aliases: (kind: KindDefinition) => readonly string[]): ReadonlyMap<string, PublicationKind> {
  return new Map(
    KIND_ORDER.flatMap((kind) => [own(PUBLICATION_KINDS[kind]), ...aliases(PUBLICATION_KINDS[kind])].map((type) => [type.toLowerCase(), kind] as const)),
  );
}

/** BibTeX entry type → kind, for the importer. */
export const KIND_BY_BIBTEX_TYPE = inverse((kind) => kind.bibtex, (kind) => kind.bibtexAliases);
/** CSL item type → kind, for the importer. */
export const KIND_BY_CSL_TYPE = inverse((kind) => kind.csl, (kind) => kind.cslAliases);
