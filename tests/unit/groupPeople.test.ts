/**
 * Issue 25 §3: the members of a group. content/people/ files with a role are members: grouped
 * for the People page by status (current first, alumni after, who left last first) and by role
 * (the known roles in their order, free text after), each with a role label, a period, a
 * portrait and their works; members emphasised in every author list, with the key; bad input
 * named with file, line and field.
 */
import { describe, expect, it } from 'vitest';
import { localeFor } from '../../src/i18n/index.ts';
import { memberGroups, memberView } from '../../src/model/people.ts';
import { cvDocument } from '../../src/pdf/document.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { GROUP, GROUP_PUBLIC } from '../helpers/build.ts';
import { checkContentTree } from '../../src/pipeline/checkTree.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { md, problemsOf, treeProblems } from '../helpers/check.ts';
import { modelOf, modelOfFiles, pdfOptions } from '../helpers/model.ts';

const en = localeFor('en');
const group = () => modelOf(GROUP, { publicDir: GROUP_PUBLIC });
/** The People page's outline: status heading, then each role heading with its members' names. */
const outline = (groups: Awaited<ReturnType<typeof group>>['members']) =>
  groups.map((status) => [status.heading, status.roles.map((role) => [role.heading, role.people.map((person) => person.name)])]);

describe('the members of a group', () => {
  it('are grouped current first by role in its order, free-text roles after, then the alumni, who left last first', async () => {
    expect(outline((await group()).members)).toEqual([
      [
        'Current members',
        [
          ['Principal investigators', ['Helena Varga']],
          ['Postdoctoral researchers', ['Tomás Okafor']],
          ['PhD students', ['Mei Lindqvist']],
          ['Lab manager', ['Sara Nyberg']],
        ],
      ],
      [
        'Alumni',
        [
          ['Postdoctoral researchers', ['Dmitri Sokolov']],
          ['PhD students', ['Priya Raman']],
          ['Master’s students', ['Lukas Feld']],
        ],
      ],
    ]);
  });

  it('carry their role label, period, portrait, now-line and works found through their aliases; a co-author of the registry is no member', async () => {
    const site = await group();
    const person = (id: string) => site.persons.find((someone) => someone.id === id)!;
    expect(person('tomas-okafor').member).toMatchObject({
      role: 'postdoc',
      roleLabel: 'Postdoctoral researcher',
      status: 'current',
      period: 'Apr 2023 – present',
      line: 'Postdoctoral researcher, Apr 2023 – present',
      now: undefined,
      portrait: { path: '/people/tomas-okafor.jpg', alt: 'Tomás Okafor on a field trip, in a green rain jacket' },
    });
    expect(person('tomas-okafor').publications.map((publication) => publication.id)).toEqual(['lindqvist2026preprint', 'okafor2025tracking']);
    expect(person('tomas-okafor').summary).toBe('2 publications, 2025–2026.');
    expect(person('priya-raman').member).toMatchObject({
      status: 'alumni',
      period: 'Oct 2018 – Mar 2023',
      now: 'Now: Assistant Professor at the University of Helsinki',
      portrait: undefined,
      initials: 'PR',
    });
    expect(person('sara-nyberg').member).toMatchObject({ role: 'Lab manager', roleLabel: 'Lab manager', line: 'Lab manager, 2020 – present' });
    expect(person('helena-varga').html).toContain('founded the lab in 2015');
    expect(person('luca-conti').member).toBeUndefined();
    expect(person('luca-conti').summary).toBe('1 joint publication with Varga Lab, 2022.');
  });

  it('are current until their end has passed on the day of the build, unless status says otherwise', () => {
    const person = (fields: string) =>
      personSchema.parse(
        Object.fromEntries(
          fields
            .split(', ')
            .map((field) => field.split(': ') as [string, string])
            .map(([key, value]) => [key, /^\d{4}$/.test(value) ? Number(value) : value]),
        ),
      );
    const status = (fields: string, today: string | undefined) => memberView(person(`name: Ada Lovelace, role: postdoc, ${fields}`), en, today).status;
    expect(status('start: 2020-01, end: 2026-12', '2026-12-01')).toBe('current');
    expect(status('start: 2020-01, end: 2026-11', '2026-12-01')).toBe('alumni');
    expect(status('start: 2020, end: 2026', '2026-12-31')).toBe('current');
    expect(status('start: 2020, end: 2025', '2026-01-01')).toBe('alumni');
    expect(status('start: 2020-01', '2030-01-01')).toBe('current');
    expect(status('start: 2020-01, end: 2030-01, status: alumni', '2026-12-01')).toBe('alumni');
    expect(status('start: 2020-01, end: 2020-06, status: current', '2026-12-01')).toBe('current');
    // Without a build date, an end makes an alumnus.
    expect(status('start: 2020-01, end: 2030-01', undefined)).toBe('alumni');
  });

  it('are shown in the page’s language, and a group without members has none', async () => {
    const german = await modelOf(GROUP, { publicDir: GROUP_PUBLIC, language: 'de' });
    expect(outline(german.members).map(([heading, roles]) => [heading, (roles as unknown[][]).map(([role]) => role)])).toEqual([
      ['Aktuelle Mitglieder', ['Principal Investigators', 'Postdocs', 'Promovierende', 'Lab manager']],
      ['Ehemalige', ['Postdocs', 'Promovierende', 'Masterstudierende']],
    ]);
    const alone = await modelOfFiles({ 'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Analyst.'), 'people/grace-hopper.md': md('name: Grace Hopper') });
    expect(alone.members).toEqual([]);
    expect(memberGroups(alone.persons, en)).toEqual([]);
  });
});

describe('a PI’s own folder', () => {
  it('lists the owner among the members with their works, still in bold in author lists and nobody’s co-author', async () => {
    const site = await modelOfFiles({
      'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Analyst.'),
      'people/ada-lovelace.md': md('name: Ada Lovelace\naliases: [Lovelace A]\nrole: principal-investigator\nstart: 2015'),
      'people/grace-hopper.md': md('name: Grace Hopper\naliases: [Hopper G]\nrole: phd-student\nstart: 2021'),
      'publications/p.md': md('kind: journal-article\ntitle: Engines\nauthors: [Hopper G, Lovelace A]\nyear: 2023\nvenue: Journal'),
    });
    const ada = site.persons.find((person) => person.id === 'ada-lovelace')!;
    expect([ada.member?.roleLabel, ada.summary]).toEqual(['Principal investigator', '1 publication, 2023.']);
    expect(site.publications[0]!.authorList.people.map((author) => [author.name, author.isOwner, author.member])).toEqual([
      ['Hopper\u00A0G', false, 'underline'],
      ['Lovelace\u00A0A', true, undefined],
    ]);
  });
});

describe('members in author lists', () => {
  it('are underlined with the key, the owner in bold, others plain: on the page, in the reference and in the PDF', async () => {
    const site = await group();
    const work = site.publicationById.get('raman2022corridors')!;
    expect(work.authorList.people.map((author) => [author.name, author.member])).toEqual([
      ['Raman\u00A0P', 'underline'],
      ['Sokolov\u00A0D', 'underline'],
      ['Conti\u00A0LM', undefined],
      ['Varga\u00A0H', 'underline'],
    ]);
    expect(work.authorList.key).toBe('underlined: member of the group');
    // The PDF sets the reference's authors as runs: members underlined, the key after them.
    const pdf = cvDocument(site, pdfOptions(), en);
    const runs = JSON.stringify(pdf.sections.find((section) => section.heading === 'Publications'));
    expect(runs).toContain('{"text":"Raman\u00A0P","underline":true}');
    expect(runs).toContain('{"text":"Conti\u00A0LM","subtle":true,"link":"https://lucaconti.example.org"}');
    expect(runs).toContain('(underlined: member of the group)');
  });

  it('are underlined in a CSL style’s references too', async () => {
    const apa = await modelOf(GROUP, { publicDir: GROUP_PUBLIC, settings: { citationStyle: 'apa' } });
    const underlined = apa.publicationById
      .get('raman2022corridors')!
      .styled!.filter((run) => run.underline)
      .map((run) => run.text);
    expect(underlined.join(' | ')).toBe('Raman, P. | Sokolov, D. | Varga, H.');
  });

  it('are in bold with `memberNames: bold`, and not emphasised at all with `plain`', async () => {
    const bold = await modelOf(GROUP, { publicDir: GROUP_PUBLIC, settings: { memberNames: 'bold' } });
    const work = bold.publicationById.get('okafor2025tracking')!;
    expect(work.authorList.people.map((author) => author.member)).toEqual(['bold', 'bold', undefined, 'bold']);
    expect(work.authorList.key).toBe('bold: member of the group');
    const plain = await modelOf(GROUP, { publicDir: GROUP_PUBLIC, settings: { memberNames: 'plain' } });
    expect(plain.publicationById.get('okafor2025tracking')!.authorList.people.every((author) => author.member === undefined)).toBe(true);
    expect(plain.publicationById.get('okafor2025tracking')!.authorList.key).toBeUndefined();
  });
});

describe('bad member files', () => {
  it('name every problem at once with line and field', () => {
    const text = md('name: Grace Hopper\nrole: phd-studnet\nstart: 2021-03\nend: 2020-01\nportrait: /people/grace.jpg\nmember: true');
    expect(problemsOf('people/grace-hopper.md', text)).toEqual([
      'content/people/grace-hopper.md:5 end: expected an end not before the start (2021-03); found "2020-01"',
      'content/people/grace-hopper.md:2 portraitAlt: required field is missing; expected a description of the portrait for people who cannot see it, e.g. "Grace Hopper in the lab"',
      'content/people/grace-hopper.md:3 role: expected a known role (principal-investigator, group-leader, research-scientist, postdoc, research-engineer, phd-student, masters-student, bachelors-student, research-assistant, visiting-researcher, administrator) or a role in words such as "Lab manager"; found "phd-studnet"',
    ]);
    expect(problemsOf('people/ada.md', md('name: Ada Lovelace\nstatus: former'))).toEqual(['content/people/ada.md:3 status: expected one of: current, alumni; found "former"']);
    expect(problemsOf('people/ada.md', md('name: Ada Lovelace\nmember: true'))).toEqual([
      'content/people/ada.md:2 role: required field is missing; expected the role of a member of the group, e.g. phd-student or postdoc',
    ]);
  });

  it('leave a link to /people/ to a group with members (a co-author of the registry makes no People page)', () => {
    const base = { 'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Analyst.'), 'pages/team.md': md('title: Team', 'Our [people](/people/).') };
    expect(treeProblems({ ...base, 'people/grace.md': md('name: Grace Hopper\nrole: postdoc') })).toEqual([]);
    expect(treeProblems({ ...base, 'people/grace.md': md('name: Grace Hopper') })).toEqual([
      'content/pages/team.md:4: the link "/people/" names no page of this site; expected a page of this site (such as /publications/ or /cv/), a file under public/, or kind:id',
    ]);
  });

  it('name a portrait that is not under public/', () => {
    const files = {
      'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Analyst.'),
      'people/grace.md': md('name: Grace Hopper\nrole: postdoc\nportrait: /people/grace.jpg\nportraitAlt: Grace Hopper'),
    };
    const checked = checkContentTree(
      Object.entries(files).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })),
      { publicFileExists: (path) => path === '/portrait.jpg' },
    );
    expect(checked.problems.map((problem) => formatProblem(problem))).toEqual([
      'content/people/grace.md:4 portrait: "/people/grace.jpg" names no file under public/; expected the path of an image in public/, e.g. /portrait.jpg for public/portrait.jpg',
    ]);
  });
});
