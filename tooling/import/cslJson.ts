/**
 * Reads CSL-JSON (what Zotero, Pandoc and citeproc exchange) and maps each item
 * to publication fields. Pure: the file's text in, entries or one error out.
 */
import { publicationKind } from '../../src/schemas/publication.ts';
import { KIND_BY_CSL_GENRE, KIND_BY_CSL_TYPE, kindOf as definitionOf, thesisTypeOf } from '../../src/schemas/publicationKinds.ts';
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
  isRecord,
  pagesOrArticleNumber,
  shownValue,
  statusByWord,
  withoutStyling,
  yearNumber,
  organization,
  type DraftAuthor,
  type KindMap,
  type PublicationDraft,
  type SourceEntry,
} from './sourceEntry.ts';
import { bareDoi } from '../../src/schemas/atoms.ts';
import { CSL_STATUS } from '../../src/lib/formats/csl.ts';
import { defined } from '../../src/lib/defined.ts';
import { decodeEntities } from '../../src/lib/text/entities.ts';

/** Fields read into the publication or used to decide it; every other field is reported as not imported. */
const READ_FIELDS = new Set([
  'id',
  'citation-key',
  'type',
  'genre',
  'title',
  'author',
  'issued',
  'container-title',
  'collection-title',
  'volume',
  'issue',
  'page',
  'number',
  'article-number',
  'publisher',
  'publisher-place',
  'DOI',
  'URL',
  'note',
  'abstract',
  'language',
  'status',
  'editor',
  'translator',
  'collection-number',
  'edition',
  'version',
  'original-title',
  'event-title',
  'ISBN',
  'ISSN',
  'PMID',
  'PMCID',
]);

interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly literal?: string;
  readonly 'dropping-particle'?: string;
  readonly 'non-dropping-particle'?: string;
  readonly suffix?: string;
}
export type CslItem = Readonly<Record<string, unknown>> & { readonly type: string };

export function isCslItem(value: unknown): value is CslItem {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * A string or number field as one line of text; of a list (Crossref writes some titles as
 * lists), the first. Any other value is an error of the item, named with the field.
 */
function textOf(item: CslItem, name: string, errors: string[]): string | undefined {
  const field = item[name];
  const value = Array.isArray(field) ? field[0] : field;
  if (typeof value === 'string' || typeof value === 'number') return cleanText(String(value)) || undefined;
  if (value !== undefined && value !== null) errors.push(`${name}: expected text; found ${shownValue(field)}`);
  return undefined;
}

/**
 * An abstract as Markdown paragraphs. Crossref delivers JATS XML
 * (`<jats:title>Abstract</jats:title><jats:p>…</jats:p>`): its paragraphs are kept,
 * the "Abstract" heading and other markup dropped.
 */
export function abstractText(abstract: string): string {
  if (!/<jats:/.test(abstract)) return abstract.normalize('NFC').trim();
  return abstract
    .replace(/<jats:title>[^<]*<\/jats:title>/g, '')
    .split(/<\/jats:p>/)
    .map((paragraph) => cleanText(decodeEntities(paragraph.replace(/<[^>]*>/g, ''))))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

const NAME_PARTS = ['family', 'given', 'literal', 'dropping-particle', 'non-dropping-particle', 'suffix'] as const;

/** A CSL name whose parts are all text (or absent). */
function isCslName(value: unknown): value is CslName {
  return isRecord(value) && NAME_PARTS.every((part) => value[part] === undefined || typeof value[part] === 'string');
}

/** People in CV style; a `literal` name is an organisation ("World Health Organization"). What is no list of names is an error of the item. */
function authorsOf(names: unknown, field: string, errors: string[]): DraftAuthor[] {
  if (names === undefined) return [];
  if (!Array.isArray(names)) {
    errors.push(`${field}: expected a list of names; found ${shownValue(names)}`);
    return [];
  }
  return names.flatMap((name: unknown, index) => {
    if (!isCslName(name)) {
      errors.push(`${field}[${index}]: expected a name such as {"family": "Doe", "given": "Jane"}; found ${shownValue(name)}`);
      return [];
    }
    if (name.literal !== undefined) return [organization(name.literal)];
    const family = [name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' ');
    return [authorName(family, name.given ?? '')];
  });
}

/** CSL's free-text `status` → the schema's status: the export's table read backwards, and the biblatex words some tools write. */
const STATUS_BY_CSL: Readonly<Record<string, PublicationDraft['status']>> = { ...statusByWord(CSL_STATUS), forthcoming: 'accepted', inpress: 'in-press' };

/** Year and month from `issued`: `{ "date-parts": [[2019, 3]] }`, or `{ "raw": "2019-03" }`. */
function issuedOf(issued: unknown): { year?: number; month?: number; unreadable?: string } {
  const { 'date-parts': parts, raw } = isRecord(issued) ? issued : {};
  const first: unknown = Array.isArray(parts) ? parts[0] : undefined;
  const [yearPart, monthPart] = Array.isArray(first) ? first.map(String) : [];
  const written = yearPart ?? (typeof raw === 'string' ? raw : undefined);
  if (written === undefined) return {};
  const year = yearNumber(written);
  const monthText = monthPart ?? /^\d{4}-(\d{2})/.exec(written)?.[1];
  return year === undefined ? { unreadable: written } : defined({ year, month: mapOptional(monthText, monthNumber) });
}

/** One CSL-JSON item (a file's, or a DOI's from content negotiation) mapped to publication fields. */
export function readCslItem(item: CslItem, index: number, kindMap: KindMap): SourceEntry {
  const errors: string[] = [];
  const notices: string[] = [];
  const text = (name: string) => textOf(item, name, errors);
  const key = text('citation-key') ?? text('id') ?? `item ${index + 1}`;

  const containerTitle = mapOptional(text('container-title'), withoutStyling);
  const numberArxiv = arxivIdIn(text('number'));
  const doi = text('DOI');
  const { links, ...ids } = readUrl(text('URL'), {
    doi: mapOptional(doi, bareDoi),
    arxiv: numberArxiv ?? arxivIdIn(doi),
  });
  const editorsOnly = !Array.isArray(item['author']) && Array.isArray(item['editor']);
  const translated = Array.isArray(item['translator']) && item['translator'].length > 0;
  // A genre of our own export ("Review article") tells kinds apart that share a CSL type.
  const byGenre = KIND_BY_CSL_GENRE.get(text('genre')?.toLowerCase() ?? '');
  const kind =
    kindMap[item.type] ??
    (item.type === 'article-journal' && isArxivVenue(containerTitle)
      ? 'preprint'
      : item.type === 'book' && editorsOnly
        ? 'edited-volume'
        : item.type === 'book' && translated
          ? 'translation'
          : byGenre !== undefined && definitionOf(byGenre).csl === item.type
            ? byGenre
            : KIND_BY_CSL_TYPE.get(item.type));
  const status = mapOptional(text('status'), (value) => STATUS_BY_CSL[value.toLowerCase()]);
  if (kind === undefined) {
    errors.push(`CSL type "${item.type}" has no publication kind; map it with --kind-map ${item.type}=<kind> (${publicationKind.options.join(', ')})`);
  }

  const issued = issuedOf(item['issued'] ?? item['published-print'] ?? item['published-online']);
  if (issued.unreadable !== undefined) errors.push(`issued: "${issued.unreadable}" is not a year such as 2019`);
  const language = text('language');
  const isTag = language !== undefined && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language);
  if (language !== undefined && !isTag) notices.push(`language "${language}" is not a language tag such as "de"; left out`);

  // A conference paper in a journal issue: the journal is the container, the conference the event.
  const eventTitle = kind === 'conference-paper' ? mapOptional(text('event-title'), withoutStyling) : undefined;
  const venue = kind === 'preprint' ? preprintVenue(containerTitle, ids.arxiv) : (eventTitle ?? containerTitle);
  const creators = kind === undefined ? 'author' : definitionOf(kind).creators;
  const editors = creators === 'editor' ? [] : authorsOf(item['editor'], 'editor', errors);
  const translators = authorsOf(item['translator'], 'translator', errors);
  const pages = pagesOrArticleNumber(text('page'), text('article-number') ?? (numberArxiv === undefined ? text('number') : undefined));
  if (pages.notice !== undefined) notices.push(pages.notice);
  const abstract = item['abstract'];
  if (abstract !== undefined && typeof abstract !== 'string') errors.push(`abstract: expected text; found ${shownValue(abstract)}`);
  const data = defined<PublicationDraft>({
    kind,
    title: mapOptional(text('title'), withoutStyling),
    authors: authorsOf(item[creators], creators, errors),
    editors: editors.length > 0 ? editors : undefined,
    translators: translators.length > 0 ? translators : undefined,
    journal: eventTitle === undefined ? undefined : containerTitle,
    seriesNumber: text('collection-number'),
    edition: text('edition'),
    version: text('version'),
    isbn: text('ISBN'),
    issn: text('ISSN'),
    pmid: text('PMID'),
    pmcid: text('PMCID'),
    thesisType: kind === 'thesis' ? thesisTypeOf(undefined, text('genre')) : undefined,
    originalTitle: mapOptional(text('original-title'), withoutStyling),
    year: issued.year,
    status,
    month: issued.month,
    venue,
    series: text('collection-title'),
    volume: text('volume'),
    issue: text('issue'),
    pages: mapOptional(pages.pages, pageRange),
    articleNumber: pages.articleNumber,
    publisher: publisherBesides(text('publisher'), venue),
    publisherPlace: text('publisher-place'),
    doi: ids.doi,
    arxiv: ids.arxiv,
    links: links.length > 0 ? links : undefined,
    note: noteBesides(text('note'), ids.arxiv),
    // Written only where it differs from the site's language (publicationFile.ts).
    language: isTag ? language : undefined,
  });
  return {
    key,
    type: item.type,
    data,
    body: typeof abstract === 'string' ? abstractText(abstract) : '',
    notImported: Object.keys(item).filter((name) => !READ_FIELDS.has(name)),
    notices,
    errors,
  };
}

/** All items of a CSL-JSON file (a list of items, or one item), in file order. */
export function readCslJson(text: string, kindMap: KindMap = {}): { entries: SourceEntry[] } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  const items: unknown[] = Array.isArray(json) ? json : [json];
  if (!items.every(isCslItem)) return { error: 'not CSL-JSON: expected a list of items, each with a "type"' };
  return { entries: items.map((item, index) => readCslItem(item, index, kindMap)) };
}
