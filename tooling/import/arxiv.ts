/**
 * Import by arXiv id: the arXiv API's Atom feed mapped to a preprint. When arXiv
 * lists a journal DOI for the paper, the entry says so and names the DOI import.
 */
import { XMLParser } from 'fast-xml-parser';
import { ARXIV_ID, unversionedArxiv } from '../../src/schemas/atoms.ts';
import { defined } from '../../src/lib/defined.ts';
import type { HttpClient } from '../net/http.ts';
import { arxivIdIn, cleanText, givenFirstName, type PublicationDraft, type SourceEntry } from './sourceEntry.ts';

export const DEFAULT_ARXIV_ENDPOINT = 'https://export.arxiv.org/api/query';
export const ATOM_TYPE = 'application/atom+xml';

/** An arXiv id as typed or pasted (arXiv:…, an abs/ or pdf/ URL) checked and made bare; an error names what was given. */
export function readArxivArgument(value: string): { arxiv: string } | { error: string } {
  const arxiv = arxivIdIn(value) ?? value.trim();
  return ARXIV_ID.test(arxiv) ? { arxiv } : { error: `${value}: not an arXiv id; expected e.g. 2206.03208 or cs/0112017` };
}

interface AtomEntry {
  readonly id?: string;
  readonly title?: string;
  readonly summary?: string;
  readonly published?: string;
  readonly author?: { readonly name?: string; readonly 'arxiv:affiliation'?: unknown }[];
  readonly 'arxiv:doi'?: string;
  readonly 'arxiv:journal_ref'?: string;
  readonly 'arxiv:comment'?: unknown;
  readonly category?: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  isArray: (name) => name === 'entry' || name === 'author',
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
});

/** The entries of an arXiv Atom feed; undefined when it is not one. */
function atomEntries(xml: string): AtomEntry[] | undefined {
  try {
    const feed = (parser.parse(xml) as { feed?: { entry?: AtomEntry[] } }).feed;
    return feed === undefined ? undefined : (feed.entry ?? []);
  } catch {
    return undefined;
  }
}

/** The entry's elements with no place in a publication file, as arXiv names them (links, dates and ids are arXiv's bookkeeping). */
function arxivNotImported(atom: AtomEntry): string[] {
  return [
    ...(atom['arxiv:comment'] === undefined ? [] : ['arxiv:comment']),
    ...(atom.category === undefined ? [] : ['category']),
    ...((atom.author ?? []).some((author) => author['arxiv:affiliation'] !== undefined) ? ['arxiv:affiliation'] : []),
  ];
}

/** The feed's one entry mapped to a preprint: authors, first-version date, unversioned id, abstract as the body. */
export function readArxivEntry(atom: AtomEntry, arxiv: string): SourceEntry {
  const published = /^(\d{4})-(\d{2})/.exec(atom.published ?? '');
  const journalDoi = atom['arxiv:doi'] === undefined ? undefined : cleanText(atom['arxiv:doi']);
  const journalRef = atom['arxiv:journal_ref'] === undefined ? undefined : cleanText(atom['arxiv:journal_ref']);
  const data = defined<PublicationDraft>({
    kind: 'preprint',
    title: atom.title === undefined ? undefined : cleanText(atom.title),
    authors: (atom.author ?? []).flatMap((author) => (author.name === undefined ? [] : [givenFirstName(author.name)])),
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
    body: cleanText(atom.summary ?? ''),
    notImported: arxivNotImported(atom),
    notices,
    errors: [],
    ...(journalDoi === undefined ? {} : { journalDoi }),
  };
}

/** One preprint by arXiv id, or a one-line error naming the id. */
export async function fetchArxiv(arxiv: string, client: HttpClient, endpoint: string): Promise<{ entry: SourceEntry } | { error: string }> {
  const url = `${endpoint}?id_list=${encodeURIComponent(arxiv)}&max_results=1`;
  const answer = await client.get({ url, identifier: arxiv, accept: ATOM_TYPE });
  if (!answer.ok) return { error: answer.message };
  const host = new URL(url).host;
  const entries = atomEntries(answer.text);
  if (entries === undefined) return { error: `${arxiv}: ${host} answered with something that is not an Atom feed` };
  const entry = entries[0];
  // arXiv answers an unknown id with an empty feed, and a malformed one with an entry titled "Error".
  if (entry === undefined || entry.id === undefined) return { error: `${arxiv}: not found at ${host}` };
  if (entry.title === 'Error') return { error: `${arxiv}: ${host} refused it (${cleanText(entry.summary ?? 'no reason given')})` };
  return { entry: readArxivEntry(entry, arxiv) };
}
