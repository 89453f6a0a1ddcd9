/**
 * Import a DBLP person: every record of a person's bibliography as DBLP's own
 * BibTeX export gives it (https://dblp.org/pid/<pid>.bib), read by the BibTeX
 * import. DBLP's bookkeeping fields (timestamp, biburl, bibsource) are reported
 * as not imported, as for any .bib; crossref containers are skipped.
 */
import type { HttpClient } from '../net/http.ts';
import { readBibtex } from './bibtex.ts';
import type { KindMap, SourceEntry } from './sourceEntry.ts';

export const DEFAULT_DBLP_ENDPOINT = 'https://dblp.org';
export const BIBTEX_TYPE = 'application/x-bibtex';

/** A DBLP person id as typed or pasted ("06/3498", "https://dblp.org/pid/06/3498.html"); an error names what was given. */
export function readDblpArgument(value: string): { dblp: string } | { error: string } {
  const pid = value
    .trim()
    .replace(/^https?:\/\/(?:www\.)?dblp\.(?:org|uni-trier\.de)\/pid\//i, '')
    .replace(/\.(?:html|bib|xml)$/i, '');
  return /^[a-z0-9]+\/[A-Za-z0-9-]+$/.test(pid) ? { dblp: pid } : { error: `${value}: not a DBLP person id; expected e.g. 06/3498 (the part after dblp.org/pid/)` };
}

/** Every record of a DBLP person as source entries, or a one-line error naming the person. */
export async function fetchDblp(
  pid: string,
  context: { client: HttpClient; endpoint: string; kindMap: KindMap; siteLanguage: string },
): Promise<{ entries: SourceEntry[] } | { error: string }> {
  const url = `${context.endpoint.replace(/\/+$/, '')}/pid/${pid}.bib`;
  const answer = await context.client.get({ url, identifier: `DBLP ${pid}`, accept: BIBTEX_TYPE });
  if (!answer.ok) return { error: answer.message };
  const host = new URL(url).host;
  if (!/^\s*(?:%.*\n\s*)*@/.test(answer.text) && answer.text.trim() !== '') return { error: `DBLP ${pid}: ${host} answered with something that is not BibTeX` };
  const { entries, syntaxErrors } = readBibtex(answer.text, context.kindMap, context.siteLanguage);
  if (syntaxErrors.length > 0) return { error: `DBLP ${pid}: ${host} answered with BibTeX vita cannot read (${syntaxErrors[0]!.entry}: ${syntaxErrors[0]!.message})` };
  return { entries: entries.map((entry) => ({ ...entry, origin: `DBLP ${pid} ${entry.key}` })) };
}
