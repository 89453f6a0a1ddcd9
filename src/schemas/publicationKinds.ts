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
  /** What the listed people are: the authors, or the editors of an edited volume (BibTeX field, CSL and JSON-LD property; RIS says it by its type). */
  readonly creators: 'author' | 'editor';
  /** The BibTeX `type` field that tells this kind apart from others sharing its entry type (`@misc`, `@article`); the importer reads it back. */
  readonly bibtexSubtype: string | undefined;
  /** The citation_* tag of the issue or number: a report's number is `citation_technical_report_number`. */
  readonly scholarNumber: 'citation_issue' | 'citation_technical_report_number';
  /** The RIS tag of the editors of the book or proceedings the work appeared in (`editors`): A2 for a part of a book, A3 for a book (RIS 2011). */
  readonly risEditor: 'A2' | 'A3';
  /** The RIS tag of the number in a series (`seriesNumber`): SV for a chapter, M1 for a book, NV for a report (RIS 2011). */
  readonly risSeriesNumber: 'SV' | 'M1' | 'NV' | undefined;
  /** A chapter's venue is a book: the reference line says "In:" before it (and its editors). */
  readonly partOfBook: boolean;
  /** The CSL `genre` that tells this kind apart from others sharing its CSL type; the importer reads it back. */
  readonly cslGenre: string | undefined;
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
    creators: 'author',
    bibtexSubtype: undefined,
    scholarNumber: 'citation_issue',
    risEditor: 'A2',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: undefined,
  },
  // A review article (a survey of a field, "Nature Reviews"): a journal article of its own heading; `review` is a review of another work.
  'review-article': {
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
    creators: 'author',
    bibtexSubtype: 'Review article',
    scholarNumber: 'citation_issue',
    risEditor: 'A2',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: 'Review article',
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
    creators: 'author',
    bibtexSubtype: undefined,
    scholarNumber: 'citation_issue',
    risEditor: 'A2',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: undefined,
  },
  // A monograph: the people are its authors; a venue, if any, is where it appeared (a series is `series`).
  book: {
    bibtex: 'book',
    bibtexVenue: 'howpublished',
    bibtexAliases: [],
    csl: 'book',
    cslAliases: [],
    ris: 'BOOK',
    scholarVenue: undefined,
    jsonLd: 'Book',
    jsonLdVenue: 'CreativeWorkSeries',
    needsVenue: false,
    creators: 'author',
    bibtexSubtype: undefined,
    scholarNumber: 'citation_issue',
    risEditor: 'A3',
    risSeriesNumber: 'M1',
    partOfBook: false,
    cslGenre: undefined,
  },
  // The people are the editors; @book with editor (classic BibTeX has no @collection), RIS EDBOOK reads AU as editors.
  'edited-volume': {
    bibtex: 'book',
    bibtexVenue: 'howpublished',
    bibtexAliases: ['collection', 'proceedings', 'mvcollection', 'mvproceedings'],
    csl: 'book',
    cslAliases: [],
    ris: 'EDBOOK',
    scholarVenue: undefined,
    jsonLd: 'Book',
    jsonLdVenue: 'CreativeWorkSeries',
    needsVenue: false,
    creators: 'editor',
    bibtexSubtype: undefined,
    scholarNumber: 'citation_issue',
    risEditor: 'A3',
    risSeriesNumber: 'M1',
    partOfBook: false,
    cslGenre: undefined,
  },
  // A book the owner translated: its authors are the original's, the owner is among `translators` (listed and counted apart from the owner's own books).
  translation: {
    bibtex: 'book',
    bibtexVenue: 'howpublished',
    bibtexAliases: [],
    csl: 'book',
    cslAliases: [],
    ris: 'BOOK',
    scholarVenue: undefined,
    jsonLd: 'Book',
    jsonLdVenue: 'CreativeWorkSeries',
    needsVenue: false,
    creators: 'author',
    bibtexSubtype: undefined,
    scholarNumber: 'citation_issue',
    risEditor: 'A3',
    risSeriesNumber: 'M1',
    partOfBook: false,
    cslGenre: undefined,
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
    creators: 'author',
    bibtexSubtype: undefined,
    scholarNumber: 'citation_issue',
    risEditor: 'A2',
    risSeriesNumber: 'SV',
    partOfBook: true,
    cslGenre: undefined,
  },
  // A review of another work (CSL's sense); published in a journal.
  review: {
    bibtex: 'article',
    bibtexVenue: 'journal',
    bibtexAliases: ['review'],
    csl: 'review',
    cslAliases: ['review-book'],
    ris: 'JOUR',
    scholarVenue: 'citation_journal_title',
    // Not schema.org's Review, which is a rating (search engines require one): a scholarly article that reviews.
    jsonLd: 'ScholarlyArticle',
    jsonLdVenue: 'Periodical',
    needsVenue: true,
    creators: 'author',
    bibtexSubtype: 'Review',
    scholarNumber: 'citation_issue',
    risEditor: 'A2',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: undefined,
  },
  // Reports and working papers: the venue is the institution; the issue is the report number.
  report: {
    bibtex: 'techreport',
    bibtexVenue: 'institution',
    bibtexAliases: ['report'],
    csl: 'report',
    cslAliases: [],
    ris: 'RPRT',
    scholarVenue: 'citation_technical_report_institution',
    jsonLd: 'Report',
    jsonLdVenue: 'Organization',
    needsVenue: true,
    creators: 'author',
    bibtexSubtype: undefined,
    scholarNumber: 'citation_technical_report_number',
    risEditor: 'A3',
    risSeriesNumber: 'NV',
    partOfBook: false,
    cslGenre: undefined,
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
    creators: 'author',
    bibtexSubtype: undefined,
    scholarNumber: 'citation_issue',
    risEditor: 'A2',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: 'Preprint',
  },
  // Posters and abstracts: the venue is the conference; CSL files a poster under speech.
  poster: {
    bibtex: 'misc',
    bibtexVenue: 'howpublished',
    bibtexAliases: ['poster'],
    csl: 'speech',
    cslAliases: [],
    ris: 'ABST',
    scholarVenue: 'citation_conference_title',
    jsonLd: 'CreativeWork',
    jsonLdVenue: 'PublicationEvent',
    needsVenue: true,
    creators: 'author',
    bibtexSubtype: 'Poster',
    scholarNumber: 'citation_issue',
    risEditor: 'A2',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: 'Poster',
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
    creators: 'author',
    bibtexSubtype: undefined,
    scholarNumber: 'citation_issue',
    risEditor: 'A3',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: undefined,
  },
  // The venue is the repository (Zenodo, Dryad); biblatex's @dataset is read as one too.
  dataset: {
    bibtex: 'misc',
    bibtexVenue: 'howpublished',
    bibtexAliases: ['dataset'],
    csl: 'dataset',
    cslAliases: [],
    ris: 'DATA',
    scholarVenue: undefined,
    jsonLd: 'Dataset',
    jsonLdVenue: 'DataCatalog',
    needsVenue: false,
    creators: 'author',
    bibtexSubtype: 'Dataset',
    scholarNumber: 'citation_issue',
    risEditor: 'A3',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: undefined,
  },
  // The venue is where it is published (GitHub, PyPI, Zenodo).
  software: {
    bibtex: 'misc',
    bibtexVenue: 'howpublished',
    bibtexAliases: ['software'],
    csl: 'software',
    cslAliases: [],
    ris: 'COMP',
    scholarVenue: undefined,
    jsonLd: 'SoftwareSourceCode',
    jsonLdVenue: 'WebSite',
    needsVenue: false,
    creators: 'author',
    bibtexSubtype: 'Software',
    scholarNumber: 'citation_issue',
    risEditor: 'A3',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: undefined,
  },
  // Magazine and newspaper articles: no scholarly venue for Google Scholar.
  'magazine-article': {
    bibtex: 'article',
    bibtexVenue: 'journal',
    bibtexAliases: [],
    csl: 'article-magazine',
    cslAliases: ['article-newspaper'],
    ris: 'MGZN',
    scholarVenue: undefined,
    jsonLd: 'Article',
    jsonLdVenue: 'Periodical',
    needsVenue: true,
    creators: 'author',
    bibtexSubtype: 'Magazine article',
    scholarNumber: 'citation_issue',
    risEditor: 'A2',
    risSeriesNumber: undefined,
    partOfBook: false,
    cslGenre: undefined,
  },
} as const satisfies Record<string, KindDefinition>;

export type PublicationKind = keyof typeof PUBLICATION_KINDS;

/** Kinds in display order: the order of the table. */
export const KIND_ORDER = Object.keys(PUBLICATION_KINDS) as PublicationKind[];

/** The definition of a kind. */
export const kindOf = (kind: PublicationKind): KindDefinition => PUBLICATION_KINDS[kind];

/** Source type → kind, from the exported type and the aliases of every kind (lowercase keys). */
function inverse(own: (kind: KindDefinition) => string, aliases: (kind: KindDefinition) => readonly string[]): ReadonlyMap<string, PublicationKind> {
  const map = new Map<string, PublicationKind>();
  // Several kinds share an exported type (@article, @misc, CSL book): the first kind in the table keeps it, the others are told apart by the importer.
  for (const kind of KIND_ORDER) {
    for (const type of [own(PUBLICATION_KINDS[kind]), ...aliases(PUBLICATION_KINDS[kind])]) if (!map.has(type.toLowerCase())) map.set(type.toLowerCase(), kind);
  }
  return map;
}

/** BibTeX entry type → kind, for the importer. */
export const KIND_BY_BIBTEX_TYPE = inverse(
  (kind) => kind.bibtex,
  (kind) => kind.bibtexAliases,
);
/** BibTeX `type` field (lowercase) of an @article or @misc → the kind it marks, for the importer. */
export const KIND_BY_BIBTEX_SUBTYPE: ReadonlyMap<string, PublicationKind> = new Map(
  KIND_ORDER.flatMap((kind) => {
    const subtype = kindOf(kind).bibtexSubtype;
    return subtype === undefined ? [] : [[subtype.toLowerCase(), kind] as const];
  }),
);
/** CSL `genre` (lowercase) → the kind it marks, for the importer. */
export const KIND_BY_CSL_GENRE: ReadonlyMap<string, PublicationKind> = new Map(
  KIND_ORDER.flatMap((kind) => {
    const genre = kindOf(kind).cslGenre;
    return genre === undefined ? [] : [[genre.toLowerCase(), kind] as const];
  }),
);
/** CSL item type → kind, for the importer. */
export const KIND_BY_CSL_TYPE = inverse(
  (kind) => kind.csl,
  (kind) => kind.cslAliases,
);

/** What a thesis was written for. */
export const THESIS_TYPES = ['bachelor', 'master', 'phd', 'habilitation'] as const;
export type ThesisType = (typeof THESIS_TYPES)[number];

/**
 * How each export names a thesis type: the BibTeX entry type and `type` field (classic
 * BibTeX knows only @mastersthesis and @phdthesis), and the genre CSL and RIS (M3) carry.
 */
export const THESIS_EXPORTS: Readonly<Record<ThesisType, { readonly bibtex: 'mastersthesis' | 'phdthesis'; readonly bibtexType: string | undefined; readonly genre: string }>> = {
  bachelor: { bibtex: 'mastersthesis', bibtexType: "Bachelor's thesis", genre: "Bachelor's thesis" },
  master: { bibtex: 'mastersthesis', bibtexType: undefined, genre: "Master's thesis" },
  phd: { bibtex: 'phdthesis', bibtexType: undefined, genre: 'PhD thesis' },
  habilitation: { bibtex: 'phdthesis', bibtexType: 'Habilitation thesis', genre: 'Habilitation thesis' },
};

/**
 * Degrees and theses by name in the languages of vita's catalogues (lowercase, accents and hamzas
 * folded), checked in this order: "Laurea magistrale" is a master's, "Doctoraal" (Dutch) a master's
 * before "doctor" makes it a doctorate.
 */
const DEGREE_NAMES: readonly (readonly [ThesisType, RegExp])[] = [
  ['habilitation', /habil|\bhdr\b|agregacao|livre-?\s?docencia|التاهيل/],
  ['bachelor', /bachelor|\bb\.?\s?a\b|\bb\.?\s?sc?\b|\blicence\b|licenciatura|\bgrado\b|laurea triennale|bacharelado|graduacao|بكالوريوس|ليسانس/],
  ['master', /master|magister|diplom|\bm\.?\s?a\b|\bm\.?\s?sc?\b|maitrise|maestria|\bdea\b|\bdess\b|laurea (?:magistrale|specialistica)|mestrado|doctoraal|ماجستير|ماستر/],
  ['phd', /ph\.?\s?d|doctor|doktor|\bdr\.|dottor|doutor|dissertation|promotion|promotie|proefschrift|دكتوراه/],
];

/** A thesis type from a degree's name ("Dottorato di ricerca", "Máster", "HDR", "دكتوراه"), a BibTeX entry type and `type` field, or a CSL genre ("Doctoral dissertation", "Masterarbeit"); undefined when none says it. */
export function thesisTypeOf(entryType: string | undefined, written: string | undefined): ThesisType | undefined {
  const words = (written ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const named = DEGREE_NAMES.find(([, names]) => names.test(words));
  if (named) return named[0];
  if (entryType === 'mastersthesis') return 'master';
  if (entryType === 'phdthesis') return 'phd';
  return undefined;
}
