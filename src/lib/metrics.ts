/**
 * Citation counts on the site: one line per publication that names the count,
 * its source and the month of the lookup ("cited by 123 (OpenAlex, Nov 2026)"),
 * the most cited publications, and whether the counts are too old to show
 * without a warning. Pure: "now", the labels and the language come in.
 */
import type { CitationMetric, Metrics } from '../schemas/metrics.ts';
import { intl } from './intl.ts';

/** Counts older than this many days earn a build warning (a default; the site settings may change it). */
export const DEFAULT_METRICS_MAX_AGE_DAYS = 90;

/** The words around a count; `{count}`, `{source}` and `{date}` are filled in. English: "cited by {count} ({source}, {date})". */
export interface CitationLabels {
  readonly citedBy: string;
}

/** "cited by 1,131 (OpenAlex, Nov 2026)": the count in the language's digits, the month of the lookup in UTC. */
export function citationLine(metric: CitationMetric, labels: CitationLabels, lang: string): string {
  const count = intl(Intl.NumberFormat, lang, {}).format(metric.citedBy);
  const date = intl(Intl.DateTimeFormat, lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${metric.retrieved}T00:00:00Z`));
  return labels.citedBy.replaceAll('{count}', count).replaceAll('{source}', metric.source).replaceAll('{date}', date);
}

/** Publication ids by citations, most cited first; ties by id so the order is stable. At most `limit`. */
export function mostCited(metrics: Metrics, ids: readonly string[], limit: number): string[] {
  return ids
    .filter((id) => metrics.publications[id] !== undefined)
    .sort((a, b) => metrics.publications[b]!.citedBy - metrics.publications[a]!.citedBy || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit);
}

export type MetricsFreshness =
  | { readonly status: 'missing' }
  | { readonly status: 'fresh' }
  /** Some counts are older than allowed: how many, and the oldest lookup day. */
  | { readonly status: 'stale'; readonly count: number; readonly oldest: string; readonly ageDays: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether the counts can be shown without a warning, given today's date (UTC) and the allowed age. */
export function metricsFreshness(metrics: Metrics | undefined, now: Date, maxAgeDays: number): MetricsFreshness {
  if (metrics === undefined) return { status: 'missing' };
  const days = Object.values(metrics.publications).map((metric) => metric.retrieved);
  const stale = days.filter((day) => now.getTime() - Date.parse(`${day}T00:00:00Z`) > maxAgeDays * DAY_MS);
  if (stale.length === 0) return { status: 'fresh' };
  const oldest = [...stale].sort()[0]!;
  return { status: 'stale', count: stale.length, oldest, ageDays: Math.floor((now.getTime() - Date.parse(`${oldest}T00:00:00Z`)) / DAY_MS) };
}

/** The warning about missing or stale counts (console text for the owner, not site text; the file is named beside it); undefined when fresh. */
export function freshnessWarning(freshness: MetricsFreshness, maxAgeDays: number): string | undefined {
  if (freshness.status === 'missing') return 'no citation counts; run npm run metrics to add them (publications show none until then)';
  if (freshness.status === 'stale') {
    return `${freshness.count} citation ${freshness.count === 1 ? 'count is' : 'counts are'} older than ${maxAgeDays} days (oldest from ${freshness.oldest}, ${freshness.ageDays} days ago); run npm run metrics to refresh them`;
  }
  return undefined;
}
