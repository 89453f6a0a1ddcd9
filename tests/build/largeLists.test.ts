/**
 * Long lists split into one page per year: a generated site with 120
 * publications and 36 talks and lectures, built with LIST_LIMIT=30 (tests/helpers/sites.ts).
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { sharedSite } from '../helpers/sites.ts';

const dist = sharedSite('large-lists');

describe('past the list limit', () => {
  it('lists every publication exactly once across the per-year pages', () => {
    const yearPages = htmlPages(dist).filter((page) => page.startsWith('/publications/by-year/'));
    expect(yearPages.length).toBeGreaterThan(5);
    const ids = yearPages.flatMap((page) =>
      loadPage(
        page,
        dist,
      )('.publication')
        .map((_, element) => loadPage(page, dist)(element).attr('id'))
        .get(),
    );
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    const overview = loadPage('/publications/', dist);
    expect(overview('nav[aria-label="Publications by year"] a').length).toBe(yearPages.length);
    expect(overview('.publication').length).toBe(5);
  });

  it('splits talks and lectures by year and keeps the CV to excerpts', () => {
    const yearPages = htmlPages(dist).filter((page) => page.startsWith('/talks/by-year/'));
    const talks = yearPages.reduce((sum, page) => sum + loadPage(page, dist)('.talk').length, 0);
    expect(talks).toBe(36);
    expect(loadPage('/talks/', dist)('.talk').length).toBe(20);
    const cv = loadPage('/cv/', dist);
    expect(cv('section:has(#talks) .talk').length).toBe(10);
    expect(cv('section:has(#publications) .publication').length).toBe(5);
  });

  it('has no broken link', () => {
    expect(brokenLinks(dist, '/', 'https://example.org')).toEqual([]);
  });
});
