/**
 * The career sections (grants, teaching, supervision, service, news, free pages,
 * people): what each schema makes of valid files, the exact message for each
 * mistake, the pure shaping behind the pages (terms, years, amounts, people,
 * links), and the checks across the tree.
 */
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { bodyLinks, internalTarget, rewriteLinks, sitePathStatus } from '../../src/lib/markdown/contentLinks.ts';
import { excerpt } from '../../src/lib/text/excerpt.ts';
import { groupInOrder } from '../../src/lib/groups.ts';
import { formatMoney } from '../../src/lib/money.ts';
import { peopleIndex, personHref, personKey } from '../../src/lib/people.ts';
import { supervisionState } from '../../src/lib/supervision.ts';
import { latestTerm, termPhrases } from '../../src/lib/teaching.ts';
import { compressYears } from '../../src/lib/years.ts';
import { termList, yearList } from '../../src/schemas/calendar.ts';
import { grantSchema } from '../../src/schemas/grant.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { supervisionSchema } from '../../src/schemas/supervision.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';
import { md, problemsOf, treeProblems } from '../helpers/check.ts';

describe('valid files, normalised at the schema edge', () => {
  it('keeps every term of a course once, in canonical spelling, oldest first', () => {
    const course = teachingSchema.parse({ title: 'T', institution: 'I', terms: ['2024-spring', '2023-fall', '2022-ss', '2021-WS', 2020, '2019-q3'] });
    expect(course.terms.map((term) => term.code)).toEqual(['2019-Q3', '2020', '2021-WS', '2022-SS', '2023-fall', '2024-spring']);
    expect(course.terms.map((term) => term.sortKey)).toEqual(['2019-07', '2020-00', '2021-10', '2022-04', '2023-09', '2024-02']);
    expect(course.role).toBe('instructor');
    expect(teachingSchema.parse({ title: 'T', institution: 'I', terms: '2023-winter', code: 101 })).toMatchObject({
      code: '101',
      terms: [{ code: '2023-winter', year: 2023, kind: 'winter' }],
    });
  });

  it('reads years as ranges and lists, each year once, in order', () => {
    expect(yearList.parse('2019-2023')).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(yearList.parse(2019)).toEqual([2019]);
    expect(yearList.parse([2025, '2022–2023', 2020, '2019-2020'])).toEqual([2019, 2020, 2022, 2023, 2025]);
    expect(serviceSchema.parse({ kind: 'reviewer', venue: 'V', years: '2021' }).years).toEqual([2021]);
  });

  it('reads an amount with its currency, in either order, with thousands separators', () => {
    const amount = (value: unknown) => grantSchema.parse({ title: 'T', funder: 'F', start: 2021, amount: value }).amount;
    expect(amount('1500000 EUR')).toEqual({ value: { value: 1500000, currency: 'EUR' }, visibility: 'web' });
    expect(amount('EUR 1,499,250')).toEqual({ value: { value: 1499250, currency: 'EUR' }, visibility: 'web' });
    expect(amount({ value: '250000.5 usd', visibility: 'cv' })).toEqual({ value: { value: 250000.5, currency: 'USD' }, visibility: 'cv' });
    expect(amount('850 000 CHF')).toEqual({ value: { value: 850000, currency: 'CHF' }, visibility: 'web' });
  });

  it('takes a supervision period as months or years, the end at its own precision', () => {
    expect(supervisionSchema.parse({ name: 'N', level: 'phd', start: '2021-03', end: 2021 })).toMatchObject({ start: '2021-03', end: 2021, role: 'main' });
  });

  it('reads typed references and page navigation', () => {
    expect(newsSchema.parse({ date: '2024-01-02', about: ['publication:lovelace2024notes', 'course:intro'] }).about).toEqual([
      { kind: 'publication', section: 'publications', id: 'lovelace2024notes' },
      { kind: 'course', section: 'teaching', id: 'intro' },
    ]);
    expect(pageSchema.parse({ title: 'T', navigation: true }).navigation).toEqual({});
    expect(pageSchema.parse({ title: 'T', navigation: false }).navigation).toBeUndefined();
    expect(pageSchema.parse({ title: 'T', navigation: { position: 2 } }).navigation).toEqual({ position: 2 });
  });
});

describe('mistakes get one exact message each: file:line field: expected …; found …', () => {
  it.each([
    [
      'teaching/a.md',
      md('title: T\ninstitution: I\nterms: [2021-WS, 2021-ws]'),
      ['content/teaching/a.md:4 terms[1]: expected each term once; 2021-WS is listed twice; found "2021-WS"'],
    ],
    [
      'teaching/a.md',
      md('title: T\ninstitution: I\nterms: [2021-winter-semester]'),
      [
        'content/teaching/a.md:4 terms[0]: expected a term such as 2021-WS, 2022-SS, 2023-spring, 2023-summer, 2023-fall, 2023-winter, 2023-Q1 or a year; found "2021-winter-semester"',
      ],
    ],
    [
      'teaching/a.md',
      md('title: T\ninstitution: I\nterms: [0999-SS]'),
      ['content/teaching/a.md:4 terms[0]: expected a term such as 2021-WS, 2022-SS, 2023-spring, 2023-summer, 2023-fall, 2023-winter, 2023-Q1 or a year; found "0999-SS"'],
    ],
    ['teaching/a.md', md('title: T\ninstitution: I\nterms: []'), ['content/teaching/a.md:4 terms: expected at least one term, e.g. [2021-WS, 2022-SS]; found a list of 0']],
    ['teaching/a.md', md('title: T\ninstitution: I'), ['content/teaching/a.md:2 terms: required field is missing; expected terms such as [2021-WS, 2022-SS]']],
    [
      'teaching/a.md',
      md('title: T\ninstitution: I\nterms: [2021-WS]\nrole: lecturer'),
      ['content/teaching/a.md:5 role: expected one of: instructor, co-instructor, teaching-assistant, guest-lecturer; found "lecturer"'],
    ],
    [
      'teaching/a.md',
      md('title: T\ninstitution: I\nterms: [2021-WS]\nlinks:\n  - kind: syllabus\n    url: ftp://x.org/a'),
      ['content/teaching/a.md:7 links[0].url: expected an absolute http(s) URL such as https://example.org/page; found "ftp://x.org/a"'],
    ],
    [
      'supervision/a.md',
      md('level: phd\nstart: 2021'),
      ['content/supervision/a.md:2 name: required field is missing; expected the name of the person supervised, or person: with the id of their file in content/people/'],
    ],
    [
      'supervision/a.md',
      md('name: N\nlevel: doctoral\nstart: 2021-13'),
      [
        'content/supervision/a.md:3 level: expected one of: postdoc, phd, master, bachelor, intern; found "doctoral"; did you mean "phd"?',
        'content/supervision/a.md:4 start: expected a month YYYY-MM with month 01–12; found "2021-13"',
      ],
    ],
    ['supervision/a.md', md('name: N\nlevel: phd\nstart: 2021-05\nend: 2020'), ['content/supervision/a.md:5 end: expected an end not before the start (2021-05); found 2020']],
    [
      'supervision/a.md',
      md('name: N\nlevel: phd\nstart: 2021\nstatus: finished'),
      ['content/supervision/a.md:5 status: expected one of: ongoing, completed, left; found "finished"'],
    ],
    [
      'service/a.md',
      md('kind: pc-member\nvenue: V\nyears: 2019-2023'),
      [
        'content/service/a.md:2 kind: expected one of: editor, editorial-board, area-chair, programme-committee, reviewer, organiser, session-chair, committee-member, other; found "pc-member"',
      ],
    ],
    [
      'service/a.md',
      md('kind: reviewer\nvenue: V\nyears: 2023-2019'),
      ['content/service/a.md:4 years[0]: expected a range whose end is not before its start (2023); found "2023-2019"'],
    ],
    [
      'service/a.md',
      md('kind: reviewer\nvenue: V\nyears: [2019, "2020 to 2021"]'),
      ['content/service/a.md:4 years[1]: expected years such as 2021, 2019-2023 or a list [2017, 2019-2021]; found "2020 to 2021"'],
    ],
    [
      'grants/a.md',
      md('title: T\nfunder: F\nstart: 2021\namount: 1.500.000 EUR'),
      ['content/grants/a.md:5 amount: expected an amount with its ISO 4217 currency code, such as 1500000 EUR, or { value, visibility: web | cv | hidden }; found "1.500.000 EUR"'],
    ],
    [
      'grants/a.md',
      md('title: T\nfunder: F\nstart: 2021\namount: 1500000'),
      ['content/grants/a.md:5 amount: expected an amount with its ISO 4217 currency code, such as 1500000 EUR, or { value, visibility: web | cv | hidden }; found 1500000'],
    ],
    [
      'grants/a.md',
      md('title: T\nfunder: F\nstart: 2021\namount: 1500 XYZ'),
      ['content/grants/a.md:5 amount: expected an ISO 4217 currency code such as EUR, USD or CHF (not XYZ), or { value, visibility: web | cv | hidden }; found "1500 XYZ"'],
    ],
    [
      'grants/a.md',
      md('title: T\nfunder: F\nstart: 2021\namount:\n  value: lots\n  visibility: cv'),
      ['content/grants/a.md:6 amount.value: expected an amount with its ISO 4217 currency code, such as 1500000 EUR; found "lots"'],
    ],
    [
      'grants/a.md',
      md('title: T\nfunder: F\nstart: 2021\nrole: lead'),
      ['content/grants/a.md:5 role: expected one of: pi, co-pi, co-investigator, collaborator, fellow; found "lead"'],
    ],
    [
      'news/a.md',
      md('date: 2024-02-30\nabout: [paper:x]', 'Text.'),
      [
        'content/news/a.md:2 date: expected a real calendar date YYYY-MM-DD; found "2024-02-30"',
        'content/news/a.md:3 about[0]: expected a reference kind:id such as publication:lovelace2024notes, with a kind of publication, talk, lecture, patent, project, award, grant, course, supervision, service, news, page; found "paper:x"',
      ],
    ],
    ['news/a.md', md('date: 2024-02-03'), ['content/news/a.md: the text after the front matter is empty; expected the Markdown body (the text of the news item)']],
    [
      'pages/a.md',
      md('title: T\nnavigation:\n  position: 0\n  lable: X', 'Text.'),
      [
        'content/pages/a.md:4 navigation.position: expected a position of at least 1; found 0',
        'content/pages/a.md:5 navigation.lable: unknown field "lable"; did you mean "label"?',
      ],
    ],
    [
      'people/a.md',
      md('name: N\norcid: 0000-0002-1825-0098\nhomepage: javascript:x'),
      [
        'content/people/a.md:4 homepage: expected an absolute http(s) URL such as https://example.org/page; found "javascript:x"',
        'content/people/a.md:3 orcid: expected an ORCID iD whose check digit is right (a typo?); found "0000-0002-1825-0098"',
      ],
    ],
  ])('%s: %j', (path, text, expected) => {
    expect(problemsOf(path, text)).toEqual(expected);
  });
});

describe('references across the tree', () => {
  const profile = md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.');

  it('names every reference, link and page id that leads nowhere, with file, line and field', () => {
    expect(
      treeProblems({
        'profile.md': profile,
        'supervision/a.md': md('person: nobody\nlevel: phd\nstart: 2021\npublication: nothing'),
        'projects/p.md': md('acronym: P\ntitle: T\nstart: 2021-01\ngrant: none'),
        'news/n.md': md(
          'date: 2024-01-01\nabout:\n  - publication:missing\n  - grant:none',
          'Text [a](talk:nope) and [b](publications:x) and [c](/publicatons/) and [d](/cv) and [e](/files/a.pdf) and [f](mailto:a@b.c).',
        ),
        'pages/cv.md': md('title: CV', 'Mine.'),
        'pages/group.md': md('title: Group', 'See [research](page:research), [the CV](/cv/) and [news](/news/).\n\n<a href="course:x">x</a>'),
      }),
    ).toEqual([
      'content/news/n.md:4 about[0]: "publication:missing" names no file in content/publications/; expected the id (file name without .md) of an existing entry',
      'content/news/n.md:5 about[1]: "grant:none" names no file in content/grants/; expected the id (file name without .md) of an existing entry',
      'content/news/n.md:7: the link "talk:nope" names no file in content/talks/; expected the id (file name without .md) of an existing entry',
      'content/news/n.md:7: the link "publications:x" has no kind "publications"; expected kind:id with a kind of publication, talk, lecture, patent, project, award, grant, course, supervision, service, news, page',
      'content/news/n.md:7: the link "/publicatons/" names no page of this site; expected a page of this site (such as /publications/ or /cv/), a file under public/, or kind:id',
      'content/news/n.md:7: the link "/cv" names no page of this site; did you mean "/cv/"?',
      'content/pages/cv.md: the id "cv" is taken by vita\'s own /cv/; rename the file (its name is the page\'s address)',
      'content/pages/group.md:4: the link "page:research" names no file in content/pages/; expected the id (file name without .md) of an existing entry',
      'content/pages/group.md:6: the link "course:x" names no file in content/teaching/; expected the id (file name without .md) of an existing entry',
      'content/projects/p.md:5 grant: "none" names no file in content/grants/; expected the id (file name without .md) of an existing entry',
      'content/supervision/a.md:2 person: "nobody" names no file in content/people/; expected the id (file name without .md) of an existing entry',
      'content/supervision/a.md:5 publication: "nothing" names no file in content/publications/; expected the id (file name without .md) of an existing entry',
    ]);
  });

  it('accepts links to entries, pages and files that exist', () => {
    expect(
      treeProblems({
        'profile.md': md(
          'name: Ada Lovelace\naliases: [Lovelace A]',
          'See [the paper](publication:lovelace2024notes#abstract), [all](/publications/), [its BibTeX](/publications/lovelace2024notes.bib) and [news](news:2024-launch).',
        ),
        'publications/lovelace2024notes.md': md('kind: preprint\ntitle: Notes\nauthors: [Lovelace A]\nyear: 2024\nvenue: arXiv', 'The abstract.'),
        'news/2024-launch.md': md('date: 2024-01-01\nabout: [publication:lovelace2024notes, page:about]', 'The [about page](/about/) and the [CV](/cv/#publications).'),
        'pages/about.md': md('title: About', 'Back [home](/).'),
      }),
    ).toEqual([]);
  });

  it('warns when one author-list form names two people (neither is linked)', () => {
    expect(
      treeProblems({
        'profile.md': profile,
        'people/a.md': md('name: Christopher Anders\naliases: [Anders CJ]'),
        'people/b.md': md('name: Carla Anders\naliases: ["Anders C J"]'),
      }),
    ).toEqual([
      'content/people/b.md: warning: "Christopher Anders" is a form of people/a.md and people/b.md; author lists cannot tell them apart, so that form links neither',
      'content/people/b.md: warning: "Anders CJ" is a form of people/a.md and people/b.md; author lists cannot tell them apart, so that form links neither',
    ]);
  });
});

describe('terms, years and amounts as the pages show them', () => {
  const terms = termList.parse(['2018-WS', '2019-WS', '2020-ws', '2021-SS', '2022-fall', 2023]);

  it('compresses the terms of a course into one phrase per kind of term, in the site language', () => {
    expect(termPhrases(terms, (kind, years) => en.teaching.terms[kind](years))).toEqual(['Winter term 2018/19–2020/21', 'Summer term 2021', 'Fall 2022', '2023']);
    expect(termPhrases(terms, (kind, years) => de.teaching.terms[kind](years))).toEqual(['WiSe 2018/19–2020/21', 'SoSe 2021', 'Herbst 2022', '2023']);
    expect(termPhrases(termList.parse(['2099-WS']), (kind, years) => de.teaching.terms[kind](years))).toEqual(['WiSe 2099/00']);
    expect(latestTerm({ terms })).toBe('2023-00');
  });

  it.each([
    [[2019, 2020, 2021, 2022, 2023, 2025], '2019–2023, 2025'],
    [[2019], '2019'],
    [[2017, 2019, 2021], '2017, 2019, 2021'],
    [[2019, 2020], '2019–2020'],
  ])('writes the years %j as %s', (years, expected) => {
    expect(compressYears(years)).toBe(expected);
  });

  it.each([
    [{ value: 1500000, currency: 'EUR' }, 'en', '€1,500,000'],
    [{ value: 1500000, currency: 'EUR' }, 'de', '1.500.000\u00A0€'],
    [{ value: 850000, currency: 'CHF' }, 'en-GB', 'CHF\u00A0850,000'],
    [{ value: 250000.5, currency: 'USD' }, 'en', '$250,000.50'],
  ])('formats %j in %s as %s', (money, language, expected) => {
    expect(formatMoney(money, language)).toBe(expected);
  });

  it('derives the status of a supervision from its end unless it is written', () => {
    expect([supervisionState({}), supervisionState({ end: '2023-03' }), supervisionState({ end: 2023, status: 'left' })]).toEqual(['ongoing', 'completed', 'left']);
  });

  it('groups entries in the order of their kinds, leaving out empty ones', () => {
    const groups = groupInOrder(
      [
        { kind: 'b', id: 1 },
        { kind: 'a', id: 2 },
        { kind: 'b', id: 3 },
      ],
      ['a', 'c', 'b'],
      (item) => item.kind,
    );
    expect(groups).toEqual([
      { key: 'a', items: [{ kind: 'a', id: 2 }] },
      {
        key: 'b',
        items: [
          { kind: 'b', id: 1 },
          { kind: 'b', id: 3 },
        ],
      },
    ]);
  });

  it('cuts a text at a word for a headline', () => {
    expect(excerpt('Our foundation model for spatial transcriptomics is out as a preprint.', 40)).toBe('Our foundation model for spatial…');
    expect(excerpt('  Short   text. ', 40)).toBe('Short text.');
  });
});

describe('people', () => {
  it('collapses every spelling of one form of a name', () => {
    const forms = ['Anders CJ', 'Anders C J', 'Anders, C. J.', 'Anders, Christopher J.', 'Christopher J. Anders', 'C.J. Anders'];
    expect(new Set(forms.map(personKey))).toEqual(new Set(['anders|cj']));
    expect(personKey('Anders C')).toBe('anders|c');
    expect(personKey('Ekstrøm, Lars')).toBe(personKey('Ekstrøm L'));
    expect(personKey('Müller K-R')).toBe(personKey('Müller, Klaus-Robert'));
  });

  it('finds the one person a name belongs to, by their name or an alias, and links their homepage or ORCID record', () => {
    const people = [
      { id: 'anders', name: 'Christopher Anders', aliases: ['Anders CJ'], homepage: 'https://anders.example.org' },
      { id: 'weber', name: 'Lena Weber', aliases: [], orcid: '0000-0002-1825-0097' },
    ];
    const index = peopleIndex(people);
    expect(['Anders C J', 'Anders, Christopher', 'Weber L', 'Weber LM', 'Lovelace A'].map((name) => index.find(name)?.id)).toEqual([
      'anders',
      'anders',
      'weber',
      undefined,
      undefined,
    ]);
    expect(people.map(personHref)).toEqual(['https://anders.example.org', 'https://orcid.org/0000-0002-1825-0097']);
    expect(index.ambiguous).toEqual([]);
    expect(peopleIndex([]).find('Anders CJ')).toBeUndefined();
  });
});

describe('links in Markdown bodies', () => {
  it('tells typed references and site paths from other links', () => {
    expect(internalTarget('publication:lovelace2024notes#abstract')).toEqual({
      kind: 'entry',
      reference: { kind: 'publication', section: 'publications', id: 'lovelace2024notes' },
      fragment: '#abstract',
    });
    expect(internalTarget('/publications/?sort=year#top')).toEqual({ kind: 'path', path: '/publications/', suffix: '?sort=year#top' });
    expect(internalTarget('publications:x')).toEqual({ unknownKind: 'publications' });
    expect([
      internalTarget('https://example.org/'),
      internalTarget('//cdn.example.org/x'),
      internalTarget('mailto:a@b.c'),
      internalTarget('#top'),
      internalTarget('notes.html'),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('finds inline links, autolinks, reference definitions and raw HTML links with their lines', () => {
    const body = 'First [a](publication:x "Title") line.\n\n<page:about> and\n<a href="/cv/">CV</a>\n\n[ref]: /news/\n';
    expect(bodyLinks(body)).toEqual([
      { target: 'publication:x', line: 0 },
      { target: 'page:about', line: 2 },
      { target: '/cv/', line: 3 },
      { target: '/news/', line: 5 },
    ]);
    expect(bodyLinks('No links here.')).toEqual([]);
  });

  it('rewrites internal links of rendered HTML and leaves the others', () => {
    const html = '<p><a href="publication:x">a</a> <a href="/cv/#grants">b</a> <a href="https://example.org/">c</a> <a href="#top">d</a></p>';
    const rewritten = rewriteLinks(html, (target) => (target.kind === 'path' ? `/vita${target.path}${target.suffix}` : `/vita/publications/${target.reference.id}/`));
    expect(rewritten).toBe('<p><a href="/vita/publications/x/">a</a> <a href="/vita/cv/#grants">b</a> <a href="https://example.org/">c</a> <a href="#top">d</a></p>');
    expect(rewriteLinks('<p>plain</p>', () => 'never')).toBe('<p>plain</p>');
  });

  it('tells whether a site path exists, suggesting the trailing slash', () => {
    const site = { pages: new Set(['/', '/cv/', '/research/']), files: new Set(['/cv.pdf']), publicFileExists: (path: string) => path === '/files/thesis.pdf' };
    expect(['/cv/', '/cv.pdf', '/files/thesis.pdf'].map((path) => sitePathStatus(path, site))).toEqual([{ exists: true }, { exists: true }, { exists: true }]);
    expect(sitePathStatus('/research', site)).toEqual({ exists: false, suggestion: '/research/' });
    expect(sitePathStatus('/files/missing.pdf', site)).toEqual({ exists: false });
    expect(sitePathStatus('/files/missing.pdf', { ...site, publicFileExists: undefined })).toEqual({ exists: true });
  });
});
