/**
 * Issue 22 (newcomer report O2–O4, O7): the records of the humanities and the life sciences, on the
 * model of two fixture CVs (tests/fixtures/sites/humanities, a German historian; lifesciences, a
 * computational biologist), and every new field in every export, read back by independent parsers.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFor } from '../../src/i18n/index.ts';
import { toCsl } from '../../src/lib/formats/csl.ts';
import { publicationLd } from '../../src/lib/formats/jsonLd.ts';
import { toRis } from '../../src/lib/formats/ris.ts';
import { scholarMetaTags } from '../../src/lib/formats/scholarMeta.ts';
import { authorRuns, shorteningOf } from '../../src/model/authors.ts';
import { plain } from '../../src/model/rich.ts';
import type { PublicationView, SiteData } from '../../src/model/site.ts';
import { readBibtex } from '../../tooling/import/bibtex.ts';
import { readCslJson } from '../../tooling/import/cslJson.ts';
import { SITES } from '../helpers/build.ts';
import { modelOf } from '../helpers/model.ts';

const HUMANITIES = join(SITES, 'humanities');
const LIFE_SCIENCES = join(SITES, 'lifesciences');

const publication = (site: SiteData, id: string): PublicationView => site.publications.find((item) => item.id === id)!;
const entryText = (site: SiteData, section: keyof SiteData['entries'], id: string) => {
  const entry = site.entries[section].flatMap((group) => group.entries).find((item) => item.id === id)!;
  return [entry.title, entry.where ?? [], ...entry.parts.map((part) => ('runs' in part ? part.runs : []))].map(plain).filter(Boolean).join(' | ');
};

describe('O2, O3, O4: the historian’s publications say what a humanities CV says', async () => {
  const site = await modelOf(HUMANITIES);

  it('O2: a chapter names its book after "In:", with its editors, the series with the volume number, and the pages', () => {
    expect(plain(publication(site, 'vogel2018witwen').reference)).toBe(
      'In: Julia\u00A0A.\u00A0Schmidt-Funke und Anne\u00A0Hoffmann (Hrsg.), Frauen und Wissen in der Frühen Neuzeit (Frühneuzeit-Impulse, Bd.\u00A03), S.\u00A0145–171. Wallstein, Göttingen, 2018.',
    );
  });

  it('O3: a book in a numbered series names it first, with its number, or in parentheses after the edition', () => {
    expect(plain(publication(site, 'brandt2016supplik').reference)).toBe('Norm und Struktur, Bd.\u00A047. Böhlau, Köln, Weimar, Wien, 2016.');
    expect(plain(publication(site, 'vogel2019praktiken').reference)).toBe(
      '2.\u00A0Aufl. (Veröffentlichungen des Instituts für Europäische Geschichte Mainz, Beiheft, Bd.\u00A0131). Vandenhoeck & Ruprecht, Göttingen, 2019.',
    );
  });

  it('O4: a translation names the original’s author, the owner as translator (in bold), the original language and title', () => {
    const translation = publication(site, 'holloway2017druckerinnen');
    expect(translation.authorList.people.map((author) => [author.name, author.isOwner])).toEqual([['Margaret\u00A0Holloway', false]]);
    expect(plain(translation.reference)).toBe(
      "Wissenschaftliche Buchgesellschaft, Darmstadt, 2017. Übersetzung: Katharina\u00A0Vogel (Originalsprache: Englisch). Originaltitel: The Widow's Press. Women Printers in Early Modern Europe.",
    );
    expect(translation.reference.find((run) => run.text === 'Katharina\u00A0Vogel')?.bold).toBe(true);
  });

  it('O4: translations are counted apart from the owner’s own books', () => {
    const kinds = site.publications.map((item) => item.kind);
    expect(kinds.filter((kind) => kind === 'book')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'translation')).toHaveLength(1);
  });

  it('a thesis says what it was written for', () => {
    expect(plain(publication(site, 'brandt2015diss').reference)).toBe('Dissertation, Universität Leipzig, 2015.');
  });
});

describe('the life scientist’s author lists', async () => {
  const site = await modelOf(LIFE_SCIENCES);
  const locale = localeFor('en');
  const shortening = shorteningOf({ authors: 10, authorsFirst: 3, authorsLast: 2 });

  it('a 300-author consortium paper is "first 3, …, owner, …, last 2" with the full count (settings lists.authorsFirst, authorsLast)', () => {
    expect(plain(authorRuns(publication(site, 'consortium2023atlas').authorList, shortening, locale))).toBe(
      'Abara\u00A0A*, Bauer\u00A0F*, Costa\u00A0K, …, Li\u00A0W, …, Moreau-García\u00A0I‡ and Nakamura-Nakamura\u00A0N‡† (all 300 authors) (* equal contribution; ‡ co-senior author; † corresponding author)',
    );
  });

  it('co-first and co-senior authors carry marks of their own, and the key explains both', () => {
    const list = publication(site, 'li2022cofirst').authorList;
    expect(list.people.map((author) => author.marks)).toEqual(['*', '*', '', '', '‡', '‡†']);
    expect(list.key).toBe('* equal contribution; ‡ co-senior author; † corresponding author');
    expect(list.people[1]!.marksMeaning).toBe('equal contribution');
    expect(list.people[5]!.marksMeaning).toBe('co-senior author, corresponding author');
  });

  it('PubMed ids link to PubMed and PubMed Central', () => {
    expect(publication(site, 'consortium2023atlas').readerLinks.map((link) => [link.label, link.url])).toEqual([
      ['DOI 10.1038/s41586-023-00001-1', 'https://doi.org/10.1038/s41586-023-00001-1'],
      ['PMID 37652345', 'https://pubmed.ncbi.nlm.nih.gov/37652345/'],
      ['PMCID PMC10512345', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10512345/'],
    ]);
  });

  it('a review article is a kind of its own; proceedings in a journal name the journal; software its version', () => {
    expect(publication(site, 'li2024review').kind).toBe('review-article');
    expect(plain(publication(site, 'li2021proceedings').reference)).toBe(
      'In: Varga\u00A0E and Quinn\u00A0R (eds.), Proceedings of the 20th International Conference on Bioinformatics (InCoB 2021). BMC Bioinformatics 22(S7):512, 2021.',
    );
    expect(plain(publication(site, 'li2023scatlas').reference)).toBe('GitHub, version 2.1.0, 2023.');
    expect(plain(publication(site, 'li2008thesis').reference)).toBe('PhD thesis, University of Cambridge, 2008.');
  });
});

describe('talks, teaching, supervision, grants and service', async () => {
  const de = await modelOf(HUMANITIES);
  const en = await modelOf(LIFE_SCIENCES);

  it('a talk names the owner’s role unless it is the speaker’s', () => {
    const where = (site: SiteData, id: string) => plain(site.talks.find((talk) => talk.id === id)!.entry.where!);
    expect(where(de, '2023-09-14-historikertag')).toBe('54. Deutscher Historikertag · Leipzig · Sitzungsleitung');
    expect(where(de, '2024-06-13-wolfenbuettel')).toBe('Arbeitsgespräch der Herzog August Bibliothek · Wolfenbüttel · Eingeladener Vortrag');
    expect(where(en, '2024-05-02-panel')).toBe('Human Cell Atlas General Meeting · Barcelona, Spain · Panellist');
  });

  it('a course names its type, and the owner’s part only when it is not the instructor’s', () => {
    expect(entryText(de, 'teaching', 'proseminar-supplik')).toBe(
      'Bitten und Klagen. Supplikationen in der Frühen Neuzeit | Proseminar · Universität Leipzig · Bachelorstudium | WiSe 2021/22, 2023/24',
    );
    expect(entryText(de, 'teaching', 'vorlesung-reformation')).toBe('Europa im Zeitalter der Reformation | Vorlesung · Universität Leipzig · Ko-Leitung | SoSe 2022');
    expect(entryText(en, 'teaching', 'lab')).toBe('Single-cell data analysis | Lab course · Example Institute of Genomics · Graduate | 2023–2024');
  });

  it('supervision names the co-supervisors (by name, or linked from content/people/) and the defence', () => {
    expect(entryText(de, 'supervision', 'sophie-neumann')).toBe(
      'Sophie Neumann | Buchhändlerinnen in Leipzig, 1650–1750 | abgeschlossen · Mitbetreuung: Prof. Dr. Matthias Krüger · Disputation am 14. Feb. 2025 · danach: Postdoc an der Herzog August Bibliothek',
    );
    const entry = en.entries.supervision.flatMap((group) => group.entries).find((item) => item.id === 'julia-xu')!;
    expect(plain((entry.parts[0] as { runs: never[] }).runs)).toBe('completed · with Prof. Dr. Ana Costa · defence Sep 12, 2023');
    expect((entry.parts[0] as { runs: { text: string; link?: string }[] }).runs.find((run) => run.text === 'Prof. Dr. Ana Costa')?.link).toBe('https://costa.example.org');
  });

  it('a grant shows the owner’s share next to the total', () => {
    expect(entryText(de, 'grants', 'sfb-teilprojekt')).toBe(
      'SFB 1199: Verräumlichungsprozesse unter Globalisierungsbedingungen | Deutsche Forschungsgemeinschaft · Sonderforschungsbereich | Mitantragstellung · Eigenanteil 385.000\u00A0€ von 9.800.000\u00A0€',
    );
    expect(entryText(en, 'grants', 'hca-consortium')).toBe('Human Cell Atlas Seed Network | Chan Zuckerberg Initiative | Co-investigator · own share $650,000 of $4,000,000');
  });

  it('one service entry holds several venues of one role', () => {
    expect(entryText(en, 'service', 'reviewer')).toBe('Nature, Nature Methods, Genome Research');
  });
});

describe('every new field in every export, read back by independent parsers', async () => {
  const de = await modelOf(HUMANITIES);
  const en = await modelOf(LIFE_SCIENCES);
  const chapter = publication(de, 'vogel2018witwen');
  const translation = publication(de, 'holloway2017druckerinnen');
  const article = publication(de, 'vogel2021stimme');
  const edited = publication(de, 'vogel2019praktiken');
  const consortium = publication(en, 'consortium2023atlas');
  const proceedings = publication(en, 'li2021proceedings');
  const software = publication(en, 'li2023scatlas');
  const thesis = publication(en, 'li2008thesis');
  const review = publication(en, 'li2024review');

  it('BibTeX (@retorquere/bibtex-parser): editor, translator, series number, edition, ISBN, ISSN, PMID, PMCID, version, thesis type, original title and language, journal', () => {
    const file = [chapter, translation, article, edited, consortium, proceedings, software, thesis].map((item) => item.bibtex).join('\n\n');
    const { entries, errors } = parseBibtex(file, { sentenceCase: false });
    expect(errors).toEqual([]);
    const byKey = new Map(entries.map((entry) => [entry.key, entry]));
    // Accented letters come back decomposed from their LaTeX form ({\"u}): compare composed text.
    const fields = (key: string) =>
      Object.fromEntries(Object.entries(byKey.get(key)!.fields).map(([name, value]) => [name, typeof value === 'string' ? value.normalize('NFC') : value]));
    const families = (value: unknown) => (value as { lastName: string }[]).map((name) => name.lastName);
    expect(families(fields('vogel2018witwen')['editor'])).toEqual(['Schmidt-Funke', 'Hoffmann']);
    expect(fields('vogel2018witwen')).toMatchObject({ series: 'Frühneuzeit-Impulse', number: '3', isbn: '978-3-8353-3245-4' });
    expect(byKey.get('holloway2017druckerinnen')!.type).toBe('book');
    expect(families(fields('holloway2017druckerinnen')['translator'])).toEqual(['Vogel']);
    expect(fields('holloway2017druckerinnen')).toMatchObject({ origtitle: "The Widow's Press. Women Printers in Early Modern Europe", origlanguage: 'english' });
    expect(fields('vogel2021stimme')['issn']).toBe('0018-2613');
    expect(fields('vogel2019praktiken')).toMatchObject({ edition: '2', number: '131' });
    expect(fields('consortium2023atlas')).toMatchObject({ pmid: '37652345', pmcid: 'PMC10512345', issn: '0028-0836' });
    expect(fields('li2021proceedings')).toMatchObject({
      booktitle: 'Proceedings of the 20th International Conference on Bioinformatics (InCoB 2021)',
      journal: 'BMC Bioinformatics',
    });
    expect(fields('li2023scatlas')['version']).toBe('2.1.0');
    expect(byKey.get('li2008thesis')!.type).toBe('phdthesis');
  });

  it('BibTeX and CSL-JSON come back through vita’s own importers with every new field', () => {
    for (const item of [chapter, translation, article, edited, consortium, proceedings, software, thesis, review]) {
      const [fromBibtex] = readBibtex(item.bibtex).entries;
      const [fromCsl] = (readCslJson(JSON.stringify([toCsl(item)])) as { entries: { data: Record<string, unknown>; notImported: readonly string[] }[] }).entries;
      for (const read of [fromBibtex!, fromCsl!]) {
        expect(read.notImported, item.id).toEqual(read === fromBibtex ? [] : []);
        for (const field of ['kind', 'seriesNumber', 'edition', 'isbn', 'issn', 'pmid', 'pmcid', 'version', 'thesisType', 'originalTitle', 'journal'] as const) {
          expect([item.id, field, read.data[field]]).toEqual([item.id, field, item[field]]);
        }
        expect([item.id, (read.data['editors'] as string[] | undefined) ?? []]).toEqual([item.id, item.editors.map((editor) => editor.name)]);
        expect([item.id, (read.data['translators'] as string[] | undefined) ?? []]).toEqual([item.id, item.translators.map((translator) => translator.name)]);
      }
      expect(readBibtex(item.bibtex).entries[0]!.data['originalLanguage']).toBe(item.originalLanguage);
    }
  });

  it('CSL-JSON (citation-js, citeproc): editors, translator, collection number, ISBN, PMID and PMCID reach a formatted reference', () => {
    const cite = new Cite([toCsl(chapter), toCsl(consortium), toCsl(translation)]);
    const text = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(text).toContain('In J. A. Schmidt-Funke & A. Hoffmann (Eds.), Frauen und Wissen in der Frühen Neuzeit');
    expect(text).toContain('(K. Vogel, Trans.)');
    expect(toCsl(consortium)).toMatchObject({ PMID: '37652345', PMCID: 'PMC10512345', ISSN: '0028-0836' });
    expect(toCsl(proceedings)).toMatchObject({
      'container-title': 'BMC Bioinformatics',
      'event-title': 'Proceedings of the 20th International Conference on Bioinformatics (InCoB 2021)',
    });
  });

  it('RIS (citation-js): editors as A2, translators as A4, ISBN and ISSN as SN, the series number, edition, PMCID, thesis type', () => {
    const records = new Cite([chapter, translation, article, edited, consortium, software, thesis].map(toRis).join('\r\n\r\n')).data as Record<string, unknown>[];
    const families = (value: unknown) => (value as { family: string }[] | undefined)?.map((name) => name.family);
    expect(families(records[0]!['editor'])).toEqual(['Schmidt-Funke', 'Hoffmann']);
    expect(records[0]).toMatchObject({ ISBN: '978-3-8353-3245-4', 'collection-number': '3' });
    expect(families(records[1]!['translator'])).toEqual(['Vogel']);
    expect(records[1]).toMatchObject({ 'original-title': "The Widow's Press. Women Printers in Early Modern Europe" });
    expect(records[2]).toMatchObject({ ISSN: '0018-2613' });
    expect(records[3]).toMatchObject({ edition: '2', 'collection-number': '131' });
    expect(records[4]).toMatchObject({ PMCID: 'PMC10512345', ISSN: '0028-0836' });
    expect(toRis(consortium)).toContain('AN  - 37652345');
    expect(records[5]).toMatchObject({ version: '2.1.0' });
    expect(records[6]).toMatchObject({ genre: 'PhD thesis' });
  });

  it('JSON-LD: translator, original work, the book’s editors and ISBN, series position, PubMed ids, version', () => {
    expect(publicationLd(translation)).toMatchObject({
      translator: [{ '@type': 'Person', name: 'Vogel, Katharina' }],
      translationOfWork: { '@type': 'CreativeWork', name: "The Widow's Press. Women Printers in Early Modern Europe", inLanguage: 'en' },
      isbn: '978-3-534-26890-0',
    });
    expect(publicationLd(chapter)).toMatchObject({
      isPartOf: {
        '@type': 'Book',
        name: 'Frauen und Wissen in der Frühen Neuzeit',
        isbn: '978-3-8353-3245-4',
        editor: [{ name: 'Schmidt-Funke, Julia A.' }, { name: 'Hoffmann, Anne' }],
      },
      position: '3',
    });
    expect(publicationLd(consortium)['identifier']).toEqual([
      { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1038/s41586-023-00001-1' },
      { '@type': 'PropertyValue', propertyID: 'PMID', value: '37652345' },
      { '@type': 'PropertyValue', propertyID: 'PMCID', value: 'PMC10512345' },
    ]);
    expect(publicationLd(software)).toMatchObject({ version: '2.1.0' });
    expect(publicationLd(proceedings)).toMatchObject({ isPartOf: { '@type': 'PublicationIssue', isPartOf: { isPartOf: { '@type': 'Periodical', name: 'BMC Bioinformatics' } } } });
  });

  it('Google Scholar tags: ISBN, ISSN, PMID, and the journal of proceedings', () => {
    expect(scholarMetaTags(chapter)).toContainEqual(['citation_isbn', '978-3-8353-3245-4']);
    expect(scholarMetaTags(consortium)).toEqual(
      expect.arrayContaining([
        ['citation_issn', '0028-0836'],
        ['citation_pmid', '37652345'],
      ]),
    );
    expect(scholarMetaTags(proceedings)).toEqual(
      expect.arrayContaining([
        ['citation_conference_title', 'Proceedings of the 20th International Conference on Bioinformatics (InCoB 2021)'],
        ['citation_journal_title', 'BMC Bioinformatics'],
      ]),
    );
  });
});

describe('the new fields refuse what they cannot hold', () => {
  it.each([
    ['isbn: 978-3-8353-3245-5', 'isbn: expected an ISBN such as 978-3-8353-3245-0 (13 or 10 digits with a right check digit; a typo?)'],
    ['issn: 0018-2614', 'issn: expected an ISSN such as 0340-613X (4 digits, a hyphen, 3 digits and a check digit or X; a typo?)'],
    ['pmid: PMID:123', 'pmid: expected a PubMed id such as 31462775 (digits only, without "PMID:")'],
    ['thesisType: phd', 'thesisType: expected thesisType only on a thesis (this is a journal-article)'],
    ['version: 1.0', 'version: expected version only on software or a dataset (this is a journal-article)'],
  ])('%s', async (line, message) => {
    const { checkFile } = await import('../../src/pipeline/checkFile.ts');
    const text = `---\nkind: journal-article\ntitle: T\nauthors: [Vogel K]\nyear: 2020\nvenue: V\n${line}\n---\n`;
    const { problems } = checkFile({ path: 'publications/a.md', bytes: new TextEncoder().encode(text) });
    expect(problems.map((problem) => `${problem.line} ${problem.field}: ${problem.message.replace(/; found .*/, '')}`)).toEqual([`7 ${message}`]);
  });
});

describe('O7: German wording, and every language’s phrases as catalogue functions', async () => {
  const site = await modelOf(HUMANITIES);
  const { de } = await import('../../src/i18n/de.ts');
  const { en } = await import('../../src/i18n/en.ts');

  it('a funder without a case ending: "Förderung: Deutsche Forschungsgemeinschaft"', () => {
    expect(entryText(site, 'projects', 'druckerinnen')).toBe(
      'Druckerinnen | Frauen im Buchgewerbe der Frühen Neuzeit · Projektleitung · Förderung: Deutsche Forschungsgemeinschaft | Förderung: Frauen im Buchgewerbe der Frühen Neuzeit',
    );
  });

  it('"Dissertation:" by the degree, a title that begins with a quotation nested as ‚…‘, "bei" the supervisor', () => {
    expect(entryText(site, 'education', 'leipzig-promotion')).toBe(
      'Promotion (Dr. phil.), Geschichte | Universität Leipzig · Leipzig | summa cum laude | Dissertation: „‚Um Gottes willen und der Stadt Bestes‘. Supplikationen in Leipzig (1550–1620)“, bei Prof. Dr. Caroline Emmelius.',
    );
    expect(entryText(site, 'experience', 'wolfenbuettel-postdoc')).toBe(
      'Wissenschaftliche Mitarbeiterin | Herzog August Bibliothek · Wolfenbüttel | Bei Prof. Dr. Peter Burschel.',
    );
    expect(en.quote('“Um Gottes willen”. Supplikationen')).toBe('“‘Um Gottes willen’. Supplikationen”');
  });

  it('"geb." for a former name, the talks page without "Lehre", the owner’s mark without a gender dot', () => {
    expect(site.profile.formerly).toBe('geb. Katharina Brandt');
    expect(de.talks.title).toBe('Vorträge');
    expect(de.publication.siteOwner).toBe('(Website-Inhaberin/-Inhaber)');
  });

  it('a master’s thesis says so, in English too', async () => {
    const { modelOfFiles } = await import('../helpers/model.ts');
    const { md } = await import('../helpers/check.ts');
    const english = await modelOfFiles({
      'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.'),
      'education/ma.md': md('institution: U\nlocation: L\ndegree: Master of Science\nfield: Biology\nstart: 2010\nend: 2012\nthesis: Cells\nsupervisors: [Prof. B]'),
    });
    expect(entryText(english, 'education', 'ma')).toBe('Master of Science in Biology | U · L | Master’s thesis: “Cells”, supervised by Prof. B.');
  });
});
