/**
 * Reads BibTeX with Better BibTeX's parser (nested braces, @string macros,
 * LaTeX accents to Unicode) and maps each entry to publication fields. Pure:
 * the file's text in, entries and syntax errors out.
 */
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { publicationKind, type PublicationKind } from '../../schemas/publication.ts';
import {
  ET_AL_NOTICE,
  arxivIdIn,
  authorName,
  bareDoi,
  cleanText,
  corporateAuthorError,
  defined,
  isArxivVenue,
  monthNumber,
  pageRange,
  preprintVenue,
  readUrl,
  withoutStyling,
  yearNumber,
  type DraftLink,
  type KindMap,
  type PublicationDraft,
  type SourceEntry,
} from './sourceEntry.ts';

/** A place where the parser gave up: the file line, the entry (key, or @type when the key is unreadable), the parser's words. */
export interface BibtexSyntaxError {
  readonly line: number;
  readonly entry: string;
  readonly message: string;
}

const KINDS: Readonly<Record<string, PublicationKind>> = {
  inproceedings: 'conference-paper',
  conference: 'conference-paper',
  incollection: 'book-chapter',
  inbook: 'book-chapter',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
};
/** Types that hold a preprint when they carry an arXiv id. */
const MISC_TYPES = new Set(['misc', 'unpublished', 'online', 'preprint']);

/** Where the venue may be, by entry type; the first present one is used. */
const VENUE_FIELDS = ['journal', 'journaltitle', 'booktitle', 'howpublished', 'school', 'institution'];

/** al-folio's link buttons: field → link kind (and label). Only absolute URLs can become links. */
const AL_FOLIO_LINKS: Readonly<Record<string, Omit<DraftLink, 'url'>>> = {
  code: { kind: 'code' },
  html: { kind: 'website' },
  pdf: { kind: 'pdf' },
  slides: { kind: 'slides' },
  video: { kind: 'video' },
  website: { kind: 'project' },
  poster: { kind: 'pdf', label: 'Poster' },
  supp: { kind: 'pdf', label: 'Supplement' },
  blog: { kind: 'website', label: 'Blog' },
};

/** Fields read into the publication or used to decide it; every other field is reported as not imported. */
const READ_FIELDS = new Set([
  'title', 'author', 'year', 'date', 'month', 'series', 'volume', 'number', 'issue', 'pages', 'eid', 'publisher', 'address',
  'location', 'doi', 'eprint', 'archiveprefix', 'eprinttype', 'url', 'note', 'abstract', 'crossref', 'arxiv', 'selected',
  ...Object.keys(AL_FOLIO_LINKS),
]);

/** What a crossref child takes from its container when it lacks the field (classic BibTeX inheritance). */
const INHERITED_FIELDS = ['booktitle', 'series', 'volume', 'year', 'month', 'publisher', 'address', 'location'];

type FieldValue = string | string[] | Creator[];
type Fields = Readonly<Record<string, FieldValue | undefined>>;

/** A field as one line of text; lists (publisher, institution) joined with "and" as BibTeX writes them. */
function textOf(fields: Fields, name: string): string | undefined {
  const value = fields[name];
  const joined = typeof value === 'string' ? value : value?.every((item) => typeof item === 'string') ? value.join(' and ') : undefined;
  return joined === undefined ? undefined : cleanText(joined) || undefined;
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(offset, 0)).split('\n').length;
}

function kindOf(type: string, venue: string | undefined, arxiv: string | undefined, kindMap: KindMap): PublicationKind | undefined {
  const mapped = kindMap[type];
  if (mapped) return mapped;
  if (type === 'article') return isArxivVenue(venue) || (venue === undefined && arxiv !== undefined) ? 'preprint' : 'journal-article';
  if (MISC_TYPES.has(type)) return arxiv !== undefined || isArxivVenue(venue) ? 'preprint' : undefined;
  return KINDS[type];
}

function authorsOf(creators: readonly Creator[], notices: string[], errors: string[]): string[] {
  const authors: string[] = [];
  for (const creator of creators) {
    const family = [creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ');
    if (creator.name !== undefined) errors.push(corporateAuthorError(cleanText(creator.name)));
    else if (family === 'others' && !creator.firstName) notices.push(ET_AL_NOTICE);
    else authors.push(authorName(family, creator.firstName ?? ''));
  }
  return authors;
}

interface EntryContext {
  readonly fields: Fields;
  readonly line: number;
  readonly kindMap: KindMap;
  readonly unknownCommands: readonly string[];
  readonly containerOf: readonly string[];
  readonly crossrefMissing: boolean;
}

function readEntry(entry: Entry, context: EntryContext): SourceEntry {
  const { fields } = context;
  const text = (name: string) => textOf(fields, name);
  const type = entry.type.toLowerCase();
  const notices: string[] = [];
  const errors = context.unknownCommands.map((command) => `unknown LaTeX command ${command}; write the character or text itself instead`);
  const venueField = VENUE_FIELDS.find((name) => text(name) !== undefined);
  const sourceVenue = venueField === undefined ? undefined : withoutStyling(text(venueField)!);
  const notImported = Object.keys(fields).filter((name) => !READ_FIELDS.has(name) && name !== venueField);

  const eprint = text('eprint');
  const eprintIsArxiv = /^arxiv$/i.test(text('archiveprefix') ?? text('eprinttype') ?? 'arXiv');
  if (eprint !== undefined && !eprintIsArxiv) notImported.push('eprint');
  // DBLP writes arXiv papers as journal = {CoRR}, volume = {abs/2211.17174}.
  const corrVolume = /^corr$/i.test(sourceVenue ?? '') ? arxivIdIn(text('volume')) : undefined;
  const arxivId =
    (eprint !== undefined && eprintIsArxiv ? (arxivIdIn(eprint) ?? eprint) : undefined) ?? text('arxiv') ?? corrVolume ?? arxivIdIn(sourceVenue);
  const doi = text('doi');
  const { links, ...ids } = readUrl(text('url'), { doi: doi === undefined ? undefined : bareDoi(doi), arxiv: arxivId });

  for (const [field, link] of Object.entries(AL_FOLIO_LINKS)) {
    const url = text(field);
    if (url === undefined) continue;
    if (/^https?:\/\//.test(url)) links.push({ ...link, url });
    else {
      notImported.push(field);
      notices.push(`${field}: "${url}" is not a URL; put the file in public/ and add it under links`);
    }
  }

  const kind = kindOf(type, sourceVenue, ids.arxiv, context.kindMap);
  if (kind === undefined && context.containerOf.length === 0) {
    errors.push(`@${type} has no publication kind; map it with --kind-map ${type}=<kind> (${publicationKind.options.join(', ')})`);
  }
  if (context.crossrefMissing) notices.push(`crossref "${text('crossref')}" names no entry in this file`);

  const yearText = text('year') ?? text('date');
  const year = yearText === undefined ? undefined : yearNumber(yearText);
  if (yearText !== undefined && year === undefined) errors.push(`year "${yearText}" is not a year such as 2019`);
  const monthText = text('month') ?? /^\d{4}-(\d{2})/.exec(text('date') ?? '')?.[1];
  const month = monthText === undefined ? undefined : monthNumber(monthText);
  if (monthText !== undefined && month === undefined) notices.push(`month "${monthText}" not understood; left out`);

  // Our own export writes an article number into eid, and into pages when there are none.
  const articleNumber = text('eid');
  const pages = text('pages');
  const title = text('title');
  const data = defined<PublicationDraft>({
    kind,
    title: title === undefined ? undefined : withoutStyling(title),
    authors: authorsOf(Array.isArray(fields['author']) ? (fields['author'] as Creator[]) : [], notices, errors),
    year,
    month,
    venue: kind === 'preprint' ? preprintVenue(sourceVenue, ids.arxiv) : sourceVenue,
    series: text('series'),
    volume: corrVolume === undefined ? text('volume') : undefined,
    issue: text('number') ?? text('issue'),
    pages: pages === undefined || pages === articleNumber ? undefined : pageRange(pages),
    articleNumber,
    publisher: text('publisher'),
    publisherPlace: text('address') ?? text('location'),
    doi: ids.doi,
    arxiv: ids.arxiv,
    links: links.length > 0 ? links : undefined,
    note: text('note'),
    selected: text('selected') === 'true' ? true : undefined,
  });
  const abstract = fields['abstract'];
  return {
    key: entry.key,
    type,
    line: context.line,
    data,
    body: typeof abstract === 'string' ? abstract.normalize('NFC').trim() : '',
    notImported,
    notices,
    errors,
    ...(kind === undefined && context.containerOf.length > 0 ? { containerOf: context.containerOf } : {}),
  };
}

function syntaxError(error: { error: string; input?: string }, text: string): BibtexSyntaxError {
  const at = /\s*at line (\d+), column \d+(?: in "[^"]*")?$/.exec(error.error);
  const head = /^@(\w+)\s*[{(]\s*([^,\s]*)/.exec(error.input ?? '');
  return {
    line: at ? Number(at[1]) : lineAt(text, error.input ? text.indexOf(error.input) : 0),
    entry: head?.[2] || (head ? `@${head[1]}` : 'file'),
    message: (at ? error.error.slice(0, at.index) : error.error).trim(),
  };
}

/** All entries of a BibTeX file, in file order; any syntax error is reported instead of guessing. */
export function readBibtex(text: string, kindMap: KindMap = {}): { entries: SourceEntry[]; syntaxErrors: BibtexSyntaxError[] } {
  const unknownCommands = new Map<string, string[]>();
  const library = parse(text, {
    sentenceCase: false,
    applyCrossRef: false,
    unsupported: (_node, tex, entry) => {
      unknownCommands.set(entry.key, [...(unknownCommands.get(entry.key) ?? []), tex]);
      return tex;
    },
  });
  if (library.errors.length > 0) return { entries: [], syntaxErrors: library.errors.map((error) => syntaxError(error, text)) };

  const byKey = new Map(library.entries.map((entry) => [entry.key.toLowerCase(), entry]));
  let searchFrom = 0;
  const entries = library.entries.map((entry) => {
    const offset = text.indexOf(entry.input, searchFrom);
    if (offset >= 0) searchFrom = offset + entry.input.length;
    const crossref = typeof entry.fields['crossref'] === 'string' ? entry.fields['crossref'].toLowerCase() : undefined;
    const parent = crossref === undefined ? undefined : byKey.get(crossref);
    const parentFields = (parent?.fields ?? {}) as Fields;
    const inherited = INHERITED_FIELDS.map((name) => [name, name === 'booktitle' ? (parentFields['booktitle'] ?? parentFields['title']) : parentFields[name]]);
    return readEntry(entry, {
      fields: { ...Object.fromEntries(inherited.filter(([, value]) => value !== undefined)), ...(entry.fields as Fields) },
      line: lineAt(text, offset),
      kindMap,
      unknownCommands: unknownCommands.get(entry.key) ?? [],
      containerOf: library.entries.filter((child) => child.fields['crossref']?.toString().toLowerCase() === entry.key.toLowerCase()).map((child) => child.key),
      crossrefMissing: crossref !== undefined && parent === undefined,
    });
  });
  return { entries, syntaxErrors: [] };
}
