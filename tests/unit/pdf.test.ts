/**
 * The PDF CV: HTML fields to styled runs, the site's data to a document (labels,
 * visibility, owner, numbering, selection), and the typeset PDF read back with
 * poppler (pdftotext, pdfinfo, pdffonts), independent of the code that wrote it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PublicationView, TalkView } from '../../src/data/views.ts';
import { createInlineRenderer } from '../../src/lib/markdown.ts';
import { ownerMatcher } from '../../src/lib/names.ts';
import { publisherLine, readerLinks, venueDetails } from '../../src/lib/publications.ts';
import { compilePdf } from '../../src/pdf/compile.ts';
import type { CvBlock, CvDocument, Inline, Rich } from '../../src/pdf/cvDocument.ts';
import { contentDate, cvDocument, type CvPdfLabels, type CvPdfOptions, type CvSource } from '../../src/pdf/fromSite.ts';
import { CV_SECTIONS } from '../../src/schemas/settings.ts';
import { inlineFromHtml, linesFromHtml } from '../../src/pdf/richText.ts';
import { typstSource, typstString } from '../../src/pdf/typst.ts';
import { de } from '../../src/i18n/de.ts';
import { grantSchema } from '../../src/schemas/grant.ts';
import { profileSchema } from '../../src/schemas/profile.ts';
import { publicationSchema } from '../../src/schemas/publication.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { supervisionSchema } from '../../src/schemas/supervision.ts';
import { talkSchema } from '../../src/schemas/talk.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';

const TEMPLATE = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'pdf', 'cv.typ'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'vita-pdf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let written = 0;
/** Runs a poppler tool on the PDF bytes and returns its output. */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', bytes: Uint8Array, ...args: string[]): string {
  const file = join(scratch, `${++written}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(tool, tool === 'pdftotext' ? [...args, file, '-'] : [...args, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}
const squash = (text: string) => text.replace(/\s+/g, '');
const textOf = (runs: Rich) => runs.map((run) => run.text).join('');

/** Every string of a document, with the runs of each line joined (pdftotext joins "ECQ" and a superscript "X"). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    const runs = value.filter((item): item is Inline => typeof item === 'object' && item !== null && 'text' in item);
    return runs.length > 0 ? [textOf(runs), ...runs.flatMap(strings)] : value.flatMap(strings);
  }
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
}

/** German words throughout, so any English in the output would come from the template. */
const LABELS: CvPdfLabels = {
  sections: {
    experience: 'Berufserfahrung',
    education: 'Ausbildung',
    projects: 'Forschungsprojekte',
    awards: 'Auszeichnungen',
    patents: 'Patente',
    skills: 'Kenntnisse',
    talks: 'Vorträge',
    lectures: 'Vorlesungen',
    publications: 'Veröffentlichungen',
    grants: 'Drittmittel',
    teaching: 'Lehre',
    supervision: 'Betreuung',
    service: 'Gremien',
  },
  publicationKinds: {
    'journal-article': 'Zeitschriftenartikel',
    'conference-paper': 'Konferenzbeiträge',
    'book-chapter': 'Buchkapitel',
    preprint: 'Vorabdrucke',
    thesis: 'Abschlussarbeiten',
    book: 'Monografien',
    'edited-volume': 'Herausgeberschaften',
    review: 'Rezensionen',
    report: 'Berichte',
    poster: 'Poster',
    dataset: 'Datensätze',
    software: 'Software',
    'magazine-article': 'Magazinbeiträge',
  },
  numberPrefixes: {
    'journal-article': 'Z',
    'conference-paper': 'K',
    'book-chapter': 'B',
    preprint: 'V',
    thesis: 'A',
    book: 'M',
    'edited-volume': 'H',
    review: 'RZ',
    report: 'R',
    poster: 'PA',
    dataset: 'D',
    software: 'S',
    'magazine-article': 'MZ',
  },
  talkKinds: {
    talk: undefined,
    lecture: undefined,
    keynote: 'Hauptvortrag',
    'invited-talk': 'Eingeladener Vortrag',
    'paper-presentation': 'Beitrag',
    'lecture-series': 'Vorlesungsreihe',
    webinar: 'Webinar',
  },
  patentStatus: { published: 'veröffentlicht', granted: 'erteilt' },
  date: (iso) => iso.split('-').reverse().join('.'),
  days: (dates) => dates.map((date) => date.split('-').reverse().join('.')).join(', '),
  present: 'heute',
  and: 'und',
  etAl: 'u. a.',
  documentTitle: (name) => `Lebenslauf von ${name}`,
  running: (date) => `Lebenslauf, Stand ${date}`,
  page: 'Seite {page} von {pages}',
  formerNames: (names) => `vormals ${names}`,
  list: (items) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} und ${items.at(-1)}` : (items[0] ?? '')),
  born: (date, place) => ['Geboren', date && `am ${date}`, place && `in ${place}`].filter(Boolean).join(' '),
  nationality: (nationality) => `Staatsangehörigkeit: ${nationality}`,
  degree: (degree, field) => (field ? `${degree} (${field})` : degree),
  thesis: (title, supervisors) => `Abschlussarbeit: „${title}“${supervisors ? `, betreut von ${supervisors}` : ''}.`,
  supervisors: (names) => `Mit ${names}.`,
  leadingRole: 'Leitung',
  fundedBy: (funder) => `gefördert von ${funder}`,
  projectWebsite: 'Projektseite',
  awardedPaper: 'Für den Artikel',
  inventors: 'Erfinder: ',
  languages: 'Sprachen',
  languageLevel: (level) => ({ native: 'Muttersprache', C1: 'C1' })[level] ?? level,
  shortened: {
    publications: (shown, total) => `${shown} von ${total} Veröffentlichungen`,
    talks: (shown, total) => `Die letzten ${shown} von ${total} Vorträgen`,
    lectures: (shown, total) => `Die letzten ${shown} von ${total} Vorlesungen`,
  },
  allAt: 'alle unter',
  career: {
    grantRoles: { pi: 'Projektleitung', 'co-pi': 'Ko-Projektleitung', 'co-investigator': 'Mitantragstellung', collaborator: 'Kooperation', fellow: 'Stipendium' },
    grantNumber: (number) => `FKZ ${number}`,
    grantWebsite: 'Website der Förderung',
    grantOfProject: 'Förderung:',
    teachingRoles: { instructor: 'Leitung', 'co-instructor': 'Ko-Leitung', 'teaching-assistant': 'Übungsleitung', 'guest-lecturer': 'Gastvortrag' },
    teachingLevels: { undergraduate: 'Bachelor', graduate: 'Master', doctoral: 'Promotion', 'continuing-education': 'Weiterbildung', school: 'Schule' },
    taughtIn: (language) => `auf ${language}`,
    supervisionLevels: { postdoc: 'Postdocs', phd: 'Promovierende', master: 'Masterstudierende', bachelor: 'Bachelorstudierende', intern: 'Praktika' },
    supervisionStatus: { ongoing: 'laufend', completed: 'abgeschlossen', left: 'abgebrochen' },
    coSupervision: 'Zweitbetreuung',
    next: (where) => `danach: ${where}`,
    serviceKinds: {
      editor: 'Herausgeberschaft',
      'editorial-board': 'Herausgebergremium',
      'area-chair': 'Bereichsleitung',
      'programme-committee': 'Programmkomitee',
      reviewer: 'Begutachtung',
      organiser: 'Organisation',
      'session-chair': 'Sitzungsleitung',
      'committee-member': 'Gremien',
      other: 'Weiteres',
    },
  },
};

const OPTIONS: CvPdfOptions = {
  lang: 'de',
  paper: 'a4',
  sections: CV_SECTIONS,
  publications: 'all',
  talks: 'all',
  date: '2026-11-27',
  siteUrl: 'https://example.org/ada/',
  publicationsUrl: 'https://example.org/ada/publications/',
  talksUrl: 'https://example.org/ada/talks/',
};

const render = await createInlineRenderer();
const isOwner = ownerMatcher(['Lovelace A', 'Byron A']);

async function publication(id: string, fields: Record<string, unknown>): Promise<PublicationView> {
  const data = publicationSchema.parse({ kind: 'journal-article', authors: ['Lovelace A'], year: 2020, venue: 'Journal', ...fields });
  const titleHtml = await render(data.title);
  const venueHtml = data.venue === undefined ? undefined : await render(data.venue);
  return {
    ...data,
    id,
    html: '',
    titleHtml,
    titleText: data.title,
    venueHtml,
    venueText: data.venue,
    url: `https://example.org/ada/publications/${id}/`,
    authorList: data.authors.map((author) => ({
      name: author.name,
      isOwner: isOwner(author.name),
      equal: author.equal === true,
      corresponding: author.corresponding === true,
      marks: '',
      marksMeaning: '',
    })),
    details: venueDetails(data, (range) => `S. ${range}`),
    publisherText: publisherLine(data),
    readerLinks: readerLinks(data, de.links),
    bibtex: '',
    lang: data.language,
    citation: undefined,
    statusLabel: undefined,
  };
}

async function talk(id: string, fields: Record<string, unknown>): Promise<TalkView> {
  const data = talkSchema.parse({ event: 'Event', ...fields });
  const path = `/talks/#${id}`;
  const year = Number(data.date.dates[0]!.slice(0, 4));
  return {
    ...data,
    id,
    section: 'talks',
    html: '',
    titleHtml: await render(data.title),
    titleText: data.title,
    year,
    path,
    url: `https://example.org/ada${path}`,
    lang: data.language,
    readerLinks: readerLinks(data, de.links),
  };
}

const profile = {
  ...profileSchema.parse({
    name: 'Ada Lovelace',
    honorific: 'Dr.',
    formerNames: ['Ada Byron'],
    aliases: ['Lovelace A', 'Byron A'],
    role: 'Analyst',
    affiliation: 'Analytical Society',
    birthDate: '1815-12-10',
    nationality: { value: 'British', visibility: 'hidden' },
    contact: {
      email: 'ada@example.org',
      phone: '+44 20 7946 0000',
      address: { value: { street: 'St James Square 1', postalCode: 'SW1', city: 'London', country: 'UK' }, visibility: 'hidden' },
    },
    links: { orcid: '0000-0002-1825-0097' },
  }),
  id: 'profile',
  html: '<p>Bio.</p>',
  fullName: 'Dr. Ada Lovelace',
  position: 'Analyst, Analytical Society',
  who: 'Dr. Ada Lovelace, Analyst at Analytical Society',
};

const empty: CvSource = {
  profile,
  skills: { groups: [], languages: [] },
  experience: [],
  education: [],
  projects: [],
  awards: [],
  patents: [],
  talks: [],
  lectures: [],
  publications: [],
  publicationById: new Map(),
  grants: [],
  grantById: new Map(),
  teaching: [],
  supervision: [],
  service: [],
};

const publications = [
  await publication('lovelace2024ekstrom', {
    title: 'Notes with Ekstrøm, Marinč and Király',
    authors: ['Ekstrøm T', 'Lovelace A', 'Király F', 'Marinč A'],
    year: 2024,
    doi: '10.1000/xyz1',
  }),
  await publication('lovelace2023ecq', {
    title: 'ECQ<sup>X</sup>: Sketches of the Analytical Engine',
    kind: 'conference-paper',
    year: 2023,
    venue: 'Proceedings of <i>Engines</i>',
    pages: '1-10',
    arxiv: '2211.17174',
  }),
  await publication('byron2019muller', { title: 'Über Bernoulli-Zahlen', language: 'de', authors: ['Müller K-R', 'Byron A'], year: 2019, selected: true }),
];

const full: CvSource = {
  ...empty,
  skills: { groups: [{ name: 'Mathematik', items: ['Analysis', 'Algebra'], partial: true }], languages: [{ name: 'Englisch', level: 'native' }] },
  experience: [
    {
      id: 'society',
      html: '<p><em>Forschung:</em> Programme für die <a href="https://example.org/engine">Maschine</a>.</p><ul><li>Note G</li></ul>',
      organization: 'Analytical Society',
      location: 'London',
      role: 'Analystin',
      start: '1842-01',
      supervisors: ['Charles Babbage'],
      responsibilities: ['Übersetzung'],
    },
  ],
  education: [
    {
      id: 'home',
      html: '',
      institution: 'Privatunterricht',
      location: 'London',
      degree: 'Mathematik',
      start: 1828,
      end: 1835,
      supervisors: ['Augustus De Morgan'],
      thesis: 'Reihen',
    },
  ],
  projects: [
    {
      id: 'engine',
      html: '',
      acronym: 'AE',
      title: 'Analytical Engine',
      start: '1842-01',
      end: '1843-09',
      role: 'lead',
      funder: 'Selbst',
      url: 'https://example.org/ae',
      topics: [],
    },
  ],
  awards: [
    {
      id: 'prize',
      html: '',
      name: 'Preis',
      year: 1843,
      issuer: 'Royal Society',
      descriptionHtml: 'Für <i>Note G</i>',
      descriptionText: 'Für Note G',
      publication: 'lovelace2024ekstrom',
    },
  ],
  patents: [
    {
      id: 'engine-patent',
      html: '',
      title: 'Rechenmaschine',
      language: 'de',
      inventors: ['Ada Byron', 'Charles Babbage'],
      members: [
        { office: 'EP', number: '3991102', kindCode: 'A1', status: 'published', date: '2022-05-04' },
        { office: 'US', number: '2022/0114455', kindCode: 'A1', status: 'granted', date: '2023-04-14' },
      ],
    },
  ],
  talks: [await talk('talk-1', { title: 'Über die Maschine', date: '2022-10-21', kind: 'keynote', host: 'Universität', language: 'de' })],
  lectures: [await talk('lecture-1', { title: 'Notes on the Engine', date: '2021-12-13/14/16', kind: 'lecture-series' })],
  publications,
  publicationById: new Map(publications.map((item) => [item.id, item])),
};

describe('HTML fields as styled runs', () => {
  it.each<[string, string, Inline[]]>([
    ['plain text', 'A title', [{ text: 'A title' }]],
    ['entities decoded', 'R&amp;D &lt;b&gt; &#x2013; done', [{ text: 'R&D <b> – done' }]],
    [
      'super- and subscripts',
      'ECQ<sup>X</sup> and H<sub>2</sub>O',
      [{ text: 'ECQ' }, { text: 'X', script: 'sup' }, { text: ' and H' }, { text: '2', script: 'sub' }, { text: 'O' }],
    ],
    [
      'nested emphasis',
      '<strong>bold <em>both</em></strong>',
      [
        { text: 'bold ', bold: true },
        { text: 'both', bold: true, italic: true },
      ],
    ],
    ['a language span', 'On <span lang="de">Zahlen</span>', [{ text: 'On ' }, { text: 'Zahlen', lang: 'de' }]],
    ['whitespace collapsed', '  two\n  lines  ', [{ text: 'two lines' }]],
  ])('%s', (_, html, runs) => {
    expect(inlineFromHtml(html)).toEqual(runs);
  });

  it('reads a Markdown body into paragraphs and bullets, keeping absolute links only', () => {
    expect(linesFromHtml('<p>See <a href="https://example.org/x">this</a> and <a href="/local/">that</a>.</p>\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\n<p>After.</p>')).toEqual([
      { runs: [{ text: 'See ' }, { text: 'this', link: 'https://example.org/x' }, { text: ' and that.' }] },
      { runs: [{ text: 'One' }], bullet: true },
      { runs: [{ text: 'Two' }], bullet: true },
      { runs: [{ text: 'After.' }] },
    ]);
  });
});

describe('the document from the site data', () => {
  const doc = cvDocument(full, OPTIONS, LABELS);
  const section = (heading: string) => doc.sections.find((candidate) => candidate.heading === heading)!;

  it('newcomer: a position and a degree without a location name the place alone, with no dangling separator', () => {
    const placeless = cvDocument(
      { ...full, experience: full.experience.map(({ location: _, ...position }) => position), education: full.education.map(({ location: _, ...degree }) => degree) },
      OPTIONS,
      LABELS,
    );
    const whereIn = (heading: string) =>
      placeless.sections
        .find((candidate) => candidate.heading === heading)!
        .blocks.flatMap((block) => (block.kind === 'entries' ? block.entries.map((entry) => entry.where && textOf(entry.where)) : []));
    expect([whereIn('Berufserfahrung'), whereIn('Ausbildung')]).toEqual([['Analytical Society'], ['Privatunterricht']]);
  });

  it('has the sections with entries, in the order asked for, under the labels given', () => {
    expect(doc.sections.map((candidate) => candidate.heading)).toEqual([
      'Berufserfahrung',
      'Ausbildung',
      'Forschungsprojekte',
      'Auszeichnungen',
      'Patente',
      'Kenntnisse',
      'Vorträge',
      'Vorlesungen',
      'Veröffentlichungen',
    ]);
    const reordered = cvDocument(full, { ...OPTIONS, sections: ['publications', 'talks'] }, LABELS);
    expect(reordered.sections.map((candidate) => candidate.heading)).toEqual(['Veröffentlichungen', 'Vorträge']);
    expect(cvDocument(empty, OPTIONS, LABELS).sections).toEqual([]);
  });

  it('shows `cv` details and never `hidden` ones', () => {
    expect(doc.header.name).toBe('Dr. Ada Lovelace');
    expect(textOf(doc.header.subtitle)).toBe('Analyst, Analytical Society · vormals Ada Byron');
    expect(doc.header.lines.map(textOf)).toEqual(['ada@example.org · +44\u00A020\u00A07946\u00A00000', 'example.org/ada · ORCID 0000-0002-1825-0097', 'Geboren am 10.12.1815']);
    const everything = JSON.stringify(doc);
    expect(everything).not.toContain('St James');
    expect(everything).not.toContain('British');
    expect(doc.header.lines[0]).toEqual([
      { text: 'ada@example.org', link: 'mailto:ada@example.org' },
      { text: ' · ' },
      { text: '+44\u00A020\u00A07946\u00A00000', link: 'tel:+442079460000' },
    ]);
  });

  it('numbers publications per kind, newest first, and emphasises the owner under every alias', () => {
    const blocks = section('Veröffentlichungen').blocks;
    expect(blocks.map((block) => (block.kind === 'numbered' ? [block.heading, block.items.map((item) => item.label)] : block.kind))).toEqual([
      ['Zeitschriftenartikel', ['Z2', 'Z1']],
      ['Konferenzbeiträge', ['K1']],
    ]);
    const [newest, oldest] = blocks[0]!.kind === 'numbered' ? blocks[0]!.items : [];
    expect(newest!.lines[0]).toEqual([
      { text: 'Ekstrøm T' },
      { text: ', ' },
      { text: 'Lovelace A', bold: true },
      { text: ', ' },
      { text: 'Király F' },
      { text: ' und ' },
      { text: 'Marinč A' },
    ]);
    expect(oldest!.lines[0]).toEqual([{ text: 'Müller K-R' }, { text: ' und ' }, { text: 'Byron A', bold: true }]);
    expect(oldest!.title).toEqual([{ text: 'Über Bernoulli-Zahlen', link: 'https://example.org/ada/publications/byron2019muller/', subtle: true }]);
    expect(newest!.lines.at(-1)).toEqual([{ text: 'DOI 10.1000/xyz1', link: 'https://doi.org/10.1000/xyz1' }]);
    const conference = blocks[1]!.kind === 'numbered' ? blocks[1]!.items[0]! : undefined;
    expect(conference!.title.map((run) => [run.text, run.script])).toEqual([
      ['ECQ', undefined],
      ['X', 'sup'],
      [': Sketches of the Analytical Engine', undefined],
    ]);
    // The venue is italic, and a word the venue itself sets in italics turns upright.
    expect(conference!.lines[1]).toEqual([{ text: 'Proceedings of ', italic: true }, { text: 'Engines S. 1–10, 2023.' }]);
  });

  it('ends a cut author list with the label for et al. and says where a work stands', async () => {
    const cut = {
      ...(await publication('lovelace2025cut', {
        title: 'A cut list',
        authors: [{ organization: 'The Engine Collaboration' }, 'Lovelace A'],
        etAl: true,
        year: 2025,
        status: 'accepted',
      })),
      statusLabel: 'Angenommen',
    };
    const [block] = cvDocument({ ...empty, publications: [cut] }, OPTIONS, LABELS).sections.at(-1)!.blocks;
    const [item] = block!.kind === 'numbered' ? block!.items : [];
    expect(item!.lines[0]).toEqual([{ text: 'The Engine Collaboration' }, { text: ', ' }, { text: 'Lovelace A', bold: true }, { text: ', u. a.' }]);
    expect(item!.lines[1]).toEqual([{ text: 'Journal', italic: true }, { text: ', 2025. Angenommen.' }]);
  });

  it('tags titles in another language than the document', () => {
    const english = cvDocument(full, { ...OPTIONS, lang: 'en' }, LABELS);
    const talks = english.sections.find((candidate) => candidate.heading === 'Vorträge')!.blocks[0]!;
    expect(talks.kind === 'entries' && talks.entries[0]!.title).toEqual([{ text: 'Über die Maschine', lang: 'de' }]);
    const germanTalks = section('Vorträge').blocks[0]!;
    expect(germanTalks.kind === 'entries' && germanTalks.entries[0]!.title).toEqual([{ text: 'Über die Maschine' }]);
  });

  it('maps every kind of entry with its dates, places and lines', () => {
    const entries = (heading: string) => {
      const block = section(heading).blocks[0]!;
      return block.kind === 'entries'
        ? block.entries.map((entry) => [
            entry.when,
            textOf(entry.title),
            entry.where && textOf(entry.where),
            entry.lines.map((line) => `${line.bullet ? '• ' : ''}${textOf(line.runs)}`),
          ])
        : [];
    };
    expect(entries('Berufserfahrung')).toEqual([
      ['01.1842 – heute', 'Analystin', 'Analytical Society · London', ['Forschung: Programme für die Maschine.', '• Note G', '• Übersetzung', 'Mit Charles Babbage.']],
    ]);
    expect(entries('Ausbildung')).toEqual([['1828 – 1835', 'Mathematik', 'Privatunterricht · London', ['Abschlussarbeit: „Reihen“, betreut von Augustus De Morgan.']]]);
    expect(entries('Forschungsprojekte')).toEqual([['01.1842 – 09.1843', 'AE', 'Analytical Engine', ['Leitung · gefördert von Selbst · Projektseite']]]);
    expect(entries('Auszeichnungen')).toEqual([['1843', 'Preis', 'Royal Society', ['Für Note G', 'Für den Artikel Notes with Ekstrøm, Marinč and Király']]]);
    expect(entries('Patente')).toEqual([
      [
        '2022 – 2023',
        'Rechenmaschine',
        undefined,
        ['Erfinder: Ada Byron und Charles Babbage', 'EP 3991102 A1 · veröffentlicht · 04.05.2022', 'US 2022/0114455 A1 · erteilt · 14.04.2023'],
      ],
    ]);
    expect(entries('Kenntnisse')).toEqual([
      [undefined, 'Mathematik', undefined, ['Analysis, Algebra, …']],
      [undefined, 'Sprachen', undefined, ['Englisch (Muttersprache)']],
    ]);
    expect(entries('Vorträge')).toEqual([['21.10.2022', 'Über die Maschine', 'Event, Universität', ['Hauptvortrag']]]);
    expect(entries('Vorlesungen')).toEqual([['13.12.2021, 14.12.2021, 16.12.2021', 'Notes on the Engine', 'Event', ['Vorlesungsreihe']]]);
    const patent = section('Patente').blocks[0]!;
    expect(patent.kind === 'entries' && patent.entries[0]!.lines[0]!.runs.find((run) => run.text === 'Ada Byron')).toEqual({ text: 'Ada Byron', bold: true });
  });

  it('lists selected or recent publications when asked, numbered within the complete list, and says where the rest are', () => {
    const recent = cvDocument(full, { ...OPTIONS, publications: { recent: 2 } }, LABELS);
    const [note, ...groups] = recent.sections.find((candidate) => candidate.heading === 'Veröffentlichungen')!.blocks;
    expect(note).toEqual({
      kind: 'paragraphs',
      paragraphs: [
        [{ text: '2 von 3 Veröffentlichungen' }, { text: '; alle unter ' }, { text: 'https://example.org/ada/publications/', link: 'https://example.org/ada/publications/' }],
      ],
    });
    expect(groups.flatMap((block) => (block.kind === 'numbered' ? block.items.map((item) => item.label) : []))).toEqual(['Z2', 'K1']);
    const selected = cvDocument(full, { ...OPTIONS, publications: 'selected' }, LABELS);
    const selectedItems = selected.sections.at(-1)!.blocks.flatMap((block) => (block.kind === 'numbered' ? block.items.map((item) => textOf(item.title)) : []));
    expect(selectedItems).toEqual(['Über Bernoulli-Zahlen']);
  });

  it('lists the newest talks and lectures when asked, and says where the rest are', () => {
    const many = { ...full, talks: [full.talks[0]!, { ...full.talks[0]!, id: 'talk-0', date: { dates: ['2020-01-01'], precision: 'day' as const } }] };
    const recent = cvDocument(many, { ...OPTIONS, talks: { recent: 1 } }, LABELS);
    const [note, listed] = recent.sections.find((candidate) => candidate.heading === 'Vorträge')!.blocks;
    expect(note).toEqual({
      kind: 'paragraphs',
      paragraphs: [[{ text: 'Die letzten 1 von 2 Vorträgen' }, { text: '; alle unter ' }, { text: 'https://example.org/ada/talks/', link: 'https://example.org/ada/talks/' }]],
    });
    expect(listed!.kind === 'entries' && listed!.entries.map((entry) => entry.when)).toEqual(['21.10.2022']);
    // The lectures are within the limit: no note.
    expect(recent.sections.find((candidate) => candidate.heading === 'Vorlesungen')!.blocks.map((block) => block.kind)).toEqual(['entries']);
  });

  it('sets the metadata and running header from the labels', () => {
    expect(doc.metadata).toEqual({
      title: 'Lebenslauf von Dr. Ada Lovelace',
      author: 'Ada Lovelace',
      subject: 'Analyst, Analytical Society',
      keywords: ['Ada Lovelace', 'Ada Byron', 'Analyst', 'Analytical Society', ...doc.sections.map((candidate) => candidate.heading)],
      date: '2026-11-27',
    });
    expect(doc.running).toEqual({ left: 'Dr. Ada Lovelace', right: 'Lebenslauf, Stand 27.11.2026', page: 'Seite {page} von {pages}' });
  });

  it('dates the content by its newest date, never by the clock', () => {
    expect(contentDate(full)).toBe('2024-01-01');
    expect(contentDate({ ...full, publications: [] })).toBe('2023-04-14');
    // Not the birth date: it may be hidden, and it dates no edit.
    expect(contentDate(empty)).toBeUndefined();
  });
});

/** Strings that mean something in Typst markup or code, each of which must print as written. */
const HOSTILE = [
  '#set page(paper: "a5") #panic("boom")',
  '*not bold* _not italic_',
  '$x^2 + y_1$',
  '@lovelace2024 <label> and [brackets]',
  'back\\slash \\ and \\n and "quotes" and \\"',
  '// not a comment /* nor this */',
  '= Not a heading',
  '- not a list + nor this',
  '`raw` and ```three```',
  '#{1 + 1} #(1 + 1) #let x = 1',
  'url: https://example.org/#anchor',
  'a ~ b -- c --- d ... e',
  '} ) ] closers first',
];

describe('the career sections', () => {
  const grant = {
    ...grantSchema.parse({
      title: 'Maschinenbau',
      funder: 'Royal Society',
      number: 'RS-1',
      role: 'co-pi',
      amount: { value: '1000 GBP', visibility: 'cv' },
      start: '2021-01',
      end: 2023,
      url: 'https://example.org/grant',
    }),
    id: 'rs',
    html: '<p>Für Zahnräder.</p>',
    amountShown: { value: '1.000 £', printOnly: true },
  };
  const hidden = {
    ...grantSchema.parse({ title: 'Geheim', funder: 'Krone', amount: { value: '5000 GBP', visibility: 'hidden' }, start: 2024 }),
    id: 'secret',
    html: '',
    amountShown: undefined,
  };
  const source: CvSource = {
    ...empty,
    projects: [{ id: 'engine', html: '', acronym: 'AE', title: 'Analytical Engine', start: '2021-01', role: 'member', grant: 'rs', topics: [] }],
    grants: [hidden, grant],
    grantById: new Map([grant, hidden].map((item) => [item.id, item])),
    teaching: [
      {
        ...teachingSchema.parse({
          title: 'Analysis',
          code: 'M1',
          institution: 'University of London',
          level: 'graduate',
          role: 'co-instructor',
          terms: ['2021-WS', '2022-WS'],
          language: 'en',
        }),
        id: 'analysis',
        html: '',
        titleHtml: '<i>Analysis</i>',
        titleText: 'Analysis',
        termsText: 'WiSe 2021/22–2022/23',
        years: '2021 – 2022',
        languageName: 'Englisch',
        lang: 'en',
        linkList: [{ label: 'Skript', url: 'https://example.org/skript' }],
      },
    ],
    supervision: [
      {
        ...supervisionSchema.parse({ name: 'Mary Somerville', level: 'phd', role: 'co', start: 2019, end: '2021-06', next: 'Royal Society' }),
        id: 'mary',
        html: '',
        displayName: 'Mary Somerville',
        href: 'https://example.org/mary',
        titleHtml: 'Über Reihen',
        titleText: 'Über Reihen',
        state: 'completed',
        thesis: publications[2],
        linkList: [],
      },
    ],
    service: [
      { ...serviceSchema.parse({ kind: 'reviewer', venue: 'Royal Society', years: [2019, '2021-2022'] }), id: 'rs-review', html: '', yearsText: '2019, 2021–2022' },
      {
        ...serviceSchema.parse({ kind: 'editor', venue: 'Taylor’s Scientific Memoirs', years: '2021-2022', role: 'Übersetzerin', url: 'https://example.org/memoirs' }),
        id: 'memoirs',
        html: '',
        yearsText: '2021–2022',
      },
    ],
  };
  const doc = cvDocument(source, OPTIONS, LABELS);
  const blocksOf = (heading: string) => doc.sections.find((candidate) => candidate.heading === heading)!.blocks;
  const entriesOf = (block: CvBlock) =>
    block.kind === 'entries'
      ? block.entries.map((entry) => ({
          when: entry.when,
          title: textOf(entry.title),
          where: entry.where && textOf(entry.where),
          lines: entry.lines.map((line) => textOf(line.runs)),
        }))
      : [];

  it('follows the order of the CV page, under the labels given', () => {
    expect(doc.sections.map((candidate) => candidate.heading)).toEqual(['Forschungsprojekte', 'Drittmittel', 'Lehre', 'Betreuung', 'Gremien']);
    expect(entriesOf(blocksOf('Forschungsprojekte')[0]!)[0]!.lines).toEqual(['Förderung: Maschinenbau']);
  });

  it('shows a grant with its role, number, link and the amount the printable CV may show, never a hidden one', () => {
    expect(blocksOf('Drittmittel').flatMap(entriesOf)).toEqual([
      { when: '2024 – heute', title: 'Geheim', where: 'Krone', lines: ['Projektleitung'] },
      { when: '01.2021 – 2023', title: 'Maschinenbau', where: 'Royal Society · FKZ RS-1', lines: ['Ko-Projektleitung · 1.000 £ · Website der Förderung', 'Für Zahnräder.'] },
    ]);
    expect(JSON.stringify(doc)).not.toContain('5000');
  });

  it('shows a course with its terms, and supervision and service under subheadings', () => {
    expect(blocksOf('Lehre').flatMap(entriesOf)).toEqual([
      { when: '2021 – 2022', title: 'Analysis (M1)', where: 'University of London', lines: ['Ko-Leitung · Master · auf Englisch', 'WiSe 2021/22–2022/23', 'Skript'] },
    ]);
    expect(blocksOf('Betreuung').map((block) => (block.kind === 'entries' ? block.heading : undefined))).toEqual(['Promovierende']);
    const phd = blocksOf('Betreuung')[0]!;
    const [mary] = phd.kind === 'entries' ? phd.entries : [];
    expect(mary!.title).toEqual([{ text: 'Mary Somerville', link: 'https://example.org/mary' }]);
    expect(mary!.where).toEqual([{ text: 'Über Reihen', link: publications[2]!.url }]);
    expect(entriesOf(blocksOf('Betreuung')[0]!)).toEqual([
      { when: '2019 – 06.2021', title: 'Mary Somerville', where: 'Über Reihen', lines: ['abgeschlossen · Zweitbetreuung · danach: Royal Society'] },
    ]);
    expect(blocksOf('Gremien').map((block) => (block.kind === 'entries' ? block.heading : undefined))).toEqual(['Herausgeberschaft', 'Begutachtung']);
    // One run of years hangs in the margin; a list of them is a line of its own.
    expect(blocksOf('Gremien').flatMap(entriesOf)).toEqual([
      { when: '2021–2022', title: 'Taylor’s Scientific Memoirs', where: 'Übersetzerin', lines: [] },
      { when: undefined, title: 'Royal Society', where: undefined, lines: ['2019, 2021–2022'] },
    ]);
  });

  it('typesets with no word the document does not hold', () => {
    const text = poppler('pdftotext', compilePdf(doc, TEMPLATE).bytes);
    const data = strings(doc).join('\n');
    expect((text.match(/\p{L}+/gu) ?? []).filter((word) => !data.includes(word))).toEqual([]);
    expect(text).toContain('Promovierende');
  });
});

describe('content that looks like Typst', () => {
  it('is quoted as one string literal in the entry file', () => {
    expect(typstString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(typstSource({ ...cvDocument(empty, OPTIONS, LABELS), sections: [] })).toMatch(/^#import "\/cv\.typ": cv\n#cv\(json\(bytes\("\{.*\}"\)\)\)\n$/s);
  });

  const hostile: CvDocument = {
    ...cvDocument(empty, OPTIONS, LABELS),
    sections: [{ heading: 'H #x', blocks: [{ kind: 'paragraphs', paragraphs: HOSTILE.map((text) => [{ text }]) }] }],
  };
  const text = poppler('pdftotext', compilePdf(hostile, TEMPLATE).bytes, '-layout');
  it.each(HOSTILE)('prints %s literally', (line) => {
    expect(text).toContain(line);
  });
});

describe('the typeset PDF', () => {
  const doc = cvDocument(full, OPTIONS, LABELS);
  const pdf = compilePdf(doc, TEMPLATE);
  const info = poppler('pdfinfo', pdf.bytes);
  const text = poppler('pdftotext', pdf.bytes);

  it('is the same bytes every time', () => {
    expect(Buffer.from(compilePdf(doc, TEMPLATE).bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });

  it('carries its metadata, language and date', () => {
    expect(info).toMatch(/^Title:\s+Lebenslauf von Dr\. Ada Lovelace$/m);
    expect(info).toMatch(/^Author:\s+Ada Lovelace$/m);
    expect(info).toMatch(/^Subject:\s+Analyst, Analytical Society$/m);
    expect(info).toMatch(/^Keywords:\s+Ada Lovelace, Ada Byron, Analyst, Analytical Society, Berufserfahrung,/m);
    expect(info).toMatch(/^CreationDate:\s+Fri Nov 27 00:00:00 2026 UTC$/m);
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(pdf.pages).toBe(2);
    expect(Buffer.from(pdf.bytes).toString('latin1')).toMatch(/\/Lang \(de\)/);
  });

  it.each([
    ['a4', /^Page size:\s+595\.276 x 841\.89 pts \(A4\)$/m],
    ['us-letter', /^Page size:\s+612 x 792 pts \(letter\)$/m],
  ] as const)('is set on %s paper', (paper, size) => {
    expect(poppler('pdfinfo', compilePdf({ ...doc, paper }, TEMPLATE).bytes)).toMatch(size);
  });

  it('embeds its fonts and renders names with full Latin coverage', () => {
    const fonts = poppler('pdffonts', pdf.bytes).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => /\byes\s+yes\s+yes\b/.test(font))).toBe(true);
    expect(fonts.every((font) => font.includes('LibertinusSerif'))).toBe(true);
    for (const name of ['Müller', 'Ekstrøm', 'Marinč', 'Király']) expect(text).toContain(name);
  });

  it('has every heading and title, the running header and the page label', () => {
    for (const heading of doc.sections.map((candidate) => candidate.heading)) expect(text).toContain(heading);
    for (const title of ['Notes with Ekstrøm, Marinč and Király', 'ECQX: Sketches of the Analytical Engine', 'Über Bernoulli-Zahlen', 'Über die Maschine', 'Notes on the Engine']) {
      expect(squash(text)).toContain(squash(title));
    }
    expect(text).toContain('Seite 1 von 2');
    expect(text).toContain('Seite 2 von 2');
    expect(text).toContain('Lebenslauf, Stand 27.11.2026');
  });

  it('has its links as link annotations', () => {
    const urls = poppler('pdfinfo', pdf.bytes, '-url');
    for (const url of [
      'mailto:ada@example.org',
      'tel:+442079460000',
      'https://orcid.org/0000-0002-1825-0097',
      'https://doi.org/10.1000/xyz1',
      'https://arxiv.org/abs/2211.17174',
      'https://example.org/ada/publications/byron2019muller/',
      'https://example.org/engine',
      'https://worldwide.espacenet.com/patent/search?q=pn%3DEP3991102A1',
    ]) {
      expect(urls).toContain(url);
    }
  });

  it('shows no word that is not in the document: the template holds no language', () => {
    const data = strings(doc).join('\n');
    const words = text.match(/\p{L}+/gu) ?? [];
    expect(words.filter((word) => !data.includes(word))).toEqual([]);
  });

  it('never ends a page with a heading, wherever the page breaks fall', () => {
    const headings = new Set([...doc.sections.map((candidate) => candidate.heading), ...Object.values(LABELS.publicationKinds)]);
    const widowed = Array.from({ length: 24 }, (_, filler) => {
      const shifted: CvDocument = {
        ...doc,
        sections: [{ heading: 'Füllung', blocks: [{ kind: 'paragraphs', paragraphs: Array.from({ length: 30 + filler }, (_, i) => [{ text: `Zeile ${i}` }]) }] }, ...doc.sections],
      };
      const pages = poppler('pdftotext', compilePdf(shifted, TEMPLATE).bytes).split('\f');
      return pages.flatMap((page, i) => {
        const lines = page
          .split('\n')
          .map((row) => row.trim())
          .filter((row) => row !== '' && !/^Seite \d+ von \d+$/.test(row));
        return headings.has(lines.at(-1) ?? '') ? [`filler ${filler}, page ${i + 1}: ${lines.at(-1)}`] : [];
      });
    });
    expect(widowed.flat()).toEqual([]);
  });

  it('typesets a profile alone as a valid one-page CV', () => {
    const alone = compilePdf(cvDocument(empty, OPTIONS, LABELS), TEMPLATE);
    expect(alone.pages).toBe(1);
    const aloneInfo = poppler('pdfinfo', alone.bytes);
    expect(aloneInfo).toMatch(/^Pages:\s+1$/m);
    expect(poppler('pdftotext', alone.bytes)).toContain('Dr. Ada Lovelace');
  });
});
