/**
 * Geometry for the static SVG graphics: publications per year (stacked by
 * kind), citations per year and the project timeline. Pure numbers; the components draw them.
 */
import type { PublicationKind } from '../schemas/publication.ts';
import { KIND_ORDER } from '../schemas/publicationKinds.ts';

/** A kind of the chart: a publication kind, or the small kinds folded together. */
export type ChartKind = PublicationKind | 'other';

/** Past this many kinds the smallest fold into "other": more colours than this cannot be told apart. */
export const MAX_CHART_KINDS = 6;

export interface BarSegment {
  readonly kind: ChartKind;
  readonly count: number;
  readonly y: number;
  readonly height: number;
}
export interface Bar {
  readonly year: number;
  readonly x: number;
  readonly total: number;
  readonly segments: readonly BarSegment[];
}
export interface BarChart {
  readonly width: number;
  readonly height: number;
  /** Top of the plotting area and its height, in SVG units. */
  readonly plotTop: number;
  readonly plotHeight: number;
  readonly barWidth: number;
  readonly bars: readonly Bar[];
  /** Gridline values, 0 to the rounded-up maximum. */
  readonly ticks: readonly { value: number; y: number }[];
  /** Kinds present, in display order, "other" last: the legend. */
  readonly kinds: readonly ChartKind[];
}

const STEP = 28;
const LEFT = 28;
const TOP = 8;
const PLOT = 160;
/** A few years of publications still get a chart of normal proportions: narrow bars, not a tower. */
const MIN_SLOTS = 12;

/** Gridlines every `step` from 0 to the maximum rounded up, and the height of a value in SVG units. */
function valueAxis(max: number, step: number): { ticks: { value: number; y: number }[]; scale: (value: number) => number } {
  const top = step * Math.max(1, Math.ceil(max / step));
  const scale = (value: number) => (value / top) * PLOT;
  return { ticks: Array.from({ length: top / step + 1 }, (_, i) => ({ value: i * step, y: TOP + PLOT - scale(i * step) })), scale };
}

/** A round step of 1, 2 or 5 times a power of ten, at least `rough`: gridlines at 0, 100, 200… rather than 0, 62, 124… */
export function roundStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough)!;
}

export interface YearBar {
  readonly year: number;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly height: number;
}
export interface YearBars {
  readonly width: number;
  readonly height: number;
  /** Where the plot starts: gridline labels end left of it. */
  readonly left: number;
  readonly plotTop: number;
  readonly plotHeight: number;
  readonly barWidth: number;
  readonly bars: readonly YearBar[];
  readonly ticks: readonly { value: number; y: number }[];
}

/** Room for gridline labels of up to six characters ("12,000"). */
const WIDE_LEFT = 44;

/** One bar per year (the years given, in order), gridlines at round steps, about four of them. */
export function yearBars(values: readonly { year: number; count: number }[]): YearBars {
  const max = Math.max(0, ...values.map((value) => value.count));
  const { ticks, scale } = valueAxis(max, roundStep(Math.max(max, 1) / 4));
  const bars = values.map(({ year, count }, i) => ({ year, count, x: WIDE_LEFT + i * STEP + 4, y: TOP + PLOT - scale(count), height: scale(count) }));
  return {
    width: WIDE_LEFT + Math.max(bars.length, MIN_SLOTS) * STEP + 4,
    height: TOP + PLOT + 24,
    left: WIDE_LEFT,
    plotTop: TOP,
    plotHeight: PLOT,
    barWidth: STEP - 8,
    bars,
    ticks,
  };
}

/** The years with the most publications (oldest first) and that number. */
export function busiestYears(chart: BarChart): { total: number; years: number[] } {
  const total = Math.max(...chart.bars.map((bar) => bar.total));
  return { total, years: chart.bars.filter((bar) => bar.total === total).map((bar) => bar.year) };
}

/**
 * The kinds a chart shows for these publications, in display order: every kind, or past
 * MAX_CHART_KINDS the largest ones and "other" for the rest (ties go to the earlier kind).
 */
export function chartKinds(publications: readonly { kind: PublicationKind }[]): { kinds: ChartKind[]; kindOf: (kind: PublicationKind) => ChartKind } {
  const present = KIND_ORDER.filter((kind) => publications.some((publication) => publication.kind === kind));
  if (present.length <= MAX_CHART_KINDS) return { kinds: present, kindOf: (kind) => kind };
  const count = (kind: PublicationKind) => publications.filter((publication) => publication.kind === kind).length;
  const kept = new Set([...present].sort((a, b) => count(b) - count(a)).slice(0, MAX_CHART_KINDS - 1));
  return { kinds: [...present.filter((kind) => kept.has(kind)), 'other'], kindOf: (kind) => (kept.has(kind) ? kind : 'other') };
}

/** Counts per year (every year from first to last, gaps included) stacked by kind, small kinds folded into "other". */
export function publicationsPerYear(publications: readonly { kind: PublicationKind; year: number }[]): BarChart {
  const years = publications.map((publication) => publication.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const { kinds, kindOf } = chartKinds(publications);
  const counts = new Map<string, number>();
  for (const { kind, year } of publications) counts.set(`${year}|${kindOf(kind)}`, (counts.get(`${year}|${kindOf(kind)}`) ?? 0) + 1);
  const totals = Array.from({ length: last - first + 1 }, (_, i) => publications.filter((p) => p.year === first + i).length);
  const { ticks, scale } = valueAxis(Math.max(...totals), Math.max(1, Math.ceil(Math.max(...totals) / 4)));
  const bars = totals.map((total, i) => {
    const year = first + i;
    let stacked = 0;
    const segments = kinds.flatMap((kind) => {
      const count = counts.get(`${year}|${kind}`) ?? 0;
      if (count === 0) return [];
      stacked += count;
      return [{ kind, count, y: TOP + PLOT - scale(stacked), height: scale(count) }];
    });
    return { year, x: LEFT + i * STEP + 4, total, segments };
  });
  return { width: LEFT + Math.max(bars.length, MIN_SLOTS) * STEP + 4, height: TOP + PLOT + 24, plotTop: TOP, plotHeight: PLOT, barWidth: STEP - 8, bars, ticks, kinds };
}

export interface TimelineRow<T> {
  readonly item: T;
  /** Left edge and width as percentages of the whole period. */
  readonly left: number;
  readonly width: number;
}
export interface Timeline<T> {
  readonly rows: readonly TimelineRow<T>[];
  /** First and last month shown (YYYY-MM): whole years, January to December. */
  readonly first: string;
  readonly last: string;
  /** Every year of the axis, in order: each takes an equal share of its width. */
  readonly years: readonly { year: number; left: number }[];
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * Periods of months laid out on one axis of whole years, from January of the
 * earliest start to December of the latest month mentioned (so every year has
 * the same width and its label sits under it); an open end runs to that month.
 */
export function monthTimeline<T extends { start: string; end?: string | undefined }>(items: readonly T[]): Timeline<T> {
  const starts = items.map((item) => monthIndex(item.start));
  const ends = items.map((item) => monthIndex(item.end ?? item.start));
  const latest = Math.max(...ends, ...starts) + 1;
  const firstYear = Math.floor(Math.min(...starts) / 12);
  const lastYear = Math.floor((latest - 1) / 12);
  const first = firstYear * 12;
  const span = (lastYear + 1) * 12 - first;
  const percent = (month: number) => Math.round(((month - first) / span) * 10000) / 100;
  const rows = items.map((item, i) => {
    const end = item.end === undefined ? latest : ends[i]! + 1;
    return { item, left: percent(starts[i]!), width: Math.round((percent(end) - percent(starts[i]!)) * 100) / 100 };
  });
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ year: firstYear + i, left: percent((firstYear + i) * 12) }));
  return { rows, years, first: `${firstYear}-01`, last: `${lastYear}-12` };
}
