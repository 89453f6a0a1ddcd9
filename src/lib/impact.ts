/**
 * The numbers of the impact panel, from the citation counts (content/metrics.json):
 * each work once (publications that share a DOI are one work), the total, the
 * h-index and the citations per year. Pure.
 */
import type { CitationMetric, Metrics } from '../schemas/metrics.ts';

/** A work as counted: its count, and the publications (by id, in the order given) that stand for it. */
export interface CountedWork {
  readonly metric: CitationMetric;
  readonly ids: readonly string[];
}

/** The works with a count among the publications `ids`, each DOI once. */
export function countedWorks(metrics: Metrics, ids: readonly string[]): CountedWork[] {
  const byDoi = new Map<string, { metric: CitationMetric; ids: string[] }>();
  for (const id of ids) {
    const metric = metrics.publications[id];
    if (metric === undefined) continue;
    const key = metric.doi.toLowerCase();
    const work = byDoi.get(key);
    if (work) work.ids.push(id);
    else byDoi.set(key, { metric, ids: [id] });
  }
  return [...byDoi.values()];
}

/** The h-index: the largest h such that h of the works have at least h citations each. */
export function hIndex(counts: readonly number[]): number {
  const sorted = [...counts].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && sorted[h]! >= h + 1) h++;
  return h;
}

/**
 * Citations per year, added up over the works that have counts per year, every year from the
 * first to the last (a year without citations is 0); empty when no work has them.
 */
export function citationsPerYear(metrics: readonly CitationMetric[]): { year: number; count: number }[] {
  const totals = new Map<number, number>();
  for (const { year, citedBy } of metrics.flatMap((metric) => metric.byYear ?? [])) totals.set(year, (totals.get(year) ?? 0) + citedBy);
  if (totals.size === 0) return [];
  const first = Math.min(...totals.keys());
  const last = Math.max(...totals.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: totals.get(first + i) ?? 0 }));
}

/** The first and the last day of the lookups, YYYY-MM-DD. */
export function lookupDays(metrics: readonly CitationMetric[]): { first: string; last: string } {
  const days = metrics.map((metric) => metric.retrieved).sort();
  return { first: days[0]!, last: days.at(-1)! };
}
