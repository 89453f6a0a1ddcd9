/**
 * `npm run orcid` against ORCID's recorded works list (no network): the site and
 * the record compared by DOI, arXiv id and title, the works ORCID lacks written as
 * BibTeX that reads back as the same publication, the works the site lacks listed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBibtex } from '../../tooling/import/bibtex.ts';
import { fixtureCopy, MINIMAL } from '../helpers/build.ts';
import { md } from '../helpers/check.ts';
import { runScript } from '../helpers/script.ts';
import { startRecordedApi, type RecordedApi } from '../helpers/recordedApi.ts';
import { JSON_TYPE, ORCID, PATHS, recorded, scholarlyEnv } from '../helpers/scholarlyApi.ts';

let api: RecordedApi;
let site: string;
beforeAll(async () => {
  api = await startRecordedApi();
  api.answer(PATHS.orcid('works'), { headers: JSON_TYPE, body: recorded(`orcid-${ORCID}-works.json`) });
  site = fixtureCopy(MINIMAL, { 'settings.yaml': `sync:\n  orcid: ${ORCID}\n` });
  mkdirSync(join(site, 'publications'));
  const files = {
    // Same DOI as ORCID's work 1001.
    'lapuschkin2019unmasking.md': md('kind: journal-article\ntitle: Unmasking Clever Hans predictors\nauthors: [Lapuschkin S]\nyear: 2019\nvenue: Nature Communications\ndoi: "10.1038/s41467-019-08987-4"'),
    // Work 1003 by its title alone: the site has the year of the preprint.
    'carberry2020towards.md': md('kind: preprint\ntitle: Towards a theory of Carberry numbers\nauthors: [Carberry J]\nyear: 2020\nvenue: arXiv\narxiv: "2001.00001"'),
    // Not in ORCID.
    'achtibat2022from.md': md('kind: preprint\ntitle: From Where to What\nauthors: [Achtibat R, Lapuschkin S]\nyear: 2022\nvenue: arXiv\narxiv: "2206.03208"'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(site, 'publications', name), text);
});
afterAll(async () => {
  await api.close();
  rmSync(dirname(site), { recursive: true, force: true });
});

describe('npm run orcid', () => {
  it('lists what each side lacks and writes the works ORCID lacks as BibTeX for its import', async () => {
    const result = await runScript('orcid', ['--mailto', 'owner@example.org'], { env: { ...scholarlyEnv(api), VITA_CONTENT: 'content' }, cwd: dirname(site) });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(api.requests.map((request) => [request.url, request.headers.accept])).toEqual([[PATHS.orcid('works'), 'application/json']]);
    expect(result.stdout).toBe(`ORCID ${ORCID}: 3 works; the site: 3 publications; 2 in both.

On the site, not in ORCID (1), written to orcid-missing.bib for ORCID's BibTeX import (orcid.org → Works → Add → Import BibTeX):
  content/publications/achtibat2022from.md  From Where to What (2022)

In ORCID, not on the site (1); npm run import -- --orcid ${ORCID} imports them:
  work 1002  On Pixel-Wise Explanations for Non-Linear Classifier Decisions by Layer-Wise Relevance Propagation (2015)

US biosketches (NIH, NSF) are generated in SciENcv from ORCID: keep the record complete.
`);
    const bib = readBibtex(readFileSync(join(dirname(site), 'orcid-missing.bib'), 'utf8'));
    expect(bib.entries.map((entry) => [entry.key, entry.data.title, entry.data.arxiv, entry.data.year])).toEqual([['achtibat2022from', 'From Where to What', '2206.03208', 2022]]);
  });

  it('an iD that is none stops before any request', async () => {
    api.requests.length = 0;
    const result = await runScript('orcid', ['--orcid', '0000-0002-1825-0098'], { env: { ...scholarlyEnv(api), VITA_CONTENT: 'content' }, cwd: dirname(site) });
    expect([result.status, result.stderr]).toEqual([1, '0000-0002-1825-0098: not an ORCID iD; expected an ORCID iD whose check digit is right (a typo?)\n']);
    expect(api.requests).toEqual([]);
  });
});
