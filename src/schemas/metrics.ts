/**
 * Citation counts (`content/metrics.json`), written by `npm run metrics` and only
 * read by the build. Every count carries its source and the day it was looked up,
 * so the site never shows a number without both.
 */
import { z } from 'zod';
import { ENTRY_ID, MAX_ID_LENGTH } from './atoms.ts';
import { isoDay } from './common.ts';

/** One publication's count as one source reported it on one day. */
export const citationMetric = z.strictObject({
  /** Number of works citing it, e.g. 123. */
  citedBy: z.int().nonnegative(),
  /** Where the count comes from, e.g. "OpenAlex". */
  source: z.string().min(1),
  /** Day of the lookup, `YYYY-MM-DD` (UTC). */
  retrieved: isoDay,
  /** The identifier it was looked up by: a DOI, or an arXiv id as arXiv's DOI. */
  doi: z.string().min(1),
  /** The source's own page or id for the work, an http(s) address, e.g. https://openalex.org/W2963… */
  work: z.url({ protocol: /^https?$/, error: 'expected an http(s) address such as https://openalex.org/W2919115771' }).optional(),
});
export type CitationMetric = z.infer<typeof citationMetric>;

export const metricsSchema = z.strictObject({
  /** Format version of this file. */
  version: z.literal(1),
  /** Counts by publication id (the file name in content/publications/ without .md). */
  publications: z.record(z.string().regex(ENTRY_ID).max(MAX_ID_LENGTH), citationMetric),
});
export type Metrics = z.infer<typeof metricsSchema>;
