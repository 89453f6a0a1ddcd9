/** Citation counts on the site: the line shown, the most cited, and when counts are too old. */
import { describe, expect, it } from 'vitest';
import { citationLine, freshnessWarning, metricsFreshness, mostCited } from '../../src/lib/metrics.ts';
import { metricsSchema, type Metrics } from '../../src/schemas/metrics.ts';

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
