/**
 * The remote sources `npm run import` and `npm run sync` read: DOIs, arXiv ids,
 * ORCID records (works, and employment, education, funding and peer review),
 * DBLP persons, PubMed (PMIDs and searches), OpenAlex authors, Zotero libraries
 * and BibTeX files on the web. Each argument is checked before any request; every
 * request goes through the one HTTP client (tooling/net/http.ts); a failed lookup
 * is one line naming what was looked up.
 */
import { DEFAULT_OPENALEX_ENDPOINT } from '../metrics/openAlex.ts';
import { createProgress, type HttpClient } from '../net/http.ts';
import { fetchArxiv, readArxivArgument, DEFAULT_ARXIV_ENDPOINT } from './arxiv.ts';
import { readBibtex } from './bibtex.ts';
import { fetchDblp, readDblpArgument, BIBTEX_TYPE, DEFAULT_DBLP_ENDPOINT } from './dblp.ts';
import { fetchDoi, readDoiArgument, DEFAULT_DOI_ENDPOINT } from './doi.ts';
import type { ResumeDraft } from './jsonResume.ts';
import { fetchOpenAlexAuthor, readOpenAlexArgument } from './openAlexAuthor.ts';
import { fetchOrcidWorks, readOrcidArgument, DEFAULT_ORCID_ENDPOINT } from './orcid.ts';
import { fetchOrcidSections } from './orcidRecord.ts';
import type { WorkIndex } from './plan.ts';
import { fetchPubmed, readPubmedArgument, DEFAULT_PUBMED_ENDPOINT, type PubmedSource } from './pubmed.ts';
import type { KindMap, SourceEntry } from './sourceEntry.ts';
import { fetchZotero, readZoteroArgument, DEFAULT_ZOTERO_ENDPOINT } from './zotero.ts';

/** The remote sources of one run, each checked. */
export interface Sources {
  readonly dois: readonly string[];
  readonly arxivIds: readonly string[];
  readonly orcids: readonly string[];
  readonly dblp: readonly string[];
  readonly pubmed: readonly PubmedSource[];
  readonly openalex: readonly string[];
  readonly zotero: readonly string[];
  /** BibTeX files on the web (sync's `bibtex:` with an http(s) address). */
  readonly bibtexUrls: readonly string[];
}

/** The same sources as typed: arguments or settings, not yet checked. */
export type SourceArguments = { readonly [K in keyof Sources]: readonly string[] };

export const NO_SOURCES: SourceArguments = { dois: [], arxivIds: [], orcids: [], dblp: [], pubmed: [], openalex: [], zotero: [], bibtexUrls: [] };

/** The sources checked; every argument that is none is named, all at once. */
export function readSources(raw: SourceArguments): { sources: Sources } | { errors: string[] } {
  const errors: string[] = [];
  const check = <T>(values: readonly string[], read: (value: string) => T | { error: string }): T[] =>
    values.flatMap((value) => {
      const result = read(value);
      if (typeof result === 'object' && result !== null && 'error' in result) {
        errors.push(result.error);
        return [];
      }
      return [result as T];
    });
  const sources: Sources = {
    dois: check(raw.dois, readDoiArgument).map((value) => value.doi),
    arxivIds: check(raw.arxivIds, readArxivArgument).map((value) => value.arxiv),
    orcids: check(raw.orcids, readOrcidArgument).map((value) => value.orcid),
    dblp: check(raw.dblp, readDblpArgument).map((value) => value.dblp),
    pubmed: check(raw.pubmed, readPubmedArgument),
    openalex: check(raw.openalex, readOpenAlexArgument).map((value) => value.openalex),
    zotero: check(raw.zotero, readZoteroArgument).map((value) => value.zotero),
    bibtexUrls: check(raw.bibtexUrls, (url) => (/^https?:\/\/\S+$/.test(url) ? url : { error: `${url}: not an http(s) address of a .bib file` })),
  };
  return errors.length > 0 ? { errors } : { sources };
}

/** How many sources there are to ask. */
export const sourceCount = (sources: Sources): number => Object.values(sources).reduce((sum, list: readonly unknown[]) => sum + list.length, 0);

/** Where requests go; each overridable by an environment variable so tests can answer locally. */
export interface Endpoints {
  readonly doi: string;
  readonly arxiv: string;
  readonly orcid: string;
  readonly dblp: string;
  readonly pubmed: string;
  readonly openalex: string;
  readonly zotero: string;
}

export function endpointsFrom(env: NodeJS.ProcessEnv): Endpoints {
  return {
    doi: env['VITA_DOI_ENDPOINT'] || DEFAULT_DOI_ENDPOINT,
    arxiv: env['VITA_ARXIV_ENDPOINT'] || DEFAULT_ARXIV_ENDPOINT,
    orcid: env['VITA_ORCID_ENDPOINT'] || DEFAULT_ORCID_ENDPOINT,
    dblp: env['VITA_DBLP_ENDPOINT'] || DEFAULT_DBLP_ENDPOINT,
    pubmed: env['VITA_PUBMED_ENDPOINT'] || DEFAULT_PUBMED_ENDPOINT,
    openalex: env['VITA_OPENALEX_ENDPOINT'] || DEFAULT_OPENALEX_ENDPOINT,
    zotero: env['VITA_ZOTERO_ENDPOINT'] || DEFAULT_ZOTERO_ENDPOINT,
  };
}

export interface Fetched {
  /** Publications, in source order. */
  readonly entries: SourceEntry[];
  /** Entries of other sections (ORCID's employment, education, funding, peer review). */
  readonly drafts: ResumeDraft[];
  /** Failed lookups, one line each. */
  readonly failures: string[];
}

export interface FetchContext {
  readonly client: HttpClient;
  readonly env: NodeJS.ProcessEnv;
  readonly kindMap: KindMap;
  readonly siteLanguage: string;
  readonly mailto: string | undefined;
  /** Works already known: ORCID asks no further for them. Sync passes none, to see what changed. */
  readonly known: WorkIndex;
}

/** Every source asked in turn: BibTeX on the web, DOIs, arXiv, ORCID, Zotero, DBLP, OpenAlex, PubMed (where one work comes from several, the first wins). */
export async function fetchSources(sources: Sources, context: FetchContext): Promise<Fetched> {
  const endpoints = endpointsFrom(context.env);
  const { client, kindMap } = context;
  const entries: SourceEntry[] = [];
  const drafts: ResumeDraft[] = [];
  const failures: string[] = [];
  const collect = (result: { entries: SourceEntry[]; errors: string[] }) => {
    entries.push(...result.entries);
    failures.push(...result.errors);
  };
  const one = (result: { entry: SourceEntry } | { entries: SourceEntry[] } | { error: string }) => {
    if ('error' in result) failures.push(result.error);
    else entries.push(...('entry' in result ? [result.entry] : result.entries));
  };
  const progress = createProgress(sources.dois.length + sources.arxivIds.length);
  for (const url of sources.bibtexUrls) {
    const answer = await client.get({ url, identifier: url, accept: `${BIBTEX_TYPE}, text/plain` });
    if (!answer.ok) failures.push(answer.message);
    else {
      const { entries: read, syntaxErrors } = readBibtex(answer.text, kindMap, context.siteLanguage);
      if (syntaxErrors.length > 0) failures.push(...syntaxErrors.map((error) => `${url}:${error.line}: ${error.entry}: ${error.message}`));
      else entries.push(...read.map((entry) => ({ ...entry, origin: `${url}:${entry.line ?? ''} ${entry.key}` })));
    }
  }
  for (const doi of sources.dois) {
    one(await fetchDoi(doi, client, endpoints.doi, kindMap));
    progress.step(`doi ${doi}`);
  }
  for (const arxiv of sources.arxivIds) {
    one(await fetchArxiv(arxiv, client, endpoints.arxiv));
    progress.step(`arXiv ${arxiv}`);
  }
  for (const orcid of sources.orcids) {
    let orcidProgress: ReturnType<typeof createProgress> | undefined;
    collect(await fetchOrcidWorks(orcid, { client, endpoints, known: context.known, kindMap, onRequest: (total, label) => (orcidProgress ??= createProgress(total)).step(label) }));
    const sections = await fetchOrcidSections(orcid, { client, endpoint: endpoints.orcid });
    drafts.push(...sections.drafts);
    failures.push(...sections.errors);
  }
  for (const library of sources.zotero) collect(await fetchZotero(library, { client, endpoint: endpoints.zotero, apiKey: context.env['ZOTERO_API_KEY'] || undefined, kindMap }));
  for (const pid of sources.dblp) one(await fetchDblp(pid, { client, endpoint: endpoints.dblp, kindMap, siteLanguage: context.siteLanguage }));
  for (const author of sources.openalex) collect(await fetchOpenAlexAuthor(author, { client, endpoint: endpoints.openalex, mailto: context.mailto, kindMap }));
  if (sources.pubmed.length > 0)
    collect(await fetchPubmed(sources.pubmed, { client, endpoint: endpoints.pubmed, mailto: context.mailto, apiKey: context.env['NCBI_API_KEY'] || undefined }));
  return { entries, drafts, failures };
}
