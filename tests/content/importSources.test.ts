/**
 * The sources beyond DOI, arXiv and ORCID works, against recorded answers on
 * 127.0.0.1: a DBLP person, PubMed (a search by ORCID iD), an OpenAlex author,
 * a Zotero library, and an ORCID record's employment, education, funding and
 * peer review. Each writes what it can into an empty site that checks clean,
 * names what it left out and why, and sends the headers each API asks for; all
 * of them together build one site.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { FIXTURE_PUBLIC, fixtureCopy, MINIMAL, ROOT, scratchDist } from '../helpers/build.ts';
import { buildOnSharedBuilders } from '../helpers/sites.ts';
import { loadPage } from '../helpers/dist.ts';
import { importCommand } from '../../scripts/import.ts';
import { runCommand } from '../helpers/command.ts';
import { startRecordedApi, type RecordedApi } from '../helpers/recordedApi.ts';
import { answerAllSources, DBLP_PERSON, MAILTO, OPENALEX_AUTHOR, ORCID, PATHS, scholarlyEnv, ZOTERO_LIBRARY } from '../helpers/scholarlyApi.ts';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const USER_AGENT = `vita/${version} (academic website generator; mailto:${MAILTO})`;
const dist = scratchDist('sources');
let api: RecordedApi;
beforeAll(async () => {
  api = await startRecordedApi();
  answerAllSources(api);
});
afterAll(async () => {
  await api.close();
  rmSync(dist, { recursive: true, force: true });
});
beforeEach(() => {
  api.requests.length = 0;
});

/** Imports into the site's publications folder (other sections beside it), writing what is valid. */
const importInto = (site: string, args: readonly string[], env: Record<string, string> = {}) =>
  runCommand(importCommand, [...args, '--into', join(site, 'publications'), '--mailto', MAILTO, '--skip-invalid'], { env: { ...scholarlyEnv(api), ...env } });

/** The problems `npm run check` prints for a site, errors and warnings. */
function problemsOf(site: string): string[] {
  const checked = checkContentFolder(site, { publicDir: FIXTURE_PUBLIC });
  if ('error' in checked) throw new Error(checked.error);
  return checked.problems.map((problem) => formatProblem(problem));
}

const files = (site: string, section: string) => (existsSync(join(site, section)) ? readdirSync(join(site, section)).sort() : []);
const summary = (stdout: string) => stdout.split('\n').filter((line) => /^\d+ publications? |^other sections:|^fields not imported:/.test(line));

describe('--dblp', () => {
  it("reads the person's DBLP BibTeX export and reports DBLP's bookkeeping fields as not imported", async () => {
    const site = fixtureCopy(MINIMAL);
    const result = await importInto(site, ['--dblp', `https://dblp.org/pid/${DBLP_PERSON}.html`]);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(api.requests.map((request) => [request.url, request.headers.accept, request.headers['user-agent']])).toEqual([[PATHS.dblp, 'application/x-bibtex', USER_AGENT]]);
    expect(files(site, 'publications')).toEqual(['.imported.json', 'achtibat2022from.md', 'lapuschkin2016analyzing.md', 'lapuschkin2019unmasking.md']);
    expect(readFileSync(join(site, 'publications', 'lapuschkin2016analyzing.md'), 'utf8')).toBe(DBLP_CVPR);
    expect(summary(result.stdout)).toEqual(['3 publications written, 0 skipped as already present, 0 invalid', 'fields not imported: timestamp (3), biburl (3), bibsource (3)']);
    expect(problemsOf(site)).toEqual([]);
  });

  it('refuses what is no DBLP person id before any request', async () => {
    const result = await importInto(fixtureCopy(MINIMAL), ['--dblp', 'Sebastian Lapuschkin']);
    expect([result.status, result.stderr]).toEqual([1, 'Sebastian Lapuschkin: not a DBLP person id; expected e.g. 06/3498 (the part after dblp.org/pid/)\n']);
    expect(api.requests).toEqual([]);
  });
});

describe('--pubmed', () => {
  it('searches PubMed for the ORCID iD, fetches the records as PubMed XML with tool and email, and keeps structured abstracts and collective authors', async () => {
    const site = fixtureCopy(MINIMAL);
    const result = await importInto(site, ['--pubmed', ORCID]);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(api.requests.map((request) => request.url)).toEqual([PATHS.pubmedSearch, PATHS.pubmedFetch]);
    expect(files(site, 'publications')).toEqual(['.imported.json', 'carberry2019toward.md', 'lapuschkin2019unmasking.md']);
    expect(readFileSync(join(site, 'publications', 'carberry2019toward.md'), 'utf8')).toBe(PUBMED_REVIEW);
    expect(summary(result.stdout)).toEqual([
      '2 publications written, 0 skipped as already present, 0 invalid',
      'fields not imported: MeshHeadingList (1), AffiliationInfo (1), Author.Identifier (1)',
    ]);
    expect(problemsOf(site)).toEqual([]);
  });
});

describe('--openalex', () => {
  it("follows OpenAlex's cursor through every page of the author's works and names the work it has no kind for", async () => {
    const site = fixtureCopy(MINIMAL);
    const result = await importInto(site, ['--openalex', `https://openalex.org/${OPENALEX_AUTHOR}`]);
    expect(result.status).toBe(0);
    expect(api.requests.map((request) => request.url)).toEqual([PATHS.openalexPage('*'), PATHS.openalexPage('IlsxNjA5MzcyODAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzI0ODg0OTk3NjQnXSI=')]);
    expect(result.stderr).toBe(
      'invalid OpenAlex W3000000001:\n  OpenAlex type "paratext" has no publication kind; map it with --kind-map paratext=<kind> (journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article)\n  OpenAlex lists no authors for this work\n',
    );
    expect(files(site, 'publications')).toEqual(['.imported.json', 'achtibat2022from.md', 'lapuschkin2016analyzing.md', 'lapuschkin2019unmasking.md']);
    expect(readFileSync(join(site, 'publications', 'lapuschkin2019unmasking.md'), 'utf8')).toBe(OPENALEX_ARTICLE);
    expect(readFileSync(join(site, 'publications', 'achtibat2022from.md'), 'utf8')).toContain('kind: preprint\n');
    expect(summary(result.stdout)).toEqual([
      '3 publications written, 0 skipped as already present, 1 invalid and skipped',
      'fields not imported: authorships.institutions (1), locations (1)',
    ]);
    expect(problemsOf(site)).toEqual([]);
  });
});

describe('--zotero', () => {
  it('reads the top-level items as CSL-JSON with the API version and the key from ZOTERO_API_KEY', async () => {
    const site = fixtureCopy(MINIMAL);
    const result = await importInto(site, ['--zotero', ZOTERO_LIBRARY], { ZOTERO_API_KEY: 'P9NiFoyLeZu2bZNvvuQPDWsd' });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(api.requests.map((request) => [request.url, request.headers['zotero-api-version'], request.headers['zotero-api-key']])).toEqual([
      [PATHS.zotero, '3', 'P9NiFoyLeZu2bZNvvuQPDWsd'],
    ]);
    expect(files(site, 'publications')).toEqual(['.imported.json', 'carberry2005cracks.md', 'carberry2008toward.md', 'carberry2015psychoceramics.md']);
    expect(summary(result.stdout)).toEqual([
      '3 publications written, 0 skipped as already present, 0 invalid',
      'fields not imported: source (1), journalAbbreviation (1), accessed (1), number-of-pages (1)',
    ]);
    expect(problemsOf(site)).toEqual([]);
  });

  it('a private library without a key: one line saying where the key goes', async () => {
    api.answer('/zotero/groups/2/items/top?format=csljson&limit=100&start=0', { status: 403, body: 'Forbidden' });
    const result = await importInto(fixtureCopy(MINIMAL), ['--zotero', 'groups/2'], { ZOTERO_API_KEY: '' });
    expect(result.stderr.split('\n')[0]).toBe(
      `failed Zotero groups/2: refused at ${api.origin}/zotero/groups/2/items/top?format=csljson&limit=100&start=0 (403); a private library needs a key in ZOTERO_API_KEY (zotero.org/settings/keys)`,
    );
    expect(api.requests[0]!.headers['zotero-api-key']).toBeUndefined();
  });
});

describe('--orcid: the rest of the record', () => {
  it('writes employment, education, funding and peer review through the entry writers, and refuses what ORCID does not say', async () => {
    const site = fixtureCopy(MINIMAL);
    const result = await importInto(site, ['--orcid', ORCID]);
    expect(result.status).toBe(0);
    expect(files(site, 'experience')).toEqual(['brown-university-2012-09.md']);
    expect(readFileSync(join(site, 'experience', 'brown-university-2012-09.md'), 'utf8')).toBe(
      '---\norganization: Brown University\nunit: Department of Psychoceramics\nlocation: Providence, United States\nrole: Professor of Psychoceramics\nstart: 2012-09\n---\n',
    );
    expect(readFileSync(join(site, 'education', 'brown-university-phd.md'), 'utf8')).toBe(
      '---\ninstitution: Brown University\nlocation: Providence, United States\ndegree: PhD\nstart: 2000\nend: 2005\n---\n',
    );
    expect(readFileSync(join(site, 'grants', 'national-science-foundation-cracks-in-early-modern-pottery.md'), 'utf8')).toBe(
      '---\ntitle: Cracks in early modern pottery\nfunder: National Science Foundation\nnumber: "1234567"\nstart: 2015-01\nend: 2018-12\nurl: https://www.nsf.gov/awardsearch/showAward?AWD_ID=1234567\n---\n',
    );
    expect(readFileSync(join(site, 'service', 'reviewer-journal-of-psychoceramics.md'), 'utf8')).toBe(
      '---\nkind: reviewer\nvenue: Journal of Psychoceramics\nyears:\n  - 2019\n  - 2021\n---\n',
    );
    expect(result.stderr).toContain(
      `invalid ORCID ${ORCID} employment 2002:\n  start-date: ORCID gives only the year 2005; an experience entry needs the month\n  end-date: ORCID gives only the year 2012; an experience entry needs the month\n`,
    );
    expect(result.stdout).toContain(
      '  role: ORCID does not say your part in it; written as the default, pi: correct it if you were not the principal investigator\n',
    );
    expect(summary(result.stdout)[1]).toBe('other sections: 4 files written (experience 1, education 1, grants 1, service 1), 0 skipped as already present, 1 invalid');
    expect(problemsOf(site)).toEqual([]);

    const again = await importInto(site, ['--orcid', ORCID]);
    expect(summary(again.stdout)[1]).toBe('other sections: 0 files written, 4 skipped as already present, 1 invalid');
  });
});

describe('every source into one site', () => {
  it('checks clean and builds: publication pages and the CV with the imported sections', async () => {
    const site = fixtureCopy(MINIMAL);
    const result = await importInto(site, [
      '--orcid',
      ORCID,
      '--dblp',
      DBLP_PERSON,
      '--pubmed',
      ORCID,
      '--openalex',
      OPENALEX_AUTHOR,
      '--zotero',
      ZOTERO_LIBRARY,
    ]);
    expect(result.status).toBe(0);
    expect(summary(result.stdout)[0]).toBe('8 publications written, 6 skipped as already present, 1 invalid and skipped');
    expect(problemsOf(site)).toEqual([]);
    await buildOnSharedBuilders(dist, { content: site });
    const cv = loadPage('/cv/', dist);
    expect(cv('main').text()).toContain('Professor of Psychoceramics');
    expect(cv('main').text()).toContain('Journal of Psychoceramics');
    for (const id of readdirSync(join(site, 'publications')).filter((name) => name.endsWith('.md')))
      expect(existsSync(join(dist, 'publications', id.replace(/\.md$/, ''), 'index.html')), id).toBe(true);
  });
});

/** DBLP's conference paper: its booktitle as the venue, its page range. */
const DBLP_CVPR = `---
kind: conference-paper
title: "Analyzing Classifiers: Fisher Vectors and Deep Neural Networks"
authors:
  - Lapuschkin, Sebastian
  - Binder, Alexander
  - Montavon, Grégoire
  - Müller, Klaus-Robert
  - Samek, Wojciech
year: 2016
venue: 2016 IEEE Conference on Computer Vision and Pattern Recognition, CVPR 2016, Las Vegas, NV, USA, June 27-30, 2016
pages: "2912-2920"
publisher: IEEE Computer Society
doi: "10.1109/CVPR.2016.318"
---
`;

/** PubMed's review: the trailing period of ArticleTitle gone, its <i> kept, a collective author as an organisation, labelled abstract parts as paragraphs. */
const PUBMED_REVIEW = `---
kind: review-article
title: "Toward a unified theory of high-energy metaphysics: silly string theory and <i>Ceramica</i> cracks"
authors:
  - Carberry, Josiah
  - { organization: "Psychoceramics Study Group" }
year: 2019
month: 4
venue: Journal of psychoceramics
volume: 12
issue: 3
pages: "5-11"
doi: "10.5555/12345678"
pmid: "31000001"
issn: "0953-1513"
---
**Background.** Cracked pots have long puzzled psychoceramicists.

**Results.** A unified theory explains 10<sup>3</sup> cracks & more.
`;

/** OpenAlex's article: the raw author names, the arXiv id of another location, PubMed and PMC ids, the abstract rebuilt from the inverted index. */
const OPENALEX_ARTICLE = `---
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
pages: "1096"
doi: "10.1038/s41467-019-08987-4"
arxiv: "1902.10178"
pmid: "30858366"
pmcid: "PMC6411791"
---
Current learning machines have successfully solved hard application problems.
`;
