/**
 * `npm run sync` against recorded answers on 127.0.0.1 (no network): a site whose
 * settings list an ORCID iD, a DBLP person, an OpenAlex author, PubMed and a Zotero
 * library, with one publication imported before whose volume the journal has since
 * corrected. The sync imports what is new, updates the volume, refreshes the
 * citation counts, writes which works the ORCID record lists (content/orcid.json) and
 * describes it all, exactly, for the pull request; a second
 * run finds nothing to change and writes nothing.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { OPENALEX_FIELDS } from '../../tooling/metrics/openAlex.ts';
import { FIXTURE_PUBLIC, fixtureCopy, MINIMAL, SOURCE_DATE_EPOCH } from '../helpers/build.ts';
import { syncCommand } from '../../scripts/sync.ts';
import { runCommand } from '../helpers/command.ts';
import { runScript } from '../helpers/script.ts';
import { startRecordedApi, type RecordedApi } from '../helpers/recordedApi.ts';
import { answerAllSources, DBLP_PERSON, JSON_TYPE, MAILTO, OPENALEX_AUTHOR, ORCID, recorded, scholarlyEnv, ZOTERO_LIBRARY } from '../helpers/scholarlyApi.ts';

const SETTINGS = `sync:
  orcid: ${ORCID}
  dblp: ${DBLP_PERSON}
  openalex: ${OPENALEX_AUTHOR}
  pubmed: ${ORCID}
  zotero: ${ZOTERO_LIBRARY}
`;
const CLEVER_HANS = '10.1038/s41467-019-08987-4';
let api: RecordedApi;
let site: string;
beforeAll(async () => {
  api = await startRecordedApi();
  answerAllSources(api);
  site = fixtureCopy(MINIMAL, { 'settings.yaml': SETTINGS });
});
afterAll(async () => {
  await api.close();
  rmSync(dirname(site), { recursive: true, force: true });
});

const env = () => ({ ...scholarlyEnv(api), VITA_CONTENT: 'content', SOURCE_DATE_EPOCH });
const sync = (...args: string[]) => runCommand(syncCommand, ['--mailto', MAILTO, ...args], { env: env(), cwd: dirname(site) });

describe('npm run sync', () => {
  it('imports, updates and counts from every source and describes each change for the pull request', async () => {
    // Imported before, from doi.org; the journal has since corrected the volume (recorded answers say 10).
    const imported = await runScript('import', ['--doi', CLEVER_HANS, '--mailto', MAILTO], { env: env(), cwd: dirname(site) });
    expect(imported.status).toBe(0);
    for (const file of ['publications/lapuschkin2019unmasking.md', 'publications/.imported.json']) {
      const path = join(site, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/("?volume"?: "?)10/, '$19'));
    }
    writeFileSync(join(site, 'metrics.json'), JSON.stringify({ version: 1, publications: { lapuschkin2019unmasking: { citedBy: 1100, source: 'OpenAlex', retrieved: '2026-11-01', doi: CLEVER_HANS } } }));
    api.answer(COUNTS, { headers: JSON_TYPE, body: recorded('openalex-works.json') });
    api.requests.length = 0;

    const result = await sync('--description', 'pull-request.md');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(readFileSync(join(dirname(site), 'pull-request.md'), 'utf8')).toBe(DESCRIPTION);
    expect(result.stdout).toBe(DESCRIPTION);
    expect(readFileSync(join(site, 'publications', 'lapuschkin2019unmasking.md'), 'utf8')).toContain('\nvolume: 10\n');
    expect(JSON.parse(readFileSync(join(site, 'metrics.json'), 'utf8')).publications.lapuschkin2019unmasking.citedBy).toBe(1131);
    // The record's three works, now all on the site, for the marks (a second run with the same list rewrites nothing).
    expect(JSON.parse(readFileSync(join(site, 'orcid.json'), 'utf8'))).toEqual({
      version: 1,
      orcid: ORCID,
      retrieved: '2026-12-01',
      publications: {
        bach2015pixel: { putCode: 1002, matchedBy: 'doi' },
        carberry2021towards: { putCode: 1003, matchedBy: 'title' },
        lapuschkin2019unmasking: { putCode: 1001, matchedBy: 'doi' },
      },
    });
    const checked = checkContentFolder(site, { publicDir: FIXTURE_PUBLIC });
    expect('problems' in checked && checked.problems).toEqual([]);
  });

  it('a second run finds nothing new: it writes nothing, not even a description, so no pull request opens', async () => {
    rmSync(join(dirname(site), 'pull-request.md'));
    api.answer(COUNTS_AGAIN, { headers: JSON_TYPE, body: recorded('openalex-works.json') });
    const before = snapshot(site);
    const result = await sync('--description', 'pull-request.md');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout.split('\n')[0]).toBe('Weekly update from your sources (npm run sync, 2026-12-01): nothing changed.');
    expect(existsSync(join(dirname(site), 'pull-request.md'))).toBe(false);
    expect(snapshot(site)).toEqual(before);
  });

  it('--dry-run describes the changes and writes nothing', async () => {
    const fresh = fixtureCopy(MINIMAL, { 'settings.yaml': `sync:\n  dblp: ${DBLP_PERSON}\n  metrics: false\n` });
    const result = await runCommand(syncCommand, ['--dry-run', '--mailto', MAILTO], { env: env(), cwd: dirname(fresh) });
    expect(result.stdout.split('\n')[0]).toBe('Weekly update from your sources (npm run sync, 2026-12-01): 3 new.');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('(dry run: nothing was written)');
    expect(existsSync(join(fresh, 'publications'))).toBe(false);
  });

  it('BibTeX files in the repository and on the web, and DOIs: each entry new, named with where it came from', async () => {
    const fresh = fixtureCopy(MINIMAL, { 'settings.yaml': `sync:\n  bibtex: [refs.bib, ${api.origin}/files/refs.bib]\n  dois: 10.1371/journal.pone.0130140\n  metrics: false\n` });
    writeFileSync(join(dirname(fresh), 'refs.bib'), '@book{lovelace2015sketch,\n  title = {Sketch of the Analytical Engine},\n  author = {Lovelace, Ada},\n  year = {2015},\n  publisher = {Example Press}\n}\n');
    api.answer('/files/refs.bib', { headers: { 'Content-Type': 'text/plain' }, body: recorded('dblp-pid-183-8367.bib') });
    const result = await runCommand(syncCommand, ['--mailto', MAILTO], { env: env(), cwd: dirname(fresh) });
    expect([result.status, result.stderr]).toEqual([0, '']);
    const added = result.stdout.split('\n').filter((line) => line.startsWith('- New: '));
    expect(added.map((line) => line.replace(/^- New: .*, from (.*) → `(.*)`$/, '$1 → $2'))).toEqual([
      'refs.bib:1 lovelace2015sketch → content/publications/lovelace2015sketch.md',
      `${api.origin}/files/refs.bib:1 DBLP:journals/corr/abs-2206-03208 → content/publications/achtibat2022from.md`,
      `${api.origin}/files/refs.bib:23 DBLP:journals/ncomms/LapuschkinWBMSM19 → content/publications/lapuschkin2019unmasking.md`,
      `${api.origin}/files/refs.bib:43 DBLP:conf/cvpr/LapuschkinBMMS16 → content/publications/lapuschkin2016analyzing.md`,
      'doi 10.1371/journal.pone.0130140 → content/publications/bach2015pixel.md',
    ]);
  });

  it('a source that is none is named with the settings file before any request', async () => {
    const fresh = fixtureCopy(MINIMAL, { 'settings.yaml': 'sync:\n  dblp: Ada Lovelace\n' });
    api.requests.length = 0;
    const result = await runCommand(syncCommand, [], { env: env(), cwd: dirname(fresh) });
    expect([result.status, result.stderr]).toEqual([1, 'content/settings.yaml sync: Ada Lovelace: not a DBLP person id; expected e.g. 06/3498 (the part after dblp.org/pid/)\n']);
    expect(api.requests).toEqual([]);
  });

  it('a source that fails is named with the address asked and the status, the rest imported; with nothing to change, the run fails', async () => {
    const fresh = fixtureCopy(MINIMAL, { 'settings.yaml': `sync:\n  dblp: ${DBLP_PERSON}\n  zotero: groups/2\n  metrics: false\n` });
    const result = await runCommand(syncCommand, ['--mailto', MAILTO], { env: env(), cwd: dirname(fresh) });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout.split('\n')[0]).toBe('Weekly update from your sources (npm run sync, 2026-12-01): 3 new.');
    expect(result.stdout).toContain(
      `\n- Lookup failed: Zotero groups/2: not found at ${api.origin}/zotero/groups/2/items/top?format=csljson&limit=100&start=0 (404)\n`,
    );
    expect(readdirSync(join(fresh, 'publications')).filter((name) => name.endsWith('.md'))).toHaveLength(3);

    // Next week nothing is new: no pull request tells of the failure, so the run fails.
    const again = await runCommand(syncCommand, ['--mailto', MAILTO], { env: env(), cwd: dirname(fresh) });
    expect([again.status, again.stderr]).toEqual([
      1,
      'sync: nothing changed, but 1 lookup failed (listed above): fix the source in settings.yaml or try again later.\n',
    ]);
    expect(again.stdout).toContain('\n- Lookup failed: Zotero groups/2: not found at ');
  });

  it('no source reachable (no network): one clear line and the lookups on stderr, exit 1, nothing written', async () => {
    const closed = await startRecordedApi();
    await closed.close();
    const offline = Object.fromEntries(Object.entries(env()).map(([name, value]) => [name, name.endsWith('_ENDPOINT') ? closed.origin : value]));
    const fresh = fixtureCopy(MINIMAL, { 'settings.yaml': `sync:\n  dblp: ${DBLP_PERSON}\n  openalex: ${OPENALEX_AUTHOR}\n` });
    const before = snapshot(dirname(fresh));
    const result = await runCommand(syncCommand, ['--mailto', MAILTO, '--description', 'pull-request.md'], { env: offline, cwd: dirname(fresh) });
    expect([result.status, result.stdout]).toEqual([1, '']);
    expect(result.stderr.replaceAll(closed.host, 'HOST')).toBe(
      [
        'sync: no source could be reached (2 lookups, none answered: is this machine offline?); nothing was written.',
        `  DBLP ${DBLP_PERSON}: cannot reach HOST (ECONNREFUSED), 4 attempts`,
        `  OpenAlex ${OPENALEX_AUTHOR}: cannot reach HOST (ECONNREFUSED), 4 attempts`,
        '',
      ].join('\n'),
    );
    expect(snapshot(dirname(fresh))).toEqual(before);
  });
});

/** Every file of the site with its text. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

/** What the citation counts are asked for: every publication's DOI (arXiv's DOI for a preprint), 50 at a time, in the site's order. */
const countsQuery = (dois: readonly string[]) =>
  `/openalex/works?${new URLSearchParams({ filter: `doi:${dois.join('|')}`, 'per-page': '50', select: OPENALEX_FIELDS, mailto: MAILTO })}`;
/** The first run: the publication there was, then the new ones. */
const COUNTS = countsQuery([CLEVER_HANS, '10.1371/journal.pone.0130140', '10.5555/12345678', '10.48550/arxiv.2206.03208', '10.1109/cvpr.2016.318']);
/** The second run: every publication, in file-name order. */
const COUNTS_AGAIN = countsQuery(['10.48550/arxiv.2206.03208', '10.1371/journal.pone.0130140', '10.5555/12345678', '10.1109/cvpr.2016.318', CLEVER_HANS]);

const DESCRIPTION = `Weekly update from your sources (npm run sync, 2026-12-01): 11 new, 1 updated, citations +118, 3 listed in ORCID.

### New

- New: On Pixel-Wise Explanations for Non-Linear Classifier Decisions by Layer-Wise Relevance Propagation (PLOS ONE, 2015), from doi 10.1371/journal.pone.0130140 → \`content/publications/bach2015pixel.md\`
- New: Towards a Theory of Carberry Numbers (Proceedings of the Brown Symposium on Psychoceramics, 2021), from ORCID 0000-0002-1825-0097 work 1003 → \`content/publications/carberry2021towards.md\`
- New: Toward a unified theory of high-energy metaphysics: silly string theory (Journal of Psychoceramics, 2008), from Zotero users/475425 475425/X42A7DEE → \`content/publications/carberry2008toward.md\`
- New: The Psychoceramics Handbook (2015), from Zotero users/475425 475425/7RMQ2VG4 → \`content/publications/carberry2015psychoceramics.md\`
- New: Cracks in the pottery of Rhode Island (2005), from Zotero users/475425 475425/PZ3M8U5N → \`content/publications/carberry2005cracks.md\`
- New: From "Where" to "What": Towards Human-Understandable Explanations through Concept Relevance Propagation (CoRR, 2022), from DBLP 183/8367 DBLP:journals/corr/abs-2206-03208 → \`content/publications/achtibat2022from.md\`
- New: Analyzing Classifiers: Fisher Vectors and Deep Neural Networks (2016 IEEE Conference on Computer Vision and Pattern Recognition, CVPR 2016, Las Vegas, NV, USA, June 27-30, 2016, 2016), from DBLP 183/8367 DBLP:conf/cvpr/LapuschkinBMMS16 → \`content/publications/lapuschkin2016analyzing.md\`
- New in experience: Professor of Psychoceramics, Brown University, from ORCID 0000-0002-1825-0097 employment 2001 → \`content/experience/brown-university-2012-09.md\`
- New in education: PhD, Brown University, from ORCID 0000-0002-1825-0097 education 3001 → \`content/education/brown-university-phd.md\`
- New in grants: Cracks in early modern pottery, National Science Foundation, from ORCID 0000-0002-1825-0097 funding 4001 → \`content/grants/national-science-foundation-cracks-in-early-modern-pottery.md\`
- New in service: reviewer, Journal of Psychoceramics, from ORCID 0000-0002-1825-0097 peer review 5001,5002 → \`content/service/reviewer-journal-of-psychoceramics.md\`

### Updated

- Updated: Unmasking Clever Hans predictors and assessing what machines really learn (\`content/publications/lapuschkin2019unmasking.md\`): volume 9 → 10

### Citations

- Citations: +118 across 2 works (OpenAlex, 2026-12-01), in \`content/metrics.json\`

### ORCID

- Listed in your ORCID record: 3 publications, in \`content/orcid.json\` (the marks of \`orcidMarks\`)

### Left out

- Not imported: OpenAlex W3000000001: OpenAlex type "paratext" has no publication kind; map it with --kind-map paratext=<kind> (journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article); OpenAlex lists no authors for this work
- Not imported: ORCID 0000-0002-1825-0097 employment 2002: start-date: ORCID gives only the year 2005; an experience entry needs the month; end-date: ORCID gives only the year 2012; an experience entry needs the month

Check the changes (edit the files on this branch if something is off) and merge; \`npm run check\` runs on the site as the build does. Next week brings what is new then.
`;
