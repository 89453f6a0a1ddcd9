/**
 * Import by arXiv id: the arXiv API's Atom feed mapped to a preprint. When arXiv
 * lists a journal DOI for the paper, the entry says so and names the DOI import.
 * Character references are decoded here, not by the XML parser: XML's five and
 * numeric ones; any other (`&lol9;`, which no arXiv feed declares) is left out and
 * reported, never kept as text.
 */
import { XMLParser } from 'fast-xml-parser';
import { ARXIV_ID, unversionedArxiv } from '../../src/schemas/atoms.ts';
import { defined } from '../../src/lib/defined.ts';
import { decodeEntities } from '../../src/lib/text/entities.ts';
import type { HttpClient } from '../net/http.ts';
import { arxivIdIn, cleanText, givenFirstName, isRecord, shownValue, type PublicationDraft, type SourceEntry } from './sourceEntry.ts';

export const DEFAULT_ARXIV_ENDPOINT = 'https://export.arxiv.org/api/query';
export const ATOM_TYPE = 'application/atom+xml';

/** An arXiv id as typed or pasted (arXiv:…, an abs/ or pdf/ URL) checked and made bare; an error names what was given. */
export function readArxivArgument(value: string): { arxiv: string } | { error: string } {
  const arxiv = arxivIdIn(value) ?? value.trim();
  return ARXIV_ID.test(arxiv) ? { arxiv } : { error: `${value}: not an arXiv id; expected e.g. 2206.03208 or cs/0112017` };
}

/** An Atom entry as the parser gives it: each element text, or an object or a list when the answer nests or repeats it. */
interface AtomEntry {
  readonly id?: unknown;
  readonly title?: unknown;
  readonly summary?: unknown;
  readonly published?: unknown;
  readonly author?: readonly unknown[];
  readonly 'arxiv:doi'?: unknown;
  readonly 'arxiv:journal_ref'?: unknown;
  readonly 'arxiv:comment'?: unknown;
  readonly category?: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  isArray: (name) => name === 'entry' || name === 'author',
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
});

/** A character reference set aside before parsing, between two noncharacters, to be decoded (or left out) afterwards. */
const REFERENCE_START = '\uFDD6';
const REFERENCE_END = '\uFDD7';
const SET_ASIDE = new RegExp(`${REFERENCE_START}([^${REFERENCE_END}]*)${REFERENCE_END}`, 'g');

/** Every string in a parsed value, with its set-aside references decoded; names no one declared are collected in `unknown`. */
function withReferences<T>(value: T, unknown: Set<string>): T {
  if (typeof value === 'string') {
    return value.replace(SET_ASIDE, (_, name: string) => {
      if (name.startsWith('#')) return decodeEntities(`&${name};`);
      unknown.add(`&${name};`);
      return '';
    }) as T;
  }
  if (Array.isArray(value)) return value.map((item) => withReferences(item, unknown)) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withReferences(item, unknown)])) as T;
  return value;
}

/** The entries of an arXiv Atom feed and the undeclared references left out of them; undefined when it is not one. */
function atomEntries(xml: string): { entries: AtomEntry[]; unknown: string[] } | undefined {
  const marked = xml.replace(/&(?!(?:amp|lt|gt|quot|apos);)(#x[0-9a-f]+|#\d+|[a-z][\w.-]*);/gi, `${REFERENCE_START}$1${REFERENCE_END}`);
  try {
    const feed = (parser.parse(marked) as { feed?: { entry?: AtomEntry[] } }).feed;
    if (feed === undefined) return undefined;
    const unknown = new Set<string>();
    return { entries: withReferences(feed.entry ?? [], unknown), unknown: [...unknown] };
  } catch {
    return undefined;
  }
}

/** The entry's elements with no place in a publication file, as arXiv names them (links, dates and ids are arXiv's bookkeeping). */
function arxivNotImported(atom: AtomEntry): string[] {
  return [
    ...(atom['arxiv:comment'] === undefined ? [] : ['arxiv:comment']),
    ...(atom.category === undefined ? [] : ['category']),
    ...((atom.author ?? []).some((author) => isRecord(author) && author['arxiv:affiliation'] !== undefined) ? ['arxiv:affiliation'] : []),
  ];
}

/** The feed's one entry mapped to a preprint: authors, first-version date, unversioned id, abstract as the body. */
export function readArxivEntry(atom: AtomEntry, arxiv: string): SourceEntry {
  const errors: string[] = [];
  /** An element's text; an element that holds others, or comes twice, is an error of the entry. */
  const text = (value: unknown, element: string) => {
    if (value === undefined || typeof value === 'string') return value === undefined ? undefined : cleanText(value);
    errors.push(`${element}: expected text; found ${shownValue(value)}`);
    return undefined;
  };
  const published = /^(\d{4})-(\d{2})/.exec(text(atom.published, 'published') ?? '');
  const journalDoi = text(atom['arxiv:doi'], 'arxiv:doi');
  const journalRef = text(atom['arxiv:journal_ref'], 'arxiv:journal_ref');
  const authors = (atom.author ?? []).flatMap((author) => {
    const name = text(isRecord(author) ? author['name'] : author, 'author.name');
    return name === undefined ? [] : [givenFirstName(name)];
  });
  const data = defined<PublicationDraft>({
    kind: 'preprint',
    title: text(atom.title, 'title'),
    authors,
    year: published ? Number(published[1]) : undefined,
    month: published ? Number(published[2]) : undefined,
    venue: 'arXiv',
    arxiv: unversionedArxiv(arxiv),
  });
  const notices =
    journalDoi === undefined ? [] : [`arXiv lists the journal version ${journalDoi}${journalRef ? ` (${journalRef})` : ''}; import it instead with --doi ${journalDoi}`];
  return {
    key: arxiv,
    type: 'arxiv',
    origin: `arXiv ${arxiv}`,
    data,
    body: text(atom.summary, 'summary') ?? '',
    notImported: arxivNotImported(atom),
    notices,
    errors,
    ...(journalDoi === undefined ? {} : { journalDoi }),
  };
}

/** One preprint by arXiv id, or a one-line error naming the id. */
export async function fetchArxiv(arxiv: string, client: HttpClient, endpoint: string): Promise<{ entry: SourceEntry } | { error: string }> {
  const url = `${endpoint}?id_list=${encodeURIComponent(arxiv)}&max_results=1`;
  const answer = await client.get({ url, identifier: arxiv, accept: ATOM_TYPE });
  if (!answer.ok) return { error: answer.message };
  const host = new URL(url).host;
  const feed = atomEntries(answer.text);
  if (feed === undefined) return { error: `${arxiv}: ${host} answered with something that is not an Atom feed` };
  const entry = feed.entries[0];
  // arXiv answers an unknown id with an empty feed, and a malformed one with an entry titled "Error".
  if (entry === undefined || entry.id === undefined) return { error: `${arxiv}: not found at ${host}` };
  if (entry.title === 'Error') return { error: `${arxiv}: ${host} refused it (${typeof entry.summary === 'string' ? cleanText(entry.summary) : 'no reason given'})` };
  const read = readArxivEntry(entry, arxiv);
  if (feed.unknown.length === 0) return { entry: read };
  const notice = `left out ${feed.unknown.join(', ')}: ${feed.unknown.length === 1 ? 'an entity' : 'entities'} that ${host}'s feed does not declare`;
  return { entry: { ...read, notices: [...read.notices, notice] } };
}
