/**
 * Import by DOI: CSL-JSON through DOI content negotiation (Crossref, DataCite and
 * mEDRA answer `Accept: application/vnd.citationstyles.csl+json` at
 * https://doi.org/<doi>), then the same mapping as a CSL-JSON file.
 */
import { bareDoi, DOI } from '../../src/schemas/atoms.ts';
import type { HttpClient } from '../net/http.ts';
import { isCslItem, readCslItem } from './cslJson.ts';
import type { KindMap, SourceEntry } from './sourceEntry.ts';

export const DEFAULT_DOI_ENDPOINT = 'https://doi.org';
export const CSL_JSON_TYPE = 'application/vnd.citationstyles.csl+json';

/** The address of a DOI at a resolver: each part escaped, the slashes kept. */
export function doiAddress(endpoint: string, doi: string): string {
  return `${endpoint.replace(/\/+$/, '')}/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** A DOI as typed or pasted (doi:…, https://doi.org/…) checked and made bare; an error names what was given. */
export function readDoiArgument(value: string): { doi: string } | { error: string } {
  const doi = bareDoi(value);
  return DOI.test(doi) ? { doi } : { error: `${value}: not a DOI; expected 10.<registrant>/<suffix>, e.g. 10.1038/s41467-019-08987-4` };
}

/** One publication by DOI, or a one-line error naming the DOI. */
export async function fetchDoi(doi: string, client: HttpClient, endpoint: string, kindMap: KindMap): Promise<{ entry: SourceEntry } | { error: string }> {
  const answer = await client.get({ url: doiAddress(endpoint, doi), identifier: doi, accept: CSL_JSON_TYPE });
  if (!answer.ok) return { error: answer.message };
  const host = new URL(answer.url).host;
  let item: unknown;
  try {
    item = JSON.parse(answer.text);
  } catch {
    return { error: `${doi}: ${host} answered with something that is not JSON; expected CSL-JSON` };
  }
  if (!isCslItem(item)) return { error: `${doi}: ${host} answered with JSON that is not a CSL-JSON item (no "type")` };
  const entry = readCslItem(item, 0, kindMap);
  return { entry: { ...entry, key: doi, origin: `doi ${doi}` } };
}
