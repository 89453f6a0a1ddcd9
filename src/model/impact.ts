/**
 * The impact panel (settings `metrics.panel`) and the PDF's line (`metrics.pdf`), from
 * content/metrics.json: the total and the h-index with their source, day and coverage,
 * citations per year as a chart with its text alternative, and each counted work with its
 * open access and plain links to its Altmetric and Dimensions pages. Numbers come from
 * src/lib/impact.ts, words from the catalogue; nothing here asks a third party for anything.
 */
import type { Locale } from '../i18n/index.ts';
import { type YearBars, yearBars } from '../lib/charts.ts';
import { citationsPerYear, countedWorks, hIndex, lookupDays } from '../lib/impact.ts';
import type { Metrics } from '../schemas/metrics.ts';
import type { PublicationView } from './publications.ts';
import type { Rich } from './rich.ts';

export interface ImpactWork {
  readonly id: string;
  readonly title: Rich;
  /** The publication's page, under the base path. */
  readonly href: string;
  readonly citedBy: number;
  /** "Gold (open journal)", with the free copy's address when there is one; undefined when the source says nothing. */
  readonly openAccess: { readonly label: string; readonly url: string | undefined } | undefined;
  /** Altmetric's and Dimensions' pages of the work, by DOI. */
  readonly links: readonly { readonly label: string; readonly url: string }[];
}

export interface ImpactView {
  readonly total: number;
  readonly hIndex: number;
  /** The key numbers as label and value: citations, h-index, works counted. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  /** Source, day and coverage, and what the h-index is. */
  readonly about: string;
  /** What the numbers are not. */
  readonly caveat: string;
  /** Citations per year, when the source gave counts per year. */
  readonly perYear:
    | {
        readonly chart: YearBars;
        readonly title: string;
        /** The chart's text alternative. */
        readonly summary: string;
        readonly note: string;
      }
    | undefined;
  /** Most cited first. */
  readonly works: readonly ImpactWork[];
  readonly linksNote: string;
  /** The same facts in one line, for the PDF. */
  readonly pdfLine: string;
  /** Where the owner shows it: the publications page (`metrics.panel`), the PDF CV (`metrics.pdf`). */
  readonly onPage: boolean;
  readonly inPdf: boolean;
}

/** Altmetric's and Dimensions' public pages of a work, by its DOI. */
export const altmetricPage = (doi: string): string => `https://www.altmetric.com/details/doi/${doi}`;
export const dimensionsPage = (doi: string): string => `https://badge.dimensions.ai/details/doi/${doi}`;

/** The panel of these publications (newest first, as the model lists them); undefined when none has a count. */
export function impactView(
  publications: readonly PublicationView[],
  metrics: Metrics,
  context: { readonly locale: Locale; readonly pageOf: (id: string) => string; readonly onPage: boolean; readonly inPdf: boolean },
): ImpactView | undefined {
  const { locale, pageOf, onPage, inPdf } = context;
  const { t } = locale;
  const byId = new Map(publications.map((publication) => [publication.id, publication]));
  const works = countedWorks(
    metrics,
    publications.map((publication) => publication.id),
  ).sort((a, b) => b.metric.citedBy - a.metric.citedBy || (a.ids[0]! < b.ids[0]! ? -1 : 1));
  if (works.length === 0) return undefined;
  const counts = works.map((work) => work.metric);
  const total = counts.reduce((sum, metric) => sum + metric.citedBy, 0);
  const h = hIndex(counts.map((metric) => metric.citedBy));
  const sources = locale.list([...new Set(counts.map((metric) => metric.source))].sort());
  const days = lookupDays(counts);
  const date = days.first === days.last ? t.impact.on(locale.date(days.first)) : t.impact.between(locale.date(days.first), locale.date(days.last));
  const coverage = t.impact.countedOf(locale.number(works.length), locale.count(publications.length, t.publications.count));
  const perYear = citationsPerYear(counts);
  const busiest = Math.max(0, ...perYear.map((year) => year.count));
  return {
    total,
    hIndex: h,
    facts: [
      { label: t.impact.citations, value: locale.number(total) },
      { label: t.impact.hIndex, value: locale.number(h) },
      { label: t.impact.counted, value: coverage },
    ],
    about: t.impact.about(sources, date, coverage),
    caveat: t.impact.caveat(sources),
    perYear:
      perYear.length === 0
        ? undefined
        : {
            chart: yearBars(perYear),
            title: t.impact.chartTitle,
            summary: t.impact.chartSummary(
              locale.count(
                perYear.reduce((sum, year) => sum + year.count, 0),
                t.impact.citationCount,
              ),
              locale.numeral(perYear[0]!.year),
              locale.numeral(perYear.at(-1)!.year),
              locale.number(busiest),
              locale.list(perYear.filter((year) => year.count === busiest).map((year) => locale.numeral(year.year))),
            ),
            note: t.impact.chartNote(sources),
          },
    works: works.map(({ metric, ids }) => {
      const publication = byId.get(ids[0]!)!;
      return {
        id: publication.id,
        title: publication.titleRuns,
        href: pageOf(publication.id),
        citedBy: metric.citedBy,
        openAccess: metric.openAccess && { label: t.impact.access[metric.openAccess.status], url: metric.openAccess.url },
        links: [
          { label: t.impact.altmetric, url: altmetricPage(metric.doi) },
          { label: t.impact.dimensions, url: dimensionsPage(metric.doi) },
        ],
      };
    }),
    linksNote: t.impact.linksNote,
    pdfLine: t.impact.pdfLine(locale.number(total), locale.number(h), sources, locale.date(days.last), coverage),
    onPage,
    inPdf,
  };
}
