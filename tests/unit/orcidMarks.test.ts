/**
 * The marks of the works the owner's ORCID record lists (issue 26 §3): content/orcid.json
 * checked by its schema with clear errors, the marks and their key in the model (only with
 * `orcidMarks: true`), in each page's language, and in cv.json.
 */
import { describe, expect, it } from 'vitest';
import { localeFor } from '../../src/i18n/index.ts';
import { jsonResumeOf } from '../../src/lib/formats/jsonResume.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { html, plain } from '../../src/model/rich.ts';
import { compareWithOrcid } from '../../tooling/orcid/command.ts';
import { md, problemsOf, treeProblems } from '../helpers/check.ts';
import { modelOfFiles } from '../helpers/model.ts';

const ORCID = '0000-0002-1825-0097';
const paper = (title: string, doi: string) => md(`kind: journal-article\ntitle: ${title}\nauthors: [Lovelace A]\nyear: 2020\nvenue: J\ndoi: "${doi}"`);
const orcidFile = (publications: Record<string, unknown>) => JSON.stringify({ version: 1, orcid: ORCID, retrieved: '2026-12-01', publications }, null, 2);
const files = (settings: string, languages = '') => ({
  'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.'),
  ...(languages ? { 'profile.de.md': 'Biografie.' } : {}),
  'settings.yaml': `${settings}\n${languages}`,
  'publications/listed.md': paper('Notes on the engine', '10.1000/listed'),
  'publications/unlisted.md': paper('Sketch of the engine', '10.1000/unlisted'),
  'orcid.json': orcidFile({ listed: { putCode: 1001, matchedBy: 'doi' } }),
});

describe('content/orcid.json', () => {
  it('refuses what is not the comparison, each problem with its line, the field, what was found and what was expected', () => {
    const text = JSON.stringify(
      {
        version: 2,
        orcid: '0000-0002-1825-0098',
        retrieved: '2026-13-01',
        publications: { 'Not An Id': { putCode: 1, matchedBy: 'doi' }, notes: { putCode: 0, matchedBy: 'isbn' } },
      },
      null,
      2,
    );
    expect(problemsOf('orcid.json', text)).toEqual([
      'content/orcid.json:2 version: expected one of: 1; found 2',
      'content/orcid.json:3 orcid: expected an ORCID iD whose check digit is right (a typo?); found "0000-0002-1825-0098"',
      'content/orcid.json:4 retrieved: expected a real calendar date YYYY-MM-DD; found "2026-13-01"',
      'content/orcid.json:6 publications.Not An Id: expected a publication id: a file name in content/publications/ without .md, such as lovelace1843notes; found "Not An Id"',
      'content/orcid.json:11 publications.notes.putCode: expected a put-code, a whole number such as 1001; found 0',
      'content/orcid.json:12 publications.notes.matchedBy: expected one of: doi, arxiv, title; found "isbn"',
    ]);
  });

  it('warns of an id that names no publication: that work is not marked', () => {
    expect(treeProblems({ ...files('orcidMarks: true'), 'orcid.json': orcidFile({ listed: { putCode: 1, matchedBy: 'doi' }, gone: { putCode: 2, matchedBy: 'title' } }) })).toEqual(
      ['content/orcid.json:10 publications.gone: warning: "gone" names no file in content/publications/; it is not marked as listed in ORCID (npm run orcid rewrites the file)'],
    );
  });
});

describe('the marks in the model', () => {
  it('mark the works the record lists, with a key naming the record and the day, when orcidMarks is on', async () => {
    const site = await modelOfFiles(files('orcidMarks: true'));
    expect(site.publications.map((publication) => [publication.id, publication.inOrcid])).toEqual([
      ['listed', true],
      ['unlisted', false],
    ]);
    expect(html(site.orcidKey!)).toBe(`Listed in the ORCID record <a href="https://orcid.org/${ORCID}">${ORCID}</a> (as of Dec 1, 2026)`);
  });

  it('are off by default: no work is marked and there is no key', async () => {
    const site = await modelOfFiles(files(''));
    expect([site.publications.some((publication) => publication.inOrcid), site.orcidKey]).toEqual([false, undefined]);
  });

  it('have no key when the record lists no work of the site', async () => {
    const site = await modelOfFiles({ ...files('orcidMarks: true'), 'orcid.json': orcidFile({}) });
    expect([site.publications.some((publication) => publication.inOrcid), site.orcidKey]).toEqual([false, undefined]);
  });

  it("speak the page's language", async () => {
    const site = await modelOfFiles(files('orcidMarks: true', 'languages: [en, de]'), { language: 'de' });
    expect(plain(site.orcidKey!)).toBe(`Im ORCID-Profil ${ORCID} verzeichnet (Stand: 1. Dez. 2026)`);
    expect(localeFor('de').t.publication.inOrcid).toBe('im ORCID-Profil verzeichnet');
  });

  it('travel in cv.json as x-orcid (the JSON Resume import writes it back)', async () => {
    const site = await modelOfFiles(files('orcidMarks: true'));
    const settings = { ...resolveSettings('/nonexistent', {}), orcidMarks: true };
    const resume = JSON.parse(jsonResumeOf(site, { settings, locale: localeFor('en') }));
    expect(resume['x-orcid']).toEqual({ version: 1, orcid: ORCID, retrieved: '2026-12-01', publications: { listed: { putCode: 1001, matchedBy: 'doi' } } });
  });
});

describe('the comparison behind the file', () => {
  it('records for each publication the put-code and what matched: DOI first, then arXiv id, then title', () => {
    const site = [
      { id: 'a', file: 'a.md', doi: '10.1000/a', title: 'A', year: 2020 },
      { id: 'b', file: 'b.md', arxiv: '2001.00001', title: 'B', year: 2020 },
      { id: 'c', file: 'c.md', title: 'Towards C', year: 2021 },
      { id: 'd', file: 'd.md', title: 'D', year: 2022 },
    ];
    const works = [
      { putCode: 3, title: 'towards c', year: 2020 },
      { putCode: 1, doi: '10.1000/A' },
      { putCode: 2, arxiv: '2001.00001v2' },
      { putCode: 9, title: 'Not on the site' },
    ];
    const { listed, missingFromOrcid, missingFromSite } = compareWithOrcid(site, works);
    expect(listed).toEqual({ a: { putCode: 1, matchedBy: 'doi' }, b: { putCode: 2, matchedBy: 'arxiv' }, c: { putCode: 3, matchedBy: 'title' } });
    expect([missingFromOrcid.map((publication) => publication.id), missingFromSite.map((work) => work.putCode)]).toEqual([['d'], [9]]);
  });
});
