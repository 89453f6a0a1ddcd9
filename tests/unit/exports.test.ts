/**
 * The export functions, table by table: Scholar meta tags, CSL-JSON, RIS, JSON Resume, JSON-LD,
 * feed; and the adversarial report's export findings (F3, F4, F13), each read back by an
 * independent parser. tests/unit/exportsProperty.test.ts tries random hostile text.
 */
import { getRssString } from '@astrojs/rss';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createRequire } from 'node:module';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../src/lib/formats/bibtex.ts';
import type { Citable } from '../../src/lib/citable.ts';
import { toCsl } from '../../src/lib/formats/csl.ts';
import { feedItems } from '../../src/lib/formats/feed.ts';
import { jsonLdScript, personLd, publicationLd } from '../../src/lib/formats/jsonLd.ts';
import { createInlineRenderer } from '../../src/lib/markdown/markdown.ts';
import { toJsonResume } from '../../src/lib/formats/jsonResume.ts';
import { toRis } from '../../src/lib/formats/ris.ts';
import { scholarMetaTags } from '../../src/lib/formats/scholarMeta.ts';
import { awardLabel } from '../../src/lib/awards.ts';
import { profileSchema } from '../../src/schemas/profile.ts';
import { publicationSchema } from '../../src/schemas/publication.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';

function citable(fields: Record<string, unknown>): Citable {
  const publication = publicationSchema.parse({
    kind: 'journal-article',
    title: 'T',
    authors: ['Lapuschkin S', 'Müller K-R'],
    year: 2019,
    venue: 'Nature Communications',
    ...fields,
  });
  return { ...publication, id: 'x2019t', titleText: publication.title, venueText: publication.venue, url: 'https://example.org/publications/x2019t/' };
}

describe('Google Scholar meta tags', () => {
  it('carry every field the data has, by kind', () => {
    const tags = scholarMetaTags(
      citable({ volume: 65, issue: 3, pages: '211-222', doi: '10.1016/j.patcog.2016.11.008', month: 5, links: [{ kind: 'pdf', url: 'https://example.org/p.pdf' }] }),
    );
    expect(tags).toEqual([
      ['citation_title', 'T'],
      ['citation_author', 'Lapuschkin, S.'],
      ['citation_author', 'Müller, K.-R.'],
      ['citation_publication_date', '2019/05'],
      ['citation_journal_title', 'Nature Communications'],
      ['citation_volume', '65'],
      ['citation_issue', '3'],
      ['citation_firstpage', '211'],
      ['citation_lastpage', '222'],
      ['citation_doi', '10.1016/j.patcog.2016.11.008'],
      ['citation_pdf_url', 'https://example.org/p.pdf'],
      ['citation_abstract_html_url', 'https://example.org/publications/x2019t/'],
    ]);
  });

  it.each([
    ['conference-paper', 'citation_conference_title'],
    ['book-chapter', 'citation_inbook_title'],
  ])('name the venue of a %s with %s', (kind, tag) => {
    expect(scholarMetaTags(citable({ kind })).map(([name]) => name)).toContain(tag);
  });

  it('leave absent data out instead of writing empty tags', () => {
    const tags = scholarMetaTags(citable({ kind: 'preprint', venue: 'CoRR', arxiv: '2211.17174' }));
    expect(tags.map(([name]) => name)).toEqual([
      'citation_title',
      'citation_author',
      'citation_author',
      'citation_publication_date',
      'citation_arxiv_id',
      'citation_abstract_html_url',
    ]);
    expect(tags.every(([, content]) => content !== '')).toBe(true);
  });
});

describe('CSL-JSON', () => {
  it('maps kinds to CSL types and keeps every field', () => {
    expect(toCsl(citable({ kind: 'book-chapter', venue: 'Book', series: 'LNCS', volume: 9887, pages: '63-71', publisher: 'Springer', publisherPlace: 'Cham' }))).toEqual({
      id: 'x2019t',
      type: 'chapter',
      title: 'T',
      author: [
        { family: 'Lapuschkin', given: 'S.' },
        { family: 'Müller', given: 'K.-R.' },
      ],
      issued: { 'date-parts': [[2019]] },
      'container-title': 'Book',
      'collection-title': 'LNCS',
      volume: '9887',
      page: '63-71',
      publisher: 'Springer',
      'publisher-place': 'Cham',
      URL: 'https://example.org/publications/x2019t/',
    });
  });
  it('files an arXiv preprint as an article with its arXiv number and URL', () => {
    expect(toCsl(citable({ kind: 'preprint', venue: 'CoRR', arxiv: '2211.17174', month: 11 }))).toMatchObject({
      type: 'article',
      number: 'arXiv:2211.17174',
      URL: 'https://arxiv.org/abs/2211.17174',
      genre: 'Preprint',
      issued: { 'date-parts': [[2019, 11]] },
    });
  });
});

describe('newcomer O8: a note goes to every export with a place for it', () => {
  const note = 'Zugl.: Leipzig, Univ., Diss., 2015';
  it('BibTeX note, CSL note (after the award), RIS N1', () => {
    expect(toBibtex(citable({ note }), 'x2019t', 'T')).toContain('  note = {Zugl.: Leipzig, Univ., Diss., 2015}\n}');
    expect(toCsl(citable({ note, award: 'Best Paper' })).note).toBe('Best Paper. Zugl.: Leipzig, Univ., Diss., 2015');
    expect(toCsl(citable({ note })).note).toBe(note);
    expect(toRis(citable({ note })).split('\r\n')).toContain(`N1  - ${note}`);
  });
});

describe('RIS', () => {
  it('writes a tagged record with CRLF line ends', () => {
    expect(toRis(citable({ volume: 10, articleNumber: 1069, award: 'Best Paper', note: 'Zugl.: Leipzig, Univ., Diss., 2015' })).split('\r\n')).toEqual([
      'TY  - JOUR',
      'ID  - x2019t',
      'TI  - T',
      'AU  - Lapuschkin, S.',
      'AU  - Müller, K.-R.',
      'PY  - 2019',
      'T2  - Nature Communications',
      'VL  - 10',
      'SP  - 1069',
      'UR  - https://example.org/publications/x2019t/',
      'N1  - Best Paper',
      'N1  - Zugl.: Leipzig, Univ., Diss., 2015',
      'ER  -',
    ]);
  });
});

describe('JSON Resume', () => {
  const profile = profileSchema.parse({
    name: 'Ada Lovelace',
    honorific: 'Dr.',
    formerNames: ['Ada Byron'],
    aliases: ['Lovelace A', 'Byron A'],
    role: 'Analyst',
    affiliation: 'Analytical Society',
    birthDate: '1815-12-10',
    nationality: { value: 'British', visibility: 'web' },
    contact: { email: 'ada@example.org', phone: '+44 20 7946 0000', address: { street: 'St James 1', postalCode: 'SW1', city: 'London', country: 'UK' } },
    links: { github: 'ada', orcid: '0000-0002-1825-0097' },
  });
  const resume = toJsonResume({
    profile: { ...profile, id: 'profile', markdown: 'Bio with *emphasis*.' },
    bioText: 'Bio with emphasis.',
    homeUrl: 'https://example.org/',
    fileUrl: 'https://example.org/cv.json',
    absoluteUrl: (path) => `https://example.org${path}`,
    settings: settingsSchema.parse({ url: 'https://example.org', topics: { engines: 'Engines' } }),
    experience: [{ id: 'o', organization: 'O', location: 'L', role: 'R', start: '2021-01', supervisors: [], responsibilities: ['Lead'], descriptionText: 'Did things.' }],
    education: [{ id: 'u', institution: 'U', location: 'L', degree: 'PhD', field: 'CS', start: 2013, end: 2018, supervisors: [] }],
    awards: [{ id: 'prize', name: 'Prize', year: 2019, rank: '1st place', descriptionText: 'For work' }],
    publications: [
      citable({ authors: [{ name: 'Lovelace A', equal: true }, { organization: 'The Analytical Society' }], links: [{ kind: 'pdf', url: '/publications/x2019t.pdf' }] }),
    ],
    skills: { groups: [{ name: 'Tech', lead: 'Use of', items: ['Python'], partial: true }], languages: [{ name: 'English', level: 'native' }] },
    projects: [{ id: 'p', acronym: 'P', title: 'Project', start: '2020-01', end: '2021-12', role: 'lead', topics: [] }],
    talks: [
      {
        id: 't',
        title: '$k$-mers',
        date: { dates: ['2022-10-21', '2022-10-23'], precision: 'day' },
        event: 'E',
        kind: 'talk',
        role: 'speaker',
        language: 'en',
        links: [],
        topics: [],
        redirectFrom: [],
      },
    ],
    lectures: [],
    patents: [{ id: 'p', title: 'P', language: 'en', inventors: [], members: [{ office: 'EP', number: '1234567', status: 'granted', date: '2020-01-01' }] }],
    service: [],
    teaching: [],
    supervision: [],
    grants: [
      { id: 'g', title: 'G', funder: 'F', role: 'pi', start: 2020, amount: { value: { value: 1500000, currency: 'EUR' }, visibility: 'cv' } },
      { id: 'h', title: 'H', funder: 'F', role: 'pi', start: 2021, amount: { value: { value: 2500.5, currency: 'CHF' }, visibility: 'web' } },
    ],
    news: [],
    pages: [{ id: 'group', title: 'Group', navigation: {}, markdown: 'We are *three*.' }],
    people: [],
    metrics: undefined,
  });

  it('validates against the JSON Resume schema', () => {
    const schema = createRequire(import.meta.url)('@jsonresume/schema/schema.json');
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const valid = ajv.validate(schema, resume);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('shows only what is visible on the web', () => {
    expect(resume['basics']).toMatchObject({ name: 'Dr. Ada Lovelace', email: 'ada@example.org', url: 'https://example.org/' });
    expect(resume['basics']).not.toHaveProperty('phone');
    expect(resume['basics']).not.toHaveProperty('location');
    expect((resume['basics'] as { profiles: unknown[] }).profiles).toEqual([
      { network: 'GitHub', username: 'ada', url: 'https://github.com/ada' },
      { network: 'ORCID', username: '0000-0002-1825-0097', url: 'https://orcid.org/0000-0002-1825-0097' },
    ]);
    expect(resume['work']).toEqual([{ 'x-id': 'o', name: 'O', position: 'R', location: 'L', startDate: '2021-01', summary: 'Did things.', highlights: ['Lead'] }]);
    expect(resume['x-patents']).toEqual([{ id: 'p', title: 'P', language: 'en', members: [{ office: 'EP', number: '1234567', status: 'granted', date: '2020-01-01' }] }]);
    // Details for the printable CV only (the birth date, the phone, the address, an amount) never leave; public ones do.
    const text = JSON.stringify(resume);
    for (const detail of ['1815', '7946', 'St James', '1500000']) expect(text).not.toContain(detail);
    expect(resume['basics']).toMatchObject({ 'x-nationality': { value: 'British', visibility: 'web' }, 'x-contact': { email: { value: 'ada@example.org', visibility: 'web' } } });
    expect((resume['x-grants'] as Record<string, unknown>[]).map((grant) => grant['amount'])).toEqual([undefined, { value: '2500.5 CHF', visibility: 'web' }]);
  });

  it('carries in x- fields what JSON Resume has no place for, as the content files write it', () => {
    expect(resume['basics']).toMatchObject({
      'x-name': 'Ada Lovelace',
      'x-honorific': 'Dr.',
      'x-formerNames': ['Ada Byron'],
      'x-aliases': ['Lovelace A', 'Byron A'],
      'x-body': 'Bio with *emphasis*.',
    });
    expect((resume['publications'] as Record<string, unknown>[])[0]).toMatchObject({
      'x-id': 'x2019t',
      name: 'T',
      summary: 'Lovelace A, The Analytical Society',
      'x-authors': [{ name: 'Lovelace A', equal: true }, { organization: 'The Analytical Society' }],
      // A file on the site is linked where the site serves it.
      'x-links': [{ kind: 'pdf', url: 'https://example.org/publications/x2019t.pdf' }],
    });
    expect(resume['skills']).toEqual([{ name: 'Tech', keywords: ['Python'], 'x-lead': 'Use of', 'x-partial': true }]);
    expect(resume['x-talks']).toEqual([{ id: 't', title: '$k$-mers', date: '2022-10-21/23', event: 'E', language: 'en' }]);
    expect(resume['x-pages']).toEqual([{ id: 'group', title: 'Group', navigation: {}, body: 'We are *three*.' }]);
    expect(resume['x-settings']).toEqual({ url: 'https://example.org', topics: { engines: 'Engines' } });
    expect(resume['meta']).toEqual({ canonical: 'https://example.org/cv.json', version: 'v1.0.0', 'x-vita': 1 });
  });
});

describe('JSON-LD', () => {
  it('describes the owner with former names and without duplicates of the name', () => {
    const profile = profileSchema.parse({
      name: 'Sebastian Lapuschkin',
      formerNames: ['Sebastian Bach'],
      aliases: ['Lapuschkin S', 'Sebastian Lapuschkin'],
      role: 'R',
      affiliation: 'A',
    });
    expect(personLd(profile, { url: 'https://x/', alumniOf: ['U', 'U'], awards: [] })).toMatchObject({
      '@type': 'Person',
      alternateName: ['Sebastian Bach', 'Lapuschkin S'],
      alumniOf: [{ '@type': 'EducationalOrganization', name: 'U' }],
    });
  });
  it('types chapters as Chapter and carries identifiers', () => {
    expect(publicationLd(citable({ kind: 'book-chapter', doi: '10.1007/978-3-031-04083-2_14' }))).toMatchObject({
      '@type': 'Chapter',
      identifier: [{ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1007/978-3-031-04083-2_14' }],
      isPartOf: { '@type': 'Book', name: 'Nature Communications' },
    });
  });
  it('labels awards in one line', () => {
    expect(awardLabel({ name: 'ERCIM', rank: 'finalist', descriptionText: 'Cor Baayen Young Researcher Award' })).toBe('ERCIM – Cor Baayen Young Researcher Award (finalist)');
  });
});

describe('feed', () => {
  const cited = (fields: Record<string, unknown>, citationText: string) => ({ ...citable(fields), citationText });
  it('mixes publications and talks newest first', () => {
    const items = feedItems(
      [cited({ year: 2019, month: 3 }, 'A.'), cited({ year: 2022 }, 'B.')],
      [{ url: 'https://x/talks/#talk-talk', titleText: 'Talk', whereText: 'E · Invited talk', kind: 'invited-talk', date: { dates: ['2020-07-02'] } }],
    );
    expect(items.map((item) => [item.title, item.pubDate.toISOString().slice(0, 10), item.link, item.description])).toEqual([
      ['T', '2022-01-01', 'https://example.org/publications/x2019t/', 'B.'],
      ['Talk', '2020-07-02', 'https://x/talks/#talk-talk', 'E · Invited talk'],
      ['T', '2019-03-01', 'https://example.org/publications/x2019t/', 'A.'],
    ]);
  });

  it('marks work not yet published, in its description and as a category', () => {
    const [item] = feedItems([cited({ status: 'submitted' }, 'Lapuschkin S and Müller K-R. Nature Communications, 2019. Submitted.')], []);
    expect(item!.description).toBe('Lapuschkin S and Müller K-R. Nature Communications, 2019. Submitted.');
    expect(item!.categories).toEqual(['publication', 'journal-article', 'submitted']);
  });
});

/** Every character XML 1.0 allows (§2.2, Char); anything else makes a feed unreadable. */
const XML_CHARACTERS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('F3: a DOI with a brace', () => {
  it.each([
    ['10.1234/x{', '10.1234/x%7B'],
    ['10.1234/x},note={injected', '10.1234/x%7D,note=%7Binjected'],
  ])('F3: %s cannot break or extend its BibTeX entry, nor the next one', (doi, written) => {
    // The schema refuses braces in a DOI; the export must not depend on it.
    const file = [toBibtex({ ...citable({}), doi }, 'brace2019doi', 'T'), toBibtex(citable({ title: 'Next' }), 'next2019entry', 'Next')].join('\n\n');
    const parsed = parseBibtex(file, { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((entry) => entry.key)).toEqual(['brace2019doi', 'next2019entry']);
    expect(Object.keys(parsed.entries[0]!.fields)).toEqual(['title', 'author', 'journal', 'year', 'doi']);
    expect(parsed.entries[0]!.fields['doi']).toBe(written);
    expect(parsed.entries[1]!.fields['title']).toBe('Next');
  });
});

describe('F4: control characters in a title', () => {
  const TITLES = ['bell \u0007 esc \u001b', 'nul \u0000 char', 'Line one\rER  - \r\rTY  - JOUR\rTI  - Injected record'];
  const READ_BACK = ['bell esc', 'nul char', 'Line one ER - TY - JOUR TI - Injected record'];
  // Straight into the exporters, as if the check had let them through.
  const publications = TITLES.map((title, index) => ({ ...citable({}), id: `ctrl${index}`, title, titleText: title }));

  it('F4: never reach BibTeX, which parses and keeps the rest of the text', () => {
    const parsed = parseBibtex(publications.map((publication) => toBibtex(publication, publication.id, publication.title)).join('\n\n'), { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((entry) => entry.fields['title'])).toEqual(READ_BACK);
  });

  it('F4: cannot end a RIS record or start another: one record each, with the whole title', () => {
    const risFile = `${publications.map(toRis).join('\r\n\r\n')}\r\n`;
    expect(risFile).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const records = new Cite(risFile).data as { title: string }[];
    expect(records.map((record) => record.title)).toEqual(READ_BACK);
  });

  it('F4: never reach the feed, which stays well-formed XML 1.0', async () => {
    const xml = await getRssString({
      title: 'T',
      description: 'D',
      site: 'https://example.org/',
      items: feedItems(
        publications.map((publication) => ({ ...publication, citationText: publication.title })),
        [],
      ),
    });
    expect(xml).toMatch(XML_CHARACTERS);
    const $ = cheerio.load(xml, { xml: true });
    expect(
      $('item > title')
        .map((_, title) => $(title).text())
        .get()
        .sort(),
    ).toEqual(['Line one ER  -   TY  - JOUR TI  - Injected record', 'bell  esc ', 'nul  char'].sort());
  });
});

describe('F13: markup in a venue, < and > in text', () => {
  it('F13: markup in the venue becomes LaTeX, and < > become \\textless \\textgreater, which readers read back as < >', async () => {
    const render = await createInlineRenderer();
    const title = 'When is p < 0.05 enough? Comparing x > y';
    const venue = 'J. <i>Stat</i> & Prob';
    const entry = toBibtex(citable({ title, venue }), 'lt2019', await render(title), await render(venue));
    expect(entry).toContain('  title = {{When is p {\\textless} 0.05 enough? Comparing x {\\textgreater} y}},\n');
    expect(entry).toContain('  journal = {J. \\emph{Stat} \\& Prob},\n');
    const fields = parseBibtex(entry, { sentenceCase: false }).entries[0]!.fields;
    expect(fields['title']).toBe(title);
    // The reader gives \\emph back as <i>: the markup survives as markup, not as text.
    expect(fields['journal']).toBe('J. <i>Stat</i> & Prob');
  });
});

describe('JSON-LD block', () => {
  it('keeps a title with </script> and <!-- inside its script element', () => {
    const data = publicationLd({ ...citable({}), titleText: '</script><script>alert(1)</script><!--' });
    const $ = cheerio.load(`<head><script type="application/ld+json">${jsonLdScript(data)}</script></head><body><p>after</p></body>`);
    expect($('script')).toHaveLength(1);
    expect(JSON.parse($('script').text())).toEqual(data);
    expect($('body').html()).toBe('<p>after</p>');
  });
});

describe('G17: Korean names in BibTeX', () => {
  it('G17: Hangul syllables stay composed, and read back as written', () => {
    const entry = toBibtex(citable({ authors: ['김, 민준', 'Wang X'], title: '딥러닝 (深層学習)' }), 'kim2020', '딥러닝 (深層学習)');
    expect(entry).toContain('  author = {{김}, {민}{준} and Wang, X.},\n');
    expect(entry).not.toMatch(/[\u1100-\u11FF]/);
    const fields = parseBibtex(entry, { sentenceCase: false }).entries[0]!.fields;
    expect(fields['title']).toBe('딥러닝 (深層学習)');
    expect(fields['author']).toEqual([
      { lastName: '김', firstName: '민준' },
      { lastName: 'Wang', firstName: 'X.' },
    ]);
  });
});
