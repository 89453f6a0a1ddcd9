/**
 * The complete fixture as an Arabic site: every page right to left (dir on <html>, the
 * redirect pages' too), passing the same html-validate and link checks as a left-to-right
 * site, with its interface in Arabic, its preview cards drawn and its PDF CV typeset.
 * (axe-core on the same site: tests/browser/rightToLeft.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar.ts';
import { distFiles, htmlPages, loadPage } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/htmlValidation.ts';
import { brokenLinks } from '../helpers/links.ts';
import { pngPixels } from '../helpers/png.ts';
import { sharedSite } from '../helpers/sites.ts';

const SITE = 'https://maria-rossi.example.org';
const dist = sharedSite('complete-ar');

describe('the complete fixture in Arabic', () => {
  it('sets every page right to left, in Arabic, redirect pages included', () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(20);
    const wrong = pages.filter((page) => {
      const html = loadPage(page, dist)('html');
      return html.attr('lang') !== 'ar' || html.attr('dir') !== 'rtl';
    });
    expect(wrong).toEqual([]);
  });

  it('sets BibTeX, which is code, left to right inside the right-to-left pages', () => {
    const blocks = htmlPages(dist)
      .filter((page) => /^\/publications\/([^/]+\/)?$/.test(page))
      .flatMap((page) =>
        loadPage(
          page,
          dist,
        )('pre')
          .toArray()
          .map((pre) => pre.attribs['dir']),
      );
    expect(blocks.length).toBeGreaterThan(5);
    expect(new Set(blocks)).toEqual(new Set(['ltr']));
  });

  it('speaks Arabic: the navigation, the CV’s headings and the publication list’s summary', () => {
    const cv = loadPage('/cv/', dist);
    expect(
      cv('h2')
        .map((_, heading) => cv(heading).text())
        .get(),
    ).toEqual(expect.arrayContaining([ar.cv.sections.experience, ar.cv.sections.education, ar.cv.sections.publications]));
    const home = loadPage('/', dist);
    expect(
      home('nav a')
        .map((_, link) => home(link).text().trim())
        .get(),
    ).toEqual(expect.arrayContaining([ar.pages.home, ar.pages.cv, ar.pages.news]));
    expect(loadPage('/publications/', dist)('main').text()).toContain('3 مقالات في مجلات علمية');
  });

  it('passes html-validate on every page', async () => {
    const problems: string[] = [];
    for (const page of htmlPages(dist)) problems.push(...(await htmlProblems(dist, page)).map((problem) => `${page}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('has no broken internal link, asset or #fragment', () => {
    expect(brokenLinks(dist, '/', SITE)).toEqual([]);
  });

  it('draws its preview cards mirrored, the accent bar down the right edge, and typesets its PDF CV', () => {
    const cards = distFiles(dist).filter((file) => file.startsWith('/og/') && file.endsWith('.png'));
    expect(cards.length).toBeGreaterThan(5);
    const home = pngPixels(readFileSync(join(dist, 'og', 'home.png')));
    expect([home.at(1199, 10), home.at(0, 10)]).toEqual(['#7a1f5c', '#fbfaf7']);
    expect(readFileSync(join(dist, 'cv.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
