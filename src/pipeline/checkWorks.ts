/**
 * Cross-file checks of publications, talks and projects: topics named by
 * entries exist in the settings, links to files on the site name files that
 * exist (files beside an entry become site paths, published with the site, in
 * no place the build writes itself), links to the site's own address name
 * something it has, PDFs elsewhere earn a warning, and old addresses
 * (`redirectFrom`, the settings' `redirects`) are unique and take no place of a
 * page or file. Pure: entries in, rewritten entries, problems and the site the
 * build will write out.
 */
import { sitePathStatus } from '../lib/markdown/contentLinks.ts';
import { oldAddressFile } from '../lib/redirects.ts';
import { isNavigablePage, pageHasContent } from '../lib/routes.ts';
import type { Settings } from '../schemas/settings.ts';
import type { ValidEntry } from './checkFile.ts';
import { closest, fieldName } from './issues.ts';
import type { Problem } from './problems.ts';
import type { AttachmentFile } from './readTree.ts';
import { PUBLIC_FOLDER, siteIndex, type BuildIndex, type LinkedSites } from './siteIndex.ts';
import { lineOf } from './yaml.ts';

/** Sections whose entries may carry topics, links and old addresses. */
const WORK_SECTIONS = new Set(['publications', 'talks', 'lectures', 'projects']);

type Link = { kind: string; url: string; label?: string };

const at = (entry: ValidEntry, path: readonly (string | number)[], message: string, severity?: 'warning'): Problem => ({
  file: entry.file,
  line: lineOf(entry.yaml, path) ?? 1,
  field: fieldName(path),
  message,
  ...(severity ? { severity } : {}),
});

function topicProblems(entry: ValidEntry, topics: Readonly<Record<string, string>>): Problem[] {
  const known = Object.keys(topics);
  return ((entry.data['topics'] as string[] | undefined) ?? []).flatMap((topic, index) => {
    if (known.includes(topic)) return [];
    const guess = closest(topic, known);
    const hint = guess
      ? `did you mean "${guess}"?`
      : known.length > 0
        ? `expected one of the topics in content/settings.yaml: ${known.join(', ')}`
        : `declare it under topics in content/settings.yaml first (topics: { ${topic}: Its label })`;
    return [at(entry, ['topics', index], `unknown topic "${topic}"; ${hint}`)];
  });
}

/** "content/publications/2019/a.md" + "files/x.pdf" → "publications/2019/files/x.pdf". */
function besideEntry(entryFile: string, path: string): string {
  const folder = entryFile.includes('/') ? entryFile.slice(0, entryFile.lastIndexOf('/') + 1) : '';
  return `${folder}${path.replace(/^\.\//, '')}`;
}

/** A file beside an entry above this size earns a warning: GitHub refuses files over 100 MB in a repository. */
export const LARGE_FILE_BYTES = 100 * 1024 * 1024;
/** Files beside entries above this size together earn a warning: a GitHub Pages site may be 1 GB at most. */
export const SITE_FILES_BYTES = 1024 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The first link to each file beside an entry: where a problem with the file is reported. */
type LinkedFile = { readonly entry: ValidEntry; readonly index: number; readonly url: string; readonly size: number };

/** Problems of the files beside entries that entries link: a place the build writes itself (G19), and sizes a host refuses. */
function linkedFileProblems(linked: ReadonlyMap<string, LinkedFile>, generated: BuildIndex): Problem[] {
  const problems: Problem[] = [];
  for (const [file, { entry, index, url, size }] of linked) {
    const what = generated.taken(file);
    if (what !== undefined) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const renamed = name.replace(/(\.[^.]+)$/, '-data$1');
      problems.push(at(entry, ['links', index, 'url'], `"${url}" would be published at /${file}, where the build writes ${what}; rename the file (e.g. ${renamed}) and the link`));
    }
    if (size > LARGE_FILE_BYTES) {
      problems.push(
        at(
          entry,
          ['links', index, 'url'],
          `"${url}" is ${megabytes(size)}: GitHub refuses files over ${megabytes(LARGE_FILE_BYTES)} and hosts limit a site's size (GitHub Pages: 1 GB); put large files on a repository such as Zenodo and link them there`,
          'warning',
        ),
      );
    }
  }
  const total = [...linked.values()].reduce((sum, file) => sum + file.size, 0);
  const largest = [...linked.values()].sort((a, b) => b.size - a.size)[0];
  // One file past the limit has its own warning.
  if (total > SITE_FILES_BYTES && largest && linked.size > 1) {
    problems.push(
      at(
        largest.entry,
        ['links', largest.index, 'url'],
        `the files beside entries come to ${megabytes(total)} together, more than a GitHub Pages site may hold (1 GB); the largest is "${largest.url}"`,
        'warning',
      ),
    );
  }
  return problems;
}

/**
 * Checks what only the whole tree tells about publications, talks, lectures and projects, and the old addresses;
 * returns the entries with links to files beside them turned into site paths, and the site the build will write.
 */
export function checkWorks(
  entries: readonly ValidEntry[],
  beside: { readonly files: readonly AttachmentFile[]; readonly refused: ReadonlySet<string> },
  sites: LinkedSites,
  /** The settings file has errors of its own: which topics it declares is not known, so topics are not checked. */
  settingsBroken = false,
): { entries: ValidEntry[]; problems: Problem[]; site: BuildIndex } {
  const problems: Problem[] = [];
  const settings = entries.find((entry) => entry.section === 'settings');
  const { topics = {}, redirects = {}, url } = (settings?.data ?? {}) as Partial<Settings>;
  const siteHost = url === undefined ? undefined : new URL(url).hostname;
  const available = new Map(beside.files.map((file) => [file.path, file.size]));
  const linked = new Map<string, LinkedFile>();
  const absolute: { entry: ValidEntry; index: number; url: string }[] = [];

  const checked = entries.map((entry) => {
    if (!WORK_SECTIONS.has(entry.section)) return entry;
    if (!settingsBroken) problems.push(...topicProblems(entry, topics));
    const links = entry.data['links'] as Link[] | undefined;
    if (links === undefined) return entry;
    const rewritten = links.map((link, index) => {
      if (/^https?:/.test(link.url)) {
        const host = new URL(link.url).hostname;
        if (host === siteHost) absolute.push({ entry, index, url: link.url });
        else if (link.kind === 'pdf') {
          problems.push(
            at(
              entry,
              ['links', index, 'url'],
              `the PDF is on another host (${host}); Google Scholar indexes full texts more reliably when the PDF is on the site's own host: put it in public/files/ and link /files/${
                link.url
                  .split('/')
                  .pop()
                  ?.replace(/[^\w.-]/g, '') || 'paper.pdf'
              }`,
              'warning',
            ),
          );
        }
        return link;
      }
      if (link.url.startsWith('/')) {
        if (sites.publicFileExists && !sites.publicFileExists(link.url)) {
          problems.push(
            at(
              entry,
              ['links', index, 'url'],
              `"${link.url}" names no file under ${sites.publicFolder ?? PUBLIC_FOLDER}; expected a file such as public${link.url}, or a file beside this one written without the leading / (${link.url.split('/').pop()})`,
            ),
          );
        }
        return link;
      }
      const file = besideEntry(entry.file, link.url);
      const size = available.get(file);
      if (size === undefined && beside.refused.has(file)) {
        problems.push(at(entry, ['links', index, 'url'], `"${link.url}" is not published: content/${file} is refused (its own message says why)`));
        return link;
      }
      if (size === undefined) {
        problems.push(
          at(
            entry,
            ['links', index, 'url'],
            `"${link.url}" names no file beside this one; expected content/${file} (or a file under public/, written /files/${link.url.split('/').pop()})`,
          ),
        );
        return link;
      }
      if (!linked.has(file)) linked.set(file, { entry, index, url: link.url, size });
      return { ...link, url: `/${file}` };
    });
    return { ...entry, data: { ...entry.data, links: rewritten } };
  });

  problems.push(...linkedFileProblems(linked, siteIndex(checked, sites)));
  const site = siteIndex(checked, { ...sites, attachments: [...linked.keys()].map((file) => `/${file}`) });
  for (const { entry, index, url: address } of absolute) {
    const path = site.ownPath(address);
    const status = path === undefined ? { exists: true } : sitePathStatus(path.replace(/[?#].*$/, ''), site);
    if (!status.exists) {
      problems.push(
        at(
          entry,
          ['links', index, 'url'],
          `"${address}" is an address of this site (url in content/settings.yaml), but the site has no page or file ${path}; expected a file under public/ (public${path}) or beside this entry, linked by its name`,
        ),
      );
    }
  }
  for (const { path: file } of beside.files.filter((attachment) => !linked.has(attachment.path))) {
    problems.push({
      file,
      severity: 'warning',
      message: 'no entry links to this file, so it is not published; link it from an entry (links: [{ kind: pdf, url: <its name> }]) or remove it',
    });
  }
  problems.push(...redirectProblems(checked, redirects, settings, site));
  return { entries: checked, problems, site };
}

/**
 * Old addresses: each a path with a file of its own in the output folder, once in the whole tree (spelt
 * with or without the trailing slash, in any case), none the place of a page or file the build writes, and
 * each leading to a page that is built.
 */
function redirectProblems(entries: readonly ValidEntry[], redirects: Readonly<Record<string, string>>, settings: ValidEntry | undefined, site: BuildIndex): Problem[] {
  const problems: Problem[] = [];
  // Output files (lower case: on macOS and Windows /Old/ and /old/ are one file) → who has them, and the folders they are in.
  const seen = new Map<string, string>();
  const folders = new Map<string, string>();
  const claim = (path: string, owner: string, problem: (message: string) => Problem) => {
    const place = oldAddressFile(path);
    if ('error' in place) {
      problems.push(problem(`${place.error}; found "${path}"`));
      return;
    }
    const file = place.file.toLowerCase();
    const parts = file.split('/');
    const ancestors = parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('/'));
    const what = site.taken(place.file);
    const first = seen.get(file);
    const nested = folders.get(file) ?? ancestors.map((folder) => seen.get(folder)).find((other) => other !== undefined);
    if (what !== undefined)
      problems.push(problem(`"${path}" is the address of ${what}; an old address must be one the site no longer has, or its redirect page would replace what is there`));
    else if (first !== undefined) problems.push(problem(`"${path}" is already an old address of ${first}; each old address can lead to one place only`));
    else if (nested !== undefined) problems.push(problem(`"${path}" cannot be written beside an old address of ${nested}: one needs a file where the other needs a folder`));
    else {
      seen.set(file, owner);
      for (const folder of ancestors) folders.set(folder, owner);
    }
  };
  if (settings) {
    const counts: Record<string, number> = {};
    for (const entry of entries) counts[entry.section] = (counts[entry.section] ?? 0) + 1;
    for (const [path, page] of Object.entries(redirects)) {
      const problem = (message: string, severity?: 'warning') => at(settings, ['redirects', path], message, severity);
      claim(path, 'content/settings.yaml', problem);
      if (isNavigablePage(page) && !pageHasContent(page, counts)) {
        problems.push(problem(`"${path}" leads to ${page}, which is not built while it has no entries, so the old address gets no redirect page`, 'warning'));
      }
    }
  }
  for (const entry of entries) {
    for (const [index, path] of ((entry.data['redirectFrom'] as string[] | undefined) ?? []).entries()) {
      claim(path, `content/${entry.file}`, (message) => at(entry, ['redirectFrom', index], message));
    }
  }
  return problems;
}
