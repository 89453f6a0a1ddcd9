/**
 * Reads BibTeX with Better BibTeX's parser (nested braces, @string macros,
 * LaTeX accents to Unicode) and maps each entry to publication fields. Pure:
 * the file's text in, entries and syntax errors out.
 */
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { publicationKind, type PublicationKind } from '../../src/schemas/publication.ts';
import { KIND_BY_BIBTEX_SUBTYPE, KIND_BY_BIBTEX_TYPE, kindOf as definitionOf, thesisTypeOf } from '../../src/schemas/publicationKinds.ts';
import {
  arxivIdIn,
  authorName,
  cleanText,
  isArxivVenue,
  mapOptional,
  monthNumber,
  noteBesides,
  pageRange,
  preprintVenue,
  publisherBesides,
  readUrl,
  statusByWord,
  withoutStyling,
  yearNumber,
  organization,
  pagesOrArticleNumber,
  type DraftAuthor,
  type DraftLink,
  type KindMap,
  type PublicationDraft,
  type SourceEntry,
} from './sourceEntry.ts';
import { bareDoi, isLanguageTag } from '../../src/schemas/atoms.ts';
import { BIBLATEX_LANGUAGES, PUBSTATE } from '../../src/lib/formats/bibtex.ts';
import { defined } from '../../src/lib/defined.ts';
import { excerpt, guardBibtex } from './bibtexGuard.ts';

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
  'title',
  'author',
  'type',
  'pubstate',
  'year',
  'date',
  'month',
  'series',
  'volume',
  'number',
  'issue',
  'pages',
  'eid',
  'publisher',
  'address',
  'location',
  'doi',
  'eprint',
  'archiveprefix',
  'eprinttype',
  'url',
  'note',
  'abstract',
  'crossref',
  'arxiv',
  'selected',
  'langid',
  'language',
  'editor',
  'translator',
  'edition',
  'isbn',
  'issn',
  'pmid',
  'pmcid',
  'version',
  'origtitle',
  'origlanguage',
  ...Object.keys(AL_FOLIO_LINKS),
]);

/** babel's and biblatex's language names (langid, language) → BCP 47; a field that already holds a tag is taken as it is. */
const LANGUAGE_TAGS: Readonly<Record<string, string>> = {
  english: 'en',
  american: 'en-US',
  usenglish: 'en-US',
  british: 'en-GB',
  ukenglish: 'en-GB',
  german: 'de',
  ngerman: 'de',
  austrian: 'de-AT',
  naustrian: 'de-AT',
  swissgerman: 'de-CH',
  nswissgerman: 'de-CH',
  french: 'fr',
  francais: 'fr',
  italian: 'it',
  spanish: 'es',
  portuguese: 'pt',
  portuges: 'pt',
  brazilian: 'pt-BR',
  brazil: 'pt-BR',
  dutch: 'nl',
  polish: 'pl',
  czech: 'cs',
  slovak: 'sk',
  russian: 'ru',
  ukrainian: 'uk',
  swedish: 'sv',
  danish: 'da',
  norwegian: 'nb',
  norsk: 'nb',
  nynorsk: 'nn',
  finnish: 'fi',
  latin: 'la',
  greek: 'el',
  turkish: 'tr',
  hungarian: 'hu',
  catalan: 'ca',
  croatian: 'hr',
  slovene: 'sl',
  japanese: 'ja',
  chinese: 'zh',
  korean: 'ko',
};

/** The language tag of a langid or language field ("ngerman", "english and german" → its first, "de-AT"); undefined when unknown. */
function languageTagOf(value: string | undefined): string | undefined {
  const first = value?.split(/\s+and\s+|,/)[0]?.trim();
  if (first === undefined || first === '') return undefined;
  return LANGUAGE_TAGS[first.toLowerCase()] ?? (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(first) && isLanguageTag(first) ? first : undefined);
}

/** German and French quotation-mark commands (babel's, T1's) the parser does not know: the characters they print. */
const QUOTE_COMMANDS: Readonly<Record<string, string>> = {
  '\\glqq': '„',
  '\\grqq': '“',
  '\\glq': '‚',
  '\\grq': '‘',
  '\\flqq': '«',
  '\\frqq': '»',
  '\\flq': '‹',
  '\\frq': '›',
  '\\guillemetleft': '«',
  '\\guillemetright': '»',
};

/** Outer and inner quotation marks by language, as csquotes sets `\enquote` (by full tag, then primary subtag; English otherwise). */
const QUOTES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  en: ['“', '”', '‘', '’'],
  de: ['„', '“', '‚', '‘'],
  'de-CH': ['«', '»', '‹', '›'],
  fr: ['«', '»', '“', '”'],
  it: ['«', '»', '“', '”'],
  es: ['«', '»', '“', '”'],
  pl: ['„', '”', '«', '»'],
  cs: ['„', '“', '‚', '‘'],
  ru: ['«', '»', '„', '“'],
  sv: ['”', '”', '’', '’'],
  da: ['»', '«', '›', '‹'],
};
const quotesOf = (language: string) => QUOTES[language] ?? QUOTES[language.split('-')[0]!] ?? QUOTES['en']!;

/**
 * `\enquote{…}` (and `\enquote*{…}`, the inner quotes) is set aside before parsing as
 * noncharacters around its text, so its quotes can follow the entry's language, which
 * is known only after parsing. One pass, tracking brace depth; an unclosed one leaves
 * the text as it was, for the parser to report.
 */
const ENQUOTE_OPEN = '\uFDD4';
const ENQUOTE_OPEN_INNER = '\uFDD5';
const ENQUOTE_CLOSE = '\uFDD6';
const ENQUOTE = /\\enquote(\*?)\s*\{/y;

function setEnquotesAside(text: string): string {
  let out = '';
  let depth = 0;
  const closing: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '\\') {
      ENQUOTE.lastIndex = index;
      const command = ENQUOTE.exec(text);
      if (command) {
        out += command[1] ? ENQUOTE_OPEN_INNER : ENQUOTE_OPEN;
        closing.push(depth++);
        index += command[0].length - 1;
      } else {
        out += text.slice(index, index + 2);
        index++;
      }
      continue;
    }
    if (character === '{') depth++;
    else if (character === '}' && closing.at(-1) === --depth) {
      closing.pop();
      out += ENQUOTE_CLOSE;
      continue;
    }
    out += character;
  }
  return closing.length > 0 ? text : out;
}

/** Parsed text as the file wrote it: `\enquote` and angle brackets back in place (to find an entry or an error in the file). */
function asWritten(text: string): string {
  return plainAngleBrackets(text.replace(/[\uFDD4-\uFDD6]/g, (mark) => (mark === ENQUOTE_CLOSE ? '}' : mark === ENQUOTE_OPEN ? '\\enquote{' : '\\enquote*{')));
}

/** Text with its set-aside `\enquote`s as the quotation marks of `language`, inner ones alternating. */
function enquotesBack(text: string, language: string): string {
  const [open, close, openInner, closeInner] = quotesOf(language);
  const levels: number[] = [];
  return text.replace(/[\uFDD4-\uFDD6]/g, (mark) => {
    if (mark === ENQUOTE_CLOSE) return (levels.pop() ?? 0) % 2 === 0 ? close : closeInner;
    const level = levels.length + (mark === ENQUOTE_OPEN_INNER ? 1 : 0);
    levels.push(level);
    return level % 2 === 0 ? open : openInner;
  });
}

/** babel's German quotation shorthands, as pairs: "`…"' → „…“ and "<…"> → «…» (with < and > still set aside as noncharacters). */
const SHORTHAND_PAIRS: readonly [RegExp, string, string][] = [
  [/"`([^"]*)"'/g, '„', '“'],
  [/"\uFDD0([^"]*)"\uFDD1/g, '«', '»'],
];
const SHORTHAND = /"[`'\uFDD0\uFDD1]/;

/** What a crossref child takes from its container when it lacks the field (classic BibTeX inheritance). */
const INHERITED_FIELDS = ['booktitle', 'series', 'volume', 'year', 'month', 'publisher', 'address', 'location'];

/** The fields a crossref container hands down; its title is the child's booktitle. */
function inheritedFields(parent: Entry | undefined): Fields {
  const fields = (parent?.fields ?? {}) as Fields;
  const booktitle = fields['booktitle'] ?? fields['title'];
  return Object.fromEntries(INHERITED_FIELDS.map((name) => [name, name === 'booktitle' ? booktitle : fields[name]]).filter(([, value]) => value !== undefined));
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

/** Line numbers of ascending offsets, counting each stretch of text once (one pass over the file, not one per entry). */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let counted = 0;
  return (offset) => {
    for (; counted < offset; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
}

/**
 * The parser reads LaTeX text mode, where `<` and `>` are the OT1 glyphs `¡` and `¿`.
 * In a bibliography they mean themselves (p < 0.05), so they are swapped for two
 * Unicode noncharacters before parsing and restored afterwards.
 */
const LESS_THAN = '\uFDD0';
const GREATER_THAN = '\uFDD1';

/** `<` and `>` back in parsed text, as they were in the file. */
const plainAngleBrackets = (text: string) => text.replaceAll(LESS_THAN, '<').replaceAll(GREATER_THAN, '>');

/** Fields holding identifiers or addresses rather than Markdown text. */
const LITERAL_FIELDS = new Set(['doi', 'url', 'eprint', ...Object.keys(AL_FOLIO_LINKS)]);

/** A `<` that opens what Markdown reads as an HTML tag, comment or declaration: `<Letters>`, `</x>`, `<!--`. */
const TAG_START = /\uFDD0(?=\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^\uFDD0\uFDD1]*)?\/?\uFDD1|[!?])/g;

/**
 * `<` and `>` back in a parsed field. In Markdown text a `<` that would read as the
 * start of a tag (`<Letters>`) is written `&lt;`, which shows as `<`; every other one
 * stays itself.
 */
function restoreAngleBrackets(value: FieldValue, markdown: boolean): FieldValue {
  const restore = (text: string) => plainAngleBrackets(markdown ? text.replace(TAG_START, '&lt;') : text);
  if (typeof value === 'string') return restore(value);
  return value.map((item: string | Creator) =>
    typeof item === 'string' ? restore(item) : Object.fromEntries(Object.entries(item).map(([part, text]) => [part, typeof text === 'string' ? restore(text) : text])),
  ) as FieldValue;
}

/**
 * A parsed entry's quotation marks: `\enquote` in the quotes of its language, babel's
 * shorthand pairs as the marks they stand for; a shorthand left without its partner
 * is kept as written and named in `notices`, never silently.
 */
function withQuotes(fields: Fields, language: string, notices: string[]): Fields {
  const quoted = (name: string, text: string) => {
    let out = enquotesBack(text, language);
    for (const [pattern, open, close] of SHORTHAND_PAIRS) out = out.replace(pattern, (_, inner: string) => `${open}${inner}${close}`);
    if (SHORTHAND.test(out)) notices.push(`${name}: babel's quotation shorthand ("\`, "', "< or ">) without its partner, kept as written; write the quotation marks themselves`);
    return out;
  };
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [
      name,
      typeof value === 'string' && !LITERAL_FIELDS.has(name)
        ? quoted(name, value)
        : Array.isArray(value) && value.every((item) => typeof item === 'string')
          ? value.map((item) => quoted(name, item))
          : value,
    ]),
  );
}

/** A parsed entry's fields with `<` and `>` restored. */
function restoredFields(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, value === undefined ? value : restoreAngleBrackets(value, !LITERAL_FIELDS.has(name))]));
}

function kindOf(
  type: string,
  fields: { venue: string | undefined; arxiv: string | undefined; subtype: string | undefined; editorsOnly: boolean; translated: boolean },
  kindMap: KindMap,
): PublicationKind | undefined {
  const { venue, arxiv, subtype, editorsOnly, translated } = fields;
  const mapped = kindMap[type];
  if (mapped) return mapped;
  // @article and @misc hold several kinds; our own export names them in `type` (Dataset, Software, Review, …).
  const marked = subtype === undefined ? undefined : KIND_BY_BIBTEX_SUBTYPE.get(subtype.toLowerCase());
  if (type === 'article') return isArxivVenue(venue) || (venue === undefined && arxiv !== undefined) ? 'preprint' : (marked ?? 'journal-article');
  if (MISC_TYPES.has(type)) return arxiv !== undefined || isArxivVenue(venue) ? 'preprint' : marked;
  if (type === 'book' && editorsOnly) return 'edited-volume';
  // A book with a translator on a CV is the owner's translation of someone else's book.
  if (type === 'book' && translated) return 'translation';
  return KIND_BY_BIBTEX_TYPE.get(type);
}

/** biblatex's `pubstate` → the schema's status: the export's table read backwards. */
const STATUS_BY_PUBSTATE = statusByWord(PUBSTATE);

/** The arXiv id in `eprint`: as written when the archive is arXiv; with no archive named, only when it looks like one. */
function eprintArxivId(eprint: string | undefined, archive: string | undefined): string | undefined {
  if (eprint === undefined || (archive !== undefined && !/^arxiv$/i.test(archive))) return undefined;
  const id = arxivIdIn(`arXiv:${eprint}`);
  return archive === undefined ? id : (id ?? eprint);
}

/** The people (and organisations, `{The ATLAS Collaboration}`) of an author or editor list; "and others" sets `etAl`. */
function authorsOf(creators: readonly Creator[]): { authors: DraftAuthor[]; etAl: boolean } {
  const authors: DraftAuthor[] = [];
  let etAl = false;
  for (const creator of creators) {
    const family = [creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ');
    if (creator.name !== undefined) authors.push(organization(creator.name));
    else if (family === 'others' && !creator.firstName) etAl = true;
    else authors.push(authorName(family, creator.firstName ?? ''));
  }
  return { authors, etAl };
}

interface EntryContext {
  readonly fields: Fields;
  /** The language tag the entry's langid or language names, when vita knows it. */
  readonly language: string | undefined;
  /** Remarks made while reading the fields (quotation shorthands). */
  readonly notices: readonly string[];
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
  const notices = [...context.notices];
  const errors = context.unknownCommands.map((command) => `unknown LaTeX command ${command}; write the character or text itself instead`);
  // A conference paper's venue is its proceedings (booktitle) even when they are a journal's issue (journal).
  const inJournal = (type === 'inproceedings' || type === 'conference') && text('booktitle') !== undefined && text('journal') !== undefined;
  const venueField = inJournal ? 'booktitle' : VENUE_FIELDS.find((name) => text(name) !== undefined);
  const sourceVenue = mapOptional(venueField, (name) => withoutStyling(text(name)!));
  // A titleaddon in brackets is the title's translation, as APA-style entries write one ("[On the widow's press]"); any other stays unread.
  const translatedTitle = /^\[(.+)\]$/s.exec(text('titleaddon') ?? '')?.[1]?.trim();
  const notImported = Object.keys(fields).filter(
    (name) => !READ_FIELDS.has(name) && name !== venueField && !(inJournal && name === 'journal') && !(name === 'titleaddon' && translatedTitle),
  );

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

  const creators = (name: string) => (Array.isArray(fields[name]) ? (fields[name] as Creator[]) : []);
  const editorsOnly = creators('author').length === 0 && creators('editor').length > 0;
  const found = kindOf(type, { venue: sourceVenue, arxiv: ids.arxiv, subtype: text('type'), editorsOnly, translated: creators('translator').length > 0 }, context.kindMap);
  // A volume that entries here crossref is their container, not an entry of its own.
  const kind = context.containerOf.length > 0 && (found === undefined || found === 'edited-volume') ? undefined : found;
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
  const { pages, articleNumber, notice: pagesNotice } = pagesOrArticleNumber(text('pages'), text('eid'));
  if (pagesNotice !== undefined) notices.push(pagesNotice);
  const languageField = text('langid') === undefined ? 'language' : 'langid';
  if (text(languageField) !== undefined && context.language === undefined) {
    notImported.push(languageField);
    notices.push(`${languageField} "${text(languageField)}" is not a language vita knows; add language: with its tag (e.g. de) by hand`);
  }
  const listsEditors = kind !== undefined && definitionOf(kind).creators === 'editor';
  const people = authorsOf(listsEditors ? creators('editor') : creators('author'));
  // The editors of the book a chapter or paper is in; an edited volume's editors are its people.
  const editors = listsEditors ? [] : authorsOf(creators('editor')).authors;
  const translators = authorsOf(creators('translator')).authors;
  // In a book (or the book a chapter is in), biblatex's `number` is the number in the series.
  const numberInSeries = kind !== undefined && (definitionOf(kind).partOfBook || definitionOf(kind).bibtex === 'book') && text('series') !== undefined;
  const origlanguage = text('origlanguage')?.toLowerCase();
  const originalLanguage =
    origlanguage && (Object.entries(BIBLATEX_LANGUAGES).find(([, name]) => name === origlanguage)?.[0] ?? (isLanguageTag(origlanguage) ? origlanguage : undefined));
  if (origlanguage !== undefined && originalLanguage === undefined) notices.push(`origlanguage "${origlanguage}" not understood; left out`);
  const pubstate = text('pubstate');
  const status = pubstate === undefined ? undefined : STATUS_BY_PUBSTATE[pubstate.toLowerCase()];
  if (pubstate !== undefined && status === undefined) notices.push(`pubstate "${pubstate}" not understood; imported as published`);
  const venue = kind === 'preprint' ? preprintVenue(sourceVenue, ids.arxiv) : sourceVenue;
  const data = defined<PublicationDraft>({
    kind,
    title: mapOptional(text('title'), withoutStyling),
    authors: people.authors,
    etAl: people.etAl || undefined,
    year,
    status,
    month,
    venue,
    editors: editors.length > 0 ? editors : undefined,
    translators: translators.length > 0 ? translators : undefined,
    journal: inJournal ? text('journal') : undefined,
    series: text('series'),
    seriesNumber: numberInSeries ? text('number') : undefined,
    edition: text('edition'),
    volume: corrVolume === undefined ? text('volume') : undefined,
    issue: numberInSeries ? text('issue') : (text('number') ?? text('issue')),
    pages: mapOptional(pages, pageRange),
    articleNumber,
    publisher: publisherBesides(text('publisher'), venue),
    publisherPlace: text('address') ?? text('location'),
    doi: ids.doi,
    arxiv: ids.arxiv,
    pmid: text('pmid'),
    pmcid: text('pmcid'),
    isbn: text('isbn'),
    issn: text('issn'),
    version: text('version'),
    thesisType: kind === 'thesis' ? thesisTypeOf(type, text('type')) : undefined,
    translatedTitle: translatedTitle ? { title: withoutStyling(translatedTitle) } : undefined,
    originalTitle: mapOptional(text('origtitle'), withoutStyling),
    originalLanguage,
    links: links.length > 0 ? links : undefined,
    note: noteBesides(text('note'), ids.arxiv),
    language: context.language,
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

/** A parser message with any long quotation in it shortened. */
function excerptQuotes(message: string): string {
  return message.replace(/"([^"]{61,})"/g, (_quote, quoted: string) => `"${excerpt(quoted)}"`);
}

function syntaxError(error: { error: string; input?: string }, text: string): BibtexSyntaxError {
  // A field the parser fails on gets the whole entry appended after a line break (megabytes for 100,000 authors),
  // and the macro parser adds its offsets within the field: the file line and key say where, so keep the first line.
  const firstLine = error.error.split('\n', 1)[0]!.replace(/ @ \{"start":.*\}$/, '');
  const at = /\s*at line (\d+), column \d+(?: in "[^"]*")?$/.exec(firstLine);
  // Messages can quote the whole entry (100 KB for a runaway one): keep them to a line.
  const message = excerptQuotes((at ? firstLine.slice(0, at.index) : firstLine).trim());
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

/**
 * Formulas (`$^{\\text{x}}$`) are TeX, not text: the parser would turn them into HTML or
 * stop at commands it does not know. They are set aside before parsing (as two
 * noncharacters around their number) and come back as `$…$`, which the site
 * renders as MathML. `\\$` is a dollar sign and stays one.
 */
const MATH_START = '\uFDD2';
const MATH_END = '\uFDD3';
const FORMULA = /(?<!\\)\$((?:\\.|[^$\\\n]|\n(?!\s*\n)){1,300}?)\$/g;

function setFormulasAside(text: string): { text: string; formulas: string[] } {
  const formulas: string[] = [];
  return { text: text.replace(FORMULA, (_, tex: string) => `${MATH_START}${formulas.push(cleanText(tex)) - 1}${MATH_END}`), formulas };
}

const formulasBack = (text: string, formulas: readonly string[]) =>
  text.replace(new RegExp(`${MATH_START}(\\d+)${MATH_END}`, 'g'), (_, index: string) => `$${formulas[Number(index)]}$`);

function fieldsWithFormulas(fields: Fields, formulas: readonly string[]): Fields {
  if (formulas.length === 0) return fields;
  const back = (value: FieldValue): FieldValue =>
    typeof value === 'string'
      ? formulasBack(value, formulas)
      : (value.map((item: string | Creator) =>
          typeof item === 'string'
            ? formulasBack(item, formulas)
            : Object.fromEntries(Object.entries(item).map(([part, text]) => [part, typeof text === 'string' ? formulasBack(text, formulas) : text])),
        ) as FieldValue);
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, value === undefined ? value : back(value)]));
}

/**
 * All entries of a BibTeX file, in file order; any syntax error is reported instead of guessing.
 * `siteLanguage` sets the quotes of `\enquote` in entries that name no language of their own.
 */
export function readBibtex(source: string, kindMap: KindMap = {}, siteLanguage = 'en'): { entries: SourceEntry[]; syntaxErrors: BibtexSyntaxError[] } {
  const text = source.replace(/\r\n?/g, '\n'); // Windows line endings: same lines, one kind of break
  const tooLarge = guardBibtex(text);
  if (tooLarge.length > 0) return { entries: [], syntaxErrors: tooLarge };
  const unknownCommands = new Map<string, string[]>();
  const { text: withoutMath, formulas } = setFormulasAside(text);
  const library = parse(setEnquotesAside(withoutMath).replaceAll('<', LESS_THAN).replaceAll('>', GREATER_THAN), {
    sentenceCase: false,
    applyCrossRef: false,
    unsupported: (_node, tex, entry) => {
      const quote = QUOTE_COMMANDS[tex];
      if (quote !== undefined) return quote;
      unknownCommands.set(entry.key, [...(unknownCommands.get(entry.key) ?? []), plainAngleBrackets(tex)]);
      return tex;
    },
  });
  if (library.errors.length > 0) {
    const plainErrors = library.errors.map(({ error, input }) => ({ error: asWritten(error), ...(input === undefined ? {} : { input: asWritten(input) }) }));
    return { entries: [], syntaxErrors: plainErrors.map((error) => syntaxError(error, text)) };
  }

  const byKey = new Map(library.entries.map((entry) => [entry.key.toLowerCase(), entry]));
  const crossrefOf = (entry: Entry) => (typeof entry.fields['crossref'] === 'string' ? entry.fields['crossref'].toLowerCase() : undefined);
  const childrenOf = new Map<string, string[]>();
  for (const entry of library.entries) {
    const crossref = crossrefOf(entry);
    if (crossref !== undefined) childrenOf.set(crossref, [...(childrenOf.get(crossref) ?? []), entry.key]);
  }
  const lineOf = lineCounter(text);
  let searchFrom = 0;
  const entries = library.entries.map((entry) => {
    const input = formulasBack(asWritten(entry.input), formulas);
    const offset = text.indexOf(input, searchFrom);
    if (offset >= 0) searchFrom = offset + input.length;
    const crossref = crossrefOf(entry);
    const parent = crossref === undefined ? undefined : byKey.get(crossref);
    const fields = { ...inheritedFields(parent), ...(entry.fields as Fields) };
    const language = languageTagOf(textOf(fields, 'langid') ?? textOf(fields, 'language'));
    const notices: string[] = [];
    return readEntry(entry, {
      fields: fieldsWithFormulas(restoredFields(withQuotes(fields, language ?? siteLanguage, notices)), formulas),
      language,
      notices,
      line: lineOf(offset >= 0 ? offset : searchFrom),
      kindMap,
      unknownCommands: unknownCommands.get(entry.key) ?? [],
      containerOf: childrenOf.get(entry.key.toLowerCase()) ?? [],
      crossrefMissing: crossref !== undefined && parent === undefined,
    });
  });
  return { entries, syntaxErrors: [] };
}
