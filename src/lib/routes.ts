/**
 * Every site path, defined once. Pure: paths without the base path; src/data/routes.ts
 * binds them to the configured base and origin for pages and exports.
 */

/** The pages that can appear in the navigation, in their default order. */
export const NAVIGABLE_PAGES = ['home', 'news', 'publications', 'talks', 'patents', 'cv'] as const;
export type NavigablePage = (typeof NAVIGABLE_PAGES)[number];
/** Whether a navigation entry names one of vita's own pages (not a free page). */
export const isNavigablePage = (page: string): page is NavigablePage => (NAVIGABLE_PAGES as readonly string[]).includes(page);

/** The content sections a page lists; a page whose sections are all empty is not built. Home and CV always are. */
export const PAGE_SECTIONS: Readonly<Record<NavigablePage, readonly string[] | 'always'>> = {
  home: 'always',
  publications: ['publications'],
  talks: ['talks', 'lectures'],
  patents: ['patents'],
  news: ['news'],
  cv: 'always',
};

/** Whether a page has anything to show, given the number of entries per section. */
export function pageHasContent(page: NavigablePage, counts: Readonly<Record<string, number>>): boolean {
  const needed = PAGE_SECTIONS[page];
  return needed === 'always' || needed.some((section) => (counts[section] ?? 0) > 0);
}

/** Site paths (without the base path), all ending in "/" or a file name. */
export const paths = {
  home: () => '/',
  publications: () => '/publications/',
  publication: (id: string) => `/publications/${id}/`,
  publicationBibtex: (id: string) => `/publications/${id}.bib`,
  publicationsYear: (year: number) => `/publications/by-year/${year}/`,
  talks: () => '/talks/',
  talksYear: (year: number) => `/talks/by-year/${year}/`,
  patents: () => '/patents/',
  cv: () => '/cv/',
  news: () => '/news/',
  /** A free page (content/pages/<id>.md). */
  page: (id: string) => `/${id}/`,
  bibtex: () => '/publications.bib',
  cslJson: () => '/publications.json',
  ris: () => '/publications.ris',
  jsonResume: () => '/cv.json',
  cvPdf: () => '/cv.pdf',
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  topic: (id: string) => `/topics/${id}/`,
  redirects: () => '/_redirects',
  /** Security headers for Netlify and Cloudflare Pages. */
  headers: () => '/_headers',
  htaccess: () => '/.htaccess',
  robots: () => '/robots.txt',
  notFound: () => '/404.html',
} as const;

/** Where the build lists the files it writes after the pages (files beside entries, redirect pages); removed once they are written. */
export const SITE_FILES_MANIFEST = '/site-files.json';

/** Joins the configured base ("/" or "/vita/") and a site path ("/publications/"); keeps #fragments. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** An address as people write it: without scheme and trailing slash, https://example.org/vita/ → "example.org/vita". */
export function displayAddress(url: string | URL): string {
  const address = new URL(url);
  return `${address.host}${address.pathname}`.replace(/\/$/, '');
}

/** The fragment id of a talk or lecture on the talks pages (HTML ids must start with a letter; talk ids start with the date). */
export const talkAnchor = (id: string): string => `talk-${id}`;

/** The fragment id of a patent family on the patents page. */
export const patentAnchor = (id: string): string => `patent-${id}`;

/** The fragment id of an entry of the career sections: a news item on /news/, a course, grant, supervision or service on the CV. */
export const entryAnchor = (section: 'news' | 'teaching' | 'grants' | 'supervision' | 'service', id: string): string =>
  `${{ news: 'news', teaching: 'course', grants: 'grant', supervision: 'supervision', service: 'service' }[section]}-${id}`;

/** Ids a free page cannot have: the first path segment of every page and file vita builds itself (cv, news, publications, …). */
export const RESERVED_PAGE_IDS: ReadonlySet<string> = new Set([
  '404',
  ...Object.entries(paths)
    .filter(([name]) => name !== 'page')
    .map(([, path]) => (path as (...args: unknown[]) => string)('x', 2000).split('/')[1]!)
    .filter(Boolean),
]);
