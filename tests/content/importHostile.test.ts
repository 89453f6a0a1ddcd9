/**
 * Regression tests for the importer findings of the second adversarial test
 * (shared/reports/adversarial-2026-12-05.md): G7 malformed answers, G8 huge
 * answers, G20 undeclared entities. Every answer is served by a local stand-in
 * for the APIs; one bad answer is one failed identifier, named, and the rest import.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../scripts/import.ts';
import { ROOT } from '../helpers/build.ts';
import { runCommand } from '../helpers/command.ts';
import { startRecordedApi, type RecordedApi } from '../helpers/recordedApi.ts';
import { answerNoOrcidSections } from '../helpers/scholarlyApi.ts';

const recorded = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'scholarly', name), 'utf8');
const CSL = { 'Content-Type': 'application/vnd.citationstyles.csl+json' };
const ATOM = { 'Content-Type': 'application/atom+xml' };
const JSON_TYPE = { 'Content-Type': 'application/json' };
const ORCID = '0000-0002-1825-0097';

const scratch = mkdtempSync(join(tmpdir(), 'vita-hostile-'));
let api: RecordedApi;
beforeAll(async () => {
  api = await startRecordedApi();
});
afterAll(async () => {
  await api.close();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => {
  api.requests.length = 0;
});

let folders = 0;
function emptyFolder(): string {
  const folder = join(scratch, `into-${++folders}`);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** `npm run import` in this process (tests/helpers/command.ts), against the stand-in. */
const run = (args: readonly string[]) =>
  runCommand(importCommand, args, {
    cwd: scratch,
    env: {
      VITA_DOI_ENDPOINT: `${api.origin}/doi`,
      VITA_ARXIV_ENDPOINT: `${api.origin}/arxiv/api/query`,
      VITA_ORCID_ENDPOINT: `${api.origin}/orcid/v3.0`,
      VITA_HTTP_BACKOFF_MS: '5',
    },
  });

/** A CSL-JSON answer for a DOI, with some fields replaced. */
function csl(doi: string, fields: Record<string, unknown> = {}) {
  return {
    headers: CSL,
    body: JSON.stringify({
      type: 'article-journal',
      title: `Paper ${doi}`,
      author: [{ family: 'Doe', given: 'J.' }],
      issued: { 'date-parts': [[2020]] },
      'container-title': 'Journal of Tests',
      DOI: doi,
      ...fields,
    }),
  };
}

describe('G7: one malformed answer is one failed identifier, named, while the rest import', () => {
  it.each([
    ['"author": [null]', { author: [null] }, ['  author[0]: expected a name such as {"family": "Doe", "given": "Jane"}; found null']],
    ['"author": "notalist"', { author: 'notalist' }, ['  author: expected a list of names; found "notalist"']],
    ['"title": {}', { title: {} }, ['  title: expected text; found {}']],
    ['"issued": {"date-parts": [5]}', { issued: { 'date-parts': [5] } }, []],
  ])('G7: CSL-JSON with %s: the DOI is named, the two good DOIs are written with --skip-invalid', async (_name, fields, lines) => {
    api.answer('/doi/10.1234/good1', csl('10.1234/good1'));
    api.answer('/doi/10.1234/bad', csl('10.1234/bad', fields));
    api.answer('/doi/10.1234/good2', csl('10.1234/good2'));
    const folder = emptyFolder();
    const args = ['--doi', '10.1234/good1', '--doi', '10.1234/bad', '--doi', '10.1234/good2', '--into', folder];

    const strict = await run(args);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('invalid doi 10.1234/bad:\n');
    expect(strict.stderr).toContain('1 invalid entry; nothing was written.');
    expect(readdirSync(folder)).toEqual([]);

    const skipping = await run([...args, '--skip-invalid']);
    expect(skipping.status).toBe(0);
    const block = skipping.stderr.split('\n');
    expect(block[0]).toBe('invalid doi 10.1234/bad:');
    for (const line of lines) expect(block).toContain(line);
    expect(readdirSync(folder).sort()).toEqual(['.imported.json', 'doe2020paper.md', 'doe2020papergood.md']);
    expect(skipping.stdout).toContain('2 publications written, 0 skipped as already present, 1 invalid and skipped');
  });

  it('G7: a JATS abstract with an invalid code point (&#x110000;) is read with U+FFFD, as browsers read it', async () => {
    api.answer('/doi/10.1234/jats', csl('10.1234/jats', { abstract: '<jats:p>Outside Unicode: &#x110000; and zero &#0; end.</jats:p>' }));
    const folder = emptyFolder();
    const result = await run(['--doi', '10.1234/jats', '--into', folder]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(folder, 'doe2020paper.md'), 'utf8').endsWith('---\nOutside Unicode: \uFFFD and zero \uFFFD end.\n')).toBe(true);
  });

  it('G7: an ORCID works list with a group that is null: the group is named, the other works import', async () => {
    const works = JSON.parse(recorded('orcid-0000-0002-1825-0097-works.json')) as { group: unknown[] };
    const carberry = works.group.find((group) => JSON.stringify(group).includes('"put-code":1003'));
    api.answer(`/orcid/v3.0/${ORCID}/works`, { headers: JSON_TYPE, body: JSON.stringify({ group: [null, carberry] }) });
    api.answer(`/orcid/v3.0/${ORCID}/works/1003`, { headers: JSON_TYPE, body: recorded('orcid-0000-0002-1825-0097-works-1003.json') });
    answerNoOrcidSections(api);
    const folder = emptyFolder();
    const result = await run(['--orcid', ORCID, '--into', folder, '--skip-invalid']);
    expect(result.stderr).toBe(`failed ${ORCID}: ${api.host} lists a work that vita cannot read (group 1: null); left out\n`);
    expect(result.status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['.imported.json', 'carberry2021towards.md']);
    expect(result.stdout).toContain('1 publication written, 0 skipped as already present, 0 invalid, 1 lookup failed');
  });

  it('G7: an ORCID work whose external-id is an object, not a list: that work is named, no crash', async () => {
    const withObject = (text: string) => text.replaceAll('"external-id": []', '"external-id": {"external-id-type": "doi"}');
    api.answer(`/orcid/v3.0/${ORCID}/works`, { headers: JSON_TYPE, body: withObject(recorded('orcid-0000-0002-1825-0097-works.json')) });
    api.answer(`/orcid/v3.0/${ORCID}/works/1003`, { headers: JSON_TYPE, body: withObject(recorded('orcid-0000-0002-1825-0097-works-1003.json')) });
    api.answer('/doi/10.1038/s41467-019-08987-4', { headers: CSL, body: recorded('crossref-10.1038-s41467-019-08987-4.json') });
    api.answer('/doi/10.1371/journal.pone.0130140', csl('10.1371/journal.pone.0130140'));
    answerNoOrcidSections(api);
    const folder = emptyFolder();
    const result = await run(['--orcid', ORCID, '--into', folder, '--skip-invalid']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`invalid ORCID ${ORCID} work 1003:\n  external-ids.external-id: expected a list; found {"external-id-type":"doi"}\n`);
    expect(readdirSync(folder).sort()).toEqual(['.imported.json', 'doe2020paper.md', 'lapuschkin2019unmasking.md']);
  });

  it('G7: a JSON Resume whose work is an object and whose education holds null: each is named, the rest imports', async () => {
    const resume = join(scratch, 'hostile.resume.json');
    writeFileSync(
      resume,
      JSON.stringify({
        basics: { name: 'Jane Doe', label: 'Professor, Example University', summary: 'Jane studies tests.' },
        work: { name: 'Example University', position: 'Professor', startDate: '2020-01' },
        education: [null, { institution: 'Example University', studyType: 'PhD', startDate: '2010', endDate: '2014' }],
        awards: [{ title: 'A Prize', date: '2019' }],
      }),
    );
    const into = emptyFolder();
    const result = await run([resume, '--into', into, '--skip-invalid']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      [
        `invalid ${resume} work:`,
        '  expected a list of entries; found {"name":"Example University","position":"Professor","startDa…',
        `invalid ${resume} education[0]:`,
        '  expected an entry (an object with fields); found null',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toContain('3 files written (profile 1, education 1, awards 1), 0 skipped as already present, 2 invalid and skipped');
  });
});

describe('G8: a huge answer fails its lookup with a clear message', () => {
  it('G8: a 21 MB Atom answer: "answer from <host> larger than 20 MB", the other id imports', async () => {
    api.answer('/arxiv/api/query?id_list=2206.03208&max_results=1', { headers: ATOM, body: recorded('arxiv-2206.03208.xml') });
    api.answer('/arxiv/api/query?id_list=2206.99999&max_results=1', { headers: ATOM, body: `<feed>${'<entry><title>x</title></entry>'.repeat(700_000)}</feed>` });
    const folder = emptyFolder();
    const result = await run(['--arxiv', '2206.99999', '--arxiv', '2206.03208', '--into', folder, '--skip-invalid']);
    expect(result.stderr).toBe(`failed 2206.99999: answer from ${api.host} larger than 20 MB; not read\n`);
    expect(result.status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['.imported.json', 'achtibat2022from.md']);
  });
});

describe('G20: entities in an arXiv answer', () => {
  it('G20: an undeclared entity (&lol9;) is left out and reported; numeric references are decoded', async () => {
    const feed = recorded('arxiv-2206.03208.xml')
      .replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY lol "lol"><!ENTITY lol9 "&lol;&lol;">]>')
      .replace('<title>From Attribution Maps', '<title>Laughs &lol9; &#xE9;t&#233; &amp;amp; From Attribution Maps');
    api.answer('/arxiv/api/query?id_list=2206.03208&max_results=1', { headers: ATOM, body: feed });
    const folder = emptyFolder();
    const result = await run(['--arxiv', '2206.03208', '--into', folder]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(folder, 'achtibat2022laughs.md'), 'utf8')).toContain(
      'title: "Laughs été &amp; From Attribution Maps to Human-Understandable Explanations through Concept Relevance Propagation"\n',
    );
    expect(result.stdout).toContain(`  left out &lol9;: an entity that ${api.host}'s feed does not declare\n`);
  });
});
