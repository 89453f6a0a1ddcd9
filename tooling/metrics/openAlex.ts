/**
 * Citation counts from OpenAlex (open, no key), with the last ten years' counts and
 * open-access status of each work: publications with a DOI or an
 * arXiv id (looked up as arXiv's DOI 10.48550/arXiv.<id>) are asked for 50 at a
 * time with one filter (`filter=doi:a|b|…`), politely (`mailto`), never during a
 * build. Google Scholar is not queried.
 */
import { unversionedArxiv } from '../../src/schemas/atoms.ts';
import { citationMetric, type CitationMetric } from '../../src/schemas/metrics.ts';
import { fieldName, issuesToProblems } from '../../src/pipeline/issues.ts';
import type { HttpClient } from '../net/http.ts';

export const DEFAULT_OPENALEX_ENDPOINT = 'https://api.openalex.org';
export const OPENALEX_SOURCE = 'OpenAlex';

/** OpenAlex takes up to 100 values in one OR filter; 50 keeps URLs short. */
const BATCH_SIZE = 50;

/** What a lookup needs of a publication. */
export interface Countable {
  readonly id: string;
  readonly doi?: string | undefined;
  readonly arxiv?: string | undefined;
}

/** The DOI a publication is looked up by: its own, else arXiv's for its arXiv id; lowercase, as OpenAlex compares. */
export function lookupDoi(publication: Countable): string | undefined {
  const doi = publication.doi ?? (publication.arxiv === undefined ? undefined : `10.48550/arXiv.${unversionedArxiv(publication.arxiv)}`);
  return doi?.toLowerCase();
}

interface OpenAlexWork {
  readonly id?: unknown;
  readonly doi?: unknown;
  readonly cited_by_count?: unknown;
  readonly counts_by_year?: unknown;
  readonly open_access?: unknown;
}

/** The fields asked for: the count, the last ten years' counts and open access. */
/** What npm run metrics asks OpenAlex for, per work. */
export const OPENALEX_FIELDS = 'id,doi,cited_by_count,counts_by_year,open_access';

/** OpenAlex's per-year counts and open-access record as metrics.json keeps them, for the schema to check; what is absent stays absent. */
function impactFields(work: OpenAlexWork): Record<string, unknown> {
  const years = Array.isArray(work.counts_by_year)
    ? (work.counts_by_year as { year?: unknown; cited_by_count?: unknown }[])
        .map((entry) => ({ year: entry?.year, citedBy: entry?.cited_by_count }))
        .sort((a, b) => Number(a.year) - Number(b.year))
    : undefined;
  const access = typeof work.open_access === 'object' && work.open_access !== null ? (work.open_access as { oa_status?: unknown; oa_url?: unknown }) : undefined;
  return {
    ...(years === undefined ? {} : { byYear: years }),
    ...(access === undefined ? {} : { openAccess: { status: access.oa_status, ...(access.oa_url === null || access.oa_url === undefined ? {} : { url: access.oa_url }) } }),
  };
}

export interface CountResult {
  readonly metrics: Record<string, CitationMetric>;
  /** Publications OpenAlex does not know, by id with the DOI asked for. */
  readonly notFound: string[];
  /** Publications with neither DOI nor arXiv id. */
  readonly unidentified: string[];
  /** Counts left out because the content check would refuse them (1e30, -5, a `javascript:` work), one line each. */
  readonly refused: string[];
  /** Failed requests, one line each. */
  readonly errors: string[];
}

/** Counts for every publication that has a DOI or arXiv id, looked up on `retrieved` (YYYY-MM-DD). */
export async function citationCounts(
  publications: readonly Countable[],
  context: { client: HttpClient; endpoint: string; mailto: string | undefined; retrieved: string; onRequest?: (total: number, label: string) => void },
): Promise<CountResult> {
  const byDoi = new Map<string, Countable[]>();
  const unidentified: string[] = [];
  for (const publication of publications) {
    const doi = lookupDoi(publication);
    if (doi === undefined) unidentified.push(publication.id);
    else byDoi.set(doi, [...(byDoi.get(doi) ?? []), publication]);
  }
  const dois = [...byDoi.keys()];
  const metrics: Record<string, CitationMetric> = {};
  const errors: string[] = [];
  const refused: string[] = [];
  const found = new Set<string>();
  const batches = Math.ceil(dois.length / BATCH_SIZE);
  for (let start = 0; start < dois.length; start += BATCH_SIZE) {
    const batch = dois.slice(start, start + BATCH_SIZE);
    const query = new URLSearchParams({ filter: `doi:${batch.join('|')}`, 'per-page': String(BATCH_SIZE), select: OPENALEX_FIELDS });
    if (context.mailto !== undefined) query.set('mailto', context.mailto);
    const label = batch.length === 1 ? batch[0]! : `${batch.length} DOIs from ${batch[0]}`;
    const answer = await context.client.get({ url: `${context.endpoint.replace(/\/+$/, '')}/works?${query}`, identifier: label, accept: 'application/json' });
    context.onRequest?.(batches, label);
    if (!answer.ok) {
      errors.push(answer.message);
      continue;
    }
    let results: OpenAlexWork[] | undefined;
    try {
      results = (JSON.parse(answer.text) as { results?: OpenAlexWork[] }).results;
    } catch {
      results = undefined;
    }
    if (!Array.isArray(results)) {
      errors.push(`${label}: ${new URL(context.endpoint).host} answered with something that is not an OpenAlex works list`);
      continue;
    }
    for (const work of results as unknown[]) {
      const fields = (typeof work === 'object' && work !== null ? work : {}) as OpenAlexWork;
      const { id, doi: answered, cited_by_count: citedBy } = fields;
      const doi = typeof answered === 'string' ? answered.replace(/^https?:\/\/doi\.org\//i, '').toLowerCase() : undefined;
      if (doi === undefined || !byDoi.has(doi)) continue;
      found.add(doi);
      // Checked as the content check checks metrics.json: a count it would refuse is left out, not written.
      const checked = citationMetric.safeParse(
        { citedBy, source: OPENALEX_SOURCE, retrieved: context.retrieved, doi, ...(id === undefined || id === null ? {} : { work: id }), ...impactFields(fields) },
        { reportInput: true },
      );
      for (const publication of byDoi.get(doi)!) {
        if (checked.success) metrics[publication.id] = checked.data;
        else {
          const problems = issuesToProblems(checked.error.issues, () => []).map((problem) => `${fieldName(problem.path)}: ${problem.message}`);
          refused.push(`${publication.id} (${doi}): ${problems.join('; ')}`);
        }
      }
    }
  }
  const failedBatches = errors.length > 0;
  const notFound = failedBatches ? [] : dois.filter((doi) => !found.has(doi)).flatMap((doi) => byDoi.get(doi)!.map((publication) => `${publication.id} (${doi})`));
  return { metrics, notFound, unidentified, refused, errors };
}

/** The metrics file's text: keys sorted, two-space JSON, a final newline; same counts, same bytes. */
export function metricsFileText(metrics: Readonly<Record<string, CitationMetric>>): string {
  const publications = Object.fromEntries(
    Object.keys(metrics)
      .sort()
      .map((id) => {
        const { citedBy, source, retrieved, doi, work, byYear, openAccess } = metrics[id]!;
        const optional = { work, byYear, openAccess };
        return [id, { citedBy, source, retrieved, doi, ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) }];
      }),
  );
  return `${JSON.stringify({ version: 1, publications }, null, 2)}\n`;
}
