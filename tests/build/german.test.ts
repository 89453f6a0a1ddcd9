/** The shipped CV with `language: de` reads as a German site: navigation, headings, dates, counts, labels, the 404 page and the feed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { DIST_GERMAN } from '../helpers/build.ts';
import { htmlPages, loadPage } from '../helpers/dist.ts';

const page = (path: string) => loadPage(path, DIST_GERMAN);
const text = (path: string, selector: string) =>
  page(path)(selector)
    .map((_, element) => page(path)(element).text().replace(/\s+/g, ' ').trim())
    .get();

describe('a German site', () => {
  it('declares German on every page, for Open Graph too', () => {
    for (const path of htmlPages(DIST_GERMAN)) {
      expect(page(path)('html').attr('lang'), path).toBe('de');
      expect(page(path)('meta[property="og:locale"]').attr('content'), path).toBe('de_DE');
    }
  });

  it('has German navigation, headings and labels', () => {
    expect(text('/', '.site-nav a')).toEqual(['Start', 'Publikationen', 'Vorträge', 'Patente', 'Lebenslauf']);
    expect(text('/cv/', 'main h2')).toEqual([
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
    expect(text('/publications/', 'main h2')).toEqual(['Zeitschriftenartikel (21)', 'Konferenz- und Workshopbeiträge (17)', 'Buchkapitel (4)', 'Preprints (9)']);
    expect(page('/')('.skip-link').text()).toBe('Zum Inhalt springen');
    expect(text('/cv/', '.skills dd').at(-1)).toBe('German (Muttersprache), English (verhandlungssicher)');
    expect(page('/cv/')('h1 .name-note').text()).toBe(' (geb. Sebastian Bach)');
  });

  it('writes dates and counts the German way', () => {
    expect(page('/talks/')('time').first().text()).toBe('21. Okt. 2022');
    const girona = page('/talks/')('.talk').filter((_, talk) => page('/talks/')(talk).text().includes('Girona'));
    expect(girona.find('time').text()).toBe('13., 14. und 16. Dez. 2021');
    expect(page('/cv/')('section:has(#experience) .dated-date').first().text().replace(/\s+/g, ' ')).toBe('Jan. 2021 – heute');
    expect(page('/publications/')('.lede').text()).toMatch(/^21 Zeitschriftenartikel, 17 Konferenz- und Workshopbeiträge, 4 Buchkapitel und 9 Preprints\./);
    expect(page('/patents/')('.lede').text()).toContain('3 Patentfamilien, 12 Dokumente: 6 erteilt, 6 veröffentlichte Anmeldungen.');
  });

  it('has a German 404 page and feed', () => {
    expect(page('/404.html')('h1').text()).toBe('Seite nicht gefunden');
    const feed = readFileSync(join(DIST_GERMAN, 'feed.xml'), 'utf8');
    expect(feed).toContain('<language>de</language>');
    expect(feed).toContain('<title>Sebastian Lapuschkin: Publikationen und Vorträge</title>');
  });

  it('shows no English interface text that German replaces', () => {
    const english = ['Experience', 'Education', 'Download all', 'present', 'Recent talks', 'Selected publications', 'Skip to content', 'Page not found'];
    for (const path of ['/', '/cv/', '/publications/', '/talks/', '/patents/', '/404.html']) {
      const chrome = page(path)('header, nav, h1, h2, .lede, .dated-date, .downloads, footer, .skip-link').text();
      for (const word of english) expect(chrome, `${path}: ${word}`).not.toContain(word);
    }
  });
});

describe('the catalogues', () => {
  it('translate every string: no German value is the English one, except names and abbreviations', () => {
    const same: string[] = [];
    const walk = (english: unknown, german: unknown, path: string) => {
      if (typeof english === 'string' && english === german) same.push(path);
      else if (typeof english === 'object' && english !== null)
        for (const key of Object.keys(english)) walk((english as Record<string, unknown>)[key], (german as Record<string, unknown>)[key], `${path}.${key}`);
    };
    walk(en, de, 't');
    expect(
      same.filter(
        (path) =>
          !/languageLevels\.[ABC]\d|links\.(code|pdf|video|website)|downloads|jsonResume|kinds\.(keynote|webinar)|patents\.status|publicationKinds\.(preprint|software|poster)\.(heading|singular)|publicationKinds\.[a-z-]+\.prefix|works\.(equalMark|coSeniorMark|correspondingMark|bibtex)|entries\.thesisOf\.phd|teaching\.types\.(seminar|proseminar|workshop)/.test(
            path,
          ),
      ),
    ).toEqual([]);
  });
});
