/**
 * The PDF CV: the presentation model of a content tree as a document (sections, the catalogue's
 * words, visibility, the owner, numbering, selection), and the typeset PDF read back with poppler
 * (pdftotext, pdfinfo, pdffonts), independent of the code that wrote it. The model comes from
 * content files as the build reads them, in German, so any English would come from the template.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeFor } from '../../src/i18n/index.ts';
import { compilePdf } from '../../src/pdf/compile.ts';
import type { CvBlock, CvDocument, Inline, Rich } from '../../src/pdf/cvDocument.ts';
import { cvDocument, type CvPdfOptions } from '../../src/pdf/document.ts';
import { linesFromHtml } from '../../src/model/parse.ts';
import { fallbackFonts } from '../../src/pdf/fonts.ts';
import { typstSource, typstString } from '../../src/pdf/typst.ts';
import { md } from '../helpers/check.ts';
import { modelOfFiles, pdfAddresses, pdfOptions } from '../helpers/model.ts';

const TEMPLATE = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'pdf', 'cv.typ'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'vita-pdf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let written = 0;
/** Runs a poppler tool on the PDF bytes and returns its output. */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdfimages', bytes: Uint8Array, ...args: string[]): string {
  const file = join(scratch, `${++written}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(tool, tool === 'pdftotext' ? [...args, file, '-'] : [...args, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}
const squash = (text: string) => text.replace(/\s+/g, '');
const textOf = (runs: Rich | undefined) => (runs ?? []).map((run) => run.text).join('');

/** Every string of a document, with the runs of each line joined (pdftotext joins "ECQ" and a superscript "X"). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    const runs = value.filter((item): item is Inline => typeof item === 'object' && item !== null && 'text' in item);
    return runs.length > 0 ? [textOf(runs), ...runs.flatMap(strings)] : value.flatMap(strings);
  }
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
}

const de = localeFor('de');
const SITE = { site: 'https://example.org', base: '/ada/' };

const OPTIONS: CvPdfOptions = pdfOptions({ date: '2026-11-27', ...pdfAddresses('https://example.org/ada/') });

const PROFILE = md(
  `
name: Ada Lovelace
honorific: Dr.
formerNames: [Ada Byron]
aliases: [Lovelace A, Byron A]
role: Analyst
affiliation: Analytical Society
birthDate: 1815-12-10
nationality: { value: British, visibility: hidden }
contact:
  email: ada@example.org
  phone: "+44 20 7946 0000"
  address: { value: { street: St James Square 1, postalCode: SW1, city: London, country: UK }, visibility: hidden }
links: { orcid: 0000-0002-1825-0097 }
`,
  'Bio.',
);

const SETTINGS = 'language: de\n';

/** Every section of the CV, written as an owner writes it. */
const FULL: Record<string, string> = {
  'profile.md': PROFILE,
  'settings.yaml': SETTINGS,
  'skills.md': md(`
groups:
  - { name: Mathematik, items: [Analysis, Algebra], partial: true }
languages:
  - { name: Englisch, level: native }
`),
  'experience/society.md': md(
    `
organization: Analytical Society
location: London
role: Analystin
start: 2012-01
supervisors: [Charles Babbage]
responsibilities: [Übersetzung]
`,
    '*Forschung:* Programme für die [Maschine](https://example.org/engine).\n\n- Note G\n',
  ),
  'education/home.md': md(`
institution: Privatunterricht
location: London
degree: Mathematik
start: 1998
end: 2005
supervisors: [Augustus De Morgan]
thesis: Reihen
`),
  'projects/engine.md': md(`
acronym: AE
title: Analytical Engine
start: 2012-01
end: 2013-09
role: lead
funder: Selbst
url: https://example.org/ae
`),
  'awards/prize.md': md(`
name: Preis
year: 2013
issuer: Royal Society
description: Für <i>Note G</i>
publication: lovelace2024ekstrom
`),
  'patents/engine-patent.md': md(`
title: Rechenmaschine
language: de
inventors: [Ada Byron, Charles Babbage]
members:
  - { office: EP, number: "3991102", kindCode: A1, status: published, date: 2022-05-04 }
  - { office: US, number: "2022/0114455", kindCode: A1, status: granted, date: 2023-04-14 }
`),
  'talks/2022-talk.md': md(`
title: Über die Maschine
date: 2022-10-21
event: Event
kind: keynote
host: Universität
city: Turin
country: Italien
language: de
`),
  'lectures/2021-lecture.md': md(`
title: Notes on the Engine
date: 2021-12-13/14/16
event: Event
kind: lecture-series
`),
  'publications/lovelace2024ekstrom.md': md(`
kind: journal-article
title: Notes with Ekstrøm, Marinč and Király
authors: [Ekstrøm T, { name: Lovelace A, equal: true, corresponding: true }, { name: Király F, equal: true }, Marinč A]
year: 2024
venue: Journal
doi: 10.1000/xyz1
`),
  'publications/lovelace2023ecq.md': md(`
kind: conference-paper
title: "ECQ<sup>X</sup>: Sketches of the Analytical Engine"
authors: [Lovelace A]
year: 2023
venue: Proceedings of <i>Engines</i>
pages: 1-10
arxiv: "2211.17174"
`),
  'publications/byron2019muller.md': md(`
kind: journal-article
title: Über Bernoulli-Zahlen
language: de
authors: [Müller K-R, Byron A]
year: 2019
venue: Journal
selected: true
`),
  'publications/lovelace2020sparse.md': md(`
kind: report
title: 'Sparse $\\ell_1$ priors for $k$-nearest graphs'
authors: [Lovelace A]
year: 2020
venue: Analytical Society
issue: 7
`),
  'publications/lovelace2022volume.md': md(`
kind: edited-volume
title: Engines
authors: [Lovelace A, Babbage C]
year: 2022
publisher: Academic Press
publisherPlace: London
series: Studies in Engines
`),
};

const full = await modelOfFiles(FULL, { settings: SITE });
const empty = await modelOfFiles({ 'profile.md': PROFILE, 'settings.yaml': SETTINGS }, { settings: SITE });
const section = (doc: CvDocument, heading: string) => doc.sections.find((candidate) => candidate.heading === heading)!;
const entriesOf = (block: CvBlock | undefined) =>
  block?.kind === 'entries'
    ? block.entries.map((entry) => [
        textOf(entry.when) || undefined,
        textOf(entry.title),
        entry.where && textOf(entry.where),
        entry.lines.map((line) => `${line.bullet ? '• ' : ''}${textOf(line.runs)}`),
      ])
    : [];

describe('the document from the model', () => {
  const doc = cvDocument(full, OPTIONS, de);

  it('has the sections with entries, in the settings’ order, under the catalogue’s headings', () => {
    expect(doc.sections.map((candidate) => candidate.heading)).toEqual([
      'Berufserfahrung',
      'Ausbildung',
      'Publikationen',
      'Auszeichnungen',
      'Forschungsprojekte',
      'Patente',
      'Vorträge',
      'Lehrveranstaltungen',
      'Kenntnisse',
    ]);
    expect(cvDocument(empty, OPTIONS, de).sections).toEqual([]);
  });

  it('follows another order when the settings give one', async () => {
    const reordered = await modelOfFiles({ ...FULL, 'settings.yaml': `${SETTINGS}cv: { sections: [publications, talks] }\n` }, { settings: SITE });
    expect(cvDocument(reordered, OPTIONS, de).sections.map((candidate) => candidate.heading)).toEqual(['Publikationen', 'Vorträge']);
  });

  it('shows `cv` details and never `hidden` ones', () => {
    expect(doc.header.name).toBe('Dr. Ada Lovelace');
    expect(doc.header.nameNote).toBe('geb. Ada Byron');
    expect(textOf(doc.header.subtitle)).toBe('Analyst, Analytical Society');
    expect(doc.header.lines.map(textOf)).toEqual(['ada@example.org · +44\u00A020\u00A07946\u00A00000', 'example.org/ada · ORCID 0000-0002-1825-0097', 'Geboren am 10. Dez. 1815']);
    const everything = JSON.stringify(doc);
    expect(everything).not.toContain('St James');
    expect(everything).not.toContain('British');
    // In the text's colour, as an address beside them would be.
    expect(doc.header.lines[0]).toEqual([
      { text: 'ada@example.org', link: 'mailto:ada@example.org', subtle: true },
      { text: ' · ' },
      { text: '+44\u00A020\u00A07946\u00A00000', link: 'tel:+442079460000', subtle: true },
    ]);
  });

  it('numbers publications per kind, newest first, with the owner in bold under every alias and the marks with their key', () => {
    const blocks = section(doc, 'Publikationen').blocks;
    expect(blocks.map((block) => (block.kind === 'entries' ? [block.heading, block.entries.map((entry) => textOf(entry.when))] : block.kind))).toEqual([
      ['Zeitschriftenartikel', ['Z2', 'Z1']],
      ['Konferenz- und Workshopbeiträge', ['K1']],
      ['Herausgeberschaften', ['H1']],
      ['Berichte und Arbeitspapiere', ['R1']],
    ]);
    const [newest, oldest] = blocks[0]!.kind === 'entries' ? blocks[0]!.entries : [];
    expect(newest!.lines[0]!.runs).toEqual([
      { text: 'Ekstrøm\u00A0T, ' },
      { text: 'Lovelace\u00A0A', bold: true },
      { text: '*†', script: 'sup' },
      { text: ', Király\u00A0F' },
      { text: '*', script: 'sup' },
      { text: ' und Marinč\u00A0A' },
      { text: ' (* gleicher Beitrag; † korrespondierende Autorin oder korrespondierender Autor)', muted: true },
    ]);
    expect(textOf(oldest!.lines[0]!.runs)).toBe('Müller\u00A0K-R und Byron\u00A0A');
    expect(oldest!.lines[0]!.runs.find((run) => run.text.startsWith('Byron'))).toEqual({ text: 'Byron\u00A0A', bold: true });
    expect(oldest!.title).toEqual([{ text: 'Über Bernoulli-Zahlen', link: 'https://example.org/ada/publications/byron2019muller/', subtle: true }]);
    expect(newest!.lines.at(-1)!.runs).toEqual([{ text: 'DOI 10.1000/xyz1', link: 'https://doi.org/10.1000/xyz1' }]);
    const conference = blocks[1]!.kind === 'entries' ? blocks[1]!.entries[0]! : undefined;
    expect(conference!.title.map((run) => [run.text, run.script])).toEqual([
      ['ECQ', undefined],
      ['X', 'sup'],
      [': Sketches of the Analytical Engine', undefined],
    ]);
    // The venue is a cited title: italic on paper, with the venue's own italics.
    expect(conference!.lines[1]!.runs).toEqual([{ text: 'Proceedings of ', cite: true }, { text: 'Engines', italic: true, cite: true }, { text: ', S.\u00A01–10, 2023.' }]);
  });

  it('names the editors of an edited volume as such, and a report’s number without a volume', () => {
    const [volume] = entriesOf(section(doc, 'Publikationen').blocks[2]);
    expect(volume).toEqual(['H1', 'Engines', undefined, ['Lovelace\u00A0A und Babbage\u00A0C (Hrsg.)', 'Studies in Engines. Academic Press, London, 2022.']]);
    const [report] = entriesOf(section(doc, 'Publikationen').blocks[3]);
    expect(report![3]).toContain('Analytical Society, Nr.\u00A07, 2020.');
  });

  it('G16: typesets a formula once, from its tree, and reads it in Unicode', () => {
    const title = full.publicationById.get('lovelace2020sparse')!.titleRuns;
    expect(textOf(title)).toBe('Sparse ℓ₁ priors for k-nearest graphs');
    expect(title.filter((run) => run.math).map((run) => run.math!.tree)).toEqual([
      { t: 'attach', base: { t: 'text', v: 'ℓ', italic: true }, b: { t: 'text', v: '1' } },
      { t: 'text', v: 'k', italic: true },
    ]);
  });

  it('ends a cut author list with “et al.” and says where a work stands', async () => {
    const cut = await modelOfFiles(
      {
        'profile.md': PROFILE,
        'settings.yaml': SETTINGS,
        'publications/lovelace2025cut.md': md(`
kind: journal-article
title: A cut list
authors: [{ organization: The Engine Collaboration }, Lovelace A]
etAl: true
year: 2025
venue: Journal
status: accepted
`),
      },
      { settings: SITE },
    );
    const [item] = entriesOf(cvDocument(cut, OPTIONS, de).sections.at(-1)!.blocks[0]);
    expect(item![3]).toEqual(['The Engine Collaboration, Lovelace\u00A0A, u. a.', 'Journal, 2025. Angenommen.']);
  });

  it('G5: shortens a long author list around the owner, and says how many there are', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => (i === 1500 ? 'Lovelace A' : `Aad${i} G`));
    const long = await modelOfFiles(
      {
        'profile.md': PROFILE,
        'settings.yaml': SETTINGS,
        'publications/atlas2012higgs.md': md(
          `kind: journal-article\ntitle: Observation of a new particle\nauthors: [${names.join(', ')}]\nyear: 2012\nvenue: Physics Letters B\nvolume: 716\npages: 1-29`,
        ),
      },
      { settings: SITE },
    );
    const longDoc = cvDocument(long, OPTIONS, de);
    const [authors] = entriesOf(longDoc.sections[0]!.blocks[0])[0]![3] as string[];
    expect(authors).toBe(
      'Aad0\u00A0G, Aad1\u00A0G, Aad2\u00A0G, Aad3\u00A0G, Aad4\u00A0G, Aad5\u00A0G, Aad6\u00A0G, Aad7\u00A0G, …, Lovelace\u00A0A, … und Aad2999\u00A0G (alle 3.000 Autorinnen und Autoren)',
    );
    const text = poppler('pdftotext', compilePdf(longDoc, TEMPLATE).bytes);
    expect(text).toContain('Lovelace A');
    expect(text).toContain('Physics Letters B 716:1–29, 2012.');
  });

  it('tags titles in another language than the document', async () => {
    const english = await modelOfFiles({ ...FULL, 'settings.yaml': 'language: en\n' }, { settings: SITE });
    const talks = section(cvDocument(english, OPTIONS, localeFor('en')), 'Talks').blocks[0]!;
    expect(talks.kind === 'entries' && talks.entries[0]!.title).toEqual([{ text: 'Über die Maschine', lang: 'de' }]);
    const germanTalks = section(doc, 'Vorträge').blocks[0]!;
    expect(germanTalks.kind === 'entries' && germanTalks.entries[0]!.title).toEqual([{ text: 'Über die Maschine' }]);
  });

  it('sets every kind of entry as the CV page shows it: dates, places, kinds and lines', () => {
    expect(entriesOf(section(doc, 'Berufserfahrung').blocks[0])).toEqual([
      ['Jan.\u00A02012 – heute', 'Analystin', 'Analytical Society · London', ['Forschung: Programme für die Maschine.', '• Note G', '• Übersetzung', 'Bei Charles Babbage.']],
    ]);
    expect(entriesOf(section(doc, 'Ausbildung').blocks[0])).toEqual([
      ['1998–2005', 'Mathematik', 'Privatunterricht · London', ['Abschlussarbeit: „Reihen“, bei Augustus De Morgan.']],
    ]);
    expect(entriesOf(section(doc, 'Forschungsprojekte').blocks[0])).toEqual([
      ['Jan.\u00A02012 – Sept.\u00A02013', 'AE', 'Analytical Engine · Projektleitung · Förderung: Selbst', ['Projektwebsite']],
    ]);
    expect(entriesOf(section(doc, 'Auszeichnungen').blocks[0])).toEqual([
      ['2013', 'Preis', 'Royal Society', ['Für Note G', 'Für die Arbeit „Notes with Ekstrøm, Marinč and Király“.']],
    ]);
    expect(entriesOf(section(doc, 'Patente').blocks[0])).toEqual([
      [
        '2022–2023',
        'Rechenmaschine',
        undefined,
        ['Erfinder: Ada Byron und Charles Babbage', 'EP 3991102 A1 · Veröffentlicht · 4. Mai 2022', 'US 2022/0114455 A1 · Erteilt · 14. Apr. 2023'],
      ],
    ]);
    expect(entriesOf(section(doc, 'Kenntnisse').blocks[0])).toEqual([
      [undefined, 'Mathematik', undefined, ['Analysis, Algebra, …']],
      [undefined, 'Sprachen', undefined, ['Englisch (Muttersprache)']],
    ]);
    expect(entriesOf(section(doc, 'Vorträge').blocks[0])).toEqual([['21.\u00A0Okt.\u00A02022', 'Über die Maschine', 'Event, Universität · Turin, Italien · Keynote', []]]);
    expect(entriesOf(section(doc, 'Lehrveranstaltungen').blocks[0])).toEqual([
      ['13.,\u00A014.\u00A0und\u00A016.\u00A0Dez.\u00A02021', 'Notes on the Engine', 'Event · Vorlesungsreihe', []],
    ]);
    const patent = section(doc, 'Patente').blocks[0]!;
    expect(patent.kind === 'entries' && patent.entries[0]!.lines[0]!.runs.find((run) => run.text === 'Ada Byron')).toEqual({ text: 'Ada Byron', bold: true });
  });

  it('newcomer: a position and a degree without a location name the place alone, with no dangling separator', async () => {
    const placeless = await modelOfFiles(
      Object.fromEntries(
        Object.entries(FULL).map(([path, text]) => [path, path.startsWith('experience/') || path.startsWith('education/') ? text.replace(/^location: .*\n/m, '') : text]),
      ),
      { settings: SITE },
    );
    const where = (heading: string) => entriesOf(section(cvDocument(placeless, OPTIONS, de), heading).blocks[0]).map((entry) => entry[2]);
    expect([where('Berufserfahrung'), where('Ausbildung')]).toEqual([['Analytical Society'], ['Privatunterricht']]);
  });

  it('lists selected or recent publications when asked, numbered within the complete list, and says where the rest are', () => {
    const recent = cvDocument(full, { ...OPTIONS, publications: { recent: 2 } }, de);
    const [note, ...groups] = section(recent, 'Publikationen').blocks;
    expect(note).toEqual({
      kind: 'paragraphs',
      paragraphs: [
        [{ text: '2 von 5 Publikationen' }, { text: '; alle unter ' }, { text: 'https://example.org/ada/publications/', link: 'https://example.org/ada/publications/' }],
      ],
      keepWithNext: true,
    });
    expect(groups.flatMap((block) => (block.kind === 'entries' ? block.entries.map((entry) => textOf(entry.when)) : []))).toEqual(['Z2', 'K1']);
    const selected = cvDocument(full, { ...OPTIONS, publications: 'selected' }, de);
    expect(section(selected, 'Publikationen').blocks.flatMap((block) => (block.kind === 'entries' ? block.entries.map((entry) => textOf(entry.title)) : []))).toEqual([
      'Über Bernoulli-Zahlen',
    ]);
  });

  it('lists the newest talks and lectures when asked, and says where the rest are', async () => {
    const more = await modelOfFiles({ ...FULL, 'talks/2020-talk.md': md('title: Früher\ndate: 2020-01-01\nevent: Event') }, { settings: SITE });
    const recent = cvDocument(more, { ...OPTIONS, talks: { recent: 1 } }, de);
    const [note, listed] = section(recent, 'Vorträge').blocks;
    expect(note).toEqual({
      kind: 'paragraphs',
      paragraphs: [[{ text: '1 von 2 Vorträgen' }, { text: '; alle unter ' }, { text: 'https://example.org/ada/talks/', link: 'https://example.org/ada/talks/' }]],
      keepWithNext: true,
    });
    expect(entriesOf(listed).map((entry) => entry[0])).toEqual(['21.\u00A0Okt.\u00A02022']);
    // The lectures are within the limit: no note.
    expect(section(recent, 'Lehrveranstaltungen').blocks.map((block) => block.kind)).toEqual(['entries']);
  });

  it('sets the metadata and running header from the catalogue and the day the content changed', () => {
    expect(doc.metadata).toEqual({
      title: 'Lebenslauf von Dr. Ada Lovelace',
      author: 'Ada Lovelace',
      subject: 'Analyst, Analytical Society',
      keywords: ['Ada Lovelace', 'Ada Byron', 'Analyst', 'Analytical Society', ...doc.sections.map((candidate) => candidate.heading)],
      date: '2026-11-27',
    });
    expect(doc.running).toEqual({ left: 'Dr. Ada Lovelace', right: 'Lebenslauf, Stand 27. Nov. 2026', page: 'Seite {page} von {pages}', digits: [...'0123456789'] });
    expect(doc.accent).toBe('#0a5a9c');
  });

  it('polish 5: under ar-EG the page numbers take the Arabic-Indic digits of its dates; ar keeps the Latin ones', () => {
    const running = (tag: string) => cvDocument(full, { ...OPTIONS, date: '2026-03-01' }, localeFor(tag)).running;
    expect(running('ar-EG').digits.join('')).toBe('٠١٢٣٤٥٦٧٨٩');
    expect(running('ar-EG').right).toContain('١ مارس ٢٠٢٦');
    expect(running('ar').digits.join('')).toBe('0123456789');
    expect(running('ar').right).toContain('1 مارس 2026');
  });

  it('polish 2: the note of a shortened list joins its clauses with the language’s semicolon (French’s narrow space, Arabic’s ؛)', () => {
    const note = (tag: string) => {
      const doc = cvDocument(full, { ...OPTIONS, publications: { recent: 2 } }, localeFor(tag));
      // The model is German (its headings); the note is the document's own words, in the locale given.
      const [first] = section(doc, 'Publikationen').blocks;
      return first?.kind === 'paragraphs' ? first.paragraphs[0]!.map((run) => run.text).join('') : '';
    };
    expect(note('fr')).toBe('2 publications sur 5\u202F; liste complète sur https://example.org/ada/publications/');
    expect(note('ar')).toContain('؛ والقائمة الكاملة على');
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

describe('the career sections', async () => {
  const career = await modelOfFiles(
    {
      'profile.md': PROFILE,
      'settings.yaml': SETTINGS,
      'projects/engine.md': md('acronym: AE\ntitle: Analytical Engine\nstart: 2021-01\nrole: member\ngrant: rs'),
      'grants/rs.md': md(
        `
title: Maschinenbau
funder: Royal Society
number: RS-1
role: co-pi
amount: { value: 1000 GBP, visibility: cv }
start: 2021-01
end: 2023
url: https://example.org/grant
`,
        'Für Zahnräder.',
      ),
      'grants/secret.md': md('title: Geheim\nfunder: Krone\namount: { value: 5000 GBP, visibility: hidden }\nrole: pi\nstart: 2024'),
      'teaching/analysis.md': md(`
title: <i>Analysis</i>
code: M1
institution: University of London
level: graduate
role: co-instructor
terms: [2021-WS, 2022-WS]
language: en
links: [{ kind: materials, url: https://example.org/skript, label: Skript }]
`),
      'supervision/mary.md': md(
        'name: Mary Somerville\nlevel: phd\nrole: co\nstart: 2019\nend: 2021-06\nnext: Royal Society\ntitle: Über Reihen\npublication: somerville2021reihen',
      ),
      'publications/somerville2021reihen.md': md('kind: thesis\ntitle: Über Reihen\nauthors: [Somerville M]\nyear: 2021\nvenue: University of London'),
      'service/rs-review.md': md('kind: reviewer\nvenue: Royal Society\nyears: [2019, 2021-2022]'),
      'service/memoirs.md': md('kind: editor\nvenue: Taylor’s Scientific Memoirs\nyears: 2021-2022\nrole: Übersetzerin\nurl: https://example.org/memoirs'),
    },
    { settings: SITE },
  );
  const doc = cvDocument(career, OPTIONS, de);
  const blocksOf = (heading: string) => section(doc, heading).blocks;

  it('follows the settings’ order, under the catalogue’s headings', () => {
    expect(doc.sections.map((candidate) => candidate.heading)).toEqual([
      'Publikationen',
      'Drittmittel und Förderung',
      'Forschungsprojekte',
      'Lehrtätigkeit',
      'Betreuung',
      'Gremien- und Gutachtertätigkeit',
    ]);
    expect(entriesOf(blocksOf('Forschungsprojekte')[0])[0]![3]).toEqual(['Förderung: Maschinenbau']);
  });

  it('shows a grant with its role, number, link and the amount the printable CV may show, never a hidden one', () => {
    expect(entriesOf(blocksOf('Drittmittel und Förderung')[0])).toEqual([
      ['2024 – heute', 'Geheim', 'Krone', ['Projektleitung']],
      ['Jan.\u00A02021 – 2023', 'Maschinenbau', 'Royal Society · Förderkennzeichen RS-1', ['Ko-Projektleitung · 1.000\u00A0£ · Website der Förderung', 'Für Zahnräder.']],
    ]);
    expect(JSON.stringify(doc)).not.toContain('5000');
    expect(JSON.stringify(doc)).not.toContain('5.000');
  });

  it('shows a course with its terms, and supervision and service under subheadings', () => {
    expect(entriesOf(blocksOf('Lehrtätigkeit')[0])).toEqual([
      ['2021–2022', 'Analysis (M1)', 'University of London · Ko-Leitung · Masterstudium · auf Englisch', ['WiSe 2021/22–2022/23', 'Skript']],
    ]);
    const [phd] = blocksOf('Betreuung');
    expect(phd!.kind === 'entries' && phd!.heading).toBe('Promovierende');
    const [mary] = phd!.kind === 'entries' ? phd!.entries : [];
    expect(mary!.title).toEqual([{ text: 'Mary Somerville' }]);
    expect(mary!.where).toEqual([{ text: 'Über Reihen', link: 'https://example.org/ada/publications/somerville2021reihen/' }]);
    expect(entriesOf(phd)).toEqual([['2019 – Juni\u00A02021', 'Mary Somerville', 'Über Reihen', ['abgeschlossen · Zweitbetreuung · danach: Royal Society']]]);
    expect(blocksOf('Gremien- und Gutachtertätigkeit').map((block) => block.kind === 'entries' && [block.heading, block.compact])).toEqual([
      ['Herausgeberschaft', true],
      ['Gutachtertätigkeit', true],
    ]);
    expect(blocksOf('Gremien- und Gutachtertätigkeit').flatMap(entriesOf)).toEqual([
      ['2021–2022', 'Taylor’s Scientific Memoirs', 'Übersetzerin', []],
      ['2019, 2021–2022', 'Royal Society', undefined, []],
    ]);
  });

  it('issue 21: typesets to the same bytes after other documents, whose layouts the compiler keeps for the next variant', () => {
    const alone = compilePdf(doc, TEMPLATE).bytes;
    const other: CvDocument = { ...doc, sections: doc.sections.slice(1) };
    expect(compilePdf(other, TEMPLATE).bytes).not.toEqual(alone);
    expect(compilePdf(doc, TEMPLATE).bytes).toEqual(alone);
  });

  it('typesets with no word the document does not hold', () => {
    const text = poppler('pdftotext', compilePdf(doc, TEMPLATE).bytes);
    const data = strings(doc).join('\n');
    expect((text.match(/\p{L}+/gu) ?? []).filter((word) => !data.includes(word))).toEqual([]);
    expect(text).toContain('Promovierende');
  });
});

describe('language tags', () => {
  it('G6: drops a lang tag the typesetter refuses, and typesets the rest', () => {
    const html = '<p lang="x-klingon">qaStaH <span lang="toolongtag">nuq</span> <span lang="i-klingon">jatlh</span> <span lang="de-AT">Jänner</span></p>';
    const lines = linesFromHtml(html);
    expect(lines).toEqual([{ runs: [{ text: 'qaStaH nuq jatlh ' }, { text: 'Jänner', lang: 'de-AT' }] }]);
    const doc: CvDocument = { ...cvDocument(empty, OPTIONS, de), sections: [{ heading: 'H', blocks: [{ kind: 'paragraphs', paragraphs: lines.map((line) => line.runs) }] }] };
    expect(poppler('pdftotext', compilePdf(doc, TEMPLATE).bytes)).toContain('qaStaH nuq jatlh Jänner');
  });
});

describe('content that looks like Typst', () => {
  it('is quoted as one string literal in the entry file', () => {
    expect(typstString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(typstSource({ ...cvDocument(empty, OPTIONS, de), sections: [] })).toMatch(/^#import "\/cv\.typ": cv\n#cv\(json\(bytes\("\{.*\}"\)\)\)\n$/s);
  });

  const hostile: CvDocument = {
    ...cvDocument(empty, OPTIONS, de),
    sections: [{ heading: 'H #x', blocks: [{ kind: 'paragraphs', paragraphs: HOSTILE.map((text) => [{ text }]) }] }],
  };
  const text = poppler('pdftotext', compilePdf(hostile, TEMPLATE).bytes, '-layout');
  it.each(HOSTILE)('prints %s literally', (line) => {
    expect(text).toContain(line);
  });
});

describe('the typeset PDF', () => {
  const doc = cvDocument(full, OPTIONS, de);
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
    expect(info).toMatch(new RegExp(`^Pages:\\s+${pdf.pages}$`, 'm'));
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
    for (const name of ['Müller', 'Ekstrøm', 'Marinč', 'Király']) expect(text).toContain(name);
  });

  it('G16: prints a formula once', () => {
    // Typst sets letters of a formula in the mathematical alphabets (𝑘); they read as their letters.
    expect(text.replace(/[\u{1D400}-\u{1D7FF}]/gu, (letter) => letter.normalize('NFKC'))).toContain('Sparse ℓ1 priors for k-nearest graphs');
    expect(text).not.toContain('\\ell');
  });

  it('has every heading and title, the running header and the page label', () => {
    for (const heading of doc.sections.map((candidate) => candidate.heading)) expect(text).toContain(heading);
    for (const title of ['Notes with Ekstrøm, Marinč and Király', 'ECQX: Sketches of the Analytical Engine', 'Über Bernoulli-Zahlen', 'Über die Maschine', 'Notes on the Engine']) {
      expect(squash(text)).toContain(squash(title));
    }
    expect(text).toContain(`Seite 1 von ${pdf.pages}`);
    expect(text).toContain('Lebenslauf, Stand 27. Nov. 2026');
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
    expect(words.filter((word) => !data.includes(word) && !data.includes(word.normalize('NFKC')))).toEqual([]);
  });

  it('never ends a page with a heading, wherever the page breaks fall', () => {
    const headings = new Set(
      doc.sections.flatMap((candidate) => [candidate.heading, ...candidate.blocks.flatMap((block) => (block.kind === 'entries' && block.heading ? [block.heading] : []))]),
    );
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
    const alone = compilePdf(cvDocument(empty, OPTIONS, de), TEMPLATE);
    expect(alone.pages).toBe(1);
    expect(poppler('pdfinfo', alone.bytes)).toMatch(/^Pages:\s+1$/m);
    expect(poppler('pdftotext', alone.bytes)).toContain('Dr. Ada Lovelace');
  });

  it('G5: keeps every word of an entry taller than a page', async () => {
    const words = Array.from({ length: 2000 }, (_, i) => `wort${i}`).join(' ');
    const tall = await modelOfFiles(
      { 'profile.md': PROFILE, 'settings.yaml': SETTINGS, 'experience/long.md': md('organization: O\nlocation: L\nrole: R\nstart: 2020-01', words) },
      { settings: SITE },
    );
    const typeset = poppler('pdftotext', compilePdf(cvDocument(tall, OPTIONS, de), TEMPLATE).bytes);
    expect((typeset.match(/wort\d+/g) ?? []).length).toBe(2000);
  });
});

/** pdftotext's reading of right-to-left lines carries embedding marks; the characters are what count. */
const readable = (text: string) => text.replace(/[\u202A-\u202E\s]/g, '');

describe('G17: names and titles in every script the PDF sets', async () => {
  /** A script, a name and a title in it. */
  const SAMPLES = [
    ['Chinese', '王, 小明', '深度学习与图像识别'],
    ['Japanese', '山田, 花子', '深層学習による画像認識'],
    ['Korean', '김, 민준', '한국어 자연어 처리'],
    ['Arabic', 'العربي, محمد', 'التعلم العميق'],
    ['Persian', 'رضایی, فاطمه', 'زبان فارسی'],
    ['Hebrew', 'כהן, דוד', 'למידה עמוקה'],
    ['Devanagari', 'रामकृष्णन, श्रीनिवास', 'गहन शिक्षण'],
    ['Tamil', 'ராமானுஜன், ஸ்ரீனிவாச', 'ஆழ்ந்த கற்றல்'],
    ['Thai', 'ใจดี, สมชาย', 'การเรียนรู้เชิงลึก'],
    ['Armenian', 'Խաչատրյան, Արամ', 'Խորը ուսուցում'],
    ['Georgian', 'ბერიძე, ნინო', 'ღრმა სწავლება'],
    ['Greek and Cyrillic', 'Παπαδόπουλος, Γιώργος', 'Глубокое обучение'],
    ['emoji', 'Bot, Ada 🤖', 'Robots 🤖, scientists 👩‍🔬 and flags 🇩🇪'],
  ] as const;
  const files = Object.fromEntries(
    SAMPLES.map(([script, name, title], i) => [
      `publications/script${2000 + i}x.md`,
      md(`kind: journal-article\ntitle: "${title}"\nauthors: ["${name}", Lovelace A]\nyear: ${2000 + i}\nvenue: ${script} Journal`),
    ]),
  );
  const site = await modelOfFiles({ 'profile.md': PROFILE, 'settings.yaml': 'language: en\nauthorNames: as-written\n', ...files }, { settings: SITE });
  const pdf = compilePdf(cvDocument(site, OPTIONS, localeFor('en')), TEMPLATE);
  const text = readable(poppler('pdftotext', pdf.bytes));

  it.each(SAMPLES)('G17: %s copies back as written: every character, in order', (_script, name, title) => {
    for (const part of name.split(', ')) expect(text).toContain(readable(part));
    expect(text).toContain(readable(title));
  });

  it('G17: is the same bytes every time, whatever was typeset before', () => {
    compilePdf(cvDocument(full, OPTIONS, de), TEMPLATE);
    expect(Buffer.from(compilePdf(cvDocument(site, OPTIONS, localeFor('en')), TEMPLATE).bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });

  it('G17: takes every glyph from the bundled fonts, never a font of the machine', () => {
    const fonts = poppler('pdffonts', pdf.bytes)
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) =>
        line
          .split(/\s+/)[0]!
          .replace(/^[A-Z]{6}\+/, '')
          .replace(/-Identity-H$/, ''),
      );
    expect(fonts.every((font) => /^(LibertinusSerif|NotoSans(SC|KR|Devanagari|Tamil|Thai|Armenian|Georgian)|Amiri|NotoEmoji)-/.test(font))).toBe(true);
    for (const family of ['NotoSansSC', 'NotoSansKR', 'Amiri', 'NotoSansDevanagari', 'NotoSansTamil', 'NotoSansThai', 'NotoSansArmenian', 'NotoSansGeorgian', 'NotoEmoji'])
      expect(fonts.some((font) => font.startsWith(`${family}-`))).toBe(true);
  });

  it('G17: sets Bengali with its conjuncts, every character present in order (Typst may copy a conjunct twice)', async () => {
    const bengali = await modelOfFiles(
      {
        'profile.md': PROFILE,
        'settings.yaml': 'language: en\nauthorNames: as-written\n',
        'publications/tagore1913x.md': md('kind: book\ntitle: গীতাঞ্জলি\nauthors: ["ঠাকুর, রবীন্দ্রনাথ", Lovelace A]\nyear: 1913\npublisher: ইন্ডিয়া সোসাইটি'),
      },
      { settings: SITE },
    );
    const typeset = compilePdf(cvDocument(bengali, OPTIONS, localeFor('en')), TEMPLATE);
    expect(poppler('pdffonts', typeset.bytes)).toMatch(/NotoSansBengali-/);
    const read = readable(poppler('pdftotext', typeset.bytes));
    for (const written of ['গীতাঞ্জলি', 'ঠাকুর', 'রবীন্দ্রনাথ']) {
      let at = 0;
      for (const character of written) at = read.indexOf(character, at) + 1;
      expect(at).toBeGreaterThan(0);
    }
  });

  it('loads no font besides the text face for Latin, Greek, Cyrillic and Hebrew text', () => {
    expect(fallbackFonts(JSON.stringify(cvDocument(full, OPTIONS, de))).families).toEqual([]);
    expect(fallbackFonts('Γιώργος Глубокое דוד Adébáyọ̀').families).toEqual([]);
    expect(fallbackFonts('王 김').families.map((font) => font.family)).toEqual([expect.stringMatching(/^vita noto-sans-kr /), expect.stringMatching(/^vita noto-sans-sc /)]);
  });
});

describe('copied text equals the source', () => {
  it('stacked diacritics copy once: “Adébáyọ̀” stays “Adébáyọ̀”', async () => {
    const yoruba = await modelOfFiles(
      {
        'profile.md': md('name: Adébáyọ̀ Ọlábísí\naliases: [Ọlábísí A]\nrole: Researcher', 'Bio.'),
        'settings.yaml': 'language: en\n',
        'publications/olabisi2024x.md': md('kind: journal-article\ntitle: Ìtàn Ọ̀rọ̀ Yorùbá\nauthors: [Ọlábísí A]\nyear: 2024\nvenue: Journal'),
      },
      { settings: SITE },
    );
    const read = poppler('pdftotext', compilePdf(cvDocument(yoruba, OPTIONS, localeFor('en')), TEMPLATE).bytes).normalize('NFC');
    expect(read).toContain('Adébáyọ̀ Ọlábísí');
    expect(read).toContain('Ìtàn Ọ̀rọ̀ Yorùbá');
    expect(read).not.toMatch(/ọ̀ọ̀|Ọ̀Ọ̀/);
  });
});

/** A document of its own: filler lines, then a list of short entries. */
function listAfter(filler: number, entries: number): CvDocument {
  return {
    ...cvDocument(empty, OPTIONS, de),
    sections: [
      { heading: 'Füllung', blocks: [{ kind: 'paragraphs', paragraphs: Array.from({ length: filler }, (_, i) => [{ text: `Zeile ${i}` }]) }] },
      {
        heading: 'Einträge',
        blocks: [
          {
            kind: 'entries',
            // Kept together as cvDocument keeps a list: the first two and the last two.
            entries: Array.from({ length: entries }, (_, i) => ({
              when: [{ text: `${2000 + i}` }],
              title: [{ text: `Eintrag${i}` }],
              lines: [{ runs: [{ text: 'Eine Zeile.' }] }],
              ...(i === 0 || i === entries - 2 ? { keepWithNext: true } : {}),
            })),
          },
        ],
      },
    ],
  };
}

describe('pages', () => {
  it('keeps a short first or last entry of a section or a list on the page of its neighbour', async () => {
    const kept = (doc: CvDocument, heading: string) =>
      section(doc, heading).blocks.map((block) => (block.kind === 'entries' ? block.entries.map((entry) => entry.keepWithNext ?? false) : []));
    const doc = cvDocument(full, OPTIONS, de);
    // References of two or three lines stand alone well enough.
    expect(kept(doc, 'Publikationen')).toEqual([[false, false], [false], [false], [false]]);
    // The skills' group (one line) stays with the languages.
    expect(kept(doc, 'Kenntnisse')).toEqual([[true, false]]);
    expect(kept(doc, 'Vorträge')).toEqual([[false]]);
    const talks = await modelOfFiles(
      {
        ...FULL,
        ...Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`talks/201${i}-t.md`, md(`title: Vortrag ${i}\ndate: 201${i}-05-01\nevent: E`)])),
      },
      { settings: SITE },
    );
    // Five short talks: the first two and the last two together.
    expect(kept(cvDocument(talks, OPTIONS, de), 'Vorträge')).toEqual([[true, false, false, true, false]]);
  });

  it('never starts or ends a page with a lone entry of a list, wherever the page breaks fall', () => {
    const lone = Array.from({ length: 14 }, (_, step) => 24 + 2 * step).flatMap((filler) =>
      poppler('pdftotext', compilePdf(listAfter(filler, 5), TEMPLATE).bytes)
        .split('\f')
        .map((page) => (page.match(/Eintrag\d/g) ?? []).length)
        .flatMap((count, page) => (count === 1 ? [`filler ${filler}, page ${page + 1}`] : [])),
    );
    expect(lone).toEqual([]);
  });

  it('sets a CV whose last page would hold a line or two a little tighter, on one page fewer', () => {
    /** The distance between the first two filler lines, in points. */
    const gap = (doc: CvDocument) => {
      const tops = [...poppler('pdftotext', compilePdf(doc, TEMPLATE).bytes, '-bbox').matchAll(/yMin="([\d.]+)"[^>]*>Zeile<\/word>/g)].map((match) => Number(match[1]));
      return tops[1]! - tops[0]!;
    };
    const pages = (filler: number) => compilePdf(listAfter(filler, 4), TEMPLATE).pages;
    // The most filler lines that still leave the list on the first page: only tighter spacing gets them there.
    const fits = Array.from({ length: 40 }, (_, i) => 20 + i).find((filler) => pages(filler + 1) === 2)!;
    expect(pages(fits)).toBe(1);
    expect(gap(listAfter(fits, 4))).toBeLessThan(gap(listAfter(10, 4)) - 0.5);
    // A second page with more on it keeps the spacing.
    expect(pages(fits + 14)).toBe(2);
    expect(gap(listAfter(fits + 14, 4))).toBeCloseTo(gap(listAfter(10, 4)), 1);
  });

  it.each([
    ['de', de],
    ['en-GB', localeFor('en-GB')],
  ] as const)('never wraps a date in the date column (%s)', async (language, locale) => {
    const dated = await modelOfFiles(
      {
        ...FULL,
        'settings.yaml': `language: ${language}\n`,
        'experience/long.md': md('organization: O\nlocation: L\nrole: R\nstart: 2014-10\nend: 2018-12'),
        'experience/longer.md': md('organization: O\nlocation: L\nrole: R\nstart: 2013-09\nend: 2014-09'),
        'talks/2023-days.md': md('title: T\ndate: 2023-11-20/21\nevent: E'),
      },
      { settings: SITE },
    );
    const doc = cvDocument(dated, OPTIONS, locale);
    const text = poppler('pdftotext', compilePdf(doc, TEMPLATE).bytes).replaceAll('\u00A0', ' ');
    const dates = doc.sections.flatMap((candidate) =>
      candidate.blocks.flatMap((block) => (block.kind === 'entries' ? block.entries.map((entry) => textOf(entry.when).replaceAll('\u00A0', ' ')) : [])),
    );
    expect(dates).toEqual(
      expect.arrayContaining(
        language === 'de' ? ['Okt. 2014 – Dez. 2018', 'Sept. 2013 – Sept. 2014', '13., 14. und 16. Dez. 2021'] : ['Oct 2014 – Dec 2018', 'Sept 2013 – Sept 2014'],
      ),
    );
    for (const date of dates.filter(Boolean)) expect(text).toContain(date);
  });

  it('shows the portrait beside the name when asked, with its description', () => {
    const portrait = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'public', 'portrait.jpg'));
    const withPortrait = cvDocument(
      { ...full, profile: { ...full.profile, portrait: '/portrait.jpg', portraitAlt: 'Ada at her desk' } },
      { ...OPTIONS, portraitFile: '/portrait.jpg' },
      de,
    );
    expect(withPortrait.header.portrait).toEqual({ file: '/portrait.jpg', alt: 'Ada at her desk' });
    expect(cvDocument(full, { ...OPTIONS, portraitFile: '/portrait.jpg' }, de).header.portrait).toBeUndefined();
    const pdf = compilePdf(withPortrait, TEMPLATE, new Map([['/portrait.jpg', new Uint8Array(portrait)]]));
    const images = poppler('pdfimages', pdf.bytes, '-list').split('\n').slice(2).filter(Boolean);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+0\s+image\s/);
    expect(Buffer.from(pdf.bytes).toString('latin1')).toContain('/Alt (Ada at her desk)');
    expect(
      poppler('pdfimages', compilePdf(cvDocument(full, OPTIONS, de), TEMPLATE).bytes, '-list')
        .split('\n')
        .slice(2)
        .filter(Boolean),
    ).toEqual([]);
  });
});
