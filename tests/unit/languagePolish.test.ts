/**
 * The language items the native reviewers and the visual review found in code after the
 * catalogues landed (notes/review-fr-es-it.md, review-pt-nl-ar.md, visual-review-merge.md):
 * each test is named "polish N" after the item of its task.
 */
import { describe, expect, it } from 'vitest';
import { catalogueOf, localeFor } from '../../src/i18n/index.ts';
import { authorList, authorNames, type Author, WHOLE_LIST } from '../../src/model/authors.ts';
import { html, plain } from '../../src/model/rich.ts';
import { thesisTypeOf } from '../../src/schemas/publicationKinds.ts';
import { builtBasePath } from '../../tooling/browser/basePath.ts';
import { md } from '../helpers/check.ts';
import { SHIPPED } from '../helpers/build.ts';
import { modelOf, modelOfFiles } from '../helpers/model.ts';

const PROFILE = md('name: Ada Lovelace\naliases: [Lovelace A]\nrole: Professor\naffiliation: University of London\n', 'Bio.');

const person = (name: string): Author => ({
  name,
  isOwner: false,
  equal: false,
  coSenior: false,
  corresponding: false,
  student: false,
  member: undefined,
  marks: '',
  marksMeaning: '',
});
const names = (tag: string, people: readonly string[], etAl = false) =>
  authorNames(authorList(people.map(person), { etAl, editors: false, locale: localeFor(tag) }), WHOLE_LIST, localeFor(tag));

describe('polish 1: the first of a month in French', () => {
  it('polish 1: French writes the first of a month “1er”, in dates, periods and lists of days; other days and languages as Intl writes them', () => {
    const fr = localeFor('fr');
    expect(fr.date('2024-03-01')).toBe('1er mars 2024');
    expect(fr.date('2024-03-11')).toBe('11 mars 2024');
    expect(fr.days(['2024-03-01', '2024-03-02', '2024-03-21'])).toBe('1er, 2 et 21 mars 2024');
    expect(localeFor('fr-CA').date('2024-03-01')).toMatch(/^1er /);
    expect(localeFor('es').date('2024-03-01')).toBe('1 mar 2024');
    expect(localeFor('en-GB').date('2024-03-01')).toBe('1 Mar 2024');
  });
});

describe('polish 2: separators from the catalogue and Intl', () => {
  it('polish 2: who the site is about and the position join with the language’s comma (Arabic ،)', async () => {
    const site = await modelOfFiles({ 'profile.md': PROFILE, 'settings.yaml': 'language: ar\n' });
    expect(site.profile.position).toBe('Professor، University of London');
    expect(site.profile.who).toContain('Ada Lovelace، ');
    expect(site.profile.who).not.toContain(', ');
  });

  it('polish 2: the links of a news item are listed as the language lists words (“A et B”; Arabic “A وB”)', async () => {
    const files = (language: string) => ({
      'profile.md': PROFILE,
      'settings.yaml': `language: ${language}\n`,
      'publications/a.md': md('kind: journal-article\ntitle: Alpha\nauthors: [Lovelace A]\nyear: 2020\nvenue: J\n'),
      'publications/b.md': md('kind: journal-article\ntitle: Beta\nauthors: [Lovelace A]\nyear: 2021\nvenue: J\n'),
      'news/n.md': md('date: 2021-05-01\nabout: [publication:a, publication:b]', 'News.'),
    });
    const related = async (language: string) => plain((await modelOfFiles(files(language))).news[0]!.relatedRuns);
    expect(await related('fr')).toBe('Alpha et Beta');
    expect(await related('ar')).toBe('Alpha وBeta');
    expect(html((await modelOfFiles(files('en'))).news[0]!.relatedRuns)).toBe('<a href="/publications/a/">Alpha</a> and <a href="/publications/b/">Beta</a>');
  });

  it('polish 2: an Arabic author list takes Arabic’s comma, its و and no comma before وآخرون', () => {
    expect(names('ar', ['Rossi M', 'Keller A', 'Conti L'])).toBe('Rossi M، Keller A وConti L');
    expect(names('ar', ['Rossi M', 'Keller A'], true)).toBe('Rossi M، Keller A وآخرون');
    expect(names('en', ['Rossi M', 'Keller A', 'Conti L'])).toBe('Rossi M, Keller A and Conti L');
    expect(names('en', ['Rossi M', 'Keller A'], true)).toBe('Rossi M, Keller A, et al.');
  });
});

describe('polish 3: “and” before the sound i- in Spanish', () => {
  it('polish 3: Spanish joins the last author with “e” before i- and hi-, with “y” before hie- and anything else', () => {
    expect(names('es', ['García J', 'Iglesias M'])).toBe('García J e Iglesias M');
    expect(names('es', ['López A', 'Pérez B', 'Hidalgo C'])).toBe('López A, Pérez B e Hidalgo C');
    expect(names('es', ['López A', 'Hierro B'])).toBe('López A y Hierro B');
    expect(names('es', ['López A', 'Ortega B'])).toBe('López A y Ortega B');
    // Intl's lists say the same: the supervisors of a thesis, the days of a month.
    expect(localeFor('es').list(['García', 'Ibáñez'])).toBe('García e Ibáñez');
    // Italian and Portuguese have no such rule to apply: “e” before any name.
    expect(names('it', ['Rossi M', 'Esposito A'])).toBe('Rossi M e Esposito A');
    expect(names('pt', ['Silva M', 'Igreja A'])).toBe('Silva M e Igreja A');
  });
});

describe('polish 5: one numbering system per locale', () => {
  it('polish 5: ar-EG writes years, days, counts and numbers in Arabic-Indic digits; ar in Latin digits', () => {
    const egypt = localeFor('ar-EG');
    expect(egypt.date(2019)).toBe('٢٠١٩');
    expect(egypt.period(2013, 2018)).toBe('٢٠١٣–٢٠١٨');
    expect(egypt.days(['2021-12-13', '2021-12-14', '2021-12-16'])).toBe('١٣ و١٤ و١٦ ديسمبر ٢٠٢١');
    expect(egypt.numeral(2024)).toBe('٢٠٢٤');
    expect(egypt.count(12, catalogueOf('ar').publications.count)).toMatch(/^١٢ /);
    const arabic = localeFor('ar');
    expect([arabic.date(2019), arabic.days(['2021-12-13', '2021-12-16']), arabic.numeral(2024)]).toEqual(['2019', '13 و16 ديسمبر 2021', '2024']);
    expect(localeFor('ar-u-nu-arab').date('2021-12-16')).toBe('١٦ ديسمبر ٢٠٢١');
    // The name CSS counters take theirs by (the publication filters' count of shown items).
    expect([egypt.numberingSystem, arabic.numberingSystem]).toEqual(['arab', 'latn']);
  });
});

describe('polish 6: Portuguese', () => {
  it('polish 6: pt-PT names the month in a date and a list of days (not “13, 14 e 16/12/2021”)', () => {
    const portugal = localeFor('pt-PT');
    expect(portugal.date('2024-03-01')).toBe('1 de março de 2024');
    expect(portugal.date('2024-03')).toBe('março de 2024');
    expect(portugal.days(['2021-12-13', '2021-12-14', '2021-12-16'])).toBe('13, 14 e 16 de dezembro de 2021');
    expect(localeFor('pt').date('2024-03-01')).toBe('1 de mar. de 2024');
  });

  it('polish 6: pt-BR says “nenhuma patente concedida” for none (CLDR puts 0 in “one”), and still “1 patente concedida”', () => {
    const brazil = localeFor('pt');
    expect(brazil.count(0, brazil.t.patents.grantedCount)).toBe('nenhuma patente concedida');
    expect(brazil.count(0, brazil.t.patents.publishedCount)).toBe('nenhum pedido publicado');
    expect(brazil.count(1, brazil.t.patents.grantedCount)).toBe('1 patente concedida');
    expect(localeFor('pt-PT').count(2, brazil.t.patents.grantedCount)).toBe('2 patentes concedidas');
    // A zero form is said at 0 only: Arabic's other counts keep their categories.
    expect(localeFor('ar').count(0, catalogueOf('ar').publications.count)).toMatch(/^0 /);
  });
});

describe('polish 7: arrows right to left', () => {
  it('polish 7: the pager’s arrows point outwards in either direction of writing', () => {
    expect(localeFor('en').arrows).toEqual({ back: '←', forward: '→' });
    expect(localeFor('ar').arrows).toEqual({ back: '→', forward: '←' });
  });
});

describe('polish 8: the footer names a page as the navigation does', () => {
  it('polish 8 (visual review D3): a footer page the navigation labels “Kontakt” is “Kontakt” in the footer too, not its title “Contact”', async () => {
    const site = await modelOfFiles({
      'profile.md': PROFILE,
      'settings.yaml': 'language: de\nnavigation: [home, { page: contact, label: Kontakt }]\nfooter: [contact, impressum]\n',
      'pages/contact.md': md('title: Contact', 'Write to me.'),
      'pages/impressum.md': md('title: Impressum', 'Angaben gemäß § 5 DDG.'),
    });
    expect(site.navigation.find((item) => item.page === 'contact')?.label).toBe('Kontakt');
    expect(site.footerLinks).toEqual([
      { page: 'contact', label: 'Kontakt', href: '/contact/' },
      { page: 'impressum', label: 'Impressum', href: '/impressum/' },
    ]);
  });
});

describe('polish 4: degree names in every catalogue language', () => {
  it.each([
    ['Dottorato di ricerca', 'phd'],
    ['Doctorat', 'phd'],
    ['Doctorado', 'phd'],
    ['Doutorado', 'phd'],
    ['Doutoramento', 'phd'],
    ['Promotie', 'phd'],
    ['Dr. rer. nat.', 'phd'],
    ['دكتوراه', 'phd'],
    ['Máster Universitario', 'master'],
    ['Maestría', 'master'],
    ['Laurea magistrale', 'master'],
    ['Laurea specialistica', 'master'],
    ['Mestrado', 'master'],
    ['Maîtrise', 'master'],
    ['Doctoraal', 'master'],
    ['ماجستير', 'master'],
    ['Laurea triennale', 'bachelor'],
    ['Grado en Física', 'bachelor'],
    ['Licence de mathématiques', 'bachelor'],
    ['Licenciatura', 'bachelor'],
    ['Bacharelado', 'bachelor'],
    ['بكالوريوس', 'bachelor'],
    ['HDR', 'habilitation'],
    ['Habilitation à diriger des recherches', 'habilitation'],
    ['Agregação', 'habilitation'],
    ['Livre-docência', 'habilitation'],
    ['التأهيل الجامعي', 'habilitation'],
    ['Diploma in Art', 'master'],
    ['Certificate in Teaching', undefined],
  ])('polish 4: “%s” is a degree of type %s', (degree, expected) => {
    expect(thesisTypeOf(undefined, degree)).toBe(expected);
  });

  it('polish 4: an Italian “Dottorato” thesis is a “Tesi di dottorato”, not a bare “Tesi”', async () => {
    const site = await modelOfFiles({
      'profile.md': PROFILE,
      'settings.yaml': 'language: it\n',
      'education/phd.md': md('institution: Università di Bologna\ndegree: Dottorato di ricerca\nstart: 2010\nend: 2014\nthesis: Note sulla macchina\n'),
    });
    const thesis = site.entries.education[0]!.entries[0]!.parts.map((part) => ('runs' in part ? plain(part.runs) : '')).join('\n');
    expect(thesis).toContain(catalogueOf('it').entries.thesisOf.phd);
  });
});

describe('polish 9: nationality as a country code', () => {
  const personal = async (nationality: string, language: string, more = '') =>
    plain(
      (
        await modelOfFiles({
          'profile.md': md(`name: Ada Lovelace\naliases: [Lovelace A]\nnationality: { value: ${nationality}, visibility: web }\n${more}`, 'Bio.'),
          'settings.yaml': `language: ${language}\n`,
        })
      ).profile.personal ?? [],
    ).replace(/[\u2068\u2069]/g, '');

  it('polish 9: an ISO 3166 code is named in each page’s language, as countries are; free text stays as written', async () => {
    expect(await personal('DE', 'en')).toBe('Nationality: Germany');
    expect(await personal('DE', 'de')).toBe('Staatsangehörigkeit: Deutschland');
    expect(await personal('DE', 'fr')).toContain('Allemagne');
    expect(await personal('DE', 'ar')).toContain('ألمانيا');
    expect(await personal('deutsch', 'de')).toBe('Staatsangehörigkeit: deutsch');
  });

  it('polish 9 (visual review D4): the shipped CV gives its nationality as a code, so the German DFG CV says “Deutschland”, not “German”', async () => {
    const site = await modelOf(SHIPPED, { language: 'de' });
    expect(plain(site.profile.personal ?? [])).toContain('Staatsangehörigkeit: Deutschland');
  });

  it('polish 2: a place and its country join with the language’s comma (Arabic ،)', async () => {
    expect(await personal('EG', 'ar', 'birthPlace: Alexandria\nbirthCountry: { value: EG, visibility: web }\n')).toContain('Alexandria، مصر');
  });
});

describe('polish 10: a thesis’s genre in a CSL style', () => {
  it('polish 10: the German DIN reference of a doctoral thesis says “Dissertation”, not the export’s English “PhD thesis”', async () => {
    const styled = async (language: string, style: string) => {
      const site = await modelOfFiles({
        'profile.md': PROFILE,
        'settings.yaml': `language: ${language}\ncitationStyle: ${style}\n`,
        'publications/t.md': md('kind: thesis\nthesisType: phd\ntitle: Notes on the engine\nauthors: [Lovelace A]\nyear: 2015\nvenue: University of London\n'),
      });
      return plain(site.publications[0]!.styled!);
    };
    const german = await styled('de', 'din-1505-2');
    expect(german).toContain('Dissertation');
    expect(german).not.toContain('PhD thesis');
    expect(await styled('fr', 'din-1505-2')).toContain('Thèse de doctorat');
  });
});

describe('polish 11: screenshots of a site built under a base path', () => {
  it('polish 11: npm run screenshots takes the base path from --base, else from the built home page’s home link', () => {
    const home = (href: string) => `<header><a class="site-name" href="${href}">Ada Lovelace</a></header>`;
    expect(builtBasePath(home('/vita/'), undefined)).toEqual({ base: '/vita/' });
    expect(builtBasePath(home('/'), undefined)).toEqual({ base: '/' });
    expect(builtBasePath(home('/vita/'), '/other/path/')).toEqual({ base: '/other/path/' });
    expect(builtBasePath('<p>no header</p>', undefined)).toEqual({ base: '/' });
    expect(builtBasePath(home('/'), 'vita')).toEqual({ error: '--base vita: expected a path from / ending in /, e.g. /vita/' });
  });
});

describe('polish 2 and 5: a reference on an Arabic page', () => {
  it('polish 2, 5: an ar-EG reference joins its parts with ، and writes its year in Arabic-Indic digits; an English one as before', async () => {
    const reference = async (language: string) =>
      plain(
        (
          await modelOfFiles({
            'profile.md': PROFILE,
            'settings.yaml': `language: ${language}\n`,
            'publications/b.md': md('kind: book\ntitle: Notes\nauthors: [Lovelace A]\nyear: 2019\npublisher: Springer\npublisherPlace: Cham\n'),
          })
        ).publications[0]!.reference,
      );
    expect(await reference('ar-EG')).toBe('Springer، Cham، ٢٠١٩.');
    expect(await reference('en')).toBe('Springer, Cham, 2019.');
  });
});
