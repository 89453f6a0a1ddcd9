/**
 * Reads BibTeX with Better BibTeX's parser (nested braces, @string macros,
 * LaTeX accents to Unicode) and maps each entry to publication fields. Pure:
 * the file's text in, entries and syntax errors out.
 */
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { publicationKind, type PublicationKind } from '../../src/schemas/publication.ts';
import { KIND_BY_BIBTEX_TYPE } from '../../src/schemas/publicationKinds.ts';
import {
  ET_AL_NOTICE,
  arxivIdIn,
  authorName,
  cleanText,
  corporateAuthorError,
  isArxivVenue,
  mapOptional,
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
import { bareDoi } from '../../src/schemas/atoms.ts';
import { defined } from '../../src/lib/defined.ts';

/** A place where the parser gave up: the file line, the entry (key, or @type when the key is unreadable), the parser's words. */
export interface BibtexSyntaxError {
  readonly line: number;
  readonly entry: string;
  readonly message: string;
}

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

/** The fields a crossref container hands down; its title is the child's booktitle. */
function inheritedFields(parent: Entry | undefined): Fields {
  const fields = (parent?.fields ?? {}) as Fields;
  const booktitle = fields['booktitle'] ?? fields['title'];
  return Object.fromEntries(
    INHERITED_FIELDS.map((name) => [name, name === 'booktitle' ? booktitle : fields[name]]).filter(([, value]) => value !== undefined),
  );
}

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
  return KIND_BY_BIBTEX_TYPE.get(type);
}

/** The arXiv id in `eprint`: as written when the archive is arXiv; with no archive named, only when it looks like one. */
function eprintArxivId(eprint: string | undefined, archive: string | undefined): string | undefined {
  if (eprint === undefined || (archive !== undefined && !/^arxiv$/i.test(archive))) return undefined;
  const id = arxivIdIn(`arXiv:${eprint}`);
  return archive === undefined ? id : (id ?? eprint);
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
  const sourceVenue = mapOptional(venueField, (name) => withoutStyling(text(name)!));
  const notImported = Object.keys(fields).filter((name) => !READ_FIELDS.has(name) && name !== venueField);

  const eprint = text('eprint');
  const archive = text('archiveprefix') ?? text('eprinttype');
  const eprintArxiv = eprintArxivId(eprint, archive);
  if (eprint !== undefined && eprintArxiv === undefined) notImported.push('eprint');
  // DBLP writes arXiv papers as journal = {CoRR}, volume = {abs/2211.17174}.
  const corrVolume = /^corr$/i.test(sourceVenue ?? '') ? arxivIdIn(text('volume')) : undefined;
  const arxivId = eprintArxiv ?? text('arxiv') ?? corrVolume ?? arxivIdIn(sourceVenue);
  const { links, ...ids } = readUrl(text('url'), { doi: mapOptional(text('doi'), bareDoi), arxiv: arxivId });

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
  const year = mapOptional(yearText, yearNumber);
  if (yearText !== undefined && year === undefined) errors.push(`year "${yearText}" is not a year such as 2019`);
  const monthText = text('month') ?? /^\d{4}-(\d{2})/.exec(text('date') ?? '')?.[1];
  const month = mapOptional(monthText, monthNumber);
  if (monthText !== undefined && month === undefined) notices.push(`month "${monthText}" not understood; left out`);

  // Our own export writes an article number into eid, and into pages when there are none.
  const articleNumber = text('eid');
  const pages = text('pages');
  const data = defined<PublicationDraft>({
    kind,
    title: mapOptional(text('title'), withoutStyling),
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

const ENTRY_HEAD = /@(\w+)\s*[{(]\s*([^,\s]*)/g;

/** The key (or @type, when the key is unreadable) of the last entry that starts in `text`. */
function lastEntry(text: string): string {
  const head = [...text.matchAll(ENTRY_HEAD)].at(-1);
  return head?.[2] || (head ? `@${head[1]}` : 'file');
}

function syntaxError(error: { error: string; input?: string }, text: string): BibtexSyntaxError {
  const at = /\s*at line (\d+), column \d+(?: in "[^"]*")?$/.exec(error.error);
  const message = (at ? error.error.slice(0, at.index) : error.error).trim();
  // Without the entry's text (an undefined @string macro), find where the named value is used.
  const named = /"([^"]+)"$/.exec(message)?.[1];
  const start = error.input ? text.indexOf(error.input) : named ? text.search(new RegExp(`[=#]\\s*${named.replace(/\W/g, '\\$&')}\\b`, 'i')) : -1;
  const line = at ? Number(at[1]) : lineAt(text, start);
  const startLine = start >= 0 ? lineAt(text, start) : line;
  return {
    line,
    entry: lastEntry(error.input || text.slice(0, Math.max(start, 0))),
    // An unclosed brace shows only where the parser ran into the next entry; say where this one began.
    message: startLine !== line ? `${message} (the entry starts on line ${startLine})` : message,
  };
}

/** All entries of a BibTeX file, in file order; any syntax error is reported instead of guessing. */
export function readBibtex(source: string, kindMap: KindMap = {}): { entries: SourceEntry[]; syntaxErrors: BibtexSyntaxError[] } {
  const text = source.replace(/\r\n?/g, '\n'); // Windows line endings: same lines, one kind of break
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
  const crossrefOf = (entry: Entry) => (typeof entry.fields['crossref'] === 'string' ? entry.fields['crossref'].toLowerCase() : undefined);
  let searchFrom = 0;
  const entries = library.entries.map((entry) => {
    const offset = text.indexOf(entry.input, searchFrom);
    if (offset >= 0) searchFrom = offset + entry.input.length;
    const crossref = crossrefOf(entry);
    const parent = crossref === undefined ? undefined : byKey.get(crossref);
    return readEntry(entry, {
      fields: { ...inheritedFields(parent), ...(entry.fields as Fields) },
      line: lineAt(text, offset),
      kindMap,
      unknownCommands: unknownCommands.get(entry.key) ?? [],
      containerOf: library.entries.filter((child) => crossrefOf(child) === entry.key.toLowerCase()).map((child) => child.key),
      crossrefMissing: crossref !== undefined && parent === undefined,
    });
  });
  return { entries, syntaxErrors: [] };
}
