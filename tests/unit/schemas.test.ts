/**
 * Every schema, table-driven: valid files parse to the normalised shape,
 * invalid ones produce exactly the message `npm run check` prints.
 */
import { describe, expect, it } from 'vitest';
import { publicationSchema } from '../../src/schemas/publication.ts';
import { talkSchema } from '../../src/schemas/talk.ts';
import { patentSchema } from '../../src/schemas/patent.ts';
import { profileSchema } from '../../src/schemas/profile.ts';
import { educationSchema } from '../../src/schemas/education.ts';
import { experienceSchema } from '../../src/schemas/experience.ts';
import { projectSchema } from '../../src/schemas/project.ts';
import { md, problemsOf } from '../helpers/check.ts';

const paper = `kind: journal-article
title: "A Title"
authors: [Lapuschkin S, Müller K-R]
year: 2019
venue: Nature Communications`;

const profile = `name: Ada Lovelace
aliases: [Lovelace A]
role: Analyst
affiliation: Analytical Society`;

describe('invalid files get one exact message each: file:line field: expected …; found …', () => {
  it.each([
    ['publications/a.md', md(`${paper}\ntitel: Typo`), ['content/publications/a.md:7 titel: unknown field "titel"; did you mean "title"?']],
    [
      'publications/a.md',
      md(paper.replace('journal-article', 'journal')),
      [
        'content/publications/a.md:2 kind: expected one of: journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article; found "journal"',
      ],
    ],
    [
      'publications/a.md',
      md(paper.replace('year: 2019', 'year: "2019"')),
      ['content/publications/a.md:5 year: expected a year such as 2019; found "2019"; write the number without quotes'],
    ],
    ['publications/a.md', md(paper.replace('year: 2019', 'year: 19')), ['content/publications/a.md:5 year: expected a year such as 2019; found 19']],
    ['publications/a.md', md(paper.replace('year: 2019', 'year: 999')), ['content/publications/a.md:5 year: expected a year such as 2019; found 999']],
    ['publications/a.md', md(paper.replace('title: "A Title"\n', '')), ['content/publications/a.md:2 title: required field is missing; expected text']],
    [
      'publications/a.md',
      md(paper.replace('[Lapuschkin S, Müller K-R]', '[Lapuschkin S, klaus]')),
      ['content/publications/a.md:4 authors[1]: expected an author name "Family Initials" such as "Lovelace A", or "Family, Given"; found "klaus"'],
    ],
    ['publications/a.md', md(paper.replace('[Lapuschkin S, Müller K-R]', '[]')), ['content/publications/a.md:4 authors: expected at least one author; found a list of 0']],
    [
      'publications/a.md',
      md(`${paper}\narxiv: "abs/2211.17174"`),
      ['content/publications/a.md:7 arxiv: expected an arXiv id such as 2211.17174 (without "arXiv:" or "abs/"); found "abs/2211.17174"'],
    ],
    [
      'publications/a.md',
      md(`${paper}\ndoi: "https://doi.org/10.1/x y"`),
      ['content/publications/a.md:7 doi: expected a DOI such as 10.1038/s41467-019-08987-4 (10., a registrant number, /, then no spaces or braces); found "10.1/x y"'],
    ],
    [
      'publications/a.md',
      md(`${paper}\ndoi: "10.1234/x},note={injected"`),
      [
        'content/publications/a.md:7 doi: expected a DOI such as 10.1038/s41467-019-08987-4 (10., a registrant number, /, then no spaces or braces); found "10.1234/x},note={injected"',
      ],
    ],
    [
      'publications/a.md',
      md(`${paper}\nlinks:\n  - kind: code\n    url: "javascript:alert(1)"`),
      [
        'content/publications/a.md:9 links[0].url: expected an absolute http(s) URL such as https://example.org/page, a file under public/ such as /files/paper.pdf, or a file beside this one such as paper.pdf; found "javascript:alert(1)"',
      ],
    ],
    [
      'publications/a.md',
      md(`${paper}\nlinks:\n  - kind: repo\n    url: https://github.com/x/y`),
      ['content/publications/a.md:8 links[0].kind: expected one of: code, project, pdf, slides, video, stream, data, website, publisher; found "repo"'],
    ],
    ['publications/a.md', md(`${paper}\npages: "12 to 20"`), ['content/publications/a.md:7 pages: expected pages such as 154-176 or 7; found "12 to 20"']],
    [
      'publications/a.md',
      md(paper.replace('venue: Nature Communications', '')),
      ['content/publications/a.md:2 venue: required field is missing; expected a venue: a journal-article needs one'],
    ],
    [
      'talks/a.md',
      md('title: T\ndate: 2022-02-30\nevent: E'),
      ['content/talks/a.md:3 date: expected a real date YYYY-MM-DD, a month YYYY-MM, or ascending days of one month YYYY-MM-DD/DD/DD; found "2022-02-30"'],
    ],
    [
      'talks/a.md',
      md('title: T\ndate: 2021-12-16/14\nevent: E'),
      ['content/talks/a.md:3 date: expected a real date YYYY-MM-DD, a month YYYY-MM, or ascending days of one month YYYY-MM-DD/DD/DD; found "2021-12-16/14"'],
    ],
    [
      'talks/a.md',
      md('title: T\ndate: 2021-13\nevent: E'),
      ['content/talks/a.md:3 date: expected a real date YYYY-MM-DD, a month YYYY-MM, or ascending days of one month YYYY-MM-DD/DD/DD; found "2021-13"'],
    ],
    [
      'talks/a.md',
      md('title: T\ndate: 2022-10-21\nevent: E\nkind: speech'),
      ['content/talks/a.md:5 kind: expected one of: talk, keynote, invited-talk, paper-presentation, lecture, lecture-series, webinar; found "speech"'],
    ],
    [
      'talks/a.md',
      md('title: T\ndate: 2022-10-21\nevent: E\nlanguage: German'),
      ['content/talks/a.md:5 language: expected a language tag such as "en", "de" or "pt-BR"; found "German"'],
    ],
    ['projects/a.md', md('acronym: A\ntitle: T\nstart: 2022-12\nend: 2021-11'), ['content/projects/a.md:5 end: expected an end not before the start (2022-12); found "2021-11"']],
    ['projects/a.md', md('acronym: A\ntitle: T\nstart: 2022-12\nrole: leading'), ['content/projects/a.md:5 role: expected one of: lead, member; found "leading"']],
    ['experience/a.md', md('organization: O\nlocation: L\nrole: R\nstart: 2021-1'), ['content/experience/a.md:5 start: expected a month YYYY-MM with month 01–12; found "2021-1"']],
    [
      'education/a.md',
      md('institution: I\nlocation: L\ndegree: D\nstart: 2013\nend: 2010'),
      ['content/education/a.md:6 end: expected an end not before the start (2013); found 2010'],
    ],
    ['awards/a.md', md('name: N\nyear: twenty'), ['content/awards/a.md:3 year: expected a year such as 2019; found "twenty"']],
    [
      'patents/a.md',
      md('title: T\nmembers:\n  - office: EP\n    number: "12345"\n    status: granted\n    date: 2021-07-28'),
      ['content/patents/a.md:5 members[0].number: expected a EP number matching ^\\d{7}$; found "12345"'],
    ],
    [
      'patents/a.md',
      md('title: T\nmembers:\n  - office: ep\n    number: "1234567"\n    status: pending\n    date: 2021-07-28'),
      [
        'content/patents/a.md:4 members[0].office: expected a two-letter office code such as EP, US or WO; found "ep"',
        'content/patents/a.md:6 members[0].status: expected one of: published, granted; found "pending"',
      ],
    ],
    [
      'profile.md',
      md(`${profile}\nlinks:\n  orcid: 0000-0002-1825-0098`, 'Bio.'),
      ['content/profile.md:7 links.orcid: expected an ORCID iD whose check digit is right (a typo?); found "0000-0002-1825-0098"'],
    ],
    [
      'profile.md',
      md(`${profile}\nlinks:\n  orcid: https://example.org/0000-0002-1825-0097`, 'Bio.'),
      ['content/profile.md:7 links.orcid: expected an ORCID iD such as 0000-0002-1825-0097; found "https://example.org/0000-0002-1825-0097"'],
    ],
    [
      'profile.md',
      md(`${profile}\ncontact:\n  email: not-an-email`, 'Bio.'),
      ['content/profile.md:7 contact.email: expected an e-mail address, or { value, visibility: web | cv | hidden }; found "not-an-email"'],
    ],
    [
      'profile.md',
      md(`${profile}\ncontact:\n  phone:\n    value: "+49 30 1234567"\n    visibility: public`, 'Bio.'),
      ['content/profile.md:9 contact.phone.visibility: expected one of: web, cv, hidden; found "public"; did you mean "web"?'],
    ],
    ['profile.md', md(profile), ['content/profile.md: the text after the front matter is empty; expected the Markdown body (the short bio)']],
    ['skills.md', md('groups:\n  - name: Tech\n    items: []'), ['content/skills.md:4 groups[0].items: expected at least one skill; found a list of 0']],
  ])('%s: %j', (path, text, expected) => {
    expect(problemsOf(path, text)).toEqual(expected);
  });
});

describe('malformed files are named, never thrown', () => {
  it.each([
    ['unclosed quote', md('title: "unclosed\ndate: 2022-10-21\nevent: E'), ['content/talks/a.md:2: front matter is not valid YAML: Missing closing quote mark']],
    ['tab indentation', md('title: T\n\tdate: 2022-10-21'), ['content/talks/a.md:3: front matter is not valid YAML: Tabs are not allowed as indentation; indent with spaces']],
    ['duplicate key', md('title: T\ntitle: U\ndate: 2022-10-21\nevent: E'), ['content/talks/a.md:3: front matter is not valid YAML: the same field appears twice']],
    ['empty file', '', ['content/talks/a.md: empty file; expected front matter between --- lines']],
    ['no front matter', 'Just text.', ['content/talks/a.md:1: no front matter; expected the file to start with a line "---", the fields, then "---"']],
    ['front matter that is a list', md('- a\n- b'), ['content/talks/a.md:2: expected a mapping of fields (key: value); found a list of 2']],
  ])('%s', (_name, text, expected) => {
    expect(problemsOf('talks/a.md', text)).toEqual(expected);
  });

  it('reports a binary file', () => {
    expect(problemsOf('talks/a.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toEqual(['content/talks/a.md: binary file; expected a Markdown text file']);
  });

  it('reports invalid UTF-8 with its line', () => {
    const bytes = new TextEncoder().encode('---\ntitle: T\nevent: X\n---\n');
    const broken = new Uint8Array([...bytes.slice(0, 11), 0xc3, 0x28, ...bytes.slice(11)]);
    expect(problemsOf('talks/a.md', broken)).toEqual(['content/talks/a.md:2: invalid UTF-8 byte sequence; expected the file saved as UTF-8']);
  });

  it('refuses files over 1 MB', () => {
    expect(problemsOf('talks/a.md', md('title: T', 'x'.repeat(5 * 1024 * 1024)))).toEqual(['content/talks/a.md: file is 5.0 MB; expected a content file under 1 MB']);
  });

  it.each([
    [
      'notes/a.md',
      'content/notes/a.md: not part of any content section; expected one of: profile.md, skills.md, experience, education, publications, patents, talks, lectures, projects, awards, grants, teaching, supervision, service, news, pages, people, settings.yaml, metrics.json, orcid.json, narrative.yaml, <style>.csl',
    ],
    ['talks/a.txt', 'content/talks/a.txt: unexpected file type; content files are Markdown with a .md extension'],
    [
      'talks/My Talk.md',
      'content/talks/My Talk.md: file name "My Talk.md" must use lowercase letters, digits and hyphens only, starting with a letter or digit (it becomes the page URL); "M" at position 1 is not one',
    ],
  ])('refuses %s', (path, expected) => {
    expect(problemsOf(path, md('title: T'))).toEqual([expected]);
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const text = `\uFEFF${md('title: T\ndate: 2022-10-21\nevent: E')}`.replaceAll('\n', '\r\n');
    expect(problemsOf('talks/a.md', text)).toEqual([]);
  });

  it('accepts the years of a historian and of a memorial site (1843), as four digits', () => {
    expect(problemsOf('publications/a.md', md(paper.replace('year: 2019', 'year: 1843')))).toEqual([]);
  });

  it('reports all problems of a file at once', () => {
    expect(problemsOf('talks/a.md', md('title: ""\ndate: 2022-02-30\nkind: speech'))).toHaveLength(4);
  });
});

describe('values that look right but are read wrongly are explained', () => {
  it.each([
    [md(`${paper}\narxiv: 2503.01230`), 'content/publications/a.md:7 arxiv: expected text; found 2503.01230; YAML read 2503.01230 as a number (2503.0123): quote it, "2503.01230"'],
    [md(`${paper}\nnote: true`), 'content/publications/a.md:7 note: expected text; found true; YAML read true as true/false: quote it, "true"'],
    [
      md(`${paper}\nnote: "bell \\a"`),
      'content/publications/a.md:7 note: expected text without control characters (paste it again as plain text, or delete the character); found "bell \\u0007"; it contains U+0007 BELL at position 6',
    ],
    [
      md(paper.replace('title: "A Title"', 'title: "\\u200B\\u00AD"')),
      'content/publications/a.md:3 title: expected visible text, not only invisible characters; found "\\u200b\\u00ad"; it contains U+200B ZERO WIDTH SPACE at position 1',
    ],
    [
      md(paper.replace('title: "A Title"', 'title: A: B')),
      'content/publications/a.md:3: front matter is not valid YAML: Nested mappings are not allowed in compact mappings; quote the value: a colon followed by a space starts a mapping (write title: "Part A: Part B")',
    ],
  ])('%j', (text, expected) => {
    expect(problemsOf('publications/a.md', text)).toEqual([expected]);
  });

  it('reads an author typed in decomposed Unicode (macOS) as the composed name', () => {
    expect(problemsOf('publications/a.md', md(paper.replace('Müller K-R', 'Yolcu GU\u0308')))).toEqual([]);
  });
});

describe('messages for the slips people make most (issue 20, newcomer 2026-12-05 step 16)', () => {
  const supervision = (level: string) => md(`name: Grace Hopper\nlevel: ${level}\nstart: 2020`);
  const position = 'organization: O\nlocation: L\nrole: R\nstart: 2020-01';
  const course = (term: string) => md(`title: Statistics\ninstitution: U\nrole: instructor\nlevel: graduate\nterms: ["${term}"]`);
  const termError = 'expected a term such as 2021-WS, 2022-SS, 2023-spring, 2023-summer, 2023-fall, 2023-winter, 2023-Q1 or a year';

  it.each([
    [
      'a value outside a list gets "did you mean": msc',
      'supervision/a.md',
      supervision('msc'),
      'content/supervision/a.md:3 level: expected one of: postdoc, phd, master, bachelor, intern; found "msc"; did you mean "master"?',
    ],
    [
      'a value outside a list gets "did you mean": in press',
      'publications/a.md',
      md(`${paper}\nstatus: in press`),
      'content/publications/a.md:7 status: expected one of: submitted, under-review, accepted, in-press, published; found "in press"; did you mean "in-press"?',
    ],
    [
      'a value outside a list gets "did you mean": keynote-talk',
      'talks/a.md',
      md('title: T\ndate: 2022-10-21\nevent: E\nkind: keynote-talk'),
      'content/talks/a.md:5 kind: expected one of: talk, keynote, invited-talk, paper-presentation, lecture, lecture-series, webinar; found "keynote-talk"; did you mean "keynote"?',
    ],
    [
      'equal: yes names the field and the value, and says to write true',
      'publications/a.md',
      md(paper.replace('[Lapuschkin S, Müller K-R]', '[Lapuschkin S, { name: Müller K-R, equal: yes }]')),
      'content/publications/a.md:4 authors[1].equal: expected true or false; found "yes"; write equal: true',
    ],
    [
      'corresponding: no says to write false',
      'publications/a.md',
      md(paper.replace('[Lapuschkin S, Müller K-R]', '[Lapuschkin S, { name: Müller K-R, corresponding: no }]')),
      'content/publications/a.md:4 authors[1].corresponding: expected true or false; found "no"; write corresponding: false',
    ],
    [
      'a misspelt mark in an author is named, not "no author form"',
      'publications/a.md',
      md(paper.replace('[Lapuschkin S, Müller K-R]', '[Lapuschkin S, { name: Müller K-R, equl: true }]')),
      'content/publications/a.md:4 authors[1].equl: unknown field "equl"; did you mean "equal"?',
    ],
    [
      'end: present says to leave end out for a current position',
      'experience/a.md',
      md(`${position}\nend: present`),
      'content/experience/a.md:6 end: expected a month YYYY-MM with month 01–12; found "present"; leave end out for a current position (without an end it is shown as ongoing)',
    ],
    [
      'end: heute in a degree says the same',
      'education/a.md',
      md('institution: U\nlocation: L\ndegree: PhD\nstart: 2016\nend: heute'),
      'content/education/a.md:6 end: expected a year such as 2019; found "heute"; leave end out for a current position (without an end it is shown as ongoing)',
    ],
    [
      'WS 2020/21 says it is written 2020-WS',
      'teaching/a.md',
      course('WS 2020/21'),
      `content/teaching/a.md:6 terms[0]: ${termError} (WS 2020/21 is written 2020-WS); found "WS 2020/21"`,
    ],
    [
      'WiSe 2023/24 says it is written 2023-WS',
      'teaching/a.md',
      course('WiSe 2023/24'),
      `content/teaching/a.md:6 terms[0]: ${termError} (WiSe 2023/24 is written 2023-WS); found "WiSe 2023/24"`,
    ],
    [
      'SoSe 2022 says it is written 2022-SS',
      'teaching/a.md',
      course('SoSe 2022'),
      `content/teaching/a.md:6 terms[0]: ${termError} (SoSe 2022 is written 2022-SS); found "SoSe 2022"`,
    ],
    [
      'Fall 2020 says it is written 2020-fall',
      'teaching/a.md',
      course('Fall 2020'),
      `content/teaching/a.md:6 terms[0]: ${termError} (Fall 2020 is written 2020-fall); found "Fall 2020"`,
    ],
    [
      'an inner double quote in a double-quoted title is named, with the line as it reads',
      'publications/a.md',
      md(paper.replace('title: "A Title"', 'title: "Die "Stimme" der Frau"')),
      `content/publications/a.md:3: front matter is not valid YAML: Unexpected scalar at node end; a " inside the value ends it early; put the value in single quotes (title: 'Die "Stimme" der Frau') or write each inner " as \\"`,
    ],
    [
      'an inner single quote in a single-quoted title is named, with the line as it reads',
      'publications/a.md',
      md(paper.replace('title: "A Title"', "title: 'Kant's Werk'")),
      "content/publications/a.md:3: front matter is not valid YAML: Unexpected scalar at node end; a ' inside the value ends it early; write each inner ' twice (title: 'Kant''s Werk') or put the value in double quotes",
    ],
    [
      'a title that YAML cuts at " #" gets a warning',
      'publications/a.md',
      md(paper.replace('title: "A Title"', 'title: „Schreiben“ – Lektionen #1')),
      'content/publications/a.md:3 title: warning: YAML read "#1" as a comment and left it out; to keep it, quote the value: title: "„Schreiben“ – Lektionen #1"',
    ],
  ])('%s', (_, path, text, expected) => {
    expect(problemsOf(path, text)).toEqual([expected]);
  });

  it('a value that YAML empties at " #" gets the same warning beside the error', () => {
    expect(problemsOf('settings.yaml', 'accent: #7a1f5c\n')).toEqual([
      'content/settings.yaml:1 accent: warning: YAML read "#7a1f5c" as a comment and left it out; to keep it, quote the value: accent: "#7a1f5c"',
      'content/settings.yaml:1 accent: expected text or a mapping of fields (key: value); found an empty value',
    ]);
  });

  it('takes "# note" after a value for the comment it is meant as', () => {
    expect(
      problemsOf('publications/a.md', md(paper.replace('year: 2019', 'year: 2019 # the print year').replace('venue: Nature Communications', 'venue: Nature # online first'))),
    ).toEqual([]);
  });
});

describe('pasted addresses become identifiers', () => {
  it.each([
    ['orcid', 'https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['scholar', 'https://scholar.google.de/citations?hl=de&user=wpLQuroAAAAJ', 'wpLQuroAAAAJ'],
    ['github', 'https://github.com/octocat/', 'octocat'],
    ['linkedin', 'https://www.linkedin.com/in/ada-lovelace/', 'ada-lovelace'],
  ])('links.%s: %s → %s', (field, pasted, expected) => {
    expect(profileSchema.parse({ name: 'A', aliases: ['A B'], links: { [field]: pasted } }).links).toEqual({ [field]: expected });
  });

  it('still refuses a wrong ORCID check digit, pasted or not', () => {
    expect(profileSchema.safeParse({ name: 'A', aliases: ['A B'], links: { orcid: 'https://orcid.org/0000-0002-1825-0098' } }).success).toBe(false);
  });
});

describe('valid input is normalised at the schema edge', () => {
  it('turns CV dates into ISO dates with precision', () => {
    const parse = (date: unknown) => talkSchema.parse({ title: 'T', event: 'E', date }).date;
    expect(parse('2021-12-13/14/16')).toEqual({ dates: ['2021-12-13', '2021-12-14', '2021-12-16'], precision: 'day' });
    expect(parse('2020-08')).toEqual({ dates: ['2020-08'], precision: 'month' });
    expect(parse(new Date(Date.UTC(2022, 9, 21)))).toEqual({ dates: ['2022-10-21'], precision: 'day' });
    expect(parse('2024-02-29')).toEqual({ dates: ['2024-02-29'], precision: 'day' });
  });

  it('fills defaults and keeps numbers as printed designations', () => {
    const publication = publicationSchema.parse({
      kind: 'journal-article',
      title: 'T',
      authors: ['Höhne M-C M', 'Yolcu GÜ', 'Ekstrøm C T', 'Lovelace, Ada'],
      year: 2015,
      venue: 'PLoS ONE',
      volume: 10,
      issue: 7,
      articleNumber: 'e0130140',
      pages: '516–520',
    });
    expect(publication).toMatchObject({ volume: '10', issue: '7', articleNumber: 'e0130140', pages: '516-520', links: [], selected: false });
    expect(publication.language).toBeUndefined();
  });

  it('accepts every real patent number format of the seed', () => {
    const member = (office: string, number: string) => patentSchema.safeParse({ title: 'T', members: [{ office, number, status: 'granted', date: '2020-01-01' }] }).success;
    const seed = [
      ['EP', '4001902'],
      ['US', '2022/0114455'],
      ['WO', '2020/260656'],
      ['CN', '107636693'],
      ['JP', '6725547'],
      ['KR', '102130162'],
      ['CA', '2979579'],
      ['RU', '2703343'],
      ['BR', '112017019821'],
      ['US', '20180018553'],
    ];
    expect(seed.filter(([office, number]) => !member(office!, number!))).toEqual([]);
    expect(member('AU', '2019201234')).toBe(true);
  });

  it('gives contact details their default visibility', () => {
    const parsed = profileSchema.parse({
      name: 'A',
      aliases: ['A B'],
      role: 'R',
      affiliation: 'X',
      birthDate: '1986-12-16',
      contact: { email: 'a@b.org', phone: '+49 (177) 483-2754', address: { street: 'S 1', postalCode: '01234', city: 'C', country: 'D' } },
    });
    expect(parsed.contact.email).toEqual({ value: 'a@b.org', visibility: 'web' });
    expect(parsed.contact.phone?.visibility).toBe('cv');
    expect(parsed.contact.address?.visibility).toBe('cv');
    expect(parsed.birthDate).toEqual({ value: '1986-12-16', visibility: 'cv' });
  });

  it('newcomer: a position and a degree need no location (many real CVs give none)', () => {
    expect(experienceSchema.safeParse({ organization: 'O', role: 'R', start: '2021-01' }).success).toBe(true);
    expect(educationSchema.safeParse({ institution: 'I', degree: 'PhD', start: 2013 }).success).toBe(true);
  });

  it('leaves the end of a current position open', () => {
    expect(experienceSchema.parse({ organization: 'O', location: 'L', role: 'R', start: '2021-01' }).end).toBeUndefined();
    expect(projectSchema.parse({ acronym: 'A', title: 'T', start: '2021-01', end: '2021-01' }).role).toBe('member');
  });
});
