/**
 * What the site will be, as far as the content tells: the pages and files the
 * build writes, to check links against, and the place each takes in the output
 * folder, which no old address and no file beside an entry may take. Pure:
 * valid entries in.
 */
import { bodyIds, type SiteIndex } from '../lib/markdown/contentLinks.ts';
import { redirectFile } from '../lib/redirects.ts';
import { isGroupMember, type Person } from '../schemas/person.ts';
import { NAVIGABLE_PAGES, pageHasContent, paths, RESERVED_PAGE_IDS, SITE_FILES_MANIFEST, talkAnchor } from '../lib/routes.ts';
import { variantFiles, variantFormat } from '../model/variants.ts';
import type { Settings } from '../schemas/settings.ts';
import type { ValidEntry } from './checkFile.ts';

export interface BuildIndex extends SiteIndex {
  /** What already takes a file of the output folder ("cv/index.html"), in words; undefined when it is free. */
  readonly taken: (file: string) => string | undefined;
  /** The site path (with its ?query#fragment) of an absolute address on the site's own `url`, under its base path; undefined for any other. */
  readonly ownPath: (address: string) => string | undefined;
  /** How messages name the public folder ("public/"). */
  readonly publicFolder: string;
}

/** Folders the build fills itself: every file in them is taken, whatever the content. */
const BUILD_FOLDERS: Readonly<Record<string, string>> = {
  '_astro/': "the site's styles and fonts",
  'og/': 'the preview images',
  'topics/': 'the topic pages',
  'people/': 'the pages of co-authors',
  'publications/by-year/': 'the publication pages per year',
  'talks/by-year/': 'the talk pages per year',
  'pagefind/': 'the search index',
};

/** Files the build writes whatever the content (some only with a site URL, which may come later). */
const BUILD_FILES: readonly [string, string][] = [
  [paths.notFound(), 'the page for addresses that do not exist'],
  [paths.bibtex(), 'the BibTeX export'],
  [paths.cslJson(), 'the CSL-JSON export'],
  [paths.ris(), 'the RIS export'],
  [paths.publicationFilters(), 'the stylesheet of the publication filters'],
  [paths.searchScript(), 'the script of the search page'],
  [paths.jsonResume(), 'the JSON Resume export'],
  [paths.cvPdf(), 'the PDF CV'],
  [paths.feed(), 'the feed'],
  [paths.sitemap(), 'the sitemap'],
  ['/sitemap-0.xml', 'the sitemap'],
  [paths.robots(), 'the instructions for search engines'],
  [paths.favicon(), 'the icon'],
  [paths.redirects(), 'the redirects for Netlify and Cloudflare Pages'],
  [paths.headers(), 'the security headers'],
  [paths.htaccess(), 'the settings for an Apache web server'],
  [SITE_FILES_MANIFEST, "the build's list of files to write"],
];

/** Sections whose entries may name topics: a topic with entries gets a page. */
const TOPIC_SECTIONS = new Set(['publications', 'talks', 'lectures', 'projects']);

/** The ids of a page that shows one entry's body: the layout's `main`, the page's own, and the body's. */
function pageIds(own: readonly string[], body: string): ReadonlySet<string> | undefined {
  const ids = bodyIds(body);
  return ids && new Set(['main', ...own, ...ids]);
}

/** How messages name the public folder unless told otherwise. */
export const PUBLIC_FOLDER = 'public/';

/** Where a site's links may lead besides its own pages: files under public/, and a group's members' sites. */
export interface LinkedSites {
  /** Whether a site path names a file under public/. */
  readonly publicFileExists?: ((path: string) => boolean) | undefined;
  /** A group's members' sites by id, checked with their own folders: a path on one (/ada/publications/) names what it has. Without it, a member's home and CV are taken on trust. */
  readonly memberSites?: ReadonlyMap<string, SiteIndex> | undefined;
  /** How messages name the public folder whose files links name: "public/", or a group's for its members' folders. */
  readonly publicFolder?: string | undefined;
}

/**
 * The site the entries make. `attachments` are the site paths of the files beside entries that entries link
 * (published with the site).
 */
export function siteIndex(entries: readonly ValidEntry[], options: LinkedSites & { readonly attachments?: readonly string[] } = {}): BuildIndex {
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[entry.section] = (counts[entry.section] ?? 0) + 1;
  counts['members'] = entries.filter((entry) => entry.section === 'people' && isGroupMember(entry.data as Person)).length;
  const ofSection = (section: string) => entries.filter((entry) => entry.section === section);
  const publications = ofSection('publications');
  const events = [...ofSection('talks'), ...ofSection('lectures')];
  const freePages = ofSection('pages').filter((entry) => !RESERVED_PAGE_IDS.has(entry.id));
  const settings = entries.find((entry) => entry.section === 'settings')?.data ?? {};
  const declaredTopics = (settings['topics'] ?? {}) as Record<string, string>;
  const siteUrl = typeof settings['url'] === 'string' ? new URL(settings['url']) : undefined;
  const members = ((settings['members'] ?? []) as Settings['members']).map((member) => member.id);
  const usedTopics = new Set(entries.filter((entry) => TOPIC_SECTIONS.has(entry.section)).flatMap((entry) => (entry.data['topics'] as string[] | undefined) ?? []));

  const pages = new Set<string>([
    ...NAVIGABLE_PAGES.filter((page) => pageHasContent(page, counts)).map((page) => paths[page]()),
    ...publications.map((entry) => paths.publication(entry.id)),
    // Year pages exist only past the page limit; a link to one is taken on trust.
    ...publications.map((entry) => paths.publicationsYear(entry.data['year'] as number)),
    ...events.map((entry) => paths.talksYear(Number((entry.data['date'] as { dates: string[] }).dates[0]!.slice(0, 4)))),
    ...freePages.map((entry) => paths.page(entry.id)),
    ...(settings['search'] === true ? [paths.search()] : []),
    // The index of co-authors exists when a publication has any, which is taken on trust too.
    ...(publications.length > 0 ? [paths.people()] : []),
    ...ofSection('people').map((entry) => paths.person(entry.id)),
    ...Object.keys(declaredTopics)
      .filter((topic) => usedTopics.has(topic))
      .map((topic) => paths.topic(topic)),
    // A group's members' sites: their pages, or, where their folders were not checked, the home and CV every member has.
    ...members.flatMap((member) => {
      const site = options.memberSites?.get(member);
      return site ? [...site.pages].map((page) => `/${member}${page}`) : [`/${member}${paths.home()}`, `/${member}${paths.cv()}`];
    }),
  ]);
  const variants = ((settings['cv'] as Settings['cv'] | undefined)?.variants ?? []).flatMap((variant) =>
    variantFiles({ name: variant.name, format: variantFormat(variant) }).map((file): [string, string] => [paths.cvVariant(file), `the CV variant ${variant.name}`]),
  );
  const described = new Map<string, string>([
    ...BUILD_FILES,
    ...variants,
    ...publications.map((entry): [string, string] => [paths.publicationBibtex(entry.id), `the BibTeX of ${entry.id}`]),
    ...(options.attachments ?? []).map((path): [string, string] => [path, `the file content${path} beside its entry`]),
  ]);

  // A publication's page lists the talks that present it, each under its anchor.
  const presentedBy = Map.groupBy(
    events.filter((entry) => typeof entry.data['publication'] === 'string'),
    (entry) => entry.data['publication'] as string,
  );
  const fragments = new Map<string, () => ReadonlySet<string> | undefined>([
    ...publications.map((entry): [string, () => ReadonlySet<string> | undefined] => {
      const talks = (presentedBy.get(entry.id) ?? []).map((talk) => talkAnchor(talk.id));
      return [paths.publication(entry.id), () => pageIds(['cite', ...(entry.body === '' ? [] : ['abstract']), ...(talks.length > 0 ? ['presented', ...talks] : [])], entry.body)];
    }),
    ...freePages.map((entry): [string, () => ReadonlySet<string> | undefined] => [paths.page(entry.id), () => pageIds([], entry.body)]),
  ]);

  // Worked out when a link first names the page: a body is parsed only when a fragment points into it.
  const known = new Map<string, ReadonlySet<string> | undefined>();

  // Output files by lower-case name: on macOS and Windows, /CV/ and /cv/ are one folder.
  const outputs = new Map<string, string>([
    ...[...pages].map((page): [string, string] => [redirectFile(page).toLowerCase(), `the page ${page}`]),
    ...[...described].map(([path, what]): [string, string] => [path.slice(1).toLowerCase(), `${what} (${path})`]),
  ]);
  const taken = (file: string): string | undefined => {
    const key = file.toLowerCase();
    const member = members.find((id) => key.startsWith(`${id}/`));
    if (member !== undefined) return `the site of the group's member ${member} (/${member}/)`;
    const folder = Object.keys(BUILD_FOLDERS).find((prefix) => key.startsWith(prefix));
    if (folder !== undefined) return `${BUILD_FOLDERS[folder]} (/${folder})`;
    const parts = key.split('/');
    // The file itself, or a file the build writes where this one needs a folder (cv.pdf for cv.pdf/index.html).
    for (let length = parts.length; length > 0; length--) {
      const what = outputs.get(parts.slice(0, length).join('/'));
      if (what !== undefined) return what;
    }
    return options.publicFileExists?.(`/${file}`) ? `the file public/${file}` : undefined;
  };

  return {
    pages,
    publicFolder: options.publicFolder ?? PUBLIC_FOLDER,
    files: new Set([...described.keys(), ...[...(options.memberSites ?? [])].flatMap(([member, site]) => [...site.files].map((file) => `/${member}${file}`))]),
    publicFileExists: options.publicFileExists,
    fragmentsOf: (page) => {
      if (!known.has(page)) known.set(page, fragments.get(page)?.());
      return known.get(page);
    },
    taken,
    ownPath: (address) => {
      const url = siteUrl && /^(?:https?:)?\/\//i.test(address) ? URL.parse(address, siteUrl) : null;
      const base = siteUrl?.pathname.replace(/\/?$/, '/');
      if (!url || !base || !/^https?:$/.test(url.protocol) || url.host !== siteUrl!.host || !`${url.pathname}/`.startsWith(base)) return undefined;
      return `/${url.pathname.slice(base.length)}${url.search}${url.hash}`;
    },
  };
}
