/**
 * The bench's own logic (issue 21): the bare site it measures vita against, and the tables it
 * writes to docs/benchmarks.md. No timing is asserted here: the bench measures, tests do not.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bareSiteFiles, setAside } from '../../tooling/bench/process.ts';
import { benchReport, buildRows, markdownTable, type BenchResult, type BuildSeries } from '../../tooling/bench/report.ts';

const run = (seconds: number, cpuSeconds: number | undefined, peakMb: number | undefined, load = 2) => ({ seconds, cpuSeconds, peakMb, load });

describe('the bare site', () => {
  const files = bareSiteFiles(3);

  it('issue 21: one Markdown entry with front matter per page, read through one content collection and one dynamic route', () => {
    expect([...files.keys()].sort()).toEqual([
      'astro.config.mjs',
      'entries/entry-0.md',
      'entries/entry-1.md',
      'entries/entry-2.md',
      'package.json',
      'src/content.config.ts',
      'src/pages/[id].astro',
    ]);
    expect(files.get('src/content.config.ts')).toContain("glob({ pattern: '*.md', base: './entries' })");
    const route = files.get('src/pages/[id].astro')!;
    expect(route).toContain("getCollection('entries')");
    expect(route).toContain('await render(entry)');
    expect(route).toContain('<meta name="description" content={entry.data.description} />');
  });

  it('issue 21: every entry has the front matter the schema asks for, and a body', () => {
    const [, front, body] = files.get('entries/entry-2.md')!.split('---\n');
    expect(parseYaml(front!)).toEqual({ title: 'Entry 2', description: 'What entry 2 is about, in one sentence.', date: '2024-01-03', tags: ['bench', 'entry-2'] });
    expect(body).toBe('\nThe body of entry 2, with *emphasis* and a [link](https://example.org/2).\n\n- one point\n- another point\n');
  });

  it('builds and serves with the same commands as vita', () => {
    expect(JSON.parse(files.get('package.json')!).scripts).toEqual({ build: 'astro build', dev: 'astro dev --host 127.0.0.1' });
  });
});

describe('the benchmark report', () => {
  const series: BuildSeries = {
    size: '5000',
    cache: 'warm',
    pages: 5053,
    pairs: [
      { vita: run(12, 10, 700, 3.5), bare: run(10, 8, 600, 4) },
      { vita: run(30, 12, 720), bare: run(20, 9, 610) },
      { vita: run(11, 11, 710, 9.25), bare: run(10, 10, 590) },
    ],
  };

  it('markdownTable writes a header, its rule and one line per row', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  it('issue 21: a row holds the medians and the median of the pairs’ ratios, with the range of the load', () => {
    expect(buildRows([series])).toEqual([['5000', 'warm', '5053', '3', '12.00 s / 10.00 s', '**1.20×**', '11.00 s / 9.00 s', '1.25×', '710 / 600 MB', '**1.18×**', '2.0–9.3']]);
  });

  it("issue 25: names a generated group's size by its members and publications", () => {
    expect(buildRows([{ ...series, size: '40x2000' }])[0]![0]).toBe('group 40 × 2000');
  });

  it('says n/a where GNU time could not measure CPU or memory', () => {
    const unmeasured: BuildSeries = { ...series, pairs: [{ vita: run(2, undefined, undefined), bare: run(1, undefined, undefined) }] };
    expect(buildRows([unmeasured])[0]).toEqual(['5000', 'warm', '5053', '1', '2.00 s / 1.00 s', '**2.00×**', 'n/a / n/a', 'n/a', 'n/a / n/a MB', '**n/a**', '2.0–2.0']);
  });

  it('issue 21: the page carries the build, dev, page weight and Lighthouse tables', () => {
    const result: BenchResult = {
      machine: '2 × CPU, 24 GiB, Node v22',
      date: '2026-12-05',
      builds: [series],
      dev: [{ size: 'seed', vita: { firstPageSeconds: 3, editSeconds: 0.5 }, bare: { firstPageSeconds: 2, editSeconds: 0.25 } }],
      weights: { home: { html: { raw: 2048, gzip: 1024 }, css: { raw: 512, gzip: 256 }, js: { raw: 0, gzip: 0 } } },
      lighthouse: { cv: { scores: { performance: 96, accessibility: 100, 'best-practices': 100, seo: 100 }, totalBlockingMs: 216.6, failed: ['total-blocking-time'] } },
    };
    const page = benchReport(result);
    expect(page).toContain('Written by `npm run bench` on 2026-12-05: 2 × CPU, 24 GiB, Node v22.');
    expect(page).toContain('| 5000 | warm | 5053 | 3 | 12.00 s / 10.00 s | **1.20×** |');
    expect(page).toContain('| seed | 3.00 s / 2.00 s | 0.50 s / 0.25 s |');
    expect(page).toContain('| home | 2.0 KB / 1.0 KB | 0.5 KB / 0.3 KB | 0.0 KB / 0.0 KB |');
    expect(page).toContain('| cv | 96 | 100 | 100 | 100 | 217 ms | `total-blocking-time` |');
    expect(benchReport({ ...result, lighthouse: 'Not run (`--no-lighthouse`).' })).toContain('## Lighthouse\n\nNot run (`--no-lighthouse`).\n');
  });
});

describe("the project's cache during the bench", () => {
  it('is set aside and put back as it was, replacing what the bench left; one a killed bench left aside is put back first', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'vita-bench-'));
    try {
      const [cache, aside] = [join(scratch, '.cache'), join(scratch, 'tmp', 'bench', 'project-cache')];
      mkdirSync(join(cache, 'pdf'), { recursive: true });
      writeFileSync(join(cache, 'pdf', 'cv.pdf'), 'owner');
      const putBack = setAside(cache, aside);
      expect(existsSync(cache)).toBe(false);
      mkdirSync(join(cache, 'cards'), { recursive: true });
      writeFileSync(join(cache, 'cards', 'generated.png'), 'bench');
      // Killed here: the next bench puts the owner's cache back before setting it aside again.
      setAside(cache, aside);
      expect(readFileSync(join(aside, 'pdf', 'cv.pdf'), 'utf8')).toBe('owner');
      putBack();
      expect(readFileSync(join(cache, 'pdf', 'cv.pdf'), 'utf8')).toBe('owner');
      expect(existsSync(join(cache, 'cards'))).toBe(false);
      expect(existsSync(aside)).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
