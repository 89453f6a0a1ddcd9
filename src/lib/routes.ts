/**
 * Every site path, defined once. Pure: paths without the base path; src/data/routes.ts
 * binds them to the configured base and origin for pages and exports.
 */

/** The pages that can appear in the navigation, in their default order. */
export const NAVIGABLE_PAGES = ['home', 'news', 'people', 'publications', 'talks', 'patents', 'cv'] as const;
export type NavigablePage = (typeof NAVIGABLE_PAGES)[number];
/** Whether a navigation entry names one of vita's own pages (not a free page). */
export const isNavigablePage = (page: string): page is NavigablePage => (NAVIGABLE_PAGES as readonly string[]).includes(page);

/** The route prefix of a group's members' pages: a member's site is every page of theirs under /[member]/ (see src/integrations/vita.ts). */
export const MEMBER_ROUTE = '/[member]';

/** The content sections a page lists; a page whose sections are all empty is not built. Home and CV always are. */
export const PAGE_SECTIONS: Readonly<Record<NavigablePage, readonly string[] | 'always'>> = {
  home: 'always',
  publications: ['publications'],
  talks: ['talks', 'lectures'],
  patents: ['patents'],
  news: ['news'],
  /** The People page of a group's members (content/people/ with a role); without members it is the co-authors' index, linked from the publications. */
  people: ['members'],
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
  /** A file of a CV variant (cv.variants): "short.pdf" → /cv-short.pdf. */
  cvVariant: (file: string) => `/cv-${file}`,
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  topic: (id: string) => `/topics/${id}/`,
  /** The index of co-authors. */
  people: () => '/people/',
  /** A person's page: one of content/people/, or a co-author with enough joint works. */
  person: (id: string) => `/people/${id}/`,
  /** The stylesheet of the publication filters (generated from the site's years and topics). */
  publicationFilters: () => '/publications/filters.css',
  /** The search page and its script (with the `search` setting only). */
  search: () => '/search/',
  searchScript: () => '/search.js',
  /** Pagefind's script beside the search index it writes into pagefind/ after the build. */
  searchIndex: () => '/pagefind/pagefind.js',
  redirects: () => '/_redirects',
  /** Security headers for Netlify and Cloudflare Pages. */
  headers: () => '/_headers',
  htaccess: () => '/.htaccess',
  robots: () => '/robots.txt',
  notFound: () => '/404.html',
} as const;

/** The files that speak the page's language, one per language of the site; the others (exports of the publications, the icon, robots.txt) are one for all. */
const FILES_PER_LANGUAGE: ReadonlySet<string> = new Set([paths.cvPdf(), paths.jsonResume(), paths.feed()]);

/** Whether a site path has a version in each language of the site: every page (it ends in /) and the files in a language. */
export function isPerLanguage(path: string): boolean {
  const bare = path.split(/[?#]/)[0]!;
  return bare.endsWith('/') || FILES_PER_LANGUAGE.has(bare);
}

/**
 * A site path in one language of the site: as it is in the default one (`prefix` undefined), under /de/ in German;
 * on a group's site, a path on a member's site (`members`: their ids) in the member's German pages (/ada/cv/ → /ada/de/cv/).
 */
export function inLanguage(path: string, prefix: string | undefined, members: ReadonlySet<string> = new Set()): string {
  const first = path.split('/')[1] ?? '';
  const member = members.has(first) ? `/${first}` : '';
  const inside = path.slice(member.length);
  return prefix !== undefined && inside.startsWith('/') && isPerLanguage(inside) ? `${member}/${prefix}${inside}` : path;
}

/**
 * The language of a site path (base path included or not, or a route's pattern), of the site's `languages` (the
 * default first): the first segment when it names another one; undefined for the default language's.
 */
export function languageOfPath(path: string, base: string, languages: readonly string[]): string | undefined {
  const inside = path.startsWith(base) ? path.slice(base.length - 1) : path;
  const first = inside.split('/')[1];
  return first !== undefined && languages.indexOf(first) > 0 ? first : undefined;
}

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
