/**
 * A group's site (issue 25 §3) built once from four content folders, the group's and three members'
 * (tests/fixtures/sites/group-folders), on a GitHub project page (/vita/): every member's site under
 * /vita/<member>/ from their own folder, the group's own pages at /vita/, its publication list combining
 * the members' without duplicates (one paper is Ada's and Ben's under two ids and two spellings of its
 * DOI), no broken link, every internal URL under the base path.
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
    // The combined list links a file beside a member's entry at the member's copy.
    expect(page('/publications/')('a[href="/vita/ben/publications/okafor2023store.pdf"]')).toHaveLength(1);
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
