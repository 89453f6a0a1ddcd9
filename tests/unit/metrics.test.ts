/** Citation counts on the site: the line shown, the most cited, and when counts are too old. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationLine, freshnessWarning, metricsFreshness, mostCited } from '../../src/lib/metrics.ts';
import { metricsSchema, type Metrics } from '../../src/schemas/metrics.ts';
import { citationCounts, metricsFileText } from '../../tooling/metrics/openAlex.ts';
import { createHttpClient } from '../../tooling/net/http.ts';
import { startRecordedApi } from '../helpers/recordedApi.ts';

const metric = (citedBy: number, retrieved: string) => ({ citedBy, source: 'OpenAlex', retrieved, doi: '10.1/abcd' });
const metrics: Metrics = { version: 1, publications: { a: metric(1131, '2026-11-20'), b: metric(87, '2026-06-01'), c: metric(87, '2026-11-20') } };

describe('citationLine', () => {
  it.each([
    ['en', 'cited by {count} ({source}, {date})', 'cited by 1,131 (OpenAlex, Nov 2026)'],
    ['de', '{count}-mal zitiert ({source}, {date})', '1.131-mal zitiert (OpenAlex, Nov. 2026)'],
  ])('%s', (lang, citedBy, expected) => {
    expect(citationLine(metric(1131, '2026-11-30'), { citedBy }, lang)).toBe(expected);
  });
});

describe('mostCited', () => {
  it('orders by count, ties by id, and leaves out publications without a count', () => {
    expect(mostCited(metrics, ['c', 'x', 'b', 'a'], 10)).toEqual(['a', 'b', 'c']);
    expect(mostCited(metrics, ['c', 'b', 'a'], 1)).toEqual(['a']);
  });
});

describe('metricsFreshness', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    [undefined, 90, { status: 'missing' }],
    [metrics, 365, { status: 'fresh' }],
    [metrics, 90, { status: 'stale', count: 1, oldest: '2026-06-01', ageDays: 179 }],
  ] as const)('%#', (input, maxAge, expected) => {
    expect(metricsFreshness(input, now, maxAge)).toEqual(expected);
  });

  it('words a warning for the build log, none when fresh', () => {
    expect(`content/metrics.json: ${freshnessWarning(metricsFreshness(metrics, now, 90), 90)}`).toBe(
      'content/metrics.json: 1 citation count is older than 90 days (oldest from 2026-06-01, 179 days ago); run npm run metrics to refresh them',
    );
    expect(`content/metrics.json: ${freshnessWarning({ status: 'missing' }, 90)}`).toBe(
      'content/metrics.json: no citation counts; run npm run metrics to add them (publications show none until then)',
    );
    expect(freshnessWarning({ status: 'fresh' }, 90)).toBeUndefined();
  });
});

describe('metricsSchema', () => {
  it('refuses a count without its source or day', () => {
    const result = metricsSchema.safeParse({ version: 1, publications: { a: { citedBy: 3, doi: '10.1/x' } } });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['publications.a.source', 'publications.a.retrieved']);
  });
});

describe('OpenAlex: the last years and open access (recorded answers on 127.0.0.1)', () => {
  const publications = [
    { id: 'lapuschkin2019unmasking', doi: '10.1038/s41467-019-08987-4' },
    { id: 'achtibat2022from', arxiv: '2206.03208v2' },
  ];
  const query = `/works?${new URLSearchParams({ filter: 'doi:10.1038/s41467-019-08987-4|10.48550/arxiv.2206.03208', 'per-page': '50', select: 'id,doi,cited_by_count,counts_by_year,open_access' })}`;
  const lookUp = async (body: string) => {
    const api = await startRecordedApi({ [query]: [{ headers: { 'Content-Type': 'application/json' }, body }] });
    try {
      const client = createHttpClient({ userAgent: 'test', backoffMs: 1 });
      return await citationCounts(publications, { client, endpoint: api.origin, mailto: undefined, retrieved: '2026-11-20' });
    } finally {
      await api.close();
    }
  };

  it('keeps each year oldest first and the open-access status with its free copy, and writes them after the count', async () => {
    const result = await lookUp(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scholarly', 'openalex-works-impact.json'), 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.metrics['lapuschkin2019unmasking']).toEqual({
      citedBy: 1131,
      source: 'OpenAlex',
      retrieved: '2026-11-20',
      doi: '10.1038/s41467-019-08987-4',
      work: 'https://openalex.org/W2919115771',
      byYear: [
        { year: 2019, citedBy: 28 },
        { year: 2020, citedBy: 121 },
        { year: 2021, citedBy: 198 },
        { year: 2022, citedBy: 231 },
        { year: 2023, citedBy: 247 },
        { year: 2024, citedBy: 210 },
        { year: 2025, citedBy: 96 },
      ],
      openAccess: { status: 'gold', url: 'https://www.nature.com/articles/s41467-019-08987-4.pdf' },
    });
    expect(result.metrics['achtibat2022from']?.openAccess).toEqual({ status: 'green', url: 'https://arxiv.org/pdf/2206.03208' });
    const written = metricsFileText(result.metrics);
    expect(metricsSchema.parse(JSON.parse(written))).toEqual({ version: 1, publications: result.metrics });
    expect(written).toContain('"work": "https://openalex.org/W4281611329",\n      "byYear": [\n        {\n          "year": 2022,');
  });

  it('an answer without them (an older file, a trimmed answer) keeps the count alone; a status it does not know is refused and named', async () => {
    const plain = await lookUp(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scholarly', 'openalex-works.json'), 'utf8'));
    expect(Object.keys(plain.metrics['lapuschkin2019unmasking']!)).toEqual(['citedBy', 'source', 'retrieved', 'doi', 'work']);
    const odd = await lookUp(
      JSON.stringify({
        results: [{ id: 'https://openalex.org/W1', doi: 'https://doi.org/10.1038/s41467-019-08987-4', cited_by_count: 3, open_access: { oa_status: 'platinum', oa_url: null } }],
      }),
    );
    expect(odd.metrics).toEqual({});
    expect(odd.refused).toEqual([
      'lapuschkin2019unmasking (10.1038/s41467-019-08987-4): openAccess.status: expected one of: diamond, gold, hybrid, green, bronze, closed; found "platinum"',
    ]);
  });
});
