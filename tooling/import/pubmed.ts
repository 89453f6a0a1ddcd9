/**
 * Import from PubMed through NCBI's E-utilities: articles by PMID, or every
 * article a search finds (an ORCID iD is searched as `<iD>[auid]`, anything else
 * as PubMed's own query, e.g. `Lovelace A[au]`). ESearch (JSON) gives the PMIDs,
 * EFetch (PubMed XML, 200 at a time) the records. Requests carry `tool` and, when
 * known, `email`, as NCBI asks; an API key from NCBI_API_KEY raises the rate limit
 * and is never required.
 */
import { XMLParser } from 'fast-xml-parser';
import { PMID } from '../../src/schemas/atoms.ts';
import { defined } from '../../src/lib/defined.ts';
import { decodeEntities } from '../../src/lib/text/entities.ts';
import type { HttpClient } from '../net/http.ts';
import { readOrcidArgument } from './orcid.ts';
import { authorName, cleanText, isRecord, organization, pageRange, type DraftAuthor, type PublicationDraft, type SourceEntry } from './sourceEntry.ts';

export const DEFAULT_PUBMED_ENDPOINT = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils';

/** EFetch takes this many PMIDs per request in a GET. */
const BATCH_SIZE = 200;
/** More than a career's articles; ESearch returns at most 9,999 ids. */
const MAX_RESULTS = 5000;

/** What `--pubmed` names: one article, or a search. */
export type PubmedSource = { readonly pmid: string } | { readonly query: string };

/** A PMID, an ORCID iD (searched as the author's iD) or a PubMed query. */
export function readPubmedArgument(value: string): PubmedSource | { error: string } {
  const trimmed = value.trim().replace(/^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)\/?$/i, '$1');
  if (PMID.test(trimmed)) return { pmid: trimmed };
  const orcid = readOrcidArgument(trimmed);
  if ('orcid' in orcid) return { query: `${orcid.orcid}[auid]` };
  return trimmed === '' ? { error: `"${value}": expected a PMID such as 30858366, an ORCID iD, or a PubMed query such as "Lovelace A[au]"` } : { query: trimmed };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  processEntities: false,
  isArray: (name) => ['PubmedArticle', 'PubmedBookArticle', 'Author', 'ArticleId', 'ELocationID', 'PublicationType', 'AbstractText'].includes(name),
  stopNodes: ['*.ArticleTitle', '*.AbstractText'],
});

type Node = Readonly<Record<string, unknown>>;
const node = (value: unknown): Node => (isRecord(value) ? value : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
/** An element's text, whether it has attributes (`{ '#text': … }`) or not. */
const textOf = (value: unknown): string | undefined => {
  const raw = typeof value === 'string' ? value : isRecord(value) && typeof value['#text'] === 'string' ? value['#text'] : undefined;
  return raw === undefined ? undefined : cleanText(decodeEntities(raw)) || undefined;
};

/** Inline markup PubMed keeps in titles and abstracts that a title may hold; any other tag goes, its text stays. */
const richText = (raw: string): string => cleanText(decodeEntities(raw.replace(/<(?!\/?(?:i|b|sup|sub)>)[^>]*>/g, '')));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Mar", "03" or "3" → 3. */
function monthOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\d{1,2}$/.test(value) ? Number(value) : MONTHS.indexOf(value.slice(0, 3).toLowerCase()) + 1;
  return number >= 1 && number <= 12 ? number : undefined;
}

/** PubMed's language codes (ISO 639-2) vita reads; others are reported. */
const LANGUAGES: Readonly<Record<string, string>> = { eng: 'en', ger: 'de', fre: 'fr', spa: 'es', ita: 'it', por: 'pt', dut: 'nl', jpn: 'ja', chi: 'zh', rus: 'ru' };

/** Elements of a record that a publication file has no place for, as PubMed names them. */
const NOT_IMPORTED = ['MeshHeadingList', 'KeywordList', 'GrantList', 'ChemicalList', 'CommentsCorrectionsList'] as const;

/** One PubmedArticle mapped to publication fields. */
export function readPubmedArticle(article: Node): SourceEntry {
  const citation = node(article['MedlineCitation']);
  const pmid = textOf(citation['PMID']) ?? '?';
  const body = node(citation['Article']);
  const journal = node(body['Journal']);
  const issue = node(journal['JournalIssue']);
  const date = node(issue['PubDate']);
  const errors: string[] = [];
  const notImported: string[] = NOT_IMPORTED.filter((name) => citation[name] !== undefined);
  const rawTitle = body['ArticleTitle'];
  const title = typeof rawTitle === 'string' ? richText(rawTitle).replace(/\.$/, '') : undefined;
  if (title === undefined || title === '') errors.push('ArticleTitle: PubMed gives no title');
  const authors: DraftAuthor[] = list(node(body['AuthorList'])['Author']).flatMap((value) => {
    const author = node(value);
    const collective = textOf(author['CollectiveName']);
    if (collective !== undefined) return [organization(collective)];
    const family = textOf(author['LastName']);
    if (family === undefined) return [];
    if (author['AffiliationInfo'] !== undefined) notImported.push('AffiliationInfo');
    if (author['Identifier'] !== undefined) notImported.push('Author.Identifier');
    return [authorName(family, textOf(author['ForeName']) ?? textOf(author['Initials']) ?? '')];
  });
  if (authors.length === 0) errors.push('AuthorList: PubMed lists no authors for this article');
  const ids = new Map(list(node(node(article['PubmedData'])['ArticleIdList'])['ArticleId']).map((id) => [String(node(id)['@IdType']), textOf(id)] as const));
  const eDoi = list(body['ELocationID']).find((id) => node(id)['@EIdType'] === 'doi');
  const types = list(node(body['PublicationTypeList'])['PublicationType']).map((type) => textOf(type)?.toLowerCase());
  const kind = types.includes('preprint') ? 'preprint' : types.includes('review') || types.includes('systematic review') ? 'review-article' : 'journal-article';
  const year = textOf(date['Year']) ?? /^\d{4}/.exec(textOf(date['MedlineDate']) ?? '')?.[0];
  const pagination = textOf(node(body['Pagination'])['MedlinePgn']);
  const language = textOf(body['Language']);
  if (language !== undefined && LANGUAGES[language] === undefined) notImported.push('Language');
  const data = defined<PublicationDraft>({
    kind,
    title,
    authors,
    year: year === undefined ? undefined : Number(year),
    month: monthOf(textOf(date['Month'])),
    venue: textOf(journal['Title']),
    volume: textOf(issue['Volume']),
    issue: textOf(issue['Issue']),
    pages: pagination !== undefined && /^[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?$/.test(pagination) ? pageRange(pagination) : undefined,
    doi: ids.get('doi') ?? textOf(eDoi),
    pmid: PMID.test(pmid) ? pmid : undefined,
    pmcid: ids.get('pmc'),
    issn: textOf(journal['ISSN']),
    language: language === undefined ? undefined : LANGUAGES[language],
  });
  const abstract = list(node(body['Abstract'])['AbstractText'])
    .map((part) => {
      const raw = typeof part === 'string' ? part : isRecord(part) && typeof part['#text'] === 'string' ? part['#text'] : '';
      const label = isRecord(part) && typeof part['@Label'] === 'string' ? `**${part['@Label'].charAt(0)}${part['@Label'].slice(1).toLowerCase()}.** ` : '';
      const text = richText(raw);
      return text === '' ? '' : `${label}${text}`;
    })
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return { key: `PubMed ${pmid}`, type: kind, origin: `PubMed ${pmid}`, data, body: abstract, notImported: [...new Set(notImported)], notices: [], errors };
}

function parse(text: string): Node | undefined {
  try {
    return node(parser.parse(text));
  } catch {
    return undefined;
  }
}

export interface PubmedContext {
  readonly client: HttpClient;
  readonly endpoint: string;
  readonly mailto: string | undefined;
  readonly apiKey: string | undefined;
}

/** tool, email and api_key, as NCBI asks of every request. */
function etiquette(context: PubmedContext): Record<string, string> {
  return defined({ tool: 'vita', email: context.mailto, api_key: context.apiKey }) as Record<string, string>;
}

/** The PMIDs a PubMed search finds, or a one-line error. */
async function search(query: string, context: PubmedContext): Promise<{ pmids: string[] } | { error: string }> {
  const url = `${context.endpoint.replace(/\/+$/, '')}/esearch.fcgi?${new URLSearchParams({ db: 'pubmed', term: query, retmode: 'json', retmax: String(MAX_RESULTS), ...etiquette(context) })}`;
  const answer = await context.client.get({ url, identifier: `PubMed search "${query}"`, accept: 'application/json' });
  if (!answer.ok) return { error: answer.message };
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    json = undefined;
  }
  const result = node(node(json)['esearchresult']);
  const ids = result['idlist'];
  if (typeof result['ERROR'] === 'string') return { error: `PubMed search "${query}": ${new URL(url).host} refused it (${result['ERROR']})` };
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && PMID.test(id)))
    return { error: `PubMed search "${query}": ${new URL(url).host} answered with something that is not an ESearch result` };
  return { pmids: ids as string[] };
}

/** The articles of the PMIDs and searches, each once, in the order found; failures as one line each. */
export async function fetchPubmed(sources: readonly PubmedSource[], context: PubmedContext): Promise<{ entries: SourceEntry[]; errors: string[] }> {
  const errors: string[] = [];
  const pmids: string[] = [];
  for (const source of sources) {
    if ('pmid' in source) pmids.push(source.pmid);
    else {
      const found = await search(source.query, context);
      if ('error' in found) errors.push(found.error);
      else pmids.push(...found.pmids);
    }
  }
  const unique = [...new Set(pmids)];
  const entries: SourceEntry[] = [];
  for (let start = 0; start < unique.length; start += BATCH_SIZE) {
    const batch = unique.slice(start, start + BATCH_SIZE);
    const url = `${context.endpoint.replace(/\/+$/, '')}/efetch.fcgi?${new URLSearchParams({ db: 'pubmed', id: batch.join(','), retmode: 'xml', ...etiquette(context) })}`;
    const label = batch.length === 1 ? `PMID ${batch[0]}` : `PMIDs ${batch[0]}…${batch.at(-1)}`;
    const answer = await context.client.get({ url, identifier: label, accept: 'application/xml' });
    if (!answer.ok) {
      errors.push(answer.message);
      continue;
    }
    const set = parse(answer.text)?.['PubmedArticleSet'];
    if (set === undefined) {
      errors.push(`${label}: ${new URL(url).host} answered with something that is not PubMed XML`);
      continue;
    }
    const asked = new Set(batch);
    const articles = list(node(set)['PubmedArticle'])
      .map((article) => readPubmedArticle(node(article)))
      .filter((entry) => asked.has(String(entry.data.pmid)));
    const found = new Set(articles.map((entry) => String(entry.data.pmid)));
    for (const pmid of batch)
      if (!found.has(pmid))
        errors.push(`PMID ${pmid}: not found at ${new URL(url).host}${list(node(set)['PubmedBookArticle']).length > 0 ? ' (book records are not imported)' : ''}`);
    entries.push(...articles);
  }
  return { entries, errors };
}
