/**
 * Whole-CV import from JSON Resume: the shipped CV's cv.json imported into an
 * empty content folder and built again gives the same cv.json; JSON Resume's own
 * sample (not written by vita) imports and builds; the deviations real files show
 * are read, reported or refused, entry by entry.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonResume, readResumeDate } from '../../tooling/import/jsonResume.ts';
import { buildSite, DIST, ROOT, scratchDist } from '../helpers/build.ts';
import { importCommand } from '../../scripts/import.ts';
import { runCommand } from '../helpers/command.ts';

const FIXTURES = 'tests/fixtures/jsonresume';
const scratch = mkdtempSync(join(tmpdir(), 'vita-resume-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args: string[]) => runCommand(importCommand, args);

/** Every file under a folder, relative, sorted. */
function tree(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true })
    .flatMap((item) => (item.isDirectory() ? tree(folder, join(prefix, item.name)) : [join(prefix, item.name)]))
    .sort();
}

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, FIXTURES, name), 'utf8')) as Record<string, unknown>;

describe('JSON Resume round trip', () => {
  it('the shipped CV: cv.json → import into an empty folder → build → the same cv.json, byte for byte', async () => {
    const content = join(scratch, 'round-trip');
    mkdirSync(content);
    const imported = await run(join(DIST, 'cv.json'), '--into', content);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(
      '100 files written (profile 1, experience 6, education 4, awards 5, publications 51, projects 6, talks 16, lectures 7, patents 3, skills 1), 0 skipped as already present, 0 invalid',
    );
    const dist = scratchDist('round-trip');
    buildSite(dist, { content });
    expect(readFileSync(join(dist, 'cv.json'), 'utf8')).toBe(readFileSync(join(DIST, 'cv.json'), 'utf8'));

    // A second import finds every entry already there and writes nothing.
    const again = await run(join(DIST, 'cv.json'), '--into', content);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 files written, 100 skipped as already present, 0 invalid');
  });
});

describe("JSON Resume's own sample, not written by vita", () => {
  it('refuses the education entry JSON Resume gives no location, names it, and writes nothing', async () => {
    const content = join(scratch, 'sample-refused');
    mkdirSync(content);
    const result = await run(`${FIXTURES}/sample.resume.json`, '--into', content);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        `invalid ${FIXTURES}/sample.resume.json education[0]:`,
        '  location: JSON Resume has no place for it and vita needs one; add "location": "City, Country" to this entry',
        `  ${content}/education/university-of-oklahoma-bachelor.md:2 location: required field is missing; expected text`,
        '  not imported: url, courses',
        '',
        `1 invalid entry; nothing was written. Fix them in ${FIXTURES}/sample.resume.json, or pass --skip-invalid to import the rest.`,
        '',
      ].join('\n'),
    );
    expect(readdirSync(content)).toEqual([]);
  });

  it('with --skip-invalid imports the rest, reports every dropped field and section, and builds', async () => {
    const content = join(scratch, 'sample');
    mkdirSync(content);
    const result = await run(`${FIXTURES}/sample.resume.json`, '--into', content, '--skip-invalid');
    expect(result.status).toBe(0);
    expect(tree(content)).toEqual([
      'awards/digital-compression-pioneer-award-2014.md',
      'experience/pied-piper-2013-12.md',
      'profile.md',
      'projects/miss-direction.md',
      'publications/hendriks2014video.md',
      'service/coderdojo-other.md',
      'skills.md',
    ]);
    expect(result.stdout.split('\n').slice(-5)).toEqual([
      '7 files written (profile 1, experience 1, awards 1, publications 1, projects 1, service 1, skills 1), 0 skipped as already present, 1 invalid and skipped',
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
    const dist = scratchDist('resume-sample');
    buildSite(dist, { content });
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('Richard Hendriks');
    expect(existsSync(join(dist, 'publications', 'hendriks2014video', 'index.html'))).toBe(true);
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
