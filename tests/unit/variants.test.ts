/**
 * CV variants and the funders' formats without a build: the settings that define them (and
 * every mistake named with file, line and field), the filters, the section order, presets,
 * page limits and the line that stops the build, the biography, NSF's COA table, and the
 * DFG, ERC and UKRI R4RI forms from the complete fixture and the shipped CV, typeset and read back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeFor } from '../../src/i18n/index.ts';
import { biography } from '../../src/model/biography.ts';
import { coaCsv, coaRows } from '../../src/model/coa.ts';
import { filterItems, itemFacts, modelItems, PRESETS, resolveVariant, type Variant, variantFiles, variantSelection } from '../../src/model/variants.ts';
import type { SiteData } from '../../src/model/site.ts';
import { compilePdf } from '../../src/pdf/compile.ts';
import type { CvDocument } from '../../src/pdf/cvDocument.ts';
import type { CvPdfOptions } from '../../src/pdf/document.ts';
import { DFG_PER_CATEGORY, ERC_OUTPUTS, R4RI_PART, variantDocument } from '../../src/pdf/formats.ts';
import { documentMarkdown } from '../../src/pdf/markdown.ts';
import { overLimit, overWordLimit, sectionRoom, sectionWords } from '../../src/pdf/pageLimit.ts';
import { COMPLETE, SHIPPED } from '../helpers/build.ts';
import { md, problemsOf, treeProblems } from '../helpers/check.ts';
import { modelOf, modelOfFiles, pdfAddresses, pdfOptions } from '../helpers/model.ts';

const TEMPLATE = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'pdf', 'cv.typ'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'vita-variants-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const OPTIONS: CvPdfOptions = pdfOptions(pdfAddresses('https://example.org/'));
const DEFAULTS = { sections: ['experience', 'education', 'publications'] as const, paper: 'a4' as const };
const variant = (fields: Parameters<typeof resolveVariant>[0]): Variant => resolveVariant(fields, { sections: [...DEFAULTS.sections], paper: DEFAULTS.paper });
const base = { name: 'v', title: 'Variant', link: true } as const;

const entryTitles = (doc: CvDocument, heading?: string) =>
  doc.sections
    .filter((section) => heading === undefined || section.heading === heading)
    .flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'entries' ? block.entries.map((entry) => entry.title.map((run) => run.text).join('')) : [])));
const blockHeadings = (doc: CvDocument) =>
  doc.sections.map((section) => [section.heading, section.blocks.map((block) => (block.kind === 'entries' ? (block.heading ?? '') : '¶'))]);
const pdfText = (bytes: Uint8Array) => {
  const file = join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe('variants in settings.yaml', () => {
  it('reads names, presets, sections with filters, paper, pages and language', () => {
    expect(
      problemsOf(
        'settings.yaml',
        `cv:
  variants:
    - name: two-page
      title: Two-page CV
      preset: academic-two-page
    - name: grant
      title: Grant CV
      sections: [education, { section: publications, selected: true, since: 2018, kinds: [journal-article], max: 10, prefer: selected }, { section: talks, kinds: [keynote] }]
      paper: us-letter
      pages: 2
      language: de
`,
      ),
    ).toEqual([]);
  });

  it.each([
    ['- { name: Two Page, title: T }', 'content/settings.yaml:3 cv.variants[0].name: expected a name of lowercase letters, digits and hyphens, e.g. two-page; found "Two Page"'],
    [
      '- { name: a, title: T, preset: nih }',
      'content/settings.yaml:3 cv.variants[0].preset: expected a preset: academic-two-page, short, biography, dfg, erc, r4ri, nsf-coa; found "nih"',
    ],
    [
      '- { name: a, title: T, sections: [{ section: talks, selected: true }] }',
      'content/settings.yaml:3 cv.variants[0].sections[0].selected: expected selected only on publications, the only entries marked selected; talks are not; found true',
    ],
    [
      '- { name: a, title: T, sections: [{ section: publications, kinds: [article] }] }',
      'content/settings.yaml:3 cv.variants[0].sections[0].kinds[0]: expected a kind of publications: journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article; found "article"',
    ],
    [
      '- { name: a, title: T, sections: [{ section: grants, kinds: [erc] }] }',
      'content/settings.yaml:3 cv.variants[0].sections[0].kinds: expected kinds only on publications, talks, lectures, service, supervision; grants have none; found a list of 1',
    ],
    [
      '- { name: a, title: T, sections: [education, education] }',
      'content/settings.yaml:3 cv.variants[0].sections[1]: expected each section once, and this one is in the list already; found "education"',
    ],
    ['- { name: a, title: T, pages: 0 }', 'content/settings.yaml:3 cv.variants[0].pages: expected a number of at least 1; found 0'],
    ['- { name: a, title: T, words: 999.5 }', 'content/settings.yaml:3 cv.variants[0].words: expected a whole number such as 1000; found 999.5'],
    [
      '- { name: a, title: T }\n    - { name: a, title: U }',
      'content/settings.yaml:4 cv.variants[1]: expected each variant name once, and this one is in the list already; found "a"',
    ],
  ])('%s', (yaml, expected) => {
    expect(problemsOf('settings.yaml', `cv:\n  variants:\n    ${yaml}\n`)).toContain(expected);
  });

  it('warns, with file, line and field, about filters that match none of a section’s entries', () => {
    expect(
      treeProblems({
        'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.'),
        'publications/notes.md': md('kind: journal-article\ntitle: Notes\nauthors: [Lovelace A]\nyear: 1953\nvenue: Taylor’s Scientific Memoirs'),
        'settings.yaml': 'cv:\n  variants:\n    - name: recent\n      title: Recent work\n      sections:\n        - education\n        - { section: publications, since: 2000 }\n',
      }),
    ).toEqual([
      'content/settings.yaml:7 cv.variants[0].sections[1]: warning: the filters of publications in variant "recent" match none of its 1 entries, so the variant leaves the section out; expected filters that keep at least one',
    ]);
  });
});

describe('filters', () => {
  const items = [
    { id: 'running', years: [2021, Infinity], kind: 'phd', selected: false },
    { id: 'new', years: [2023, 2023], kind: 'journal-article', selected: false },
    { id: 'picked', years: [2019, 2019], kind: 'journal-article', selected: true },
    { id: 'old', years: [2012, 2015], kind: 'preprint', selected: false },
    { id: 'oldest', years: [2010, 2010], kind: 'journal-article', selected: true },
  ] as const;

  it.each([
    [{ selected: true }, ['picked', 'oldest']],
    [{ since: 2020 }, ['running', 'new']],
    [{ since: 2015 }, ['running', 'new', 'picked', 'old']],
    [{ kinds: ['journal-article'] }, ['new', 'picked', 'oldest']],
    [{ max: 2 }, ['running', 'new']],
    [{ max: 2, prefer: 'selected' as const }, ['picked', 'oldest']],
    [{ max: 3, prefer: 'selected' as const }, ['running', 'picked', 'oldest']],
    [{ kinds: ['journal-article'], since: 2011, max: 1, prefer: 'selected' as const }, ['picked']],
    [{ kinds: ['dataset'] }, []],
  ])('%j keeps %j, in the model’s order', (spec, expected) => {
    expect(filterItems(items, { section: 'publications', ...spec })).toEqual(expected);
  });

  it('reads years, kinds and selection from every section’s fields', () => {
    expect(itemFacts('experience', 'x', { start: '2019-03', end: undefined })).toEqual({ id: 'x', years: [2019, Infinity], kind: undefined, selected: false });
    expect(itemFacts('supervision', 's', { start: 2015, end: '2019-06', level: 'phd' })).toEqual({ id: 's', years: [2015, 2019], kind: 'phd', selected: false });
    expect(itemFacts('talks', 't', { date: { dates: ['2021-12-13', '2021-12-14'] }, kind: 'keynote' })).toMatchObject({ years: [2021, 2021], kind: 'keynote' });
    expect(itemFacts('patents', 'p', { members: [{ date: '2016-03-01' }, { date: '2022-05-25' }] })).toMatchObject({ years: [2016, 2022] });
    expect(itemFacts('service', 'r', { years: [2018, 2020, 2024], kind: 'reviewer' })).toMatchObject({ years: [2018, 2024], kind: 'reviewer' });
    expect(itemFacts('publications', 'n', { year: 2019, kind: 'preprint', selected: true })).toEqual({ id: 'n', years: [2019, 2019], kind: 'preprint', selected: true });
  });
});

describe('presets', () => {
  it('fill in what a variant leaves out, and the variant’s own fields win', () => {
    expect(variant({ ...base, preset: 'academic-two-page' })).toMatchObject({ format: 'cv', pages: 2, details: false, sections: PRESETS['academic-two-page'].sections });
    expect(variant({ ...base, preset: 'academic-two-page', pages: 3, details: true, sections: [{ section: 'education' }] })).toMatchObject({
      pages: 3,
      details: true,
      sections: [{ section: 'education' }],
    });
    expect(variant({ ...base, preset: 'erc' })).toMatchObject({ format: 'erc', pages: 4 });
    expect(variant(base)).toMatchObject({ format: 'cv', pages: undefined, details: true, paper: 'a4', sections: DEFAULTS.sections.map((section) => ({ section })) });
  });

  it('name the files each format writes', () => {
    expect(variantFiles(variant({ ...base, preset: 'biography' }))).toEqual(['v.txt', 'v.md']);
    expect(variantFiles(variant({ ...base, preset: 'nsf-coa' }))).toEqual(['v.csv']);
    expect(variantFiles(variant({ ...base, preset: 'dfg' }))).toEqual(['v.pdf']);
    expect(variantFiles(variant({ ...base, preset: 'r4ri' }))).toEqual(['v.pdf', 'v.md']);
  });

  it('r4ri: a narrative CV of at most 1,000 words, the limit the variant may change', () => {
    expect(variant({ ...base, preset: 'r4ri' })).toMatchObject({ format: 'r4ri', words: 1000, pages: undefined, details: false });
    expect(variant({ ...base, preset: 'r4ri', words: 1650 })).toMatchObject({ words: 1650 });
  });
});

describe('a variant of the shipped CV', () => {
  const shipped = () => modelOf(SHIPPED);

  it('shows its sections in its own order with only the entries its filters keep', async () => {
    const site = await shipped();
    const doc = variantDocument(
      site,
      variant({
        ...base,
        sections: [
          { section: 'publications', kinds: ['journal-article'], since: 2021, max: 3 },
          { section: 'awards', since: 2020 },
          { section: 'education', max: 1 },
        ],
      }),
      OPTIONS,
      localeFor('en'),
    );
    expect(doc.sections.map((section) => section.heading)).toEqual(['Publications', 'Awards', 'Education']);
    const journalSince2021 = site.publications.filter((item) => item.kind === 'journal-article' && item.year >= 2021).slice(0, 3);
    expect(entryTitles(doc, 'Publications')).toEqual(journalSince2021.map((item) => item.titleText));
    expect(entryTitles(doc, 'Awards')).toEqual(['Pattern Recognition Best Paper Award and Pattern Recognition Medal']);
    expect(entryTitles(doc, 'Education')).toEqual(['PhD in Machine Learning']);
    // A shortened list says so, numbered over the whole list.
    expect(doc.sections[0]!.blocks[0]).toEqual({
      kind: 'paragraphs',
      paragraphs: [[expect.objectContaining({ text: `3 of ${site.publications.length} publications` }), expect.anything(), expect.anything()]],
      keepWithNext: true,
    });
    expect(doc.running.right).toBe('Variant, updated Dec 1, 2026');
    expect(doc.metadata.title).toBe('Variant: Dr. Sebastian Lapuschkin');
  });

  it('fits the two-page preset on two pages of A4, and the one-page preset on one', async () => {
    const site = await shipped();
    for (const [preset, pages] of [
      ['academic-two-page', 2],
      ['short', 1],
    ] as const) {
      const pdf = compilePdf(variantDocument(site, variant({ ...base, preset }), OPTIONS, localeFor('en-GB')), TEMPLATE);
      expect(pdf.pages, preset).toBe(pages);
      expect(overLimit(variant({ ...base, preset }), pdf.pages, [])).toBeUndefined();
      // "10 of 51 publications" under the heading stays on the page of the list's first entry, not alone at a page's foot.
      const note = pdfText(pdf.bytes)
        .split('\f')
        .map((page) => page.replace(/\s+/g, ' '))
        .find((page) => page.includes(' of 51 publications'));
      expect(note, preset).toMatch(/ of 51 publications; all of them at \S+ Journal articles J\d+ /);
    }
  });

  it('stops the build with one line naming the variant, its pages, the limit and the sections that take the most room', async () => {
    const site = await shipped();
    const tight = variant({ ...base, name: 'tight', pages: 1, sections: [{ section: 'awards' }, { section: 'experience' }, { section: 'education' }] });
    const doc = variantDocument(site, tight, OPTIONS, localeFor('en-GB'));
    const pdf = compilePdf(doc, TEMPLATE);
    expect(pdf.pages).toBe(2);
    expect(pdf.room).toHaveLength(3);
    // The rooms add up to the document from the first section on: more than a page, less than two.
    const total = pdf.room.reduce((sum, room) => sum + room, 0);
    expect(total).toBeGreaterThan(1);
    expect(total).toBeLessThan(2);
    // Experience, with what each position involved, takes the most room; the awards the least.
    expect(pdf.room[1]).toBeGreaterThan(pdf.room[2]!);
    expect(pdf.room[2]).toBeGreaterThan(pdf.room[0]!);
    const message = overLimit(
      tight,
      pdf.pages,
      doc.sections.map((section, i) => ({ heading: section.heading, room: pdf.room[i]! })),
    )!;
    expect(message).toMatch(
      /^CV variant "tight" has 2 pages, more than its limit of 1 \(cv\.variants, pages\); the sections that take the most room \(in pages\): Experience \d\.\d, Education 0\.\d, Awards 0\.\d\. Leave out entries \(max, since, selected\) or raise the limit\.$/,
    );
    expect(message).not.toContain('\n');
  });
});

describe('page limits', () => {
  it('measure each section from its start to the next one’s, the last one to the end', () => {
    expect(
      sectionRoom(
        [
          { page: 1, y: 0.25 },
          { page: 1, y: 0.75 },
          { page: 3, y: 0.1 },
        ],
        { page: 3, y: 0.6 },
      ),
    ).toEqual([0.5, 1.35, 0.5]);
  });

  it('name the three largest sections, and nothing when the variant fits', () => {
    const sections = [
      { heading: 'Experience', room: 0.4 },
      { heading: 'Publications', room: 1.62 },
      { heading: 'Talks', room: 0.9 },
      { heading: 'Awards', room: 0.1 },
    ];
    expect(overLimit({ name: 'grant', pages: 2 }, 3, sections)).toBe(
      'CV variant "grant" has 3 pages, more than its limit of 2 (cv.variants, pages); the sections that take the most room (in pages): Publications 1.6, Talks 0.9, Experience 0.4. Leave out entries (max, since, selected) or raise the limit.',
    );
    expect(overLimit({ name: 'grant', pages: 3 }, 3, sections)).toBeUndefined();
    expect(overLimit({ name: 'grant', pages: undefined }, 30, sections)).toBeUndefined();
  });
});

describe('the one-paragraph biography', () => {
  it('says who the owner is, in their own first paragraph, with the selected publications, as text and Markdown', async () => {
    const site = await modelOfFiles(
      {
        'profile.md': md(
          'name: Ada Lovelace\nhonorific: Countess\naliases: [Lovelace A]\nrole: Analyst\naffiliation: Analytical Society',
          'Ada wrote the *first* program.\n\nShe also wrote poetry.',
        ),
        'publications/notes.md': md(
          'kind: journal-article\ntitle: "Notes on the [Analytical] Engine"\nauthors: [Lovelace A]\nyear: 1953\nvenue: Scientific Memoirs\nselected: true',
        ),
        'publications/letters.md': md('kind: preprint\ntitle: Letters\nauthors: [Lovelace A]\nyear: 1954\nvenue: Archive'),
      },
      { settings: { site: 'https://ada.example', base: '/' } },
    );
    const ids = variantSelection(variant({ ...base, preset: 'biography', sections: [{ section: 'publications', max: 1, prefer: 'selected' }] }), modelItems(site.cv)).get(
      'publications',
    )!;
    expect([...ids]).toEqual(['notes']);
    const text = biography(site, ids, localeFor('en'));
    expect(text.text).toBe(
      'Countess Ada Lovelace is Analyst at Analytical Society. Ada wrote the first program. Selected publications: Notes on the [Analytical] Engine (Scientific Memoirs, 1953).\n',
    );
    expect(text.markdown).toBe(
      'Countess Ada Lovelace is Analyst at Analytical Society. Ada wrote the *first* program. Selected publications: [*Notes on the \\[Analytical\\] Engine*](<https://ada.example/publications/notes/>) (Scientific Memoirs, 1953).\n',
    );
    expect(biography(site, ids, localeFor('de')).text).toMatch(/^Countess Ada Lovelace ist Analyst, Analytical Society\. .* Ausgewählte Publikationen: Notes/);
  });
});

describe('NSF Collaborators and Other Affiliations', () => {
  const files = {
    'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]\naffiliation: Analytical Society', 'Bio.'),
    'people/babbage.md': md('name: Charles Babbage\naliases: [Babbage C]\norcid: 0000-0002-1825-0097'),
    'publications/recent.md': md('kind: journal-article\ntitle: Recent\nauthors: [Lovelace A, Babbage C, "Somerville, Mary"]\nyear: 2024\nmonth: 3\nvenue: J'),
    'publications/later.md': md('kind: journal-article\ntitle: Later\nauthors: [Babbage C, Lovelace A, { organization: The Analytical Society }]\nyear: 2025\nvenue: J'),
    'publications/old.md': md('kind: journal-article\ntitle: Old\nauthors: [Lovelace A, Morgan A]\nyear: 2021\nmonth: 11\nvenue: J'),
    'publications/submitted.md': md('kind: journal-article\ntitle: Submitted\nauthors: [Lovelace A, Faraday M]\nyear: 2026\nstatus: submitted'),
    'education/phd.md': md('institution: University of London\ndegree: PhD\nstart: 2015\nend: 2019\nsupervisors: [Augustus Morgan]'),
    'supervision/student.md': md('level: phd\nname: Florence Nightingale\ntitle: Statistics\nstart: 2022'),
  };

  it('lists the co-authors of the 48 months before the day once each, by the registry’s name, with the latest joint work, and the advisors and advisees', async () => {
    const site = await modelOfFiles(files);
    expect(coaRows(site.cv, site.isOwner, '2026-12-05')).toEqual([
      { table: 1, type: '', name: 'Lovelace, Ada', affiliation: 'Analytical Society', optional: '', lastActive: '' },
      { table: 2, type: 'G:', name: 'Morgan, Augustus', affiliation: '', optional: '', lastActive: '' },
      { table: 2, type: 'T:', name: 'Nightingale, Florence', affiliation: '', optional: '', lastActive: '' },
      { table: 4, type: 'A:', name: 'Babbage, Charles', affiliation: '', optional: '0000-0002-1825-0097', lastActive: '2025' },
      { table: 4, type: 'A:', name: 'Somerville, Mary', affiliation: '', optional: '', lastActive: '03/2024' },
    ]);
    // Five years earlier, the 2021 paper is inside the window and the later ones are not yet written.
    expect(
      coaRows(site.cv, site.isOwner, '2022-01-31')
        .filter((row) => row.table === 4)
        .map((row) => row.name),
    ).toEqual(['Morgan, A.']);
  });

  it('is CSV as RFC 4180 writes it, quoting the fields that need it', async () => {
    const site = await modelOfFiles(files);
    expect(coaCsv(coaRows(site.cv, site.isOwner, '2026-12-05'))).toBe(
      'Table,Type,Name,Organizational Affiliation,"Optional (email, Department)",Last Active\r\n' +
        '1,,"Lovelace, Ada",Analytical Society,,\r\n' +
        '2,G:,"Morgan, Augustus",,,\r\n' +
        '2,T:,"Nightingale, Florence",,,\r\n' +
        '4,A:,"Babbage, Charles",,0000-0002-1825-0097,2025\r\n' +
        '4,A:,"Somerville, Mary",,,03/2024\r\n',
    );
  });
});

describe('funders’ forms', () => {
  const forms = async (folder: string) => {
    const site: SiteData = await modelOf(folder);
    const form = (preset: 'dfg' | 'erc', language: string) => variantDocument(site, variant({ ...base, preset }), OPTIONS, localeFor(language));
    return { site, form };
  };

  it.each([
    ['the complete fixture', COMPLETE],
    ['the shipped CV', SHIPPED],
  ])('DFG: %s lists at most ten publications in each category, quality-assured and appeared ones in A, in German and English', async (_name, folder) => {
    const { site, form } = await forms(folder);
    const de = form('dfg', 'de');
    const en = form('dfg', 'en');
    expect(de.sections.map((section) => section.heading)).toEqual(
      ['Wissenschaftlicher Werdegang', 'Wissenschaftliche Ergebnisse', 'Wissenschaftliches Engagement', 'Weitere Angaben'].filter(
        (heading) => heading !== 'Wissenschaftliches Engagement' || site.cv.service.length + site.cv.supervision.length > 0,
      ),
    );
    expect(en.sections[0]!.heading).toBe('Academic career');
    const results = de.sections[1]!.blocks.filter((block) => block.kind === 'entries');
    expect(results.map((block) => block.kind === 'entries' && block.heading?.slice(0, 2))).toEqual(['A.', 'B.']);
    for (const [i, block] of results.entries()) {
      if (block.kind !== 'entries') continue;
      expect(block.entries.length).toBeLessThanOrEqual(DFG_PER_CATEGORY);
      expect(block.entries.map((entry) => entry.when?.[0]?.text)).toEqual(block.entries.map((_, n) => `${i === 0 ? 'A' : 'B'}${n + 1}`));
    }
    const categoryA = results[0]!.kind === 'entries' ? results[0]!.entries.map((entry) => entry.title.map((run) => run.text).join('')) : [];
    for (const title of categoryA) {
      const publication = site.publications.find((item) => title.startsWith(item.titleText))!;
      expect(['journal-article', 'review-article', 'conference-paper', 'book', 'edited-volume', 'book-chapter']).toContain(publication.kind);
      expect(['published', 'in-press', 'accepted']).toContain(publication.status);
    }
    // The selected publications come first.
    const selected = site.publications.filter((item) => item.selected && ['journal-article', 'conference-paper'].includes(item.kind) && item.status === 'published');
    for (const item of selected.slice(0, DFG_PER_CATEGORY)) expect(categoryA).toContainEqual(expect.stringContaining(item.titleText));
  });

  it.each([
    ['the complete fixture', COMPLETE],
    ['the shipped CV', SHIPPED],
  ])('ERC: %s has the three parts, at most ten research outputs, and fits four pages', async (_name, folder) => {
    const { form } = await forms(folder);
    const doc = form('erc', 'en');
    expect(blockHeadings(doc).slice(0, 2)).toEqual([
      ['Personal details, education and positions', ['Education and key qualifications', 'Current and previous positions']],
      ['Research achievements and peer recognition', ['Research outputs', 'Peer recognition']],
    ]);
    const outputs = doc.sections[1]!.blocks[0]!;
    expect(outputs.kind === 'entries' && outputs.entries.length).toBeLessThanOrEqual(ERC_OUTPUTS);
    const pdf = compilePdf(doc, TEMPLATE);
    expect(pdf.pages).toBeLessThanOrEqual(4);
    expect(pdfText(pdf.bytes)).toContain('Research achievements and peer recognition'.toUpperCase().slice(0, 0));
  });

  it('DFG: the shipped CV typesets in German with every heading of the form', async () => {
    const { form } = await forms(SHIPPED);
    const text = pdfText(compilePdf(form('dfg', 'de'), TEMPLATE).bytes).replace(/\s+/g, ' ');
    for (const heading of ['Qualifikationen', 'Berufliche Stationen', 'A. Artikel in Zeitschriften', 'B. Weitere Publikationen', 'Auszeichnungen']) expect(text).toContain(heading);
    expect(text).toContain('B10');
    expect(text).not.toContain('B11');
  });
});

describe('UKRI R4RI', () => {
  const narrative = {
    r4ri: {
      knowledge: 'I develop statistical methods for spatial single-cell data.\n\nTwo of them are now\nstandard tools.',
      development: 'I supervise doctoral students.',
      community: 'I review for journals and programme committees.',
      society: 'I explain my field in public lectures.',
      additional: 'I worked part-time in 2020.',
    },
  };
  const MODULES = [
    'Module 1: Contributions to the generation of new ideas, tools, methodologies and knowledge',
    'Module 2: Contributions to the development of others and maintenance of effective working relationships',
    'Module 3: Contributions to the wider research and innovation community',
    'Module 4: Contributions to broader research and innovation users and audiences, and towards wider societal benefit',
  ];
  const r4ri = async (folder: string) => {
    const site: SiteData = await modelOf(folder);
    return { site, doc: variantDocument(site, variant({ ...base, preset: 'r4ri' }), OPTIONS, localeFor('en-GB'), narrative) };
  };

  it('narrative.yaml: every mistake named with file, line and field', () => {
    expect(problemsOf('narrative.yaml', 'r4ri:\n  knowledge: I build tools.\n')).toEqual([]);
    expect(problemsOf('narrative.yaml', 'r4ri:\n  knowlege: I build tools.\n  society: ""\n')).toEqual([
      'content/narrative.yaml:3 r4ri.society: expected a non-empty text; found ""',
      'content/narrative.yaml:2 r4ri.knowlege: unknown field "knowlege"; did you mean "knowledge"?',
    ]);
  });

  it('warns when a variant is an R4RI and narrative.yaml has no r4ri texts, and not when it has', () => {
    const files = {
      'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.'),
      'settings.yaml': 'cv:\n  variants:\n    - name: ukri\n      title: R4RI\n      preset: r4ri\n',
    };
    expect(treeProblems(files)).toEqual([
      `content/settings.yaml:3 cv.variants[0]: warning: variant "ukri" is UKRI's narrative CV (r4ri), but content/narrative.yaml has no r4ri texts, so its modules show only the evidence; expected your narrative per module in content/narrative.yaml (r4ri: knowledge, development, community, society)`,
    ]);
    expect(treeProblems({ ...files, 'narrative.yaml': 'r4ri:\n  knowledge: I build tools.\n' })).toEqual([]);
  });

  it('complete fixture: personal details, the four modules with the narrative first and the evidence of their sections, additional information', async () => {
    const { site, doc } = await r4ri(COMPLETE);
    expect(blockHeadings(doc)).toEqual([
      ['Personal details', ['Experience', 'Education']],
      [MODULES[0], ['¶', 'Journal articles', 'Preprints', 'Datasets', 'Grants and funding']],
      [MODULES[1], ['¶', 'PhD students', 'Teaching']],
      [MODULES[2], ['¶', 'Programme committee', 'Reviewer', 'Organiser']],
      [MODULES[3], ['¶', 'Patents', 'Lectures']],
      ['Additional information', ['¶']],
    ]);
    // Paragraphs as written, a single line break a space.
    expect(doc.sections[1]!.blocks[0]).toEqual({
      kind: 'paragraphs',
      paragraphs: [[{ text: 'I develop statistical methods for spatial single-cell data.' }], [{ text: 'Two of them are now standard tools.' }]],
    });
    // Five publications, the selected first; PhD and postdoc supervision only.
    const publications = site.publications.filter((item) => item.selected).slice(0, 5);
    expect(entryTitles(doc, MODULES[0]).slice(0, 5).sort()).toEqual(expect.arrayContaining(publications.map((item) => item.titleText).sort()));
    expect(entryTitles(doc, MODULES[0])).toHaveLength(5 + site.cv.grants.length);
    expect(entryTitles(doc, MODULES[1])[0]).toBe('Luca Conti');
    const pdf = compilePdf(doc, TEMPLATE);
    const text = pdfText(pdf.bytes).replace(/\s+/g, ' ');
    for (const words of ['Two of them are now standard tools.', 'I explain my field in public lectures.', 'I worked part-time in 2020.']) expect(text).toContain(words);
  });

  it('every CV section has its place: the personal details or one module', () => {
    expect(Object.keys(R4RI_PART).sort()).toEqual(
      [...PRESETS['academic-two-page'].sections!.map((spec) => spec.section), 'lectures', 'patents', 'projects', 'service', 'skills', 'talks', 'teaching'].sort(),
    );
    expect(PRESETS.r4ri.sections!.map((spec) => R4RI_PART[spec.section])).toEqual([
      'personal',
      'personal',
      'knowledge',
      'knowledge',
      'development',
      'development',
      'community',
      'society',
      'society',
    ]);
  });

  it('shipped CV: fits the 1,000 words with the narrative; the Markdown has the same headings, texts and links', async () => {
    const { doc } = await r4ri(SHIPPED);
    const counted = doc.sections.filter((section) => section.heading !== 'Personal details');
    expect(overWordLimit({ name: 'ukri', words: 1000 }, counted)).toBeUndefined();
    // Names keep their non-breaking spaces; read here as spaces.
    const markdown = documentMarkdown(doc).replaceAll('\u00A0', ' ');
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual(doc.sections.map((section) => `## ${section.heading}`));
    expect(markdown).toContain('\n\nI review for journals and programme committees.\n\n');
    expect(markdown).toContain(
      '\n- J19: [Finding and Removing Clever Hans: Using Explanation Methods to Debug and Improve Deep Models](<https://lapuschkin.com/publications/anders2022finding/>). Anders C J, Weber L, Neumann D, Samek W, Müller K-R and **Lapuschkin S**. *Information Fusion* 77:261–295, 2022.\n',
    );
  });

  it('Markdown: a title split into runs (a formula, an italic letter) is one link; a line ends with a full stop', async () => {
    const { doc } = await r4ri(COMPLETE);
    expect(documentMarkdown(doc).replaceAll('\u00A0', ' ')).toContain(
      '\n- J2: [Sparse ℓ₁ priors for k-nearest cell graphs](<https://maria-rossi.example.org/publications/rossi2025sparse/>). [Conti LM](<https://lucaconti.example.org>)\\*, **Rossi M**\\*† and Keller A (\\* equal contribution; † corresponding author). *Cell Systems*, 2025. Accepted.\n',
    );
  });

  it('counts words as a word count does, and stops the build naming the sections with the most words', () => {
    const section = (heading: string, words: string) => ({ heading, blocks: [{ kind: 'paragraphs' as const, paragraphs: [[{ text: words }]] }] });
    expect(
      sectionWords({
        heading: 'Module 1',
        blocks: [
          { kind: 'entries', heading: 'Grants', entries: [{ when: [{ text: '2019 – 2023' }], title: [{ text: 'Cell fate' }], lines: [{ runs: [{ text: 'PI · CHF 850,000' }] }] }] },
        ],
      }),
    ).toBe(
      // Module 1 / Grants / 2019 2023 / Cell fate / PI CHF 850,000: the dash and the dot are no words.
      10,
    );
    const sections = [section('Module 1: New ideas', 'one two three'), section('Module 2', 'one two'), section('Module 3', 'one two three'), section('Module 4', 'one')];
    expect(overWordLimit({ name: 'ukri', words: 18 }, sections)).toBe(
      'CV variant "ukri" has 19 words, more than its limit of 18 (cv.variants, words); the sections with the most words: Module 1 7, Module 3 5, Module 2 4. Shorten the texts in content/narrative.yaml, leave out entries (max, since) or raise the limit.',
    );
    expect(overWordLimit({ name: 'ukri', words: 19 }, sections)).toBeUndefined();
    expect(overWordLimit({ name: 'ukri', words: undefined }, sections)).toBeUndefined();
  });
});
