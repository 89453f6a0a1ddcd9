/** The pure shaping functions, table by table. */
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { abbreviate } from '../../src/lib/authors.ts';
import { bibtexName, latexEscape, splitBibtexFile, toBibtex } from '../../src/lib/formats/bibtex.ts';
import { busiestYears, monthTimeline, publicationsPerYear } from '../../src/lib/charts.ts';
import { formatDays, formatIsoDate, formatPeriod } from '../../src/lib/dates.ts';
import { documentTitle, shorten } from '../../src/lib/text/documentTitle.ts';
import { currentProjects, homePublications } from '../../src/lib/home.ts';
import { displayName, nameKey, ownerMatcher, parseName } from '../../src/lib/names.ts';
import { espacenetUrl, patentReference } from '../../src/lib/patents.ts';
import { profileLinks, telUri } from '../../src/lib/profile.ts';
import { groupByKindAndYear, readerLinks, venueDetails } from '../../src/lib/publications.ts';
import { joinBase } from '../../src/lib/routes.ts';
import { publicationSchema } from '../../src/schemas/publication.ts';

const publication = (fields: Record<string, unknown>) =>
  publicationSchema.parse({ kind: 'journal-article', title: 'T', authors: ['Lapuschkin S'], year: 2020, venue: 'V', ...fields });

describe('names', () => {
  it.each([
    ['Lapuschkin S', { family: 'Lapuschkin', given: 'S' }],
    ['Höhne M-C M', { family: 'Höhne', given: 'M-C M' }],
    ['van der Maaten L', { family: 'van der Maaten', given: 'L' }],
    ['Lovelace, Ada', { family: 'Lovelace', given: 'Ada' }],
    ['S. Bach', { family: 'Bach', given: 'S.' }],
    ['Sebastian Lapuschkin', { family: 'Lapuschkin', given: 'Sebastian' }],
  ])('parses %s', (name, expected) => {
    expect(parseName(name)).toEqual(expected);
  });

  it('recognises the owner under every alias and no one else', () => {
    const isOwner = ownerMatcher(['Lapuschkin S', 'S. Bach']);
    expect(['Lapuschkin S', 'Bach S', 'Sebastian Lapuschkin', 'Lapuschkin, Sebastian', 'Bach, S.'].map(isOwner)).toEqual([true, true, true, true, true]);
    expect(['Lapuschkin A', 'Bachmann S', 'Samek W'].map(isOwner)).toEqual([false, false, false]);
    expect(nameKey('Müller K-R')).toBe(nameKey('Klaus-Robert Muller'));
  });
});

describe('dates, in the site language and in UTC', () => {
  it.each([
    ['2022-10-21', 'en-GB', '21 Oct 2022'],
    ['2022-10-21', 'en', 'Oct 21, 2022'],
    ['2022-10-21', 'de', '21. Okt. 2022'],
    ['2020-08', 'en-GB', 'Aug 2020'],
    ['2020-08', 'de', 'Aug. 2020'],
    ['2019', 'de', '2019'],
    // Midnight UTC on New Year's Day stays in its year whatever the machine's time zone.
    ['2023-01-01', 'en-GB', '1 Jan 2023'],
  ])('formats %s in %s as %s', (iso, language, expected) => {
    expect(formatIsoDate(iso, language)).toBe(expected);
  });
  it.each([
    ['en-GB', '13, 14 and 16 Dec 2021'],
    ['en', 'Dec 13, 14, and 16, 2021'],
    ['de', '13., 14. und 16. Dez. 2021'],
  ])('lists the days of one month in %s: %s', (language, expected) => {
    expect(formatDays(['2021-12-13', '2021-12-14', '2021-12-16'], language)).toBe(expected);
  });
  it('formats periods', () => {
    expect(formatPeriod('2021-01', undefined, 'en-GB', 'present')).toBe('Jan 2021 – present');
    expect(formatPeriod('2021-01', undefined, 'de', 'heute')).toBe('Jan. 2021 – heute');
    expect(formatPeriod(2013, 2018, 'de', 'heute')).toBe('2013–2018');
    expect(formatPeriod(2013, '2018-05', 'de', 'heute')).toBe('2013 – Mai 2018');
    expect(formatPeriod(2013, undefined, 'en', 'present')).toBe('2013 – present');
  });
});

describe('publications', () => {
  it.each([
    [{ volume: 24, issue: 34, pages: '1-11' }, '24(34):1–11'],
    [{ volume: 10, articleNumber: 1069 }, '10:1069'],
    [{ volume: 3, issue: 2, articleNumber: 14, pages: '1-27' }, '3(2):14:1–27'],
    [{ volume: 81, issue: 'S1', pages: '159-160' }, '81(S1):159–160'],
    [{ pages: '516-520' }, 'pp. 516–520'],
    [{ articleNumber: 'dyac078' }, 'dyac078'],
    [{ kind: 'preprint', venue: 'CoRR', arxiv: '2211.17174' }, 'abs/2211.17174'],
    // A report's or a magazine's number without a volume.
    [{ issue: 7 }, 'no. 7'],
    [{ issue: 'TR-42', pages: '1-10' }, 'no. TR-42, pp. 1–10'],
    [{}, ''],
  ])('venue details of %j: %s', (fields, expected) => {
    expect(venueDetails(publication(fields), { pages: (range) => `pp. ${range}`, number: (number) => `no. ${number}` })).toBe(expected);
  });

  it('groups by kind in display order, years newest first', () => {
    const groups = groupByKindAndYear([
      { kind: 'preprint', year: 2020 },
      { kind: 'journal-article', year: 2019 },
      { kind: 'journal-article', year: 2021 },
    ] as const);
    expect(groups.map((group) => [group.kind, group.count, group.years.map((year) => year.year)])).toEqual([
      ['journal-article', 2, [2021, 2019]],
      ['preprint', 1, [2020]],
    ]);
  });

  it('labels links so that each is distinct, the paper first', () => {
    const links = readerLinks(
      {
        doi: '10.1/x',
        arxiv: '2106.13200',
        links: [
          { kind: 'code', url: 'https://github.com/a/b' },
          { kind: 'project', url: 'https://www.example.org/p' },
          { kind: 'pdf', url: 'https://x.org/1.pdf' },
          { kind: 'pdf', url: 'https://y.org/2.pdf' },
        ],
      },
      en.links,
    );
    expect(links.map((link) => link.label)).toEqual(['PDF: x.org', 'PDF: y.org', 'DOI 10.1/x', 'arXiv:2106.13200', 'Code: a/b', 'Project']);
  });
});

describe('author names', () => {
  it.each([
    ['Ekstrøm, Claus Thorn', 'Ekstrøm C T', 'Claus Thorn Ekstrøm'],
    ['Müller K-R', 'Müller K-R', 'K.-R. Müller'],
    ['Adébáyọ̀, Ọlábísí', 'Adébáyọ̀ Ọ', 'Ọlábísí Adébáyọ̀'],
    // G17: no initials where the script has none; Chinese, Japanese and Korean names family first, unspaced.
    ['王, 小明', '王小明', '王小明'],
    ['김, 민준', '김민준', '김민준'],
    ['山田, はなこ', '山田はなこ', '山田はなこ'],
    ['العربي, محمد', 'العربي محمد', 'محمد العربي'],
    ['כהן, דוד', 'כהן דוד', 'דוד כהן'],
  ])('G17: shows %s as %s and %s', (name, familyInitials, givenFamily) => {
    expect(displayName(name, 'family-initials')).toBe(familyInitials);
    expect(displayName(name, 'given-family')).toBe(givenFamily);
    expect(displayName(name, 'as-written')).toBe(name);
  });
});

describe('BibTeX', () => {
  it.each([
    ['Marinč', 'Marin{\\v{c}}'],
    ['Ekstrøm', 'Ekstr{\\o}m'],
    ['Hägele', 'H{\\"a}gele'],
    ['GÜ', 'G{\\"U}'],
    ['50% & a_b {x} #1 $', '50\\% \\& a\\_b {\\textbraceleft}x{\\textbraceright} \\#1 \\$'],
    ['xxAI – Beyond', 'xxAI -- Beyond'],
    ['“Where”', "``Where''"],
    // ASCII characters take a shorter path: ligatures still split, backslash, tilde, caret and angle brackets still spelled out.
    ["A--B ''q'' ?`z \\ ~^ <a>|b", "A-{}-B '{}'q'{}' ?{}`z {\\textbackslash} {\\textasciitilde}{\\textasciicircum} {\\textless}a{\\textgreater}{\\textbar}b"],
  ])('escapes %s', (text, expected) => {
    expect(latexEscape(text)).toBe(expected);
  });

  it('writes text that needs no escaping as it is, exactly as the character-by-character path would', () => {
    // A non-ASCII letter at the end sends the text down the general path, which appends {\'e} to what it makes of the rest.
    const printable = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index));
    const texts = [...printable.flatMap((first) => printable.map((second) => `${first}${second}`)), 'Layer-wise relevance propagation: a "study" (2019)', 'A, B and C'];
    for (const text of texts) expect([text, `${latexEscape(text)}{\\'e}`]).toEqual([text, latexEscape(`${text}é`)]);
    expect(latexEscape('Layer-wise relevance propagation')).toBe('Layer-wise relevance propagation');
  });

  it.each([
    ['Müller K-R', 'M{\\"u}ller, K.-R.'],
    ['Höhne M-C M', 'H{\\"o}hne, M.-C. M.'],
    ['Anders CJ', 'Anders, C. J.'],
    ['Lovelace, Ada', 'Lovelace, Ada'],
  ])('writes the name %s as %s', (name, expected) => {
    expect(bibtexName(name)).toBe(expected);
  });

  it('writes a complete entry of the right type', () => {
    const entry = toBibtex(
      publication({
        kind: 'book-chapter',
        venue: 'xxAI – Beyond Explainable AI',
        pages: '271-296',
        publisher: 'Springer',
        publisherPlace: 'Cham',
        authors: ['Becking D', 'Müller K'],
        year: 2022,
      }),
      'becking2022ecqx',
      'ECQ<sup>X</sup>: Explainability',
    );
    expect(entry).toBe(
      [
        '@incollection{becking2022ecqx,',
        '  title = {{ECQ\\textsuperscript{X}: Explainability}},',
        '  author = {Becking, D. and M{\\"u}ller, K.},',
        '  booktitle = {xxAI -- Beyond Explainable AI},',
        '  year = {2022},',
        '  pages = {271--296},',
        '  publisher = {Springer},',
        '  address = {Cham}',
        '}',
      ].join('\n'),
    );
    expect(toBibtex(publication({ kind: 'preprint', venue: 'CoRR', arxiv: '2211.17174' }), 'k', 'T')).toContain('  eprint = {2211.17174},\n  archiveprefix = {arXiv}');
  });
});

describe('charts', () => {
  it('stacks kinds per year, keeping empty years', () => {
    const chart = publicationsPerYear([
      { kind: 'journal-article', year: 2014 },
      { kind: 'preprint', year: 2014 },
      { kind: 'journal-article', year: 2016 },
    ]);
    expect(chart.bars.map((bar) => [bar.year, bar.total, bar.segments.map((segment) => segment.kind)])).toEqual([
      [2014, 2, ['journal-article', 'preprint']],
      [2015, 0, []],
      [2016, 1, ['journal-article']],
    ]);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1, 2]);
    expect(chart.bars[0]!.segments[0]!.height + chart.bars[0]!.segments[1]!.height).toBeCloseTo(chart.plotHeight);
  });

  it('finds every year that ties for the most publications, oldest first', () => {
    const papers = (year: number, count: number) => Array.from({ length: count }, () => ({ kind: 'journal-article' as const, year }));
    expect(busiestYears(publicationsPerYear([...papers(2019, 2), ...papers(2020, 1), ...papers(2023, 2)]))).toEqual({ total: 2, years: [2019, 2023] });
    expect(busiestYears(publicationsPerYear([...papers(2021, 1), ...papers(2022, 3)]))).toEqual({ total: 3, years: [2022] });
    // …and the chart's summary names them all, in either language, or only the most in a year when many tie.
    expect(en.chart.summary('5 publications', '2019', '2023', '2', '2019 and 2023', 2)).toBe('5 publications from 2019 to 2023; the most, 2, in 2019 and 2023.');
    expect(de.chart.summary('5 Publikationen', '2019', '2023', '2', '2019 und 2023', 2)).toBe('5 Publikationen von 2019 bis 2023; die meisten, 2, in den Jahren 2019 und 2023.');
    expect(de.chart.summary('3 Publikationen', '2021', '2022', '2', '2022', 1)).toBe('3 Publikationen von 2021 bis 2022; die meisten, 2, im Jahr 2022.');
    expect(en.chart.summaryEven('5 publications', '2019', '2023', '1')).toBe('5 publications from 2019 to 2023; at most 1 a year.');
  });

  it('lays out month periods in percent of whole years', () => {
    const timeline = monthTimeline([
      { start: '2020-01', end: '2020-12' },
      { start: '2021-01', end: '2021-12' },
    ]);
    expect(timeline.rows.map((row) => [row.left, row.width])).toEqual([
      [0, 50],
      [50, 50],
    ]);
    expect(timeline.years).toEqual([
      { year: 2020, left: 0 },
      { year: 2021, left: 50 },
    ]);
    expect([timeline.first, timeline.last]).toEqual(['2020-01', '2021-12']);
    // Mid-year periods still get whole years on the axis, each a quarter here.
    const open = monthTimeline([{ start: '2019-07', end: '2020-06' }, { start: '2021-04' }, { start: '2022-03', end: '2022-09' }]);
    expect(open.years.map((year) => [year.year, year.left])).toEqual([
      [2019, 0],
      [2020, 25],
      [2021, 50],
      [2022, 75],
    ]);
    expect(open.rows.map((row) => [row.left, row.width])).toEqual([
      [12.5, 25],
      [56.25, 37.5],
      [79.17, 14.58],
    ]);
  });
});

describe('home page choices', () => {
  it('features selected publications, else recent ones', () => {
    expect(homePublications([{ selected: false }, { selected: true }], 5)).toEqual({ selected: true, items: [{ selected: true }] });
    expect(homePublications([{ selected: false }, { selected: false }], 1)).toEqual({ selected: false, items: [{ selected: false }] });
  });
  it('finds projects running in a month', () => {
    const projects = [
      { start: '2022-12', end: '2026-11' },
      { start: '2021-04', end: '2025-03' },
    ];
    expect(currentProjects(projects, '2026-11', 3)).toEqual({ current: true, items: [projects[0]] });
    expect(currentProjects(projects, '2027-01', 3)).toEqual({ current: false, items: projects });
    expect(currentProjects(projects, '2027-01', 1)).toEqual({ current: false, items: [projects[0]] });
  });
});

describe('small helpers', () => {
  it('abbreviates long author lists, keeping the owner visible', () => {
    const names = Array.from({ length: 20 }, (_, i) => `A${i}`);
    const { shown, shortened } = abbreviate(names, (name) => name === 'A15', 12, 3);
    expect(shortened).toBe(true);
    expect(shown).toEqual(['A0', 'A1', 'A2', null, 'A15', null, 'A19']);
    expect(abbreviate(['A', 'B'], () => false).shortened).toBe(false);
  });
  it('builds patent references and Espacenet links', () => {
    expect(patentReference({ office: 'US', number: '2022/0114455', kindCode: 'A1' })).toBe('US 2022/0114455 A1');
    expect(espacenetUrl({ office: 'US', number: '2022/0114455', kindCode: 'A1' })).toBe('https://worldwide.espacenet.com/patent/search?q=pn%3DUS20220114455A1');
    expect(espacenetUrl({ office: 'CN', number: '107636693' })).toBe('https://worldwide.espacenet.com/patent/search?q=pn%3DCN107636693');
  });
  it('builds profile links and tel: URIs', () => {
    expect(profileLinks({ github: 'octo', orcid: '0000-0002-1825-0097' })).toEqual([
      { network: 'orcid', label: 'ORCID 0000-0002-1825-0097', url: 'https://orcid.org/0000-0002-1825-0097' },
      { network: 'github', label: 'GitHub: octo', url: 'https://github.com/octo' },
    ]);
    expect(telUri('+49 (177) 483-2754')).toBe('+491774832754');
  });
  it.each([
    ['/', '/publications/', '/publications/'],
    ['/vita/', '/publications/', '/vita/publications/'],
    ['/vita/', 'cv/#projects', '/vita/cv/#projects'],
  ])('joins base %s and %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
  it.each([
    ['Talks', 'Dr. A B', 'Talks · Dr. A B'],
    ['Dr. A B', 'Dr. A B', 'Dr. A B'],
    ['x'.repeat(65), 'Dr. A B', 'x'.repeat(65)],
    ['Causes of Outcome Learning: A Causal Inference-inspired Machine Learning Approach', 'Dr. A B', 'Causes of Outcome Learning: A Causal Inference-inspired Machine…'],
  ])('titles the page %s', (page, site, expected) => {
    expect(shorten('Short', 10)).toBe('Short');
    expect(documentTitle(page, site)).toBe(expected);
    expect(documentTitle(page, site).length).toBeLessThanOrEqual(70);
  });
});

describe('splitting a BibTeX file', () => {
  it('returns each entry under its key', () => {
    const file = '@article{a2020x,\n  title = {{A}}\n}\n\n@misc{b2021y,\n  title = {{B\n\nC}}\n}\n';
    expect(splitBibtexFile(file)).toEqual([
      { key: 'a2020x', entry: '@article{a2020x,\n  title = {{A}}\n}\n' },
      { key: 'b2021y', entry: '@misc{b2021y,\n  title = {{B\n\nC}}\n}\n' },
    ]);
  });
});
