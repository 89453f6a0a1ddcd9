/**
 * Whole-CV import from JSON Resume: the complete fixture's and the shipped CV's
 * cv.json, imported into an empty content folder, give the same site (their models
 * compared fact by fact, and one build); JSON Resume's own sample (not written by
 * vita) imports and builds; the deviations real files show are read, reported or
 * refused, entry by entry.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { isError } from '../../src/pipeline/problems.ts';
import { localeFor } from '../../src/i18n/index.ts';
import { jsonResumeOf } from '../../src/lib/formats/jsonResume.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { readJsonResume, readResumeDate } from '../../tooling/import/jsonResume.ts';
import type { SiteData } from '../../src/model/site.ts';
import { COMPLETE, fixtureCopy, ROOT, SHIPPED, SITES, scratchDist } from '../helpers/build.ts';
import { buildOnSharedBuilders } from '../helpers/sites.ts';
import { importCommand } from '../../scripts/import.ts';
import { runCommand } from '../helpers/command.ts';
import { modelOf } from '../helpers/model.ts';
import { siteFacts } from '../helpers/siteFacts.ts';

const FIXTURES = 'tests/fixtures/jsonresume';
const scratch = mkdtempSync(join(tmpdir(), 'vita-resume-'));
/** Where the imported folders' sites are built (in the project's tmp/, where the builder writes). */
const sites = scratchDist('resume-sites');
afterAll(() => {
  for (const folder of [scratch, sites]) rmSync(folder, { recursive: true, force: true });
});

const run = (...args: string[]) => runCommand(importCommand, args);

/** Every file under a folder, relative, sorted. */
function tree(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true })
    .flatMap((item) => (item.isDirectory() ? tree(folder, join(prefix, item.name)) : [join(prefix, item.name)]))
    .sort();
}

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, FIXTURES, name), 'utf8')) as Record<string, unknown>;

describe('JSON Resume round trip: cv.json imported into an empty folder gives the same site', () => {
  /** Exports a fixture's cv.json from its model and imports it into an empty folder; returns both models and the import's output. */
  async function roundTrip(folder: string, name = basename(folder)) {
    const site = await modelOf(folder);
    const settings = resolveSettings(folder, {});
    const file = join(scratch, `${name}.json`);
    writeFileSync(file, jsonResumeOf(site, { settings, locale: localeFor(settings.language) }));
    const content = join(scratch, `${name}-imported`);
    mkdirSync(content);
    const imported = await run(file, '--into', content);
    copyNamedFiles(imported.stdout, folder, content);
    return { site, settings, file, content, imported, back: await modelOf(content) };
  }

  /** A site's facts but for what a resume cannot carry and the owner has not copied yet: the portrait. */
  function withoutPortrait(site: SiteData) {
    const facts = siteFacts(site);
    return { ...facts, profile: { ...facts.profile, portrait: undefined } };
  }

  /** What the owner does after the import: copies the files it names from the old site into place (here, from the fixture). */
  function copyNamedFiles(output: string, from: string, content: string) {
    for (const [, folder, name] of output.matchAll(/copy it beside the entry, to content\/(\w+)\/(\S+)/g)) copyFileSync(join(from, folder!, name!), join(content, folder!, name!));
  }

  it('the complete fixture: the same facts on every page, the same settings; only files stay behind, each named', async () => {
    const { site, settings, file, content, imported, back } = await roundTrip(COMPLETE);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(
      '51 files written (profile 1, experience 2, education 2, awards 2, publications 14, projects 2, talks 3, lectures 1, patents 1, service 4, teaching 3, supervision 3, grants 3, news 4, pages 3, people 2, skills 1), 0 skipped as already present, 0 invalid',
    );
    // A resume carries no files: the portrait and the PDFs beside two publications stay on the old site, linked there, and the import says what to copy.
    expect(imported.stdout).toContain(
      'portrait: copy the image (https://maria-rossi.example.org/portrait.jpg) to public/portrait.jpg, then add portrait: /portrait.jpg and portraitAlt: "An illustration of Maria Rossi smiling, in a plum jumper" to profile.md',
    );
    expect(imported.stdout).toContain(
      'links: https://maria-rossi.example.org/publications/bianchi2019spatial.pdf is a file of the old site; copy it beside the entry, to content/publications/bianchi2019spatial.pdf',
    );
    expect(siteFacts(back)).toEqual(withoutPortrait(site));
    expect(siteFacts(back)).not.toEqual(siteFacts(site));
    expect(resolveSettings(content, {})).toEqual(settings);

    // A second import finds every entry already there and writes nothing.
    const again = await run(file, '--into', content);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 files written, 51 skipped as already present, 0 invalid');

    // And the imported folder builds: every page of the navigation is there.
    const dist = join(sites, 'round-trip');
    await buildOnSharedBuilders(dist, { content });
    for (const item of back.navigation) expect(existsSync(join(dist, new URL(item.href, 'https://x.org').pathname, 'index.html')), item.href).toBe(true);
  });

  it("the shipped CV: former names and aliases (papers as Bach S stay the owner's), selected papers, a multi-day talk and the settings come back; private details do not leave", async () => {
    const { site, settings, file, imported, back, content } = await roundTrip(SHIPPED);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(
      '100 files written (profile 1, experience 6, education 4, awards 5, publications 51, projects 6, talks 16, lectures 7, patents 3, skills 1), 0 skipped as already present, 0 invalid',
    );
    expect(siteFacts(back)).toEqual(siteFacts(site));
    expect(resolveSettings(content, {})).toEqual(settings);
    const asBach = (model: typeof site) => model.publications.filter((publication) => publication.authorList.people.some((author) => author.isOwner && author.name.startsWith('Bach'))).length;
    expect(asBach(back)).toBe(asBach(site));
    expect(asBach(site)).toBeGreaterThan(0);
    // The phone, the postal address and the birth details are on the printable CV only: cv.json never carries them.
    const exported = readFileSync(file, 'utf8');
    for (const detail of ['483', 'Kaiserin-Augusta-Allee', '1986-12-16', 'Nationality', 'nationality', 'birth']) expect(exported).not.toContain(detail);
    expect(back.profile.contactDetails.map((detail) => detail.value)).toEqual(['sebastian@lapuschkin.com']);
  });

  it('the complete fixture in German: the same facts in the German catalogue, titles in other languages still marked', async () => {
    const settingsText = readFileSync(join(COMPLETE, 'settings.yaml'), 'utf8').replace(/^language: en$/m, 'language: de');
    const { site, settings, imported, back, content } = await roundTrip(fixtureCopy(COMPLETE, { 'settings.yaml': settingsText }), 'complete-de');
    expect(imported.status, imported.stderr).toBe(0);
    expect(settings.language).toBe('de');
    expect(siteFacts(back)).toEqual(withoutPortrait(site));
    expect(resolveSettings(content, {})).toEqual(settings);
  });

  it.each(['humanities', 'lifesciences'])('the %s fixture: editors, translators, series, co-senior authors, shares and co-supervisors come back', async (name) => {
    const { site, settings, imported, back, content } = await roundTrip(join(SITES, name));
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(siteFacts(back)).toEqual(withoutPortrait(site));
    expect(resolveSettings(content, {})).toEqual(settings);
  });
});

describe("JSON Resume's own sample, not written by vita", () => {
  it('imports every entry (the degree without a location too), reports every dropped field and section, and builds', async () => {
    const content = join(scratch, 'sample');
    mkdirSync(content);
    const result = await run(`${FIXTURES}/sample.resume.json`, '--into', content);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(tree(content)).toEqual([
      'awards/digital-compression-pioneer-award-2014.md',
      'education/university-of-oklahoma-bachelor.md',
      'experience/pied-piper-2013-12.md',
      'profile.md',
      'projects/miss-direction.md',
      'publications/hendriks2014video.md',
      'service/coderdojo-other.md',
      'skills.md',
    ]);
    expect(result.stdout.split('\n').slice(-5)).toEqual([
      '8 files written (profile 1, experience 1, education 1, awards 1, publications 1, projects 1, service 1, skills 1), 0 skipped as already present, 0 invalid',
      'interests (1): not imported: no interests section',
      'references (1): not imported: no references section (and they rarely belong on a public site)',
      'fields not imported: profiles.Twitter (1), profiles.SoundCloud (1), phone (1), url (3), courses (1), highlights (2), keywords (1), type (1), summary (1), skills[].level (1)',
      '',
    ]);
    // volunteer → service: the position names no kind vita knows, so it is `other` with the position as the role.
    expect(readFileSync(join(content, 'service/coderdojo-other.md'), 'utf8')).toBe(
      '---\nkind: other\nvenue: CoderDojo\nyears: 2012-2013\nrole: Teacher\nurl: http://coderdojo.example.com/\n---\n',
    );
    expect(readFileSync(join(content, 'experience/pied-piper-2013-12.md'), 'utf8')).toBe(`---
organization: Pied Piper
unit: Awesome compression company
location: Palo Alto, CA
role: CEO/President
start: 2013-12
end: 2014-12
responsibilities:
  - Build an algorithm for artist to detect if their music was violating copy right infringement laws
  - Successfully won Techcrunch Disrupt
  - Optimized an algorithm that holds the current world record for Weisman Scores
---
Pied Piper is a multi-platform technology based on a proprietary universal compression algorithm that has consistently fielded high Weisman Scores™ that are not merely competitive, but approach the theoretical limit of lossless compression.
`);
    const dist = join(sites, 'sample');
    await buildOnSharedBuilders(dist, { content });
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('Richard Hendriks');
    // A degree without a location: the institution alone, no dangling separator.
    expect(readFileSync(join(dist, 'cv', 'index.html'), 'utf8')).toContain('<p class="entry-where">University of Oklahoma</p>');
    expect(existsSync(join(dist, 'publications', 'hendriks2014video', 'index.html'))).toBe(true);
  });
});

describe('newcomer: JSON Resume files exported by al-folio sites', () => {
  it('al-folio resume.json (awards dated startdate/enddate, positions and degrees without a location): 14 of 14 entries, and the folder passes the check', async () => {
    const content = join(scratch, 'al-folio');
    mkdirSync(content);
    const result = await run(`${FIXTURES}/al-folio.resume.json`, '--into', content);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(-3)).toEqual([
      '14 files written (profile 1, experience 3, education 3, awards 6, skills 1), 0 skipped as already present, 0 invalid',
      'fields not imported: enddate (3)',
      '',
    ]);
    expect(readFileSync(join(content, 'awards/university-research-fellowship-2023.md'), 'utf8')).toBe('---\nname: University Research Fellowship\nyear: 2023\nissuer: The Royal Society\n---\n');
    expect(result.stdout).toContain('wrote ' + content + '/awards/university-research-fellowship-2023.md from tests/fixtures/jsonresume/al-folio.resume.json awards[0]\n  not imported: enddate\n  "startdate" read as "date"\n');
    expect(readFileSync(join(content, 'education/university-of-victoria-canada-phd.md'), 'utf8')).toBe(
      '---\ninstitution: University of Victoria, Canada\ndegree: PhD\nfield: Physics & Astronomy\nstart: 2013\nend: 2017\n---\n',
    );
    expect(readFileSync(join(content, 'experience/institute-for-computational-cosmology-physics-durham-university-2023-10.md'), 'utf8')).toBe(
      '---\norganization: Institute for Computational Cosmology, Physics, Durham University\nrole: Royal Society University Research Fellow\nstart: 2023-10\n---\n',
    );
    const checked = checkContentFolder(content, { publicDir: join(scratch, 'no-public') });
    expect('problems' in checked && checked.problems.filter(isError)).toEqual([]);
  });

  it("al-folio _data/resume.json (locations, certificates, icons, references, a CEFR level in words): every entry, every leftover named", async () => {
    const content = join(scratch, 'al-folio-data');
    mkdirSync(content);
    const result = await run(`${FIXTURES}/al-folio-data.resume.json`, '--into', content);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(-6)).toEqual([
      '8 files written (profile 1, experience 2, education 2, service 2, skills 1), 0 skipped as already present, 0 invalid',
      'certificates (2): not imported: no certificates section',
      'interests (1): not imported: no interests section',
      'references (1): not imported: no references section (and they rarely belong on a public site)',
      'fields not imported: location (3), url (4), courses (2), summary (2), highlights (1), skills[].level (1), skills[].icon (1)',
      '',
    ]);
    expect(result.stdout).toContain('  languages[0]: fluency "IELTS 7.5 (CEFR C1)" read as "C1"\n');
    expect(readFileSync(join(content, 'education/university-of-stuttgart-master-of-science.md'), 'utf8')).toContain('\nlocation: Stuttgart, Germany\n');
    const checked = checkContentFolder(content, { publicDir: join(scratch, 'no-public') });
    expect('problems' in checked && checked.problems.filter(isError)).toEqual([]);
  });
});

describe('deviations from the schema', () => {
  const { drafts, sectionsLeftOut } = readJsonResume(fixture('deviations.resume.json'));
  const byKey = (key: string) => drafts.find((draft) => draft.key === key)!;

  it('basics: honorific split off, "Role, Institution" label, handles from profile URLs, CRLF paragraphs', () => {
    expect(byKey('basics')).toMatchObject({
      data: {
        name: 'Ada Müller-Lovelace',
        honorific: 'Prof. Dr.',
        aliases: ['Müller-Lovelace A', 'Ada Müller-Lovelace'],
        role: 'Professor of Computing',
        affiliation: 'University of Example',
        contact: { email: 'ada@example.org', phone: '+44 20 7946 0958' },
        links: { github: 'ada-example', orcid: '0000-0002-1825-0097' },
      },
      body: 'First paragraph of the bio.\n\nSecond paragraph.',
      notImported: ['profiles.Mastodon'],
      notices: ['profile "Mastodon": vita keeps GitHub, LinkedIn, ORCID and Google Scholar handles', 'empty value left out: url'],
    });
  });

  it('work: older and other key spellings, a year alone, "present", "03/2019", "March 2019"; an unreadable date refused', () => {
    expect(byKey('work[0]')).toMatchObject({
      data: { organization: 'University of Example', start: '2019-01', responsibilities: ['Leads the computing group.'] },
      notices: [
        '"company" read as "name"',
        '"start_date" read as "startDate"',
        'startDate "2019" has no month; written as 2019-01',
        'endDate "present" read as ongoing (no end)',
        'empty value left out: summary',
      ],
      errors: [],
    });
    expect(byKey('work[0]').data['end']).toBeUndefined();
    expect(byKey('work[1]')).toMatchObject({ data: { start: '2012-03', end: '2019-03' }, notImported: ['website'] });
    expect(byKey('work[2]').errors).toEqual(['startDate: "spring 2010" is not a date such as 2019, 2019-03 or 2019-03-01']);
  });

  it('education, awards, publications (a CV-style summary is the author list), languages', () => {
    expect(byKey('education[0]').data).toEqual({
      institution: 'University of Example',
      location: 'London, UK',
      degree: 'PhD',
      field: 'Mathematics',
      start: 2014,
      end: 2018,
      grade: 'summa cum laude',
      supervisors: [],
    });
    expect(byKey('awards[0]').data).toEqual({ name: 'Lovelace Medal', year: 2021, issuer: 'BCS' });
    expect(byKey('publications[0]').data).toEqual({
      kind: 'journal-article',
      title: 'Notes on the Analytical Engine',
      authors: ['Müller-Lovelace A', 'Babbage C'],
      year: 2018,
      month: 9,
      venue: 'Scientific Memoirs',
    });
    expect(byKey('skills')).toMatchObject({
      data: {
        languages: [
          { name: 'English', level: 'native' },
          { name: 'French', level: 'full professional proficiency' },
        ],
      },
      notImported: ['languages[2]'],
      errors: [],
    });
    expect(sectionsLeftOut).toEqual(['hobbies: not imported: not a JSON Resume section vita knows']);
  });

  it('volunteer: service without years is refused, naming what to add', () => {
    expect(byKey('volunteer[0]')).toMatchObject({
      data: { kind: 'other', venue: 'Code Club', role: 'Mentor' },
      errors: ['startDate: vita needs the years served; add "startDate" (and "endDate") to this entry'],
    });
  });

  it.each([
    ['2019', { year: 2019 }],
    ['2019-03', { year: 2019, month: 3 }],
    ['2019-03-01', { year: 2019, month: 3, day: 1 }],
    ['2019/3', { year: 2019, month: 3 }],
    ['3/2019', { year: 2019, month: 3 }],
    ['Sept. 2019', { year: 2019, month: 9 }],
    ['2019-03-01T00:00:00Z', { year: 2019, month: 3, day: 1 }],
    ['Present', 'ongoing'],
    ['2019-13', { error: '"2019-13" has no month 13' }],
    ['2019-02-30', { error: '"2019-02-30" is not a calendar date' }],
    ['soon', { error: '"soon" is not a date such as 2019, 2019-03 or 2019-03-01' }],
  ])('date %s', (text, expected) => {
    expect(readResumeDate(text)).toEqual(expected);
  });
});
