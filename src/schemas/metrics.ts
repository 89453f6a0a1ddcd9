/**
 * Citation counts (`content/metrics.json`), written by `npm run metrics` and only
 * read by the build. Every count carries its source and the day it was looked up,
 * so the site never shows a number without both.
 */
import { z } from 'zod';
import { ENTRY_ID, MAX_ID_LENGTH } from './atoms.ts';
import { isoDay, year } from './common.ts';

/** Open-access statuses as OpenAlex names them, most open first. */
export const OPEN_ACCESS_STATUSES = ['diamond', 'gold', 'hybrid', 'green', 'bronze', 'closed'] as const;
export type OpenAccessStatus = (typeof OPEN_ACCESS_STATUSES)[number];

const httpAddress = (example: string) => z.url({ protocol: /^https?$/, error: `expected an http(s) address such as ${example}` });

/** The citations of one year. */
export const yearCount = z.strictObject({
  /** The year the citing works appeared. */
  year,
  /** How many of them there are. */
  citedBy: z.int().nonnegative(),
});

/** Whether a work can be read free of charge, as the source knows it. */
export const openAccess = z.strictObject({
  /** `diamond` (an open journal without fees), `gold` (an open journal), `hybrid` (open in a subscription journal), `green` (a free copy in a repository), `bronze` (free to read at the publisher, without an open licence) or `closed`. */
  status: z.enum(OPEN_ACCESS_STATUSES),
  /** Where the free copy is, e.g. https://www.nature.com/articles/s41467-019-08987-4.pdf */
  url: httpAddress('https://arxiv.org/pdf/2206.03208').optional(),
});

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
  work: httpAddress('https://openalex.org/W2919115771').optional(),
  /** Citations by the year the citing works appeared, oldest first: the last ten years, as OpenAlex counts them (earlier ones are in `citedBy` only). */
  byYear: z.array(yearCount).optional(),
  /** Open access to the work. */
  openAccess: openAccess.optional(),
});
export type CitationMetric = z.infer<typeof citationMetric>;

export const metricsSchema = z.strictObject({
  /** Format version of this file. */
  version: z.literal(1),
  /** Counts by publication id (the file name in content/publications/ without .md). */
  publications: z.record(z.string().regex(ENTRY_ID).max(MAX_ID_LENGTH), citationMetric),
});
export type Metrics = z.infer<typeof metricsSchema>;
