/**
 * Import by identifier (--doi, --arxiv, --orcid) against recorded responses of
 * doi.org (Crossref, DataCite), the arXiv API and the ORCID public API, served on
 * 127.0.0.1: what is written, the exact request headers, and every failure mode
 * (404, 429 with Retry-After, 5xx, malformed answers, a timeout), each named by
 * its identifier in one line.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRecordedApi, type RecordedApi } from '../helpers/recordedApi.ts';
import { ROOT } from '../helpers/build.ts';
import { importCommand } from '../../scripts/import.ts';
import { runCommand } from '../helpers/command.ts';
import type { ScriptOptions } from '../helpers/script.ts';
import { answerNoOrcidSections, ORCID_SECTIONS } from '../helpers/scholarlyApi.ts';

const recorded = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'scholarly', name), 'utf8');
const CSL = { 'Content-Type': 'application/vnd.citationstyles.csl+json' };
const ATOM = { 'Content-Type': 'application/atom+xml' };
const JSON_TYPE = { 'Content-Type': 'application/json' };
const CLEVER_HANS = '10.1038/s41467-019-08987-4';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const scratch = mkdtempSync(join(tmpdir(), 'vita-identifiers-'));
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

/** Runs the import against the recorded answers (asynchronously, so this process's server can answer it). */
const run = (args: readonly string[], { cwd, env }: ScriptOptions = {}) =>
  runCommand(importCommand, args, {
    cwd,
    env: {
      VITA_DOI_ENDPOINT: `${api.origin}/doi`,
      VITA_ARXIV_ENDPOINT: `${api.origin}/arxiv/api/query`,
      VITA_ORCID_ENDPOINT: `${api.origin}/orcid/v3.0`,
      VITA_HTTP_BACKOFF_MS: '5',
      ...env,
    },
  });

const requested = () => api.requests.map((request) => request.url);

describe('--doi', () => {
  it('fetches CSL-JSON by content negotiation with the etiquette headers and writes the publication', async () => {
    api.answer(`/doi/${CLEVER_HANS}`, { headers: CSL, body: recorded('crossref-10.1038-s41467-019-08987-4.json') });
    const folder = emptyFolder();
    const result = await run(['--doi', `https://doi.org/${CLEVER_HANS}`, '--into', folder, '--mailto', 'owner@example.org']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.headers).toMatchObject({
      accept: 'application/vnd.citationstyles.csl+json',
      'user-agent': `vita/${version} (academic website generator; mailto:owner@example.org)`,
    });
    expect(readdirSync(folder).sort()).toEqual(['.imported.json', 'lapuschkin2019unmasking.md']);
    expect(readFileSync(join(folder, 'lapuschkin2019unmasking.md'), 'utf8')).toBe(`---
kind: journal-article
title: "Unmasking Clever Hans predictors and assessing what machines really learn"
authors:
  - Lapuschkin, Sebastian
  - Wäldchen, Stephan
  - Binder, Alexander
  - Montavon, Grégoire
  - Samek, Wojciech
  - Müller, Klaus-Robert
year: 2019
month: 3
venue: Nature Communications
volume: 10
issue: 1
articleNumber: 1096
publisher: Springer Science and Business Media LLC
doi: "10.1038/s41467-019-08987-4"
issn: "2041-1723"
---
Current learning machines have successfully solved hard application problems, reaching high accuracy and displaying seemingly intelligent behavior. Here we apply recent techniques for explaining decisions of state-of-the-art learning machines and analyze various tasks from computer vision and arcade games.

This showcases a spectrum of problem-solving behaviors ranging from naive and short-sighted, to well-informed and strategic.
`);
    expect(result.stdout).toContain(`wrote ${folder}/lapuschkin2019unmasking.md from doi ${CLEVER_HANS}\n  not imported: indexed, reference-count, license`);

    // Run again: the DOI is already there.
    const again = await run(['--doi', CLEVER_HANS, '--into', folder]);
    expect(again.stdout).toContain(`skipped doi ${CLEVER_HANS}: already present as ${folder}/lapuschkin2019unmasking.md`);
  });

  it('takes the contact address from content/profile.md when --mailto is not given', async () => {
    const site = join(scratch, 'site');
    mkdirSync(join(site, 'content', 'publications'), { recursive: true });
    writeFileSync(
      join(site, 'content', 'profile.md'),
      '---\nname: Jane Doe\naliases: [Doe J]\nrole: Professor\naffiliation: Example University\ncontact:\n  email: jane@example.edu\n---\nBio.\n',
    );
    api.answer('/doi/10.48550/arXiv.2206.03208', { headers: CSL, body: recorded('datacite-10.48550-arxiv.2206.03208.json') });
    const result = await run(['--doi', '10.48550/arXiv.2206.03208', '--dry-run'], { cwd: site });
    expect(result.status).toBe(0);
    expect(api.requests[0]!.headers['user-agent']).toBe(`vita/${version} (academic website generator; mailto:jane@example.edu)`);
    // DataCite's arXiv DOI: a preprint with its arXiv id.
    expect(result.stdout).toContain(`would write content/publications/achtibat2022from.md from doi 10.48550/arXiv.2206.03208`);
    expect(result.stdout).toContain('    kind: preprint\n');
    expect(result.stdout).toContain('    venue: arXiv\n');
    expect(result.stdout).toContain('    arxiv: "2206.03208"\n');
  });

  it.each([
    ['404', [{ status: 404, body: 'DOI not found' }], '10.1234/missing: not found at http://HOST/doi/10.1234/missing (404)', 1],
    ['malformed JSON', [{ headers: CSL, body: '{"type": "article-journal", "title": ' }], '10.1234/missing: HOST answered with something that is not JSON; expected CSL-JSON', 1],
    ['JSON that is no CSL item', [{ headers: CSL, body: '{"message": "ok"}' }], '10.1234/missing: HOST answered with JSON that is not a CSL-JSON item (no "type")', 1],
    ['a 503 four times', [{ status: 503 }], '10.1234/missing: server error at http://HOST/doi/10.1234/missing (503), 4 attempts', 4],
    [
      'a 429 asking to wait an hour',
      [{ status: 429, headers: { 'Retry-After': '3600' } }],
      '10.1234/missing: rate limited at http://HOST/doi/10.1234/missing (429); it asks to wait 3600 s, try again later',
      1,
    ],
  ])('%s: one line naming the DOI, nothing written, exit 1', async (_name, answers, message, attempts) => {
    api.answer('/doi/10.1234/missing', ...answers);
    const folder = emptyFolder();
    const result = await run(['--doi', '10.1234/missing', '--into', folder]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `failed ${message.replace('HOST', api.host)}\n\n1 failed lookup; nothing was written. Fix the lookups (or try again later), or pass --skip-invalid to import the rest.\n`,
    );
    expect(api.requests).toHaveLength(attempts);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a 429 with Retry-After and a 502 are retried, then the answer is used', async () => {
    api.answer(
      `/doi/${CLEVER_HANS}`,
      { status: 429, headers: { 'Retry-After': '1' } },
      { status: 502 },
      { headers: CSL, body: recorded('crossref-10.1038-s41467-019-08987-4.json') },
    );
    const result = await run(['--doi', CLEVER_HANS, '--into', emptyFolder()]);
    expect(result.status).toBe(0);
    expect(requested()).toEqual([`/doi/${CLEVER_HANS}`, `/doi/${CLEVER_HANS}`, `/doi/${CLEVER_HANS}`]);
  });

  it('a timeout: each attempt gives up after --timeout, and the message says how long it waited', async () => {
    api.answer('/doi/10.1234/slow', 'hang');
    const result = await run(['--doi', '10.1234/slow', '--into', emptyFolder(), '--timeout', '0.2']);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`failed 10.1234/slow: no answer from ${api.host} within 0.2 s, 4 attempts`);
    // On a busy machine an attempt can run out of its 0.2 s before its request reaches the server: the client's count is the one stated above.
    expect(api.requests.length).toBeGreaterThan(0);
    expect(api.requests.length).toBeLessThanOrEqual(4);
  });

  it('--skip-invalid writes what was found and lists the failed lookup', async () => {
    api.answer(`/doi/${CLEVER_HANS}`, { headers: CSL, body: recorded('crossref-10.1038-s41467-019-08987-4.json') });
    api.answer('/doi/10.1234/missing', { status: 404 });
    const folder = emptyFolder();
    const result = await run(['--doi', CLEVER_HANS, '--doi', '10.1234/missing', '--into', folder, '--skip-invalid']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`failed 10.1234/missing: not found at ${api.origin}/doi/10.1234/missing (404)\n`);
    expect(readdirSync(folder).sort()).toEqual(['.imported.json', 'lapuschkin2019unmasking.md']);
    expect(result.stdout).toContain('\n1 publication written, 0 skipped as already present, 0 invalid, 1 lookup failed\n');
  });

  it('refuses what is not a DOI before any request', async () => {
    const result = await run(['--doi', '10.1038', '--doi', 'doi:10.1/x', '--into', emptyFolder()]);
    expect([result.status, result.stderr]).toEqual([
      1,
      '10.1038: not a DOI; expected 10.<registrant>/<suffix>, e.g. 10.1038/s41467-019-08987-4\ndoi:10.1/x: not a DOI; expected 10.<registrant>/<suffix>, e.g. 10.1038/s41467-019-08987-4\n',
    ]);
    expect(api.requests).toEqual([]);
  });

  it('shows progress on stderr past five requests', async () => {
    const dois = Array.from({ length: 6 }, (_, index) => `10.1234/p${index}`);
    for (const doi of dois)
      api.answer(`/doi/${doi}`, {
        headers: CSL,
        body: JSON.stringify({
          type: 'article-journal',
          title: `Paper ${doi}`,
          author: [{ family: 'Doe', given: 'J.' }],
          issued: { 'date-parts': [[2020]] },
          'container-title': 'J',
          DOI: doi,
        }),
      });
    const result = await run([...dois.flatMap((doi) => ['--doi', doi]), '--into', emptyFolder()]);
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n')).toEqual([...dois.map((doi, index) => `[${index + 1}/6] doi ${doi}`), '']);
  });
});

describe('--arxiv', () => {
  it('maps the Atom entry to a preprint and offers the journal DOI arXiv lists', async () => {
    api.answer('/arxiv/api/query?id_list=2206.03208&max_results=1', { headers: ATOM, body: recorded('arxiv-2206.03208.xml') });
    const folder = emptyFolder();
    const result = await run(['--arxiv', 'arXiv:2206.03208', '--into', folder]);
    expect(result.status).toBe(0);
    expect(api.requests[0]!.headers.accept).toBe('application/atom+xml');
    expect(readFileSync(join(folder, 'achtibat2022from.md'), 'utf8')).toBe(`---
kind: preprint
title: "From Attribution Maps to Human-Understandable Explanations through Concept Relevance Propagation"
authors:
  - Achtibat, Reduan
  - Dreyer, Maximilian
  - Eisenbraun, Ilona
  - Bosse, Sebastian
  - Wiegand, Thomas
  - Samek, Wojciech
  - Lapuschkin, Sebastian
year: 2022
month: 6
venue: arXiv
arxiv: "2206.03208"
---
The field of eXplainable Artificial Intelligence (XAI) aims to bring transparency to today's powerful but opaque deep learning models. While local XAI methods explain individual predictions in form of attribution maps, global methods <i>explain</i> what features a model has generally learned to encode.
`);
    expect(result.stdout).toContain(
      '  arXiv lists the journal version 10.1038/s42256-023-00711-8 (Nature Machine Intelligence 5, 1006-1019 (2023)); import it instead with --doi 10.1038/s42256-023-00711-8\n',
    );
    expect(result.stdout.split('\n').at(-2)).toBe('arXiv lists a journal version: npm run import -- --doi 10.1038/s42256-023-00711-8');
    // What the preprint file has no place for is named, as arXiv names it.
    expect(result.stdout).toContain('  not imported: arxiv:comment, category\n');
  });

  it.each([
    ['2999.99999', 'arxiv-not-found.xml', '2999.99999: not found at HOST'],
    ['1234.1234', 'arxiv-error.xml', '1234.1234: HOST refused it (incorrect id format for 1234.1234)'],
  ])('%s: one line naming the id', async (id, file, message) => {
    api.answer(`/arxiv/api/query?id_list=${id}&max_results=1`, { headers: ATOM, body: recorded(file) });
    const result = await run(['--arxiv', id, '--into', emptyFolder()]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`failed ${message.replace('HOST', api.host)}`);
  });

  it('an answer that is not Atom', async () => {
    api.answer('/arxiv/api/query?id_list=2206.03208&max_results=1', { body: '<html><body>Service unavailable' });
    const result = await run(['--arxiv', '2206.03208', '--into', emptyFolder()]);
    expect(result.stderr.split('\n')[0]).toBe(`failed 2206.03208: ${api.host} answered with something that is not an Atom feed`);
  });
});

describe('--orcid', () => {
  const ORCID = '0000-0002-1825-0097';
  const worksList = `/orcid/v3.0/${ORCID}/works`;

  it('skips works already present without asking for them, imports DOIs through doi.org and the rest from ORCID; a second run adds nothing', async () => {
    const folder = emptyFolder();
    writeFileSync(
      join(folder, 'bach2015pixel.md'),
      '---\nkind: journal-article\ntitle: "On Pixel-Wise Explanations for Non-Linear Classifier Decisions by Layer-Wise Relevance Propagation"\nauthors: [Bach S]\nyear: 2015\nvenue: PLOS ONE\ndoi: "10.1371/journal.pone.0130140"\n---\n',
    );
    api.answer(worksList, { headers: JSON_TYPE, body: recorded('orcid-0000-0002-1825-0097-works.json') });
    api.answer(`/doi/${CLEVER_HANS}`, { headers: CSL, body: recorded('crossref-10.1038-s41467-019-08987-4.json') });
    api.answer(`/orcid/v3.0/${ORCID}/works/1003`, { headers: JSON_TYPE, body: recorded('orcid-0000-0002-1825-0097-works-1003.json') });
    answerNoOrcidSections(api);
    const sections = ORCID_SECTIONS.map((list) => `/orcid/v3.0/${ORCID}/${list}`);
    const result = await run(['--orcid', `https://orcid.org/${ORCID}`, '--into', folder]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(requested()).toEqual([worksList, `/doi/${CLEVER_HANS}`, `/orcid/v3.0/${ORCID}/works/1003`, ...sections]);
    expect(api.requests[0]!.headers.accept).toBe('application/json');
    expect(readdirSync(folder).sort()).toEqual(['.imported.json', 'bach2015pixel.md', 'carberry2021towards.md', 'lapuschkin2019unmasking.md']);
    expect(readFileSync(join(folder, 'carberry2021towards.md'), 'utf8')).toBe(`---
kind: conference-paper
title: "Towards a Theory of Carberry Numbers"
authors:
  - Carberry, Josiah Stinkney
  - van Beethoven, Ludwig
editors:
  - Editor, Ada
year: 2021
month: 5
venue: Proceedings of the Brown Symposium on Psychoceramics
links:
  - kind: website
    url: https://example.org/carberry-numbers
---
Carberry numbers, defined.
`);
    expect(result.stdout).toContain(`skipped ORCID ${ORCID} work 1002: already present as ${folder}/bach2015pixel.md`);

    api.requests.length = 0;
    const again = await run(['--orcid', ORCID, '--into', folder]);
    expect(again.status).toBe(0);
    expect(requested()).toEqual([worksList, ...sections]);
    expect(again.stdout.split('\n').at(-2)).toBe('0 publications written, 3 skipped as already present, 0 invalid');
  });

  it('an unknown ORCID iD: one line naming it', async () => {
    api.answer('/orcid/v3.0/0000-0003-1415-9269/works', { status: 404, headers: JSON_TYPE, body: recorded('orcid-not-found.json') });
    const result = await run(['--orcid', '0000-0003-1415-9269', '--into', emptyFolder()]);
    expect(result.stderr.split('\n')[0]).toBe(`failed 0000-0003-1415-9269: not found at ${api.origin}/orcid/v3.0/0000-0003-1415-9269/works (404)`);
  });

  it('refuses an iD whose check digit is wrong before any request', async () => {
    const result = await run(['--orcid', '0000-0002-1825-0098', '--into', emptyFolder()]);
    expect([result.status, result.stderr]).toEqual([1, '0000-0002-1825-0098: not an ORCID iD; expected an ORCID iD whose check digit is right (a typo?)\n']);
    expect(api.requests).toEqual([]);
  });
});
