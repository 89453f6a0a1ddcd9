/**
 * Issue 25: co-authors and students in the model. Students of content/supervision/ marked
 * in the author lists of their years (with the key), the owner's part in each publication
 * (first, last, student-led), a view per person (content/people/ and co-authors with enough
 * joint works) with their works, years and supervision, the filters' options with their
 * counts, and the stylesheet that makes them work without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { filterStylesheet, itemClasses } from '../../src/lib/filterStyles.ts';
import { localeFor } from '../../src/i18n/index.ts';
import { publicationFilters } from '../../src/model/filters.ts';
import { cvDocument } from '../../src/pdf/document.ts';
import { COMPLETE } from '../helpers/build.ts';
import { md } from '../helpers/check.ts';
import { modelOf, modelOfFiles, pdfOptions } from '../helpers/model.ts';

const publication = (authors: string, year: number, extra = '') =>
  md(`kind: journal-article\ntitle: Paper of ${year}\nauthors: ${authors}\nyear: ${year}\nvenue: Journal\n${extra}`);

/** Ada Lovelace, her PhD student Grace Hopper (2018–2021), a master's student known by name only (2019), a postdoc, a co-supervisor. */
const FILES: Record<string, string> = {
  'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Analyst.\n'),
  'settings.yaml': 'url: https://example.org/ada/\ncoauthorPages: 2\ncv: { authorship: true }\ntopics: { engines: Engines, notes: Notes }\n',
  'people/grace-hopper.md': md('name: Grace Hopper\naliases: [Hopper GM]\nhomepage: https://hopper.example.org'),
  'people/charles-babbage.md': md('name: Charles Babbage\naliases: [Babbage C]\norcid: 0000-0002-1825-0097'),
  // A file whose id is the form another co-author's page would take.
  'people/turing-a.md': md('name: Alan M Turing\naliases: [Turing AM]'),
  'supervision/grace-hopper.md': md('person: grace-hopper\nlevel: phd\nstart: 2018-10\nend: 2021-06\ncoSupervisors: [{ person: charles-babbage }]'),
  'supervision/alan-turing.md': md('name: Alan Turing\nlevel: master\nstart: 2019-03\nend: 2019-09'),
  'supervision/emmy-noether.md': md('name: Emmy Noether\nlevel: postdoc\nstart: 2020-01'),
  'supervision/mary-somerville.md': md('name: Mary Somerville\nlevel: bachelor\nstart: 2022-04\nend: 2022-09'),
  'publications/p2019.md': publication('[Hopper GM, Lovelace A]', 2019, 'topics: [engines]'),
  'publications/p2022.md': publication('[Hopper GM, Lovelace A]', 2022, 'topics: [engines, notes]'),
  'publications/p2023.md': publication('[Hopper GM, Lovelace A]', 2023),
  'publications/p2020.md': publication('[{ name: Lovelace A, equal: true }, { name: Turing A, equal: true }, Noether E]', 2020),
  'publications/p2021a.md': publication('[Noether E, Lovelace A, Babbage C]\netAl: true', 2021),
  'publications/p2021b.md': publication('[Babbage C, { name: Lovelace A, coSenior: true }, Turing AM]', 2021),
  'publications/p2018.md': publication('[Lovelace A]', 2018),
};

const site = await modelOfFiles(FILES, { settings: { base: '/ada/' } });
const byId = (id: string) => site.publications.find((item) => item.id === id)!;
const names = (id: string) => byId(id).authorList.people.map((author) => `${author.name.replaceAll('\u00A0', ' ')}${author.marks}`);

describe('students of content/supervision/', () => {
  it('are marked § in the works of their years of study and the year after, with the key, and no postdoc is', () => {
    expect(names('p2019')).toEqual(['Hopper GM§', 'Lovelace A']);
    expect(names('p2022')).toEqual(['Hopper GM§', 'Lovelace A']);
    expect(names('p2023')).toEqual(['Hopper GM', 'Lovelace A']);
    expect(byId('p2019').authorList.key).toBe('§ supervised student');
    expect(byId('p2023').authorList.key).toBeUndefined();
    // Known by name only ("Alan Turing" is "Turing A"), marked after the equal contribution; the postdoc not.
    expect(names('p2020')).toEqual(['Lovelace A*', 'Turing A*§', 'Noether E']);
    expect(byId('p2020').authorList.people[1]!.marksMeaning).toBe('equal contribution, supervised student');
    expect(byId('p2020').authorList.key).toBe('* equal contribution; § supervised student');
  });

  it('keep their mark in a CSL style', async () => {
    const styled = await modelOfFiles({ ...FILES, 'settings.yaml': `${FILES['settings.yaml']}citationStyle: apa\n` });
    const reference = styled.publications.find((item) => item.id === 'p2019')!.styled!;
    expect(reference.find((run) => run.script === 'sup')?.text).toBe('§');
  });

  it('are marked in German with the German meaning', async () => {
    const german = await modelOfFiles({ ...FILES, 'settings.yaml': `${FILES['settings.yaml']}language: de\n` });
    expect(german.publications.find((item) => item.id === 'p2019')!.authorList.key).toBe('§ betreute Studentin oder betreuter Student');
  });
});

describe("the owner's part", () => {
  const parts = (id: string) => byId(id).authorship;

  it('is first author alone, among co-first authors marked equal, never for a later author', () => {
    expect(parts('p2018')).toEqual({ first: true, last: false, studentLed: false });
    expect(parts('p2020')).toEqual({ first: true, last: false, studentLed: true });
    expect(parts('p2021a')).toEqual({ first: false, last: false, studentLed: false });
  });

  it('is last author at the end of a list that is not cut short, or as a co-senior author', () => {
    expect(parts('p2019')).toEqual({ first: false, last: true, studentLed: true });
    expect(parts('p2023')).toEqual({ first: false, last: true, studentLed: false });
    // "et al." hides who is last; a co-senior mark says it.
    expect(parts('p2021a').last).toBe(false);
    expect(parts('p2021b')).toEqual({ first: false, last: true, studentLed: false });
  });

  it('is counted for the CV and the PDF when the settings ask', () => {
    expect(site.authorshipSummary).toBe('7 publications: 2 as first author, 4 as last author, and 3 led by supervised students.');
    const publications = cvDocument(site, pdfOptions(), localeFor('en')).sections.find((section) => section.heading === 'Publications')!;
    expect(publications.blocks[0]).toEqual({ kind: 'paragraphs', paragraphs: [[{ text: site.authorshipSummary }]] });
  });

  it('is not counted unless they ask, and counted in German', async () => {
    const quiet = await modelOfFiles({ ...FILES, 'settings.yaml': 'coauthorPages: 2\ntopics: { engines: Engines, notes: Notes }\n' });
    expect(quiet.authorshipSummary).toBeUndefined();
    const german = await modelOfFiles({ ...FILES, 'settings.yaml': `${FILES['settings.yaml']}language: de\n` });
    expect(german.authorshipSummary).toBe('7 Publikationen, davon 2 in Erstautorschaft, 4 in Letztautorschaft und 3 unter Leitung betreuter Studierender.');
  });
});

describe('people', () => {
  const person = (id: string) => site.persons.find((candidate) => candidate.id === id)!;

  it('are everyone of content/people/ and every co-author, most joint works first, with their years and summary', () => {
    expect(site.persons.map((candidate) => [candidate.id, candidate.name, candidate.publications.length, candidate.years, candidate.path])).toEqual([
      ['grace-hopper', 'Grace Hopper', 3, '2019–2023', '/people/grace-hopper/'],
      ['charles-babbage', 'Charles Babbage', 2, '2021', '/people/charles-babbage/'],
      ['noether-e', 'Noether E', 2, '2020–2021', '/people/noether-e/'],
      ['turing-a', 'Alan M Turing', 1, '2021', '/people/turing-a/'],
      // One joint work is below coauthorPages: no page; its id steps aside for the file's.
      ['turing-a-2', 'Turing A', 1, '2020', undefined],
    ]);
    expect(person('grace-hopper').summary).toBe('3 joint publications with Ada Lovelace, 2019–2023.');
    expect(person('grace-hopper').publications.map((item) => item.id)).toEqual(['p2023', 'p2022', 'p2019']);
    expect(person('grace-hopper').forms).toEqual(['Hopper GM']);
    expect(person('grace-hopper').href).toBe('https://hopper.example.org');
    expect(person('charles-babbage').href).toBe('https://orcid.org/0000-0002-1825-0097');
  });

  it('carry the supervision entries that name them, as student or co-supervisor', () => {
    expect(person('grace-hopper').supervision.map((entry) => entry.id)).toEqual(['grace-hopper']);
    expect(person('charles-babbage').supervision.map((entry) => entry.id)).toEqual(['grace-hopper']);
    expect(person('turing-a-2').supervision.map((entry) => entry.id)).toEqual(['alan-turing']);
    expect(person('noether-e').supervision.map((entry) => entry.id)).toEqual(['emmy-noether']);
    // A student who never published with the owner and has no file is an entry of the CV only.
    expect(site.persons.some((candidate) => candidate.supervision.some((entry) => entry.id === 'mary-somerville'))).toBe(false);
  });

  it('are linked from every author list to their page under the base path, else nowhere', () => {
    const links = (id: string) => byId(id).authorList.people.map((author) => author.page ?? null);
    expect(links('p2019')).toEqual(['/ada/people/grace-hopper/', null]);
    expect(links('p2021a')).toEqual(['/ada/people/noether-e/', null, '/ada/people/charles-babbage/']);
    expect(links('p2020')).toEqual([null, null, '/ada/people/noether-e/']);
    // The PDF keeps the homepage.
    expect(byId('p2019').authorList.people[0]!.href).toBe('https://hopper.example.org');
  });

  it('of content/people/ only have pages without coauthorPages', async () => {
    const registry = await modelOfFiles({ ...FILES, 'settings.yaml': 'topics: { engines: Engines, notes: Notes }\n' });
    expect(registry.persons.filter((candidate) => candidate.path).map((candidate) => candidate.id)).toEqual(['grace-hopper', 'charles-babbage', 'turing-a']);
  });

  it('of the complete fixture: the registry by any spelling, the student the year after the thesis too', async () => {
    const complete = await modelOf(COMPLETE);
    const conti = complete.persons.find((candidate) => candidate.id === 'luca-conti')!;
    expect(conti.publications.map((item) => [item.id, item.authorList.people.find((author) => author.page === '/people/luca-conti/')!.student])).toEqual([
      ['rossi2025sparse', false],
      ['cellatlas2024data', true],
      ['conti2023thesis', true],
      ['conti2023methods', true],
      ['rossi2022spatial', true],
      ['bianchi2019spatial', true],
    ]);
    expect(complete.persons.filter((candidate) => candidate.publications.length > 0).map((candidate) => `${candidate.name} ${candidate.publications.length}`)).toEqual([
      'Luca Conti 6',
      'Keller A 5',
      'Király F 1',
      'Lars Ekstrøm 1',
      'Marinč A 1',
      'Müller J 1',
    ]);
  });
});

describe('publication filters', () => {
  it('offer each kind, year, topic and part with its count, and only what narrows the list', () => {
    const filters = site.publicationFilters;
    const options = (list: readonly { value: string; label: string; count: number }[]) => list.map((option) => `${option.value} ${option.label} ${option.count}`);
    // Every publication is a journal article: no kind to choose.
    expect(filters.kinds).toEqual([]);
    expect(options(filters.years)).toEqual(['2023 2023 1', '2022 2022 1', '2021 2021 2', '2020 2020 1', '2019 2019 1', '2018 2018 1']);
    expect(options(filters.topics)).toEqual(['engines Engines 2', 'notes Notes 1']);
    expect(options(filters.authorship)).toEqual(['first First author 2', 'last Last author 4', 'studentLed Student-led 3']);
    expect(filters.shown).toEqual(['Showing ', ' of 7 publications']);
    expect(filters.any).toBe(true);
  });

  it('say what they show in German, and offer nothing for one publication', async () => {
    const german = publicationFilters(site.publications, { engines: 'Maschinen' }, localeFor('de'));
    expect(german.shown).toEqual(['', ' von 7 Publikationen angezeigt']);
    expect(german.authorship.map((option) => option.label)).toEqual(['Erstautorschaft', 'Letztautorschaft', 'Studentisch geleitet']);
    const one = publicationFilters([byId('p2019')], { engines: 'Engines' }, localeFor('en'));
    expect(one.any).toBe(false);
  });

  it('give each publication the classes the stylesheet reads', () => {
    expect(itemClasses(byId('p2022'))).toBe('k-journal-article y2022 t-engines t-notes a-last a-studentLed');
    expect(itemClasses(byId('p2018'))).toBe('k-journal-article y2018 a-first');
  });

  it('hide what a checked option rules out, keyed on ids and classes, every rule behind :has()', () => {
    const css = filterStylesheet({
      kinds: [{ value: 'preprint' }],
      years: [{ value: '2021' }, { value: '2020' }, { value: '2019' }],
      topics: [{ value: 'engines' }],
      authorship: [{ value: 'first' }],
    });
    expect(css).toBe(
      [
        '/* Publication filters (src/lib/filterStyles.ts) */',
        '.pub-filter:has(#f-kinds-preprint:checked) .publication:not(.k-preprint),',
        '.pub-filter:has(#f-topics-engines:checked) .publication:not(.t-engines),',
        '.pub-filter:has(#f-authorship-first:checked) .publication:not(.a-first),',
        '.pub-filter:has(#f-to-2019:checked) .publication:is(.y2020, .y2021),',
        '.pub-filter:has(#f-from-2020:checked) .publication:is(.y2019),',
        '.pub-filter:has(#f-to-2020:checked) .publication:is(.y2021),',
        '.pub-filter:has(#f-from-2021:checked) .publication:is(.y2019, .y2020) {',
        '  display: none;',
        '}',
        '',
      ].join('\n'),
    );
    expect(filterStylesheet({ kinds: [], years: [], topics: [], authorship: [] })).toBe('');
  });
});
