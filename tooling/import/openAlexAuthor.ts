/**
 * Import an OpenAlex author: every work OpenAlex attributes to an author id
 * (https://openalex.org/A…), 200 a page, following OpenAlex's cursor. This is the
 * honest replacement for importing a Google Scholar profile, which has no API:
 * OpenAlex is open, needs no key and covers what Scholar lists that has a DOI,
 * arXiv id or PubMed id. Works are mapped from OpenAlex's own record: title, type,
 * date, authors as written, venue, volume, issue, pages, DOI, arXiv id, PMID, PMCID
 * and the abstract (rebuilt from OpenAlex's inverted index).
 */
import { publicationKind, type PublicationKind } from '../../src/schemas/publication.ts';
import { bareDoi } from '../../src/schemas/atoms.ts';
import { defined } from '../../src/lib/defined.ts';
import type { HttpClient } from '../net/http.ts';
import { arxivIdIn, cleanText, givenFirstName, isRecord, preprintVenue, type KindMap, type PublicationDraft, type SourceEntry } from './sourceEntry.ts';

const PER_PAGE = 200;
/** 50 pages of 200: more works than any one author has. */
const MAX_PAGES = 50;
/** The fields asked for: what the mapping reads. */
const FIELDS = 'id,doi,title,publication_year,publication_date,type,type_crossref,authorships,primary_location,locations,biblio,ids,abstract_inverted_index,language';

/** OpenAlex types (and Crossref types it passes on) with a publication kind; others need --kind-map. */
const KIND_BY_TYPE: ReadonlyMap<string, PublicationKind> = new Map([
  ['article', 'journal-article'],
  ['review', 'review-article'],
  ['preprint', 'preprint'],
  ['book-chapter', 'book-chapter'],
  ['book', 'book'],
  ['dissertation', 'thesis'],
  ['dataset', 'dataset'],
  ['report', 'report'],
]);

/** An OpenAlex author id as typed or pasted ("A5023888391", "https://openalex.org/A5023888391"); an error names what was given. */
export function readOpenAlexArgument(value: string): { openalex: string } | { error: string } {
  const id = value.trim().replace(/^https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?/i, '');
  return /^A\d{4,12}$/i.test(id)
    ? { openalex: id.toUpperCase() }
    : { error: `${value}: not an OpenAlex author id; expected e.g. A5023888391 (find yours at openalex.org by searching your name)` };
}

type Json = Readonly<Record<string, unknown>>;
const object = (value: unknown): Json => (isRecord(value) ? value : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' ? cleanText(value) || undefined : undefined);

/** The abstract in reading order from OpenAlex's inverted index (word → positions). */
export function abstractFromIndex(index: unknown): string {
  if (!isRecord(index)) return '';
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index))
    if (Array.isArray(positions)) for (const position of positions) if (Number.isInteger(position)) words[position as number] = word;
  return cleanText(words.filter((word) => word !== undefined).join(' '));
}

/** The number after OpenAlex's PubMed and PMC addresses. */
const lastPathPart = (url: string | undefined) => url?.replace(/\/+$/, '').split('/').at(-1);

/** One OpenAlex work mapped to publication fields. */
export function readOpenAlexWork(work: Json, kindMap: KindMap): SourceEntry {
  const id = text(work['id'])?.replace(/^https:\/\/openalex\.org\//, '') ?? '?';
  const type = text(work['type']) ?? 'other';
  const crossrefType = text(work['type_crossref']);
  const source = object(object(work['primary_location'])['source']);
  const venueName = text(source['display_name']);
  const isConference = crossrefType === 'proceedings-article' || source['type'] === 'conference';
  const kind = kindMap[type] ?? (type === 'article' && isConference ? 'conference-paper' : KIND_BY_TYPE.get(type));
  const errors: string[] = [];
  if (kind === undefined) errors.push(`OpenAlex type "${type}" has no publication kind; map it with --kind-map ${type}=<kind> (${publicationKind.options.join(', ')})`);
  const authorships = Array.isArray(work['authorships']) ? work['authorships'].map(object) : [];
  const authors = authorships.flatMap((authorship) => {
    const name = text(authorship['raw_author_name']) ?? text(object(authorship['author'])['display_name']);
    return name === undefined ? [] : [givenFirstName(name)];
  });
  if (authors.length === 0) errors.push('OpenAlex lists no authors for this work');
  const doiValue = text(work['doi']);
  const locations = Array.isArray(work['locations']) ? work['locations'].map(object) : [];
  const arxivFromDoi = doiValue === undefined ? undefined : arxivIdIn(bareDoi(doiValue));
  const arxiv = arxivFromDoi ?? locations.map((location) => arxivIdIn(text(location['landing_page_url']))).find((found) => found !== undefined);
  const doi = doiValue === undefined || arxivFromDoi !== undefined ? undefined : bareDoi(doiValue);
  const ids = object(work['ids']);
  const biblio = object(work['biblio']);
  const first = text(biblio['first_page']);
  const last = text(biblio['last_page']);
  const date = /^(\d{4})-(\d{2})/.exec(text(work['publication_date']) ?? '');
  const year = typeof work['publication_year'] === 'number' ? work['publication_year'] : date ? Number(date[1]) : undefined;
  const pmcid = lastPathPart(text(ids['pmcid']));
  const language = text(work['language']);
  const data = defined<PublicationDraft>({
    kind,
    title: text(work['title']),
    authors,
    year,
    month: date ? Number(date[2]) : undefined,
    venue: kind === 'preprint' ? preprintVenue(venueName, arxiv) : venueName,
    volume: text(biblio['volume']),
    issue: text(biblio['issue']),
    pages: first === undefined ? undefined : last === undefined || last === first ? first : `${first}-${last}`,
    doi,
    arxiv,
    pmid: lastPathPart(text(ids['pmid'])),
    pmcid: pmcid === undefined ? undefined : pmcid.startsWith('PMC') ? pmcid : `PMC${pmcid}`,
    language: language !== undefined && /^[a-z]{2}$/.test(language) ? language : undefined,
  });
  const notImported = [
    ...(authorships.some((authorship) => Array.isArray(authorship['institutions']) && authorship['institutions'].length > 0) ? ['authorships.institutions'] : []),
    ...(locations.length > 1 ? ['locations'] : []),
  ];
  return { key: `OpenAlex ${id}`, type, origin: `OpenAlex ${id}`, data, body: abstractFromIndex(work['abstract_inverted_index']), notImported, notices: [], errors };
}

/** Every work of an OpenAlex author as source entries; failures as one line each. */
export async function fetchOpenAlexAuthor(
  author: string,
  context: { client: HttpClient; endpoint: string; mailto: string | undefined; kindMap: KindMap },
): Promise<{ entries: SourceEntry[]; errors: string[] }> {
  const entries: SourceEntry[] = [];
  let cursor: string | undefined = '*';
  for (let page = 1; cursor !== undefined && page <= MAX_PAGES; page++) {
    const query = new URLSearchParams({ filter: `author.id:${author}`, 'per-page': String(PER_PAGE), select: FIELDS, cursor });
    if (context.mailto !== undefined) query.set('mailto', context.mailto);
    const url = `${context.endpoint.replace(/\/+$/, '')}/works?${query}`;
    const answer = await context.client.get({ url, identifier: `OpenAlex ${author}`, accept: 'application/json' });
    if (!answer.ok) return { entries, errors: [answer.message] };
    let json: unknown;
    try {
      json = JSON.parse(answer.text);
    } catch {
      json = undefined;
    }
    const results = object(json)['results'];
    if (!Array.isArray(results)) return { entries, errors: [`OpenAlex ${author}: ${new URL(url).host} answered with something that is not an OpenAlex works list`] };
    entries.push(...results.map((work) => readOpenAlexWork(object(work), context.kindMap)));
    const next = object(object(json)['meta'])['next_cursor'];
    cursor = results.length > 0 && typeof next === 'string' && next !== '' ? next : undefined;
  }
  return { entries, errors: [] };
}
