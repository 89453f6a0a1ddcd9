/**
 * What `npm run bench` found, as the Markdown page docs/benchmarks.md: one table of builds
 * (vita against the bare site, per size and cache state), one of the dev server, one of
 * Lighthouse. Pure: the measurements come in, the text goes out.
 */
import { median, type Run } from './process.ts';

/** One alternating pair: vita's `npm run build`, then the bare site's. */
export interface Pair {
  readonly vita: Run;
  readonly bare: Run;
}

export interface BuildSeries {
  /** `seed` (the shipped CV) or a number of generated publications. */
  readonly size: string;
  /** `cold`: no cache of any kind; `warm`: each site keeps what it keeps between builds. */
  readonly cache: 'cold' | 'warm';
  readonly pages: number;
  readonly pairs: readonly Pair[];
}

export interface DevTimes {
  /** From starting `npm run dev` to the first page served. */
  readonly firstPageSeconds: number;
  /** From saving an edited entry to the page showing the edit. */
  readonly editSeconds: number;
}

export interface DevSeries {
  readonly size: string;
  readonly vita: DevTimes;
  readonly bare: DevTimes;
}

export interface LighthousePage {
  /** Category id → score out of 100. */
  readonly scores: Readonly<Record<string, number>>;
  readonly totalBlockingMs: number;
  /** Ids of the audits that did not pass. */
  readonly failed: readonly string[];
}

export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
}

/** A page's own HTML and the stylesheets and scripts it links. */
export interface PageWeight {
  readonly html: Bytes;
  readonly css: Bytes;
  readonly js: Bytes;
}

export interface BenchResult {
  readonly machine: string;
  readonly date: string;
  readonly builds: readonly BuildSeries[];
  readonly dev: readonly DevSeries[];
  /** Page name → its weight, on the shipped site. */
  readonly weights: Readonly<Record<string, PageWeight>>;
  /** Page name → its audit, or why there is none. */
  readonly lighthouse: Readonly<Record<string, LighthousePage>> | string;
}

/** A Markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

const seconds = (value: number) => `${value.toFixed(2)} s`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (value: number) => `${value.toFixed(2)}×`;
/** The median of vita's value over the bare site's in each pair: pairs ran back to back, so the machine's load cancels best there. */
const pairRatio = (pairs: readonly Pair[], value: (run: Run) => number | undefined): number | undefined => {
  const ratios = pairs
    .map((pair) => [value(pair.vita), value(pair.bare)] as const)
    .filter((both): both is readonly [number, number] => both[0] !== undefined && both[1] !== undefined);
  return ratios.length === pairs.length ? median(ratios.map(([vita, bare]) => vita / bare)) : undefined;
};
const medianOf = (runs: readonly Run[], value: (run: Run) => number | undefined): number | undefined => {
  const values = runs.map(value);
  return values.every((item) => item !== undefined) ? median(values as number[]) : undefined;
};
const optional = (value: number | undefined, format: (value: number) => string) => (value === undefined ? 'n/a' : format(value));

/** A size as the table names it: seed, 5000, or a group's "group 40 × 2000" (<members>x<publications>). */
export const sizeLabel = (size: string): string => size.replace(/^(\d+)x(\d+)$/, 'group $1 × $2');

/** One row per series: medians of vita and of the bare site, the median ratio of the pairs, the load while they ran. */
export function buildRows(series: readonly BuildSeries[]): string[][] {
  return series.map(({ size, cache, pages, pairs }) => {
    const vita = pairs.map((pair) => pair.vita);
    const bare = pairs.map((pair) => pair.bare);
    const loads = [...vita, ...bare].map((run) => run.load);
    return [
      sizeLabel(size),
      cache,
      String(pages),
      String(pairs.length),
      `${seconds(median(vita.map((run) => run.seconds)))} / ${seconds(median(bare.map((run) => run.seconds)))}`,
      `**${optional(
        pairRatio(pairs, (run) => run.seconds),
        times,
      )}**`,
      `${optional(
        medianOf(vita, (run) => run.cpuSeconds),
        seconds,
      )} / ${optional(
        medianOf(bare, (run) => run.cpuSeconds),
        seconds,
      )}`,
      optional(
        pairRatio(pairs, (run) => run.cpuSeconds),
        times,
      ),
      `${optional(
        medianOf(vita, (run) => run.peakMb),
        String,
      )} / ${optional(
        medianOf(bare, (run) => run.peakMb),
        String,
      )} MB`,
      `**${optional(
        pairRatio(pairs, (run) => run.peakMb),
        times,
      )}**`,
      `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
    ];
  });
}

const BUILD_HEADER = ['size', 'cache', 'pages', 'pairs', 'wall vita / bare', 'wall ratio', 'CPU vita / bare', 'CPU ratio', 'peak memory vita / bare', 'memory ratio', 'load'];

/** The page docs/benchmarks.md. */
export function benchReport(result: BenchResult): string {
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${result.date}: ${result.machine}. How it measures: [README, Performance](../README.md#performance).`,
    '',
    '## Builds',
    '',
    "vita's `npm run build` against a bare Astro site with as many pages (one content collection, Markdown with front matter and a zod schema, through one dynamic route that renders each entry's body and a few meta tags), in alternating pairs. Times and peak memory are medians; ratios are the median of the pairs' ratios. **cold**: nothing cached (vita: no preview images, PDF or formatted references in `.cache/`; the bare site: no content store); **warm**: the second build of unchanged content, each site keeping what it keeps between builds. CPU is user + system time of the whole process tree; peak memory is the largest process's; load is the 1-minute load average at the start of the runs. **group m × p**: a generated group's site (`npm run generate-content -- p <folder> --members m`), m members' folders sharing p publications, a third of them co-authored by two or three members: the group's pages with the combined list, and every member's site under /<member>/ with its own publication pages and PDF, in one build.",
    '',
    markdownTable(BUILD_HEADER, buildRows(result.builds)),
    '',
    '## npm run dev',
    '',
    "From starting `npm run dev` to the first page served (a publication's page; the bare site: an entry's page), and from saving an edit of that entry's title to the page showing it.",
    '',
    markdownTable(
      ['size', 'first page vita / bare', 'edit shown vita / bare'],
      result.dev.map(({ size, vita, bare }) => [
        size,
        `${seconds(vita.firstPageSeconds)} / ${seconds(bare.firstPageSeconds)}`,
        `${seconds(vita.editSeconds)} / ${seconds(bare.editSeconds)}`,
      ]),
    ),
    '',
    '## Page weight',
    '',
    "The shipped site's pages: their HTML and the stylesheets and scripts they link, uncompressed / gzip (level 9).",
    '',
    markdownTable(
      ['page', 'HTML', 'CSS', 'JavaScript'],
      Object.entries(result.weights).map(([page, weight]) => [page, ...[weight.html, weight.css, weight.js].map((bytes) => `${kilobytes(bytes.raw)} / ${kilobytes(bytes.gzip)}`)]),
    ),
    '',
    '## Lighthouse',
    '',
  ];
  if (typeof result.lighthouse === 'string') lines.push(result.lighthouse);
  else {
    const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
    lines.push(
      "Lighthouse (mobile preset, simulated throttling) in Debian's Chromium on the shipped site, served locally.",
      '',
      markdownTable(
        ['page', ...categories, 'total blocking time', 'audits not passed'],
        Object.entries(result.lighthouse).map(([page, audit]) => [
          page,
          ...categories.map((category) => String(audit.scores[category] ?? 'n/a')),
          `${Math.round(audit.totalBlockingMs)} ms`,
          audit.failed.length === 0 ? 'none' : audit.failed.map((id) => `\`${id}\``).join(', '),
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
