/**
 * Content in several languages from one source (issue 23): fields written per
 * language and translation files, checked with file, line and field; the model
 * in each language, with what is not translated marked in the default language;
 * countries named from ISO codes; the addresses of each language.
 */
import { describe, expect, it } from 'vitest';
import { localeFor } from '../../src/i18n/index.ts';
import { ENDPOINTS_PER_LANGUAGE, languageRoutes } from '../../src/integrations/vita.ts';
import { countryName } from '../../src/lib/countries.ts';
import { settingsFrontMatter } from '../../src/lib/formats/frontMatter.ts';
import { inLanguage, isPerLanguage, joinBase, languageOfPath, paths } from '../../src/lib/routes.ts';
import { html, plain } from '../../src/model/rich.ts';
import { md, problemsOf, treeProblems } from '../helpers/check.ts';
import { ROOT } from '../helpers/build.ts';
import { modelOfFiles } from '../helpers/model.ts';
import { join } from 'node:path';

const BILINGUAL = 'languages: [en, de]\nurl: https://example.org\n';
const profile = md('name: Ada Lovelace\naliases: [Lovelace A]\nrole: { en: Professor, de: Professorin }', 'Ada writes programs.');

describe('the content check', () => {
  it('lists what a translation lacks per language, with file, line and field, as warnings', () => {
    expect(
      treeProblems({
        'settings.yaml': BILINGUAL,
        'profile.md': profile,
        'experience/x.md': md('organization: Analytical Society\nrole: { en: Analyst }\nstart: 2020-01\nresponsibilities:\n  - { de: Rechnen }'),
      }),
    ).toEqual([
      'content/experience/x.md:3 role: warning: no translation into German (de); those pages show the English text',
      'content/experience/x.md:6 responsibilities[0]: warning: no translation into English (en); those pages show the German text',
      'content/profile.md:6: warning: the text has no translation into German (profile.de.md beside it); those pages show the English text',
    ]);
  });

  it('turns missing translations into errors when the settings ask for it', () => {
    expect(treeProblems({ 'settings.yaml': `${BILINGUAL}missingTranslations: error\n`, 'profile.md': profile })).toEqual([
      'content/profile.md:6: the text has no translation into German (profile.de.md beside it); those pages show the English text',
    ]);
  });

  it('refuses a translation into a language the site does not have, naming the key', () => {
    expect(
      treeProblems({
        'settings.yaml': BILINGUAL,
        'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]\nrole: { en: Professor, de: Professorin, fr: Professeure }', 'Bio'),
        'profile.de.md': 'Ada programmiert.',
      }),
    ).toEqual(["content/profile.md:4 role.fr: a translation into French (fr), which is not a language of the site; expected one of: en, de (settings.yaml's languages)"]);
  });

  it('refuses translation files without an entry, in the default language, in another language, or with front matter', () => {
    expect(
      treeProblems({
        'settings.yaml': BILINGUAL,
        'profile.md': profile,
        'profile.de.md': 'Ada programmiert.',
        'profile.en.md': 'Ada writes programs.',
        'news/gone.de.md': 'Weg.',
        'news/here.md': md('date: 2024-01-01', 'Here.'),
        'news/here.de.md': md('title: Hier', 'Hier.'),
        'news/here.fr.md': 'Ici.',
      }),
    ).toEqual([
      "content/news/gone.de.md: a translation of gone.md, which does not exist; expected the entry's own file beside it",
      'content/news/here.de.md:1: a translation file holds only the text in de, without front matter; write translated fields in here.md as { en: …, de: … }',
      'content/news/here.fr.md: a translation into French (fr), which is not a language of the site; expected one of: de',
      'content/news/here.md:4: warning: the text has no translation into German (here.de.md beside it); those pages show the English text',
      "content/profile.en.md: English (en) is the site's default language, whose text is in profile.md; expected a translation into de",
    ]);
  });

  it('refuses language beside languages, and a free page where another language lives', () => {
    expect(
      treeProblems({
        'settings.yaml': `language: en\n${BILINGUAL}`,
        'profile.md': profile,
        'profile.de.md': 'Ada.',
        'pages/de.md': md('title: De', 'Text'),
        'pages/de.de.md': 'Text',
      }),
    ).toEqual([
      'content/pages/de.md: the page would be at /de/, where the German version of the site is; rename the file',
      'content/settings.yaml:2 languages: expected either language (a site in one language) or languages (several, the default first), not both; write languages: [en, de] alone',
    ]);
  });

  it('keeps a site in one language as it was: no warning for untranslated texts, maps only in its language', () => {
    expect(treeProblems({ 'settings.yaml': 'language: de\n', 'profile.md': profile })).toEqual([
      "content/profile.md:4 role.en: a translation into English (en), which is not a language of the site; expected one of: de (settings.yaml's languages)",
    ]);
    expect(treeProblems({ 'settings.yaml': 'language: de-AT\n', 'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]\nrole: Professorin', 'Ada programmiert.') })).toEqual(
      [],
    );
  });

  it('says what a field written per language expects, keeping the hints for a plain value', () => {
    const fields = (front: string) => problemsOf('profile.md', md(`name: Ada Lovelace\naliases: [Lovelace A]\n${front}`, 'Bio'));
    expect(fields('role: 42')).toEqual(['content/profile.md:4 role: expected text; found 42; YAML read 42 as a number: quote it, "42"']);
    expect(fields('role: { English: Professor }')).toEqual(['content/profile.md:4 role.English: expected a language code such as en or de as the key; found "English"']);
    expect(fields('role: {}')).toEqual(['content/profile.md:4 role: expected a text, or one text per language such as { en: …, de: … }; found a mapping of fields']);
    expect(fields('role: { en: "" }')).toEqual(['content/profile.md:4 role.en: expected a non-empty text; found ""']);
    expect(fields('nationality: XX')).toEqual([
      'content/profile.md:4 nationality: expected an ISO 3166 country code such as DE, ES or GB, or the name of the country, or { value, visibility: web | cv | hidden }; found "XX"',
    ]);
  });

  it('checks inline markup in every language of a title', () => {
    expect(problemsOf('publications/x.md', md('kind: preprint\ntitle:\n  en: A <div>b</div>\n  de: Ein $\\frac{$\nauthors: [Lovelace A]\nyear: 2024\nvenue: arXiv'))).toEqual([
      'content/publications/x.md:4 title: block markup is not allowed in a one-line field: <div> </div>; allowed are <sup> <sub> <i> <em> <b> <strong> <span> <code>',
      expect.stringMatching(/^content\/publications\/x\.md:5 title: the formula \$\\frac\{\$ cannot be rendered/),
    ]);
  });
});

describe('the settings written back (cv.json x-settings)', () => {
  it('writes language for a site in one language and languages for several, never both, which the check refuses', () => {
    expect(settingsFrontMatter({ language: 'de', languages: ['de'] })).toEqual({ language: 'de' });
    expect(settingsFrontMatter({ language: 'en', languages: ['en', 'de'] })).toEqual({ languages: ['en', 'de'] });
    expect(settingsFrontMatter({ languages: ['en'] })).toEqual({ languages: ['en'] });
  });
});

describe('countries', () => {
  it('names ISO 3166 codes in the page language and keeps a written country as written', () => {
    expect(countryName('ES', 'de')).toEqual({ name: 'Spanien', named: true });
    expect(countryName('ES', 'en-GB')).toEqual({ name: 'Spain', named: true });
    expect(countryName('Kingdom of Spain', 'de')).toEqual({ name: 'Kingdom of Spain', named: false });
  });
});

describe('addresses in each language', () => {
  it('puts pages and the files in a language under the language, the rest stays one for all', () => {
    expect([paths.cv(), paths.cvPdf(), paths.jsonResume(), paths.feed(), paths.home(), `${paths.cv()}#grants`].map(isPerLanguage)).toEqual([true, true, true, true, true, true]);
    expect(
      [paths.bibtex(), paths.cslJson(), paths.ris(), paths.publicationBibtex('x'), paths.favicon(), paths.robots(), paths.notFound(), '/files/paper.pdf'].map(isPerLanguage),
    ).toEqual([false, false, false, false, false, false, false, false]);
    expect(joinBase('/vita/', inLanguage('/publications/x/#cite', 'de'))).toBe('/vita/de/publications/x/#cite');
    expect(inLanguage('/publications.bib', 'de')).toBe('/publications.bib');
    expect(inLanguage('/cv/', undefined)).toBe('/cv/');
  });

  it('reads the language of a path, a URL path under the base, or a route pattern', () => {
    const languages = ['en', 'de'];
    expect(languageOfPath('/vita/de/cv/', '/vita/', languages)).toBe('de');
    expect(languageOfPath('/de/publications/[id]', '/vita/', languages)).toBe('de');
    expect(languageOfPath('/vita/cv/', '/vita/', languages)).toBeUndefined();
    expect(languageOfPath('/en/cv/', '/', languages)).toBeUndefined();
    expect(languageOfPath('/design/', '/', languages)).toBeUndefined();
  });

  it('builds every page and the files in a language again under each other language, never the 404 page', () => {
    const routes = languageRoutes(join(ROOT, 'src', 'pages'), 'de');
    const patterns = routes.map((route) => route.pattern);
    expect(patterns).toContain('/de');
    expect(patterns).toContain('/de/cv');
    expect(patterns).toContain('/de/publications/[id]');
    expect(patterns).toContain('/de/publications/[...index]');
    expect(patterns.filter((pattern) => /\.\w+$/.test(pattern)).sort()).toEqual(['/de/[feed].xml', '/de/cv.json', '/de/cv.pdf']);
    expect(patterns.some((pattern) => /404|\.bib|publications\.json|robots|\/og\//.test(pattern))).toBe(false);
    // The endpoints built per language are the files the routes put under a language.
    expect([...ENDPOINTS_PER_LANGUAGE].map((file) => `/${file.replace('[feed]', 'feed').replace(/\.ts$/, '')}`).every(isPerLanguage)).toBe(true);
  });

  it('names each language in itself for the switcher', () => {
    expect([localeFor('de').name, localeFor('en-GB').name, localeFor('en').name]).toEqual(['Deutsch', 'English', 'English']);
  });
});

describe('the model in each language', () => {
  const files = {
    'settings.yaml': `${BILINGUAL}topics:\n  water: { en: Water, de: Wasser }\n  soil: Soil\n`,
    'profile.md': md(
      'name: Ada Lovelace\naliases: [Lovelace A]\nrole: { en: Professor, de: Professorin }\naffiliation: University of London\nbirthPlace: { en: Seville, de: Sevilla }\nbirthCountry: { value: ES, visibility: web }',
      'Ada writes programs.',
    ),
    'profile.de.md': 'Ada schreibt Programme.',
    'experience/x.md': md(
      'organization: { en: University of London, de: Universität London }\nlocation: London\ncountry: GB\nrole: { en: Lecturer, de: Dozentin }\nstart: 2020-01\nresponsibilities:\n  - { en: Teaching, de: Lehre }\n  - Examinations',
      'Lectures on engines.',
    ),
    'publications/de2021.md': md(
      'kind: journal-article\ntitle: { de: Über Maschinen, en: On engines }\nlanguage: de\nauthors: [Lovelace A]\nyear: 2021\nvenue: Annalen\ntopics: [water]',
    ),
    'publications/en2022.md': md('kind: journal-article\ntitle: Engines\nauthors: [Lovelace A]\nyear: 2022\nvenue: Journal\ntopics: [soil]'),
  };

  it('says everything in German where it is translated, and marks what is not as English', async () => {
    const site = await modelOfFiles(files, { language: 'de' });
    expect(site.language).toBe('de');
    expect(site.profile.role).toBe('Professorin');
    expect(site.profile.html).toBe('<p>Ada schreibt Programme.</p>');
    expect(plain(site.profile.personal!)).toBe('Geboren in Sevilla, Spanien');
    const [position] = site.entries.experience[0]!.entries;
    expect(html(position!.title)).toBe('Dozentin');
    expect(html(position!.where!)).toBe('Universität London · <span lang="en">London</span>, Vereinigtes Königreich');
    expect(position!.parts.map((part) => ('body' in part ? part.body.html : html(part.runs)))).toEqual([
      '<div lang="en"><p>Lectures on engines.</p></div>',
      'Lehre',
      '<span lang="en">Examinations</span>',
    ]);
    expect(site.topics).toEqual({ water: 'Wasser', soil: 'Soil' });
    expect(site.urls.url('/cv/')).toBe('/de/cv/');
    expect(site.urls.url('/publications.bib')).toBe('/publications.bib');
    expect(site.navigation.map((item) => item.href)).toEqual(['/de/', '/de/publications/', '/de/cv/']);
  });

  it('keeps the English site English, with no mark on what is in English', async () => {
    const site = await modelOfFiles(files);
    expect(site.profile.role).toBe('Professor');
    expect(site.profile.html).toBe('<p>Ada writes programs.</p>');
    const [position] = site.entries.experience[0]!.entries;
    expect(html(position!.where!)).toBe('University of London · London, United Kingdom');
    expect(site.urls.url('/cv/')).toBe('/cv/');
  });

  it('gives a work its title as published, with the translation into the page language in brackets', async () => {
    const english = await modelOfFiles(files);
    const paper = english.publicationById.get('de2021')!;
    expect(paper.titleHtml).toBe('<span lang="de">Über Maschinen</span> [On engines]');
    expect(paper.titleText).toBe('Über Maschinen');
    expect(paper.bibtex).toMatch(/title = \{.*ber Maschinen\}+,\n/);
    const german = await modelOfFiles(files, { language: 'de' });
    expect(german.publicationById.get('de2021')!.titleHtml).toBe('Über Maschinen');
    expect(german.publicationById.get('en2022')!.titleHtml).toBe('<span lang="en">Engines</span>');
  });
});
