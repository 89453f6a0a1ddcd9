/**
 * The impact panel's numbers (src/lib/impact.ts, the chart's geometry in src/lib/charts.ts) and
 * what the model makes of the complete fixture's counts in English and German (src/model/impact.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeFor } from '../../src/i18n/index.ts';
import { roundStep, yearBars } from '../../src/lib/charts.ts';
import { citationsPerYear, countedWorks, hIndex } from '../../src/lib/impact.ts';
import type { SiteData } from '../../src/model/site.ts';
import { compilePdf } from '../../src/pdf/compile.ts';
import { cvDocument, type CvPdfOptions } from '../../src/pdf/document.ts';
import type { CitationMetric, Metrics } from '../../src/schemas/metrics.ts';
import { COMPLETE, ROOT } from '../helpers/build.ts';
import { modelOf, pdfOptions } from '../helpers/model.ts';

const TEMPLATE_FILE = join(ROOT, 'src', 'pdf', 'cv.typ');

const metric = (doi: string, citedBy: number, byYear?: [number, number][]): CitationMetric => ({
  citedBy,
  source: 'OpenAlex',
  retrieved: '2026-11-20',
  doi,
  ...(byYear ? { byYear: byYear.map(([year, count]) => ({ year, citedBy: count })) } : {}),
});

describe('hIndex', () => {
  it.each([
    [[], 0],
    [[0, 0], 0],
    [[1], 1],
    [[100], 1],
    [[1131, 12], 2],
    [[10, 8, 5, 4, 3], 4],
    [[25, 8, 5, 3, 3], 3],
    [[3, 3, 3], 3],
    [[4, 4, 4, 4, 4, 4], 4],
  ])('%j → %i', (counts, h) => {
    expect(hIndex(counts)).toBe(h);
  });
});

describe('countedWorks', () => {
  it('counts a DOI once however many publications carry it (any case), in the order given, and leaves out publications without a count', () => {
    const metrics: Metrics = { version: 1, publications: { preprint: metric('10.1/ABC', 40), article: metric('10.1/abc', 40), other: metric('10.2/x', 3) } };
    expect(countedWorks(metrics, ['article', 'none', 'other', 'preprint']).map((work) => [work.metric.doi, work.ids])).toEqual([
      ['10.1/abc', ['article', 'preprint']],
      ['10.2/x', ['other']],
    ]);
  });
});

describe('citationsPerYear', () => {
  it('adds the works up year by year, a year without citations as 0, works without years adding nothing', () => {
    expect(
      citationsPerYear([
        metric('a', 9, [
          [2021, 2],
          [2023, 4],
        ]),
        metric('b', 7, [
          [2023, 1],
          [2024, 6],
        ]),
        metric('c', 500),
      ]),
    ).toEqual([
      { year: 2021, count: 2 },
      { year: 2022, count: 0 },
      { year: 2023, count: 5 },
      { year: 2024, count: 6 },
    ]);
    expect(citationsPerYear([metric('c', 500)])).toEqual([]);
  });
});

describe('the chart of citations per year', () => {
  it.each([
    [0.25, 1],
    [2, 2],
    [3, 5],
    [61.75, 100],
    [128, 200],
    [2400, 5000],
  ])('gridlines every round step: %d → %d', (rough, step) => {
    expect(roundStep(rough)).toBe(step);
  });

  it('scales bars to gridlines at round steps, one bar a year, and keeps at least twelve slots wide', () => {
    const chart = yearBars([
      { year: 2023, count: 97 },
      { year: 2024, count: 512 },
      { year: 2025, count: 431 },
      { year: 2026, count: 0 },
    ]);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 200, 400, 600]);
    expect(chart.ticks.map((tick) => Math.round(tick.y * 100) / 100)).toEqual([168, 114.67, 61.33, 8]);
    expect(chart.bars.map((bar) => [bar.year, bar.x, Math.round(bar.height * 100) / 100])).toEqual([
      [2023, 48, 25.87],
      [2024, 76, 136.53],
      [2025, 104, 114.93],
      [2026, 132, 0],
    ]);
    // Each bar stands on the zero line.
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(168);
    expect([chart.width, chart.height, chart.left, chart.barWidth]).toEqual([384, 192, 44, 20]);
  });

  it('draws nothing taller than the plot when no year has a citation', () => {
    const chart = yearBars([{ year: 2020, count: 0 }]);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1]);
    expect(chart.bars[0]!.height).toBe(0);
  });
});

describe('the impact panel of the complete fixture', () => {
  it('in English: the numbers with source, day and coverage, the chart text, each work with its access and links', async () => {
    const { impact } = await modelOf(COMPLETE);
    expect(impact?.facts).toEqual([
      { label: 'Citations', value: '1,143' },
      { label: 'h-index', value: '2' },
      { label: 'Works counted', value: '2 of 14 publications' },
    ]);
    expect(impact?.about).toBe(
      'Counted by OpenAlex on Nov 20, 2026, for 2 of 14 publications: those with a DOI or an arXiv id that OpenAlex knows. The h-index is the largest h such that h of them are each cited at least h times.',
    );
    expect(impact?.perYear?.summary).toBe('1,143 citations from 2019 to 2026; the most, 514, in 2024.');
    expect(impact?.perYear?.chart.bars.map((bar) => [bar.year, bar.count])).toEqual([
      [2019, 1],
      [2020, 3],
      [2021, 2],
      [2022, 0],
      [2023, 101],
      [2024, 514],
      [2025, 431],
      [2026, 91],
    ]);
    expect(impact?.works.map((work) => [work.id, work.citedBy, work.href, work.openAccess, work.links.map((link) => link.url)])).toEqual([
      [
        'rossi2023cellstate',
        1131,
        '/publications/rossi2023cellstate/',
        { label: 'Gold (open journal)', url: 'https://www.nature.com/articles/s41592-023-01234-5.pdf' },
        ['https://www.altmetric.com/details/doi/10.1038/s41592-023-01234-5', 'https://badge.dimensions.ai/details/doi/10.1038/s41592-023-01234-5'],
      ],
      [
        'bianchi2019spatial',
        12,
        '/publications/bianchi2019spatial/',
        { label: 'Closed', url: undefined },
        ['https://www.altmetric.com/details/doi/10.1007/978-3-030-17083-7_2', 'https://badge.dimensions.ai/details/doi/10.1007/978-3-030-17083-7_2'],
      ],
    ]);
    expect(impact?.pdfLine).toBe('Citations: 1,143; h-index: 2 (OpenAlex, Nov 20, 2026; 2 of 14 publications counted)');
  });

  it('in German, from the German catalogue', async () => {
    const { impact } = await modelOf(COMPLETE, { settings: { language: 'de' } });
    expect(impact?.facts.map((fact) => `${fact.label}: ${fact.value}`)).toEqual(['Zitationen: 1.143', 'h-Index: 2', 'Gezählte Werke: 2 von 14 Publikationen']);
    expect(impact?.perYear?.summary).toBe('1.143 Zitationen von 2019 bis 2026; die meisten, 514, im Jahr 2024.');
    expect(impact?.works[0]?.openAccess?.label).toBe('Gold (offene Zeitschrift)');
  });

  it('is not made unless the settings ask for it', async () => {
    const site = await modelOf(COMPLETE, { settings: { metrics: { maxAgeDays: 90, panel: false, pdf: false } } });
    expect(site.impact).toBeUndefined();
    expect(site.metrics).toBeDefined();
  });
});

describe('the PDF CV', () => {
  const options: CvPdfOptions = pdfOptions({ date: '2026-11-27' });
  const scratch = mkdtempSync(join(tmpdir(), 'vita-impact-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  /** The typeset PDF of the site read back by pdftotext, with spaces and line breaks squashed (a long line may wrap). */
  const pdfText = (site: SiteData, name: string) => {
    const file = join(scratch, `${name}.pdf`);
    writeFileSync(file, compilePdf(cvDocument(site, options, localeFor('en')), readFileSync(TEMPLATE_FILE, 'utf8')).bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };

  it("opens the publications with the panel's facts when the owner asks (metrics.pdf), and not otherwise", async () => {
    const shown = pdfText(await modelOf(COMPLETE), 'shown');
    const line = 'Citations: 1,143; h-index: 2 (OpenAlex, Nov 20, 2026; 2 of 14 publications counted)';
    expect(shown).toContain(line);
    // Under the heading, before the first publication.
    expect(shown.indexOf('Publications')).toBeLessThan(shown.indexOf(line));
    expect(shown.indexOf(line)).toBeLessThan(shown.indexOf('Cell-state transitions resolved in space'));
    const hidden = pdfText(await modelOf(COMPLETE, { settings: { metrics: { maxAgeDays: 90, panel: true, pdf: false } } }), 'hidden');
    expect(hidden).toContain('Cell-state transitions resolved in space');
    // Each work keeps its own count ("cited by 1,131 (OpenAlex, Nov 2026)"); the totals are gone.
    expect(hidden).not.toMatch(/h-index|1,143/);
  });
});
