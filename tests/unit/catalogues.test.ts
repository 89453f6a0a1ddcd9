/**
 * The interface catalogues (src/i18n/): each complete, in its own language (no value left
 * in English but names and abbreviations), with every plural form its language has,
 * regional variants found by their tag, Arabic right to left with content values isolated.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_LANGUAGES, CATALOGUE_TAGS, catalogueOf, localeFor } from '../../src/i18n/index.ts';
import { en, type UIStrings } from '../../src/i18n/en.ts';
import { authorList, type Author } from '../../src/model/authors.ts';
import { plain } from '../../src/model/rich.ts';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { md } from '../helpers/check.ts';
import { modelOfFiles } from '../helpers/model.ts';
import { STARTER_TABLES, starterExamples, starterTexts } from '../../tooling/starter/newSite.ts';

type Leaf = { readonly path: string; readonly value: unknown };

/** Every string and function of a catalogue with its path ("cv.sections.talks"). */
function leaves(catalogue: unknown, path = ''): Leaf[] {
  if (typeof catalogue !== 'object' || catalogue === null) return [{ path, value: catalogue }];
  return Object.entries(catalogue).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`));
}

/** What a leaf says: a string as it is, a function called with a marker per argument (⟨0⟩, ⟨1⟩ …). */
const said = (value: unknown): string => (typeof value === 'function' ? String(value(...Array.from({ length: Math.max(value.length, 6) }, (_, i) => `⟨${i}⟩`))) : String(value));

/** Whether a text has words in it (two letters in a row), beyond the markers: "C2", "*" and "⟨0⟩: ⟨1⟩" have none. */
const hasWords = (text: string) => /\p{L}{2}/u.test(text.replace(/⟨\d⟩/g, ''));

const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
/** The plural forms of a catalogue: objects whose keys are plural categories, `other` among them. */
function plurals(catalogue: unknown, path = ''): { path: string; forms: Record<string, string> }[] {
  if (typeof catalogue !== 'object' || catalogue === null) return [];
  const keys = Object.keys(catalogue);
  if (keys.includes('other') && keys.every((key) => PLURAL_KEYS.has(key))) return [{ path, forms: catalogue as Record<string, string> }];
  return Object.entries(catalogue).flatMap(([key, value]) => plurals(value, path === '' ? key : `${path}.${key}`));
}

const OTHERS = CATALOGUE_TAGS.filter((tag) => tag !== 'en');
const englishLeaves = leaves(en);

/**
 * Values a language shares with English: names of formats and services, abbreviations ("pp.",
 * "vol.", the Latin "In:" of references), the direction's code, and the headings of UKRI's R4RI,
 * whose form is in English only. Every language may keep these:
 */
const NAMES_AND_ABBREVIATIONS =
  /^(direction|links\.pdf|works\.bibtex|publications\.downloads\.\w+|cv\.jsonResume|publication\.(pmc?id|pages)|reference\.(inBook|inEditedBook|series)|publicationKinds\.[a-z-]+\.prefix|works\.etAl|pages\.cv|home\.descriptionParts\.cv|impact\.(altmetric|dimensions)|pdf\.fileKinds\.(pdf|markdown|csv)|people\.orcid|funders\.r4ri\..+)$/;
/** … and each language the words of its own that English happens to share (the reason beside each). */
const SHARED_WORDS: Readonly<Record<string, RegExp>> = {
  // Code, Video, Website, Keynote, Webinar, Status, Preprint(s), Software, Poster, Seminar, Proseminar, Workshop, Winter and Name are German words; a Dissertation is the PhD's thesis.
  de: /^(people\.name|links\.(code|video|website)|talks\.kinds\.(keynote|webinar)|patents\.status|publicationKinds\.(preprint|software|poster)\.(heading|singular)|entries\.thesisOf\.phd|teaching\.types\.(seminar|proseminar|workshop)|teaching\.terms\.winter)$/,
  // Publication(s), Citation(s), Code, Document(s), Date, Page(s), Total, Poster and "version" are French words too; French academics head their CV "Curriculum vitae".
  fr: /^(impact\.(citations|citationCount\.\w+)|cv\.title|pages\.publications|publications\.(title|yearTitle|count\.\w+)|home\.descriptionParts\.publications|works\.topicPublications|cv\.sections\.publications|people\.memberPublications|links\.code|patents\.(document|date|documentCount\.\w+)|pdf\.pageCount\.\w+|chart\.total|publicationKinds\.poster\.singular|reference\.version)$/,
  // Total is Spanish; "(ed.)" and "(eds.)" are how Spanish references mark editors.
  es: /^(chart\.total|works\.editorsMark\.\w+)$/,
  // "in", Home, Video, Curriculum vitae, Preprint, Dataset, Software, Poster, Workshop and Webinar are how Italian academics write them (invariable loanwords).
  it: /^(entries\.degreeIn|teaching\.taughtIn|pages\.home|links\.video|cv\.title|publicationKinds\.(preprint|dataset|software)\.(heading|singular|count\.one)|publicationKinds\.poster\.singular|teaching\.types\.workshop|talks\.kinds\.webinar)$/,
  // Total; Slides and Preprint(s) are Brazilian Portuguese usage.
  pt: /^(chart\.total|links\.slides|publicationKinds\.preprint\.(heading|singular|count\.\w+))$/,
  'pt-PT': /^(chart\.total|publicationKinds\.preprint\.(heading|singular|count\.\w+))$/,
  // "in", Home, Code, Data, Project, Video, Website, Curriculum vitae, Document, Status, Preprint(s), Dataset(s), Software, Poster, Seminar, Workshop, Webinar, Winter, area chair, Moderator, h-index and open access are Dutch usage; "is" is Dutch.
  nl: /^(impact\.(hIndex|openAccess)|biography\.who|talks\.roles\.moderator|chart\.summaryOneYear|pages\.home|links\.(code|data|project|video|website)|cv\.title|patents\.(document|status|documentCount\.one)|publicationKinds\.(preprint|dataset)\.(heading|singular|count\.\w+)|publicationKinds\.(software|poster)\.(heading|singular)|teaching\.types\.(seminar|workshop)|teaching\.terms\.winter|talks\.kinds\.webinar|service\.kinds\.area-chair|works\.projectCount\.one)$/,
  ar: /^$/,
};

describe('the interface catalogues', () => {
  it('are eight languages (English first, the default) and a regional variant, each with its starter table', () => {
    const eight = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ar'];
    // A language added (CONTRIBUTING.md) comes on top of these.
    expect(CATALOGUE_LANGUAGES).toEqual(expect.arrayContaining(eight));
    expect(CATALOGUE_LANGUAGES[0]).toBe('en');
    expect(CATALOGUE_TAGS).toEqual(expect.arrayContaining([...eight, 'pt-PT']));
    expect(STARTER_TABLES).toEqual(eight);
  });

  it.each(OTHERS)('%s is complete: every key of the English catalogue, of the same kind, none empty, none more', (tag) => {
    const own = leaves(catalogueOf(tag));
    // The plural forms a language has are checked below; the CV's short section names are optional.
    const kinds = (list: Leaf[]) =>
      list
        .filter((leaf) => !/\.(zero|two|few|many)$|^cv\.sectionLinks\./.test(leaf.path))
        .map((leaf) => `${leaf.path}: ${typeof leaf.value}`)
        .sort();
    expect(kinds(own)).toEqual(kinds(englishLeaves));
    expect(own.filter((leaf) => said(leaf.value).trim() === '' && leaf.path !== 'teaching.terms.year' && leaf.path !== 'works.beforeEtAl').map((leaf) => leaf.path)).toEqual([]);
  });

  it.each(OTHERS)('%s leaves nothing in English but names, abbreviations and the words it shares with English', (tag) => {
    const own = new Map(leaves(catalogueOf(tag)).map((leaf) => [leaf.path, said(leaf.value)]));
    const english = englishLeaves.filter((leaf) => hasWords(said(leaf.value)) && own.get(leaf.path) === said(leaf.value)).map((leaf) => leaf.path);
    expect(english.filter((path) => !NAMES_AND_ABBREVIATIONS.test(path) && !SHARED_WORDS[tag]?.test(path))).toEqual([]);
  });

  it.each(OTHERS)('%s keeps no English words inside a translated value (a phrase half translated)', (tag) => {
    // English words that are no word of the other catalogues' languages ("in", "of", "is", "page", "link", "home" are).
    const english =
      /\b(the|and|with|from|under|review|invited|talks?|since|until|by|for|this|that|more|show|hide|years?|published|accepted|submitted|supervision|teaching|awards?|grants?|skills|education|experience|about|news|download|search)\b/i;
    const found = leaves(catalogueOf(tag))
      .map((leaf) => ({ path: leaf.path, text: said(leaf.value).replace(/⟨\d⟩/g, '') }))
      .filter(({ path, text }) => english.test(text) && !NAMES_AND_ABBREVIATIONS.test(path))
      .map(({ path, text }) => `${path}: ${text}`);
    expect(found).toEqual([]);
  });

  it.each(CATALOGUE_TAGS)('%s has each count in every plural form its language has, and in no other (but a zero said at 0)', (tag) => {
    const categories: readonly string[] = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    // A zero form is said at 0 in any language (polish 6: pt's "nenhuma patente concedida").
    const categoriesOf = (forms: object) => Object.keys(forms).filter((form) => form !== 'zero' || categories.includes('zero'));
    for (const { path, forms } of plurals(catalogueOf(tag))) expect(categoriesOf(forms).sort(), `${tag} ${path}`).toEqual([...categories].sort());
  });

  it.each(CATALOGUE_TAGS)('%s numbers its publication kinds with a distinct prefix each', (tag) => {
    const prefixes = Object.values(catalogueOf(tag).publicationKinds).map((kind) => kind.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it.each(CATALOGUE_TAGS)('%s says which way it is written, as Intl does', (tag) => {
    const intl = new Intl.Locale(tag) as Intl.Locale & { textInfo?: { direction: string }; getTextInfo?: () => { direction: string } };
    expect(catalogueOf(tag).direction).toBe((intl.getTextInfo?.() ?? intl.textInfo)?.direction);
  });
});

describe('counts and dates in each language', () => {
  const phrases = (tag: string, numbers: readonly number[], forms: (t: UIStrings) => Parameters<ReturnType<typeof localeFor>['count']>[1]) =>
    numbers.map((number) => localeFor(tag).count(number, forms(localeFor(tag).t)));

  it('Arabic counts take six forms: the noun alone for one and two, the plural for 3–10, the accusative singular for 11–99', () => {
    expect(phrases('ar', [0, 1, 2, 3, 10, 11, 99, 100, 102], (t) => t.publications.count)).toEqual([
      '0 منشور',
      'منشور واحد',
      'منشوران',
      '3 منشورات',
      '10 منشورات',
      '11 منشورًا',
      '99 منشورًا',
      '100 منشور',
      '102 منشور',
    ]);
    expect(phrases('ar-EG', [3, 1_234], (t) => t.talks.lectureCount)).toEqual(['٣ محاضرات', '١٬٢٣٤ محاضرة']);
  });

  it('French, Spanish, Italian and Portuguese say "de" (di) before a count of a million', () => {
    expect(phrases('fr', [1, 2, 1_000_000], (t) => t.publications.count)).toEqual(['1 publication', '2 publications', '1\u202F000\u202F000 de publications']);
    expect(phrases('es', [1_000_000], (t) => t.publications.count)).toEqual(['1.000.000 de publicaciones']);
    expect(phrases('it', [1_000_000], (t) => t.publications.count)).toEqual(['1.000.000 di pubblicazioni']);
    expect(phrases('pt', [1_000_000], (t) => t.publications.count)).toEqual(['1.000.000 de publicações']);
    expect(phrases('nl', [1, 21], (t) => t.publicationKinds['journal-article'].count)).toEqual(['1 tijdschriftartikel', '21 tijdschriftartikelen']);
  });

  it('dates and periods come from Intl in each language, "present" from the catalogue', () => {
    const period = (tag: string) => localeFor(tag).period('2021-01', undefined);
    expect(['fr', 'es', 'it', 'pt', 'nl', 'ar'].map(period)).toEqual([
      'janv. 2021 – aujourd’hui',
      'ene 2021 – actualidad',
      'gen 2021 – oggi',
      'jan. de 2021 – atual',
      'jan 2021 – heden',
      'يناير 2021 – حتى الآن',
    ]);
    expect(localeFor('fr').days(['2021-12-13', '2021-12-14', '2021-12-16'])).toBe('13, 14 et 16 déc. 2021');
  });
});

describe('the key of an author list’s marks in each language', () => {
  const person = (name: string, equal: boolean, corresponding: boolean): Author => ({
    name,
    isOwner: false,
    equal,
    member: undefined,
    coSenior: false,
    corresponding,
    student: false,
    marks: '',
    marksMeaning: '',
  });
  const key = (tag: string) => authorList([person('Conti LM', true, false), person('Rossi M', true, true)], { etAl: false, editors: false, locale: localeFor(tag) }).key;

  it('separates its meanings with the language’s semicolon: a narrow no-break space before it in French, the Arabic one in Arabic', () => {
    expect([key('en'), key('fr'), key('ar')]).toEqual([
      '* equal contribution; † corresponding author',
      '* contribution égale\u202F; † auteur correspondant',
      '* مساهمة متساوية؛ † المؤلف المراسل',
    ]);
  });
});

describe('phrases joined in the site’s language', () => {
  it.each(CATALOGUE_TAGS)('%s: a series in parentheses after its book, once (visual review D1: "((Lecture Notes in Computer Science))")', async (tag) => {
    const site = await modelOfFiles({
      'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]\n', 'Bio.'),
      'settings.yaml': `language: ${tag}\n`,
      'publications/a.md': md(
        'kind: conference-paper\ntitle: T\nauthors: [Lovelace A]\nyear: 2019\nvenue: Research in Computational Molecular Biology\nseries: Lecture Notes in Computer Science\n',
        '',
      ),
    });
    const reference = plain(site.publications[0]!.reference).replace(/[\u2068\u2069]/g, '');
    expect(reference).toContain('(Lecture Notes in Computer Science)');
    expect(reference).not.toContain('((');
  });

  it('joins the parts of a phrase with Arabic’s comma on an Arabic site (a thesis and its supervisors; a patent family’s counts, the terms of a course alike)', async () => {
    const site = await modelOfFiles({
      'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]\n', 'Bio.'),
      'settings.yaml': 'language: ar\n',
      'education/phd.md': md('institution: University of London\ndegree: PhD\nstart: 2010\nend: 2014\nthesis: Notes on the engine\nsupervisors: [Charles Babbage]\n', ''),
    });
    // The thesis line's text: its runs split at the quoted title, so the comma after it is read across them.
    const thesis = site.entries.education[0]!.entries[0]!.parts.map((part) => ('runs' in part ? plain(part.runs) : '')).join('\n');
    expect(thesis).toContain('»، بإشراف \u2068Charles Babbage\u2069.');
    expect(thesis).not.toContain('», ');
  });
});

describe('the native reviewers’ findings (notes/review-fr-es-it.md, review-pt-nl-ar.md)', () => {
  it('fr 3: a translation from Yiddish, Hungarian or Dutch (hollandais) is “du”, from a vowel or a mute h “de l’”', () => {
    const from = (language: string) => localeFor('fr').t.reference.translatedBy('A', language);
    expect(['yiddish', 'hongrois', 'hollandais', 'chinois', 'allemand', 'hébreu', 'hindi'].map(from)).toEqual([
      'Traduit du yiddish par A',
      'Traduit du hongrois par A',
      'Traduit du hollandais par A',
      'Traduit du chinois par A',
      'Traduit de l’allemand par A',
      'Traduit de l’hébreu par A',
      'Traduit de l’hindi par A',
    ]);
  });

  it('it 4: a translation from Yiddish is “dallo yiddish”, as from Spanish “dallo spagnolo”', () => {
    const from = (language: string) => localeFor('it').t.reference.translatedBy('A', language);
    expect(['yiddish', 'spagnolo', 'tedesco', 'inglese'].map(from)).toEqual([
      'Traduzione dallo yiddish di A',
      'Traduzione dallo spagnolo di A',
      'Traduzione dal tedesco di A',
      'Traduzione dall’inglese di A',
    ]);
  });

  it('it 1, 2: the article before a date is elided on the 1st, 8th and 11th (“aggiornato all’8 ott 2022”, “discussione l’11 ott 2022”)', () => {
    const { t, date } = localeFor('it');
    expect(['2022-10-08', '2022-10-11', '2022-10-01', '2022-10-18', '2022-10-21'].map((day) => t.pdf.running(date(day)))).toEqual([
      'Curriculum vitae, aggiornato all’8 ott 2022',
      'Curriculum vitae, aggiornato all’11 ott 2022',
      'Curriculum vitae, aggiornato all’1 ott 2022',
      'Curriculum vitae, aggiornato al 18 ott 2022',
      'Curriculum vitae, aggiornato al 21 ott 2022',
    ]);
    expect([t.supervision.defence(date('2022-10-11')), t.supervision.defence(date('2022-10-12'))]).toEqual(['discussione l’11 ott 2022', 'discussione il 12 ott 2022']);
  });

  it('es 2, pt 1: a patent family’s granted documents are counted as patents, agreeing after “3 documentos”', () => {
    expect(['es', 'pt', 'pt-PT'].map((tag) => localeFor(tag).count(1, localeFor(tag).t.patents.grantedCount))).toEqual([
      '1 patente concedida',
      '1 patente concedida',
      '1 patente concedida',
    ]);
  });
});

describe('regional variants and direction', () => {
  it('pt-PT takes Portugal’s words, pt and pt-BR Brazil’s, each with its own dates', () => {
    expect(localeFor('pt-PT').t.cv.sections.awards).toBe('Prémios e distinções');
    expect(localeFor('pt-PT').t.teaching.levels.doctoral).toBe('Doutoramento');
    expect(localeFor('pt-BR').t.cv.sections.awards).toBe('Prêmios e distinções');
    expect(localeFor('pt').t.teaching.levels.doctoral).toBe('Doutorado');
    expect(localeFor('pt-PT').t.cv.sections.talks).toBe('Palestras');
    expect([localeFor('pt-PT').date('2022-10-21'), localeFor('pt').date('2022-10-21')]).toEqual(['21 de outubro de 2022', '21 de out. de 2022']);
  });

  it('a language without a variant of its region takes its own catalogue: fr-CA is French with Canadian dates', () => {
    expect(localeFor('fr-CA').t).toBe(localeFor('fr').t);
    expect(localeFor('fr-CA').ogLocale).toBe('fr_CA');
  });

  it('Arabic is right to left, every other catalogue left to right', () => {
    expect(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ar', 'pt-PT'].filter((tag) => localeFor(tag).direction === 'rtl')).toEqual(['ar']);
  });

  it('Arabic isolates each value from the content, so a Latin name keeps the sentence’s order', () => {
    const { t } = localeFor('ar');
    expect(t.person.roleAt('Postdoctoral Researcher', 'ETH Zürich')).toBe('\u2068Postdoctoral Researcher\u2069، \u2068ETH Zürich\u2069');
    expect(t.cv.description('Maria Rossi')).toBe('السيرة الذاتية لـ\u2068Maria Rossi\u2069.');
    expect(t.quote('Spatial “maps” of cells')).toBe('«\u2068Spatial “maps” of cells\u2069»');
  });
});

describe('the starter of `npm run new` in every language', () => {
  const english = starterTexts('en').examples;

  it.each(STARTER_TABLES.filter((language) => language !== 'en'))('%s: its examples pass the check, with no word left in English', (language) => {
    const folder = mkdtempSync(join(tmpdir(), `vita-starter-${language}-`));
    for (const file of starterExamples(language)) {
      mkdirSync(dirname(join(folder, file.path)), { recursive: true });
      writeFileSync(join(folder, file.path), file.text);
    }
    // The files the examples link (a portrait, PDFs) are the owner's to add to public/: taken to exist.
    const checked = checkContentFolder(folder, { publicFileExists: (path) => !path.endsWith('.html') });
    expect('error' in checked ? checked.error : checked.problems.map((problem) => formatProblem(problem))).toEqual([]);
    const own = starterTexts(language).examples;
    const keys = Object.keys(english) as (keyof typeof english)[];
    expect(keys.filter((key) => own[key] === english[key])).toEqual([]);
  });
});
