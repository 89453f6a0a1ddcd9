/**
 * A group's site (issue 25 §3) built once from four content folders, the group's and three members'
 * (tests/fixtures/sites/group-folders), on a GitHub project page (/vita/), in English and German: every
 * member's site under /vita/<member>/ (and /vita/<member>/de/) from their own folder, the group's own pages
 * at /vita/, its publication list combining the members' without duplicates (one paper is Ada's and Ben's
 * under two ids and two spellings of its DOI), the site paths of the members' texts on their own pages,
 * no broken link (the members' texts' links among them), every internal URL under the base path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_PAGE } from '../helpers/build.ts';
import { distFiles, htmlPages, loadPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { sharedSite } from '../helpers/sites.ts';

const DIST = sharedSite('group-folders');
const { SITE_URL: SITE, BASE_PATH: BASE } = PROJECT_PAGE;
const page = (path: string) => loadPage(path, DIST);
const MEMBERS = { ada: 'Ada Lovelace', ben: 'Ben Okafor', cyd: 'Cyd Marlowe' };
/** The titles a publication list shows, in order. */
const titles = (path: string) =>
  page(path)('.publication-title')
    .map((_, element) => page(path)(element).text().trim())
    .get();

describe("a group's site from its members' folders", () => {
  it("builds each member's site under /<member>/ from their own folder: home, CV, publications, their PDF and exports", () => {
    const files = distFiles(DIST);
    for (const [member, name] of Object.entries(MEMBERS)) {
      expect(page(`/${member}/`)('h1').text(), member).toContain(name);
      for (const file of ['index.html', 'cv/index.html', 'publications/index.html', 'cv.pdf', 'cv.json', 'feed.xml', 'publications.bib'])
        expect(files, member).toContain(`/${member}/${file}`);
    }
    expect(files).toContain('/ada/publications/lovelace2024engines/index.html');
    expect(files).toContain('/ben/publications/okafor2024notes/index.html');
    // Each member's own settings: Ada's home shows two publications.
    expect(page('/ada/')('.publication-title')).toHaveLength(2);
    // A file beside a member's entry is published beside their page.
    expect(files).toContain('/ben/publications/okafor2023store.pdf');
    expect(JSON.parse(readFileSync(join(DIST, 'ada', 'cv.json'), 'utf8')).basics.name).toBe('Ada Lovelace');
  });

  it("shows each member's own preview card on their pages, in the page's language, and the group's on the group's", () => {
    const files = distFiles(DIST);
    const preview = (path: string) => {
      const meta = (property: string) => page(path)(`meta[property="${property}"]`).attr('content') ?? '';
      return { image: meta('og:image'), alt: meta('og:image:alt') };
    };
    for (const [path, card, alt] of [
      ['/ada/', 'ada/home', 'Ada Lovelace. Group leader. University of London'],
      ['/ada/cv/', 'ada/home', 'Ada Lovelace. Group leader. University of London'],
      ['/ada/de/cv/', 'ada/de/home', 'Ada Lovelace. Gruppenleiterin. University of London'],
      ['/ben/publications/okafor2024notes/', 'ben/home', 'Ben Okafor.'],
      ['/', 'home', 'Analytical Engines Group. Research group. University of London'],
    ] as const) {
      const { image, alt: shown } = preview(path);
      expect(image, path).toBe(`${SITE}${BASE}og/${card}.png`);
      expect(shown.startsWith(alt), `${path}: ${shown}`).toBe(true);
      expect(files, path).toContain(`/og/${card}.png`);
    }
  });

  it("keeps a member's site their own: their list has only their works, their navigation stays under /<member>/", () => {
    expect(titles('/cyd/publications/')).toEqual(['Punched Cards as Programs']);
    const nav = page('/cyd/')('.site-nav a')
      .map((_, link) => page('/cyd/')(link).attr('href'))
      .get();
    expect(nav.length).toBeGreaterThan(1);
    for (const href of nav) expect(href).toMatch(/^\/vita\/cyd\//);
    // Its footer links back to the group's site.
    expect(page('/cyd/')('.site-footer a[href="/vita/"]').text()).toBe('Analytical Engines Group');
    expect(page('/cyd/talks/')('.site-main').text()).toContain('Difference Society Meeting');
  });

  it("renders the group's own pages at /: its profile, news and free page, its publications the combined list", () => {
    expect(page('/')('h1').text()).toContain('Analytical Engines Group');
    expect(page('/news/')('.site-main').text()).toContain('join the group this spring');
    expect(page('/join/')('.site-main').text()).toContain('doctoral and postdoctoral positions');
    expect(titles('/publications/').sort()).toEqual([
      'A Store of One Thousand Numbers',
      'Bernoulli Numbers by Machine',
      'Notes on the Analytical Engine',
      'Punched Cards as Programs',
    ]);
  });

  it('lists the paper Ada and Ben both have once, under its first id, with both as authors linked to their pages on the group site', () => {
    const $ = page('/publications/lovelace2024engines/');
    // Names are written with a no-break space between family name and initials.
    expect($('.site-main').text()).toMatch(/Lovelace\sA and Okafor\sB/);
    expect($('.site-main a[href="/vita/people/ada/"]').length).toBeGreaterThan(0);
    expect($('.site-main a[href="/vita/people/ben/"]').length).toBeGreaterThan(0);
    expect(htmlPages(DIST).filter((path) => path.startsWith('/publications/') && path !== '/publications/')).toEqual(
      ['/publications/lovelace2022bernoulli/', '/publications/lovelace2024engines/', '/publications/marlowe2024cards/', '/publications/okafor2023store/'].sort(),
    );
    // The group's person page of a member links to their site.
    expect(page('/people/ben/')('a[href="https://example.github.io/vita/ben/"]').length).toBeGreaterThan(0);
    // In German, to their German pages.
    expect(page('/de/people/ben/')('a[href="https://example.github.io/vita/ben/de/"]').length).toBeGreaterThan(0);
    // The combined list links a file beside a member's entry at the member's copy.
    expect(page('/publications/')('a[href="/vita/ben/publications/okafor2023store.pdf"]')).toHaveLength(1);
  });

  it("leads the site paths of a member's text to their pages in the page's language, and a file of the group's public folder to the group's base path", () => {
    const about = (path: string) => {
      const $ = page(path);
      return $('section[aria-labelledby="about"] a')
        .map((_, link) => $(link).attr('href'))
        .get();
    };
    expect(about('/ada/')).toEqual([
      '/vita/ada/publications/',
      '/vita/ada/publications/lovelace2024engines/',
      '/vita/ada/cv.pdf',
      '/vita/files/engines-report.pdf',
      'https://example.org/engines',
    ]);
    expect(about('/ada/de/')).toEqual([
      '/vita/ada/de/publications/',
      '/vita/ada/de/publications/lovelace2024engines/',
      '/vita/ada/de/cv.pdf',
      '/vita/files/engines-report.pdf',
      'https://example.org/engines',
    ]);
    // The group's public files are published once, at the group's base path; no member has a copy.
    const files = distFiles(DIST);
    expect(files).toContain('/files/engines-report.pdf');
    expect(files.filter((file) => /^\/(ada|ben|cyd)\/files\//.test(file))).toEqual([]);
    // A member's publication linking a file of the group's public folder links it there, on their list and the group's.
    for (const path of ['/cyd/publications/', '/cyd/de/publications/', '/publications/']) expect(page(path)('a[href="/vita/files/cards-slides.pdf"]'), path).toHaveLength(1);
    // The group's news, untranslated on its German pages, leads to the members' German pages.
    const news = page('/de/news/')('.site-main a[href^="/vita/ben/"], .site-main a[href^="/vita/cyd/"]')
      .map((_, link) => page('/de/news/')(link).attr('href'))
      .get();
    expect(news).toEqual(['/vita/ben/de/', '/vita/cyd/de/cv/']);
  });

  it("switches a member's pages between the group's languages: /ada/cv/ and /ada/de/cv/, with hreflang alternates, canonical and German words on the German one", () => {
    const SITE_BASE = `${SITE}${BASE}`;
    for (const [path, other, lang] of [
      ['/ada/cv/', '/vita/ada/de/cv/', 'en'],
      ['/ada/de/cv/', '/vita/ada/cv/', 'de'],
      ['/ben/publications/', '/vita/ben/de/publications/', 'en'],
      ['/ben/de/publications/', '/vita/ben/publications/', 'de'],
    ] as const) {
      const $ = page(path);
      expect($('html').attr('lang'), path).toBe(lang);
      expect($('link[rel="canonical"]').attr('href'), path).toBe(`${SITE_BASE}${path.slice(1)}`);
      const switcher = $('.language-nav a')
        .map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}${$(link).attr('aria-current') ? ' (current)' : ''}`)
        .get();
      const english = lang === 'en' ? `/vita${path}` : other;
      const german = lang === 'de' ? `/vita${path}` : other;
      expect(switcher, path).toEqual([`en ${english}${lang === 'en' ? ' (current)' : ''}`, `de ${german}${lang === 'de' ? ' (current)' : ''}`]);
      const alternates = $('link[rel="alternate"][hreflang]')
        .map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`)
        .get();
      expect(alternates, path).toEqual([`en ${SITE}${english}`, `de ${SITE}${german}`, `x-default ${SITE}${english}`]);
    }
    // The member's German pages say German things: the interface, her German text and role; the footer leads to the group's German pages.
    const $ = page('/ada/de/');
    expect($('.language-nav').attr('aria-label')).toBe('Sprache');
    expect($('.lede').text()).toContain('Gruppenleiterin');
    expect($('section[aria-labelledby="about"]').text()).toContain('Ada Lovelace leitet die Analytical Engines Group.');
    expect($('.site-footer a[href="/vita/de/"]').text()).toBe('Analytical Engines Group');
    expect(page('/ada/')('.lede').text()).toContain('Group leader');
    // Her schema.org Person is at her home, in the page's language, not the group's.
    const person = (path: string) =>
      page(path)('script[type="application/ld+json"]')
        .map((_, script) => JSON.parse(page(path)(script).text()) as { '@type': string; url?: string })
        .get()
        .find((block) => block['@type'] === 'Person');
    expect([person('/ada/')?.url, person('/ada/de/')?.url]).toEqual([`${SITE_BASE}ada/`, `${SITE_BASE}ada/de/`]);
  });

  it('has no broken internal link, asset or #fragment, and every internal URL under the base path', () => {
    expect(brokenLinks(DIST, BASE, SITE)).toEqual([]);
    const outside: string[] = [];
    for (const path of htmlPages(DIST)) {
      const $ = page(path);
      $('[href], [src]').each((_, element) => {
        const target = $(element).attr('href') ?? $(element).attr('src')!;
        if ((target.startsWith('/') || target.startsWith(SITE)) && !target.startsWith(BASE) && !target.startsWith(`${SITE}${BASE}`)) outside.push(`${path}: ${target}`);
      });
    }
    expect(outside).toEqual([]);
  });
});
