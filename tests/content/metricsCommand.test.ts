/**
 * `npm run metrics` against recorded OpenAlex answers on 127.0.0.1: the file it
 * writes (every count with source and day), the request it makes, publications
 * OpenAlex does not know or that have no identifier, and failures that leave the
 * file as it was.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { metricsSchema } from '../../src/schemas/metrics.ts';
import { ROOT, SOURCE_DATE_EPOCH } from '../helpers/build.ts';
import { metricsCommand } from '../../scripts/metrics.ts';
import { runCommand } from '../helpers/command.ts';
import type { ScriptOptions } from '../helpers/script.ts';
import { startRecordedApi, type RecordedApi } from '../helpers/recordedApi.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vita-metrics-'));
const site = join(scratch, 'site');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
let api: RecordedApi;

const publication = (name: string, fields: string) =>
  writeFileSync(join(site, 'content', 'publications', `${name}.md`), `---\nkind: journal-article\ntitle: "${name}"\nauthors: [Doe J]\nyear: 2020\nvenue: J\n${fields}---\n`);

/** The OpenAlex request for these DOIs, as the command builds it. */
const worksQuery = (dois: string[]) =>
  `/works?${new URLSearchParams({ filter: `doi:${dois.join('|')}`, 'per-page': '50', select: 'id,doi,cited_by_count,counts_by_year,open_access', mailto: 'owner@example.org' })}`;
/** In file-name order: achtibat…, doe2020unknown, lapuschkin…. */
const DOIS = ['10.48550/arxiv.2206.03208', '10.1234/unknown', '10.1038/s41467-019-08987-4'];

beforeAll(async () => {
  api = await startRecordedApi();
  mkdirSync(join(site, 'content', 'publications'), { recursive: true });
  publication('lapuschkin2019unmasking', 'doi: "10.1038/s41467-019-08987-4"\n');
  publication('achtibat2022from', 'arxiv: "2206.03208v2"\n');
  publication('doe2020unknown', 'doi: "10.1234/UNKNOWN"\n');
  publication('doe2020plain', '');
});
afterAll(async () => {
  await api.close();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => {
  api.requests.length = 0;
});

/** Runs `npm run metrics` against the recorded answers in the site's folder (or `cwd`, with more environment), in this process (tests/helpers/command.ts). */
const run = (args: readonly string[] = [], { cwd = site, env }: ScriptOptions = {}) =>
  runCommand(metricsCommand, ['--mailto', 'owner@example.org', ...args], {
    cwd,
    env: { VITA_OPENALEX_ENDPOINT: api.origin, VITA_HTTP_BACKOFF_MS: '5', SOURCE_DATE_EPOCH, ...env },
  });

const metricsFile = () => readFileSync(join(site, 'content', 'metrics.json'), 'utf8');

describe('npm run metrics', () => {
  it('writes every count with its source and the day of the lookup, in one request', async () => {
    api.answer(worksQuery(DOIS), { headers: { 'Content-Type': 'application/json' }, body: readFileSync(join(ROOT, 'tests/fixtures/scholarly/openalex-works.json'), 'utf8') });
    const result = await run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.headers).toMatchObject({ accept: 'application/json', 'user-agent': `vita/${version} (academic website generator; mailto:owner@example.org)` });
    expect(result.stdout.split('\n')).toEqual([
      'not in OpenAlex: doe2020unknown (10.1234/unknown)',
      'no DOI or arXiv id, not looked up: doe2020plain',
      'wrote content/metrics.json: 2 of 4 publications counted (OpenAlex)',
      '',
    ]);
    const text = metricsFile();
    expect(text).toBe(`{
  "version": 1,
  "publications": {
    "achtibat2022from": {
      "citedBy": 87,
      "source": "OpenAlex",
      "retrieved": "2026-12-01",
      "doi": "10.48550/arxiv.2206.03208",
      "work": "https://openalex.org/W4281611329"
    },
    "lapuschkin2019unmasking": {
      "citedBy": 1131,
      "source": "OpenAlex",
      "retrieved": "2026-12-01",
      "doi": "10.1038/s41467-019-08987-4",
      "work": "https://openalex.org/W2919115771"
    }
  }
}
`);
    expect(metricsSchema.safeParse(JSON.parse(text)).success).toBe(true);

    // The same answer again: the same bytes, and it says so.
    const again = await run();
    expect(again.stdout.split('\n').at(-2)).toBe('unchanged: content/metrics.json: 2 of 4 publications counted (OpenAlex)');
  });

  it.each([
    ['a 404', [{ status: 404 }], `not found at http://HOST${worksQuery(DOIS)} (404)`, 1],
    ['a 500 every time', [{ status: 500 }], `server error at http://HOST${worksQuery(DOIS)} (500), 4 attempts`, 4],
    ['malformed JSON', [{ body: '{"results": [' }], 'HOST answered with something that is not an OpenAlex works list', 1],
  ])('%s: the file is left as it was, exit 1', async (_name, answers, message, attempts) => {
    const before = metricsFile();
    api.answer(worksQuery(DOIS), ...answers);
    const result = await run();
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `failed 3 DOIs from 10.48550/arxiv.2206.03208: ${message.replace('HOST', api.host)}\n\n1 lookup failed; content/metrics.json was not changed. Try again later.\n`,
    );
    expect(api.requests).toHaveLength(attempts);
    expect(metricsFile()).toBe(before);
  });

  it('G9: counts the content check would refuse (1e30, -5, a javascript: work) are skipped and named; the rest is written and passes the check', async () => {
    const work = (doi: string, count: unknown, id = 'https://openalex.org/W1') => ({ id, doi: `https://doi.org/${doi}`, cited_by_count: count });
    api.answer(worksQuery(DOIS), {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        results: [work(DOIS[0]!, 1e30), work(DOIS[1]!, -5), work(DOIS[2]!, 12, 'javascript:alert(1)')],
      }),
    });
    const result = await run(['--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n')).toEqual([
      'skipped achtibat2022from (10.48550/arxiv.2206.03208): citedBy: expected a value of at most 9007199254740991; found 1e+30',
      'skipped doe2020unknown (10.1234/unknown): citedBy: expected a value of at least 0; found -5',
      'skipped lapuschkin2019unmasking (10.1038/s41467-019-08987-4): work: expected an http(s) address such as https://openalex.org/W2919115771; found "javascript:alert(1)"',
      '',
    ]);
    expect(result.stdout).toContain('would write content/metrics.json: 0 of 4 publications counted (OpenAlex) (dry run)');
  });

  it('G9: a metrics.json with a javascript: work is refused by the content check', () => {
    const parsed = metricsSchema.safeParse({
      version: 1,
      publications: { a: { citedBy: 1, source: 'OpenAlex', retrieved: '2026-12-01', doi: '10.1/x', work: 'javascript:alert(1)' } },
    });
    expect(parsed.success).toBe(false);
  });

  it('G9: --file and --publications take absolute paths', async () => {
    api.answer(worksQuery(DOIS), { headers: { 'Content-Type': 'application/json' }, body: readFileSync(join(ROOT, 'tests/fixtures/scholarly/openalex-works.json'), 'utf8') });
    const file = join(scratch, 'elsewhere', 'counts.json');
    mkdirSync(join(scratch, 'elsewhere'), { recursive: true });
    const result = await run(['--file', file, '--publications', join(site, 'content', 'publications')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').at(-2)).toBe(`wrote ${file}: 2 of 4 publications counted (OpenAlex)`);
    expect(metricsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success).toBe(true);
  });
});

describe('npm run metrics with VITA_CONTENT', () => {
  it('counts the publications of $VITA_CONTENT and writes its metrics.json, as check, build and dev read it', async () => {
    rmSync(join(site, 'content', 'metrics.json'), { force: true });
    api.answer(worksQuery(DOIS), { headers: { 'Content-Type': 'application/json' }, body: readFileSync(join(ROOT, 'tests/fixtures/scholarly/openalex-works.json'), 'utf8') });
    const result = await run([], { cwd: scratch, env: { VITA_CONTENT: join('site', 'content') } });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').at(-2)).toBe('wrote site/content/metrics.json: 2 of 4 publications counted (OpenAlex)');
    expect(Object.keys(JSON.parse(metricsFile()).publications)).toEqual(['achtibat2022from', 'lapuschkin2019unmasking']);
  });
});
