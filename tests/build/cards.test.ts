/**
 * Social preview images and the favicon in the built site: every page has the
 * four Open Graph properties the protocol requires and an og:image that exists in
 * dist/ as a 1200×630 PNG, at / and under a base path; per-publication cards can
 * be switched off, which leaves the person card as it was; the accent colour of
 * the settings colours the cards and the favicon made from the owner's initials.
 * (Byte-identical output across builds: deterministic.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, SHIPPED } from '../helpers/build.ts';
import { distFiles, htmlPages, isRedirect, loadPage } from '../helpers/dist.ts';
import { loadContent } from '../helpers/contentFolder.ts';
import { pngPixels, pngSize } from '../helpers/png.ts';
import { preparedContent, sharedSite } from '../helpers/sites.ts';

const publicationIds = (content: string) =>
  loadContent(content)
    .bySection('publications')
    .map((entry) => entry.id);

/** Every page but the redirect pages of old addresses, which only lead on (and are not indexed). */
const pagesOf = (dist: string) => htmlPages(dist).filter((page) => !isRedirect(page, dist));

/** The og:image of every page, checked against the files of `dist` served from `origin`. */
function previewImages(dist: string, origin: string) {
  return pagesOf(dist).map((page) => {
    const $ = loadPage(page, dist);
    const meta = (property: string) => $(`meta[property="${property}"]`).attr('content');
    const image = meta('og:image') ?? '';
    return {
      page,
      image,
      file: image.startsWith(origin) ? join(dist, image.slice(origin.length)) : undefined,
      required: ['og:title', 'og:type', 'og:image', 'og:url'].filter((property) => !meta(property)),
      size: [meta('og:image:width'), meta('og:image:height')],
      alt: meta('og:image:alt') ?? '',
      twitterCard: $('meta[name="twitter:card"]').attr('content'),
    };
  });
}

describe.each([
  ['/', DIST, 'https://lapuschkin.com/', SHIPPED, '#0a5a9c'],
  // The complete fixture in German on a GitHub project page, with the fixture's accent colour.
  ['/vita/', sharedSite('complete-de-vita'), 'https://example.github.io/vita/', preparedContent('complete-de-vita'), '#7a1f5c'],
])('built at %s', (_, dist, origin, content, accent) => {
  const images = previewImages(dist, origin);

  it('gives every page og:title, og:type, og:image and og:url, a large Twitter card and an alt text', () => {
    expect(images.length).toBeGreaterThan(5);
    for (const image of images) {
      expect(image.required, image.page).toEqual([]);
      expect(image.size, image.page).toEqual(['1200', '630']);
      expect(image.twitterCard, image.page).toBe('summary_large_image');
      expect(image.alt.length, image.page).toBeGreaterThan(5);
    }
  });

  it('publishes every og:image as a 1200×630 PNG on the site', () => {
    for (const { page, image, file } of images) {
      expect(file, `${page}: ${image} is not under ${origin}`).toBeDefined();
      expect(existsSync(file!), `${page}: ${image}`).toBe(true);
      expect(pngSize(readFileSync(file!)), image).toEqual({ width: 1200, height: 630 });
    }
  });

  it('gives each page its own card at a stable URL, the person’s card where a page has none, and publishes no other image', () => {
    const byPage = new Map(images.map(({ page, image }) => [page, image.slice(origin.length)]));
    expect(byPage.get('/')).toBe('og/home.png');
    expect(byPage.get('/cv/')).toBe('og/cv.png');
    expect(byPage.get('/404.html')).toBe('og/404.png');
    const ids = publicationIds(content);
    for (const id of ids) expect(byPage.get(`/publications/${id}/`)).toBe(`og/publications/${id}.png`);
    // The lists, the news and the free pages have a card each (the complete fixture has them); topic pages show the person's.
    const freePages = loadContent(content)
      .bySection('pages')
      .map((entry) => `/${entry.id}/`);
    // The index of co-authors and each person's page have theirs too.
    const lists = ['/publications/', '/talks/', '/patents/', '/news/', '/people/', ...freePages].filter((page) => byPage.has(page));
    for (const page of lists) expect(byPage.get(page)).toBe(`og/${page.slice(1, -1)}.png`);
    const persons = [...byPage.keys()].filter((page) => /^\/people\/[^/]+\/$/.test(page));
    for (const page of persons) expect(byPage.get(page)).toBe(`og/${page.slice(1, -1)}.png`);
    const others = [...byPage].filter(([page]) => !['/', '/cv/', '/404.html', ...lists, ...persons, ...ids.map((id) => `/publications/${id}/`)].includes(page));
    expect(others.filter(([, card]) => card !== 'og/home.png')).toEqual([]);
    const published = distFiles(dist).filter((file) => file.startsWith('/og/'));
    expect(published).toEqual([...new Set(byPage.values())].map((path) => `/${path}`).sort());
  });

  it('visual 2.1.9: links every page to the favicon made from the owner’s initials in the accent colour, under the base path', () => {
    const base = new URL(origin).pathname;
    for (const page of pagesOf(dist)) {
      const icon = loadPage(page, dist)('link[rel="icon"]');
      expect([icon.attr('href'), icon.attr('type')], page).toEqual([`${base}favicon.svg`, 'image/svg+xml']);
    }
    const svg = readFileSync(join(dist, 'favicon.svg'), 'utf8');
    expect(svg).toContain(`<rect width="64" height="64" rx="12" fill="${accent}"/><g fill="#ffffff">`);
    expect(svg.match(/<path /g)).toHaveLength(2);
  });
});

describe('the home, publication and section cards', () => {
  it('describe the owner, the publication and the section’s key numbers in their alt text', () => {
    expect(loadPage('/')('meta[property="og:image:alt"]').attr('content')).toBe(
      'Dr. Sebastian Lapuschkin. Head of Explainable Artificial Intelligence. Fraunhofer Heinrich Hertz Institute',
    );
    expect(loadPage('/publications/lapuschkin2019unmasking/')('meta[property="og:image:alt"]').attr('content')).toBe(
      'Journal article. Unmasking Clever Hans Predictors and Assessing what Machines Really Learn. Lapuschkin\u00A0S, Wäldchen\u00A0S, Binder\u00A0A, Montavon\u00A0G, Samek\u00A0W, Müller\u00A0K-R. Nature Communications · 2019',
    );
    expect(loadPage('/publications/')('meta[property="og:image:alt"]').attr('content')).toBe(
      'Publications. 51 publications · 21 journal articles · 17 conference & workshop papers',
    );
    expect(loadPage('/cv/')('meta[property="og:image:alt"]').attr('content')).toBe(
      'Curriculum vitae. Head of Explainable Artificial Intelligence, Fraunhofer Heinrich Hertz Institute. 51 publications · 3 patent families · 16 talks',
    );
    expect(loadPage('/404.html')('meta[property="og:image:alt"]').attr('content')).toBe(
      'Page not found. There is no page at this address. It may have moved, or the link may be mistyped',
    );
  });

  it('are different images', () => {
    const home = readFileSync(join(DIST, 'og', 'home.png'));
    expect(home.equals(readFileSync(join(DIST, 'og', 'publications', 'lapuschkin2019unmasking.png')))).toBe(false);
  });
});

describe('with per-publication cards off', () => {
  // The last row of the section matrix has them off (tests/helpers/sites.ts); its settings are otherwise the complete fixture's.
  const dist = sharedSite('matrix-7');
  const ids = publicationIds(preparedContent('matrix-7'));

  it('gives publication pages the person card and renders no publication card', () => {
    const image = (page: string) => loadPage(page, dist)('meta[property="og:image"]').attr('content');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(image(`/publications/${id}/`)).toBe('https://maria-rossi.example.org/og/home.png');
    expect(image('/publications/')).toBe('https://maria-rossi.example.org/og/publications.png');
    expect(distFiles(dist).filter((file) => file.startsWith('/og/'))).toEqual([
      '/og/404.png',
      '/og/contact.png',
      '/og/cv.png',
      '/og/home.png',
      '/og/people.png',
      '/og/people/lars-ekstrom.png',
      '/og/people/luca-conti.png',
      '/og/publications.png',
      '/og/talks.png',
    ]);
    expect(readFileSync(join(dist, 'og', 'home.png')).equals(readFileSync(join(sharedSite('complete'), 'og', 'home.png')))).toBe(true);
  });
});

describe('with an accent colour of the owner’s', () => {
  // The complete fixture has one: { light: "#7a1f5c", dark: "#f0a8d8" }.
  const dist = sharedSite('complete');

  it('visual 3.2: colours the cards’ bar and the favicon with the accent', () => {
    for (const card of ['home', 'cv', 'publications']) {
      expect(pngPixels(readFileSync(join(dist, 'og', `${card}.png`))).at(0, 0), card).toBe('#7a1f5c');
      expect(pngPixels(readFileSync(join(DIST, 'og', `${card}.png`))).at(0, 0), card).toBe('#0a5a9c');
    }
    expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toContain('<rect width="64" height="64" rx="12" fill="#7a1f5c"/>');
  });
});
