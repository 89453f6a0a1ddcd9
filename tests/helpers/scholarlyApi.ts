/**
 * The recorded answers of every scholarly API vita reads (tests/fixtures/scholarly/),
 * served by the local stand-in (recordedApi.ts) at the paths the commands ask for,
 * and the commands run as child processes pointed at it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import type { RecordedApi } from './recordedApi.ts';

/** A recorded answer's text. */
export const recorded = (name: string): string => readFileSync(join(ROOT, 'tests', 'fixtures', 'scholarly', name), 'utf8');

export const JSON_TYPE = { 'Content-Type': 'application/json' };
/** ORCID's test record (Josiah Carberry). */
export const ORCID = '0000-0002-1825-0097';
export const DBLP_PERSON = '183/8367';
export const OPENALEX_AUTHOR = 'A5023888391';
export const ZOTERO_LIBRARY = 'users/475425';
/** The contact address the commands send (--mailto). */
export const MAILTO = 'owner@example.org';
export const ORCID_SECTIONS = ['employments', 'educations', 'fundings', 'peer-reviews'] as const;

/** What the OpenAlex author import asks for (select=…). */
const OPENALEX_FIELDS = 'id,doi,title,publication_year,publication_date,type,type_crossref,authorships,primary_location,locations,biblio,ids,abstract_inverted_index,language';
const NEXT_CURSOR = 'IlsxNjA5MzcyODAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzI0ODg0OTk3NjQnXSI=';

/** The paths of the requests each source makes, as the stand-in sees them. */
export const PATHS = {
  dblp: `/dblp/pid/${DBLP_PERSON}.bib`,
  pubmedSearch: `/pubmed/esearch.fcgi?${new URLSearchParams({ db: 'pubmed', term: `${ORCID}[auid]`, retmode: 'json', retmax: '5000', tool: 'vita', email: MAILTO })}`,
  pubmedFetch: `/pubmed/efetch.fcgi?${new URLSearchParams({ db: 'pubmed', id: '31000001,30858366', retmode: 'xml', tool: 'vita', email: MAILTO })}`,
  openalexPage: (cursor: string) =>
    `/openalex/works?${new URLSearchParams({ filter: `author.id:${OPENALEX_AUTHOR}`, 'per-page': '200', select: OPENALEX_FIELDS, cursor, mailto: MAILTO })}`,
  zotero: `/zotero/${ZOTERO_LIBRARY}/items/top?format=csljson&limit=100&start=0`,
  orcid: (list: string) => `/orcid/v3.0/${ORCID}/${list}`,
  doi: (doi: string) => `/doi/${doi}`,
} as const;

/** Where the commands send their requests: the stand-in, with short waits between retries. */
export function scholarlyEnv(api: RecordedApi): Record<string, string> {
  return {
    NO_COLOR: '1',
    VITA_DOI_ENDPOINT: `${api.origin}/doi`,
    VITA_ARXIV_ENDPOINT: `${api.origin}/arxiv/api/query`,
    VITA_ORCID_ENDPOINT: `${api.origin}/orcid/v3.0`,
    VITA_DBLP_ENDPOINT: `${api.origin}/dblp`,
    VITA_PUBMED_ENDPOINT: `${api.origin}/pubmed`,
    VITA_OPENALEX_ENDPOINT: `${api.origin}/openalex`,
    VITA_ZOTERO_ENDPOINT: `${api.origin}/zotero`,
    VITA_HTTP_BACKOFF_MS: '5',
  };
}

/** An ORCID record with nothing but works: its other lists answer empty, as ORCID answers them. */
export function answerNoOrcidSections(api: RecordedApi, orcid = ORCID): void {
  for (const list of ORCID_SECTIONS) {
    const key = list === 'employments' || list === 'educations' ? 'affiliation-group' : 'group';
    api.answer(`/orcid/v3.0/${orcid}/${list}`, { headers: JSON_TYPE, body: JSON.stringify({ 'last-modified-date': null, [key]: [], path: `/${orcid}/${list}` }) });
  }
}

/** Every recorded answer at its path: DBLP, PubMed, OpenAlex, Zotero, ORCID (works and the rest), doi.org. */
export function answerAllSources(api: RecordedApi): void {
  api.answer(PATHS.dblp, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' }, body: recorded('dblp-pid-183-8367.bib') });
  api.answer(PATHS.pubmedSearch, { headers: JSON_TYPE, body: recorded(`pubmed-esearch-${ORCID}-auid.json`) });
  api.answer(PATHS.pubmedFetch, { headers: { 'Content-Type': 'text/xml; charset=UTF-8' }, body: recorded('pubmed-efetch-31000001-30858366.xml') });
  api.answer(PATHS.openalexPage('*'), { headers: JSON_TYPE, body: recorded(`openalex-author-${OPENALEX_AUTHOR}-works-1.json`) });
  api.answer(PATHS.openalexPage(NEXT_CURSOR), { headers: JSON_TYPE, body: recorded(`openalex-author-${OPENALEX_AUTHOR}-works-2.json`) });
  api.answer(PATHS.zotero, { headers: { ...JSON_TYPE, 'Total-Results': '3' }, body: recorded('zotero-users-475425-items-top.json') });
  api.answer(PATHS.orcid('works'), { headers: JSON_TYPE, body: recorded(`orcid-${ORCID}-works.json`) });
  api.answer(PATHS.orcid('works/1002,1003'), { headers: JSON_TYPE, body: recorded(`orcid-${ORCID}-works-1003.json`) });
  api.answer(PATHS.orcid('works/1003'), { headers: JSON_TYPE, body: recorded(`orcid-${ORCID}-works-1003.json`) });
  for (const list of ORCID_SECTIONS) api.answer(PATHS.orcid(list), { headers: JSON_TYPE, body: recorded(`orcid-${ORCID}-${list}.json`) });
  for (const doi of ['10.1038/s41467-019-08987-4', '10.1371/journal.pone.0130140'])
    api.answer(PATHS.doi(doi), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' }, body: recorded(`crossref-${doi.replaceAll('/', '-')}.json`) });
}
