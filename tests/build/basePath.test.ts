/**
 * The complete fixture built for a GitHub project page (https://example.github.io/vita/), in German:
 * every internal URL carries the base path and resolves, in pages, CSS, the
 * sitemap, the feed, canonical links, JSON-LD, Open Graph and _headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_PAGE } from '../helpers/build.ts';
import { distFiles, htmlPages, loadPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { sharedSite } from '../helpers/sites.ts';

const DIST_UNDER_BASE = sharedSite('complete-de-vita');
const { SITE_URL: SITE, BASE_PATH: BASE } = PROJECT_PAGE;
const read = (path: string) => readFileSync(join(DIST_UNDER_BASE, path), 'utf8');

describe('built under /vita/', () => {
  it('has no broken internal link, asset or #fragment', () => {
    expect(brokenLinks(DIST_UNDER_BASE, BASE, SITE)).toEqual([]);
  });

  it('puts the base path on every internal URL in every page', () => {
    const outside: string[] = [];
    for (const page of htmlPages(DIST_UNDER_BASE)) {
      const $ = loadPage(page, DIST_UNDER_BASE);
      $('[href], [src], meta[property="og:url"]').each((_, element) => {
        const target = $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('content')!;
        const internal = target.startsWith('/') || target.startsWith(SITE);
        const underBase = target.startsWith(BASE) || target.startsWith(`${SITE}${BASE}`);
        if (internal && !underBase) outside.push(`${page}: ${target}`);
      });
      const jsonLd = $('script[type="application/ld+json"]').text();
      for (const [url] of jsonLd.matchAll(/https:\/\/example\.github\.io[^"]*/g)) if (!url.startsWith(`${SITE}${BASE}`)) outside.push(`${page} JSON-LD: ${url}`);
    }
    expect(outside).toEqual([]);
  });

  it('serves CSS whose url() references resolve', () => {
    // The site's one stylesheet; the publication filters' own (generated) is checked in the browser tests.
    const css = distFiles(DIST_UNDER_BASE).filter((file) => file.startsWith('/_astro/') && file.endsWith('.css'));
    expect(css.length).toBe(1);
    expect(loadPage('/', DIST_UNDER_BASE)('link[rel="stylesheet"]').attr('href')).toBe(`${BASE}_astro${css[0]!.slice('/_astro'.length)}`);
  });

  it('writes canonical, sitemap, feed, robots.txt, exports and _headers under the base', () => {
    expect(loadPage('/cv/', DIST_UNDER_BASE)('link[rel="canonical"]').attr('href')).toBe(`${SITE}${BASE}cv/`);
    expect([...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].every(([, url]) => url!.startsWith(`${SITE}${BASE}`))).toBe(true);
    expect([...read('feed.xml').matchAll(/<link>([^<]+)<\/link>/g)].every(([, url]) => url!.startsWith(`${SITE}${BASE}`))).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(JSON.parse(read('cv.json')).basics.url).toBe(`${SITE}${BASE}`);
    expect(read('publications.ris')).toContain(`UR  - ${SITE}${BASE}publications/rossi2023cellstate/`);
    expect(read('_headers').startsWith(`${BASE}*\n`)).toBe(true);
  });
});
