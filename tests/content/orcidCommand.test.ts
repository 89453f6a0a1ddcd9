/**
 * `npm run orcid` against ORCID's recorded works list (no network): the site and
 * the record compared by DOI, arXiv id and title, the works ORCID lacks written as
 * BibTeX that reads back as the same publication, the works the site lacks listed, and the
 * comparison written to content/orcid.json for the marks of the works ORCID lists.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBibtex } from '../../tooling/import/bibtex.ts';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { FIXTURE_PUBLIC, fixtureCopy, MINIMAL } from '../helpers/build.ts';
import { modelOf } from '../helpers/model.ts';
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
    const result = await runScript('orcid', ['--mailto', 'owner@example.org'], {
      // 2026-12-05, the day of the comparison.
      env: { ...scholarlyEnv(api), VITA_CONTENT: 'content', SOURCE_DATE_EPOCH: '1796428800' },
      cwd: dirname(site),
    });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(api.requests.map((request) => [request.url, request.headers.accept])).toEqual([[PATHS.orcid('works'), 'application/json']]);
    expect(result.stdout).toBe(`ORCID ${ORCID}: 3 works; the site: 3 publications; 2 in both.
content/orcid.json: 2 publications listed in ORCID (orcidMarks: true in settings.yaml marks them on the site).

On the site, not in ORCID (1), written to orcid-missing.bib for ORCID's BibTeX import (orcid.org → Works → Add → Import BibTeX):
  content/publications/achtibat2022from.md  From Where to What (2022)

In ORCID, not on the site (1); npm run import -- --orcid ${ORCID} imports them:
  work 1002  On Pixel-Wise Explanations for Non-Linear Classifier Decisions by Layer-Wise Relevance Propagation (2015)

US biosketches (NIH, NSF) are generated in SciENcv from ORCID: keep the record complete.
`);
    const bib = readBibtex(readFileSync(join(dirname(site), 'orcid-missing.bib'), 'utf8'));
    expect(bib.entries.map((entry) => [entry.key, entry.data.title, entry.data.arxiv, entry.data.year])).toEqual([['achtibat2022from', 'From Where to What', '2206.03208', 2022]]);
  });

  it('writes the comparison to content/orcid.json, which the check accepts and the marks read', async () => {
    expect(JSON.parse(readFileSync(join(site, 'orcid.json'), 'utf8'))).toEqual({
      version: 1,
      orcid: ORCID,
      retrieved: '2026-12-05',
      publications: { carberry2020towards: { putCode: 1003, matchedBy: 'title' }, lapuschkin2019unmasking: { putCode: 1001, matchedBy: 'doi' } },
    });
    const checked = checkContentFolder(site, { publicDir: FIXTURE_PUBLIC });
    expect('problems' in checked && checked.problems).toEqual([]);
    const marked = (await modelOf(site, { settings: { orcidMarks: true } })).publications.filter((publication) => publication.inOrcid).map((publication) => publication.id);
    expect(marked.sort()).toEqual(['carberry2020towards', 'lapuschkin2019unmasking']);
    // Off by default: nothing is marked and no key is shown.
    const plain = await modelOf(site);
    expect([plain.publications.some((publication) => publication.inOrcid), plain.orcidKey]).toEqual([false, undefined]);
  });

  it('an iD that is none stops before any request', async () => {
    api.requests.length = 0;
    const result = await runScript('orcid', ['--orcid', '0000-0002-1825-0098'], { env: { ...scholarlyEnv(api), VITA_CONTENT: 'content' }, cwd: dirname(site) });
    expect([result.status, result.stderr]).toEqual([1, '0000-0002-1825-0098: not an ORCID iD; expected an ORCID iD whose check digit is right (a typo?)\n']);
    expect(api.requests).toEqual([]);
  });
});
