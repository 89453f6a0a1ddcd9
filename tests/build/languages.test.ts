/**
 * A site in two languages from one source (issue 23), built once from the bilingual
 * fixture: every page in English at / and in German under /de/, each linking to the
 * other as a visible switcher and as hreflang alternates that point at each other,
 * the sitemap listing the alternates, what is not translated marked in English, one
 * PDF, feed and cv.json per language, one BibTeX list for both; no broken link and
 * valid HTML in either language.
 */
import * as cheerio from 'cheerio';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles, htmlPages, loadPage } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/htmlValidation.ts';
import { brokenLinks } from '../helpers/links.ts';
import { sharedSite } from '../helpers/sites.ts';
import { blocksOf } from '../helpers/structuredData.ts';

const SITE = 'https://jonas-weber.example.org';
const dist = sharedSite('bilingual');

const page = (path: string) => loadPage(path, dist);
const german = (path: string) => `/de${path}`;
/** The pages of the site in English, the default language: all but the German ones and the 404 page. */
const englishPages = () => htmlPages(dist).filter((path) => !path.startsWith('/de/') && path !== '/404.html');
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
/** A page's own address from the absolute URL the alternates give. */
const pathOf = (url: string) => url.replace(SITE, '');

describe('a site in English and German', () => {
  it('has every page in both languages, English at / and German under /de/, each declaring its language', () => {
    const english = englishPages();
    expect(english).toContain('/cv/');
    expect(english).toContain('/publications/weber2021niedrigwasser/');
    expect(english).toContain('/impressum/');
    expect(
      htmlPages(dist)
        .filter((path) => path.startsWith('/de/'))
        .sort(),
    ).toEqual(english.map(german).sort());
    for (const path of english) {
      expect(page(path)('html').attr('lang'), path).toBe('en');
      expect(page(german(path))('html').attr('lang'), path).toBe('de');
    }
    expect(page('/de/')('.site-nav a').first().text()).toBe('Start');
  });

  it('links each page to itself and its other language with hreflang, x-default the English one, both pointing at each other', () => {
    for (const path of englishPages()) {
      for (const own of [path, german(path)]) {
        const alternates = Object.fromEntries(
          page(own)('link[rel="alternate"][hreflang]')
            .map((_, link) => [[page(own)(link).attr('hreflang')!, pathOf(page(own)(link).attr('href')!)]])
            .get(),
        );
        expect(alternates, own).toEqual({ en: path, de: german(path), 'x-default': path });
      }
    }
  });

  it('shows a switcher of plain links, each language named in itself, the current one marked', () => {
    for (const path of englishPages()) {
      for (const [own, label] of [
        [path, 'Language'],
        [german(path), 'Sprache'],
      ] as const) {
        const $ = page(own);
        expect($('nav.language-nav').attr('aria-label'), own).toBe(label);
        const links = $('nav.language-nav a')
          .map((_, link) => ({
            href: $(link).attr('href'),
            hreflang: $(link).attr('hreflang'),
            lang: $(link).attr('lang'),
            text: $(link).text(),
            current: $(link).attr('aria-current'),
          }))
          .get();
        expect(links, own).toEqual([
          { href: path, hreflang: 'en', lang: 'en', text: 'English', current: own === path ? 'page' : undefined },
          { href: german(path), hreflang: 'de', lang: 'de', text: 'Deutsch', current: own === path ? undefined : 'page' },
        ]);
      }
    }
  });

  it('lists both languages in the sitemap, each address with its alternates', () => {
    const $ = cheerio.load(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'), { xml: true });
    const urls = $('url')
      .map((_, url) => ({
        loc: pathOf($(url).children('loc').text()),
        alternates: Object.fromEntries(
          $(url)
            .children('xhtml\\:link')
            .map((_, link) => [[$(link).attr('hreflang')!, pathOf($(link).attr('href')!)]])
            .get(),
        ),
      }))
      .get();
    const expected = englishPages().flatMap((path) => [path, german(path)].map((loc) => ({ loc, alternates: { en: path, de: german(path) } })));
    expect(urls.sort((a, b) => a.loc.localeCompare(b.loc))).toEqual(expected.sort((a, b) => a.loc.localeCompare(b.loc)));
  });

  it('says in JSON-LD which language each page is in', () => {
    expect(blocksOf('/', dist).map((block) => block['inLanguage'])).toContain('en');
    expect(blocksOf('/de/', dist).map((block) => block['inLanguage'])).toContain('de');
    expect(blocksOf('/de/', dist).map((block) => block['inLanguage'])).not.toContain('en');
  });

  it('shows the translations on the German pages and marks what is not translated as English', () => {
    const $ = page('/de/cv/');
    const experience = $('section:has(#experience)');
    expect(experience.text()).toContain('Forschungsgruppenleiter');
    expect(experience.text()).toContain('Leitung einer Gruppe von fünf Forschenden');
    // An untranslated line of a position: marked as English on the German page, as it is on the English one.
    const line = (path: string) => {
      const $page = page(path);
      const item = $page('li').filter((_, element) => $page(element).text() === "Teaching the master's course in hydrology");
      return {
        items: item.length,
        marks: item
          .find('[lang]')
          .map((_, element) => $page(element).attr('lang'))
          .get(),
      };
    };
    expect(line('/de/cv/')).toEqual({ items: 1, marks: ['en'] });
    expect(line('/cv/')).toEqual({ items: 1, marks: [] });
    expect(page('/de/')('main').text()).toContain('Jonas Weber untersucht');
  });

  it('has no broken link in either language, and valid HTML on the German pages', async () => {
    expect(brokenLinks(dist, '/', SITE)).toEqual([]);
    for (const path of ['/de/', '/de/cv/', '/de/publications/weber2021niedrigwasser/']) expect(await htmlProblems(dist, path), path).toEqual([]);
  });
});

describe('files in each language', () => {
  it('writes one PDF CV per language', () => {
    const english = poppler('pdftotext', join(dist, 'cv.pdf'), '-');
    const inGerman = poppler('pdftotext', join(dist, 'de', 'cv.pdf'), '-');
    expect(english).toContain('Born Apr 2, 1988 in Seville, Spain');
    expect(english).toContain('Research Group Leader, University of Freiburg');
    expect(inGerman).toContain('Geboren am 2. Apr. 1988 in Sevilla, Spanien');
    expect(inGerman).toContain('Forschungsgruppenleiter, Universität Freiburg');
    expect(inGerman).toContain('Berufserfahrung');
    expect(poppler('pdfinfo', join(dist, 'de', 'cv.pdf'))).toMatch(/^Title:\s+Lebenslauf von Dr\. Jonas Weber$/m);
    expect(page('/de/cv/')('a[type="application/pdf"]').attr('href')).toBe('/de/cv.pdf');
  });

  it('writes one feed and one cv.json per language, and one BibTeX list for both', () => {
    const feed = cheerio.load(readFileSync(join(dist, 'de', 'feed.xml'), 'utf8'), { xml: true });
    expect(feed('channel > language').text()).toBe('de');
    expect(feed('channel > title').text()).toBe('Jonas Weber: Publikationen und Vorträge');
    expect(
      cheerio
        .load(readFileSync(join(dist, 'feed.xml'), 'utf8'), { xml: true })('channel > language')
        .text(),
    ).toBe('en');
    const label = (file: string) => (JSON.parse(readFileSync(join(dist, file), 'utf8')) as { basics: { label: string } }).basics.label;
    expect(label('cv.json')).toBe('Research Group Leader, University of Freiburg');
    expect(label('de/cv.json')).toBe('Forschungsgruppenleiter, Universität Freiburg');
    expect(distFiles(dist).filter((file) => file.startsWith('/de/') && !file.endsWith('.html'))).toEqual(['/de/cv.json', '/de/cv.pdf', '/de/feed.xml']);
    expect(existsSync(join(dist, 'publications.bib'))).toBe(true);
  });
});
