/**
 * Cross-file checks of publications, talks and projects: topics named by
 * entries exist in the settings, links to files on the site name files that
 * exist (files beside an entry become site paths, published with the site),
 * PDFs elsewhere earn a warning, and old addresses (`redirectFrom`, the
 * settings' `redirects`) are unique and no address of a page. Pure: entries in,
 * rewritten entries and problems out.
 */
import { paths } from '../lib/routes.ts';
import type { Settings } from '../schemas/settings.ts';
import type { ValidEntry } from './checkFile.ts';
import { closest, fieldName } from './issues.ts';
import type { Problem } from './problems.ts';
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

export function checkWorks(
  entries: readonly ValidEntry[],
  attachments: readonly string[],
  publicFileExists: ((sitePath: string) => boolean) | undefined,
  /** The settings file has errors of its own: which topics it declares is not known, so topics are not checked. */
  settingsBroken = false,
): { entries: ValidEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const settings = entries.find((entry) => entry.section === 'settings');
  const { topics = {}, redirects = {}, url } = (settings?.data ?? {}) as Partial<Settings>;
  const siteHost = url === undefined ? undefined : new URL(url).hostname;
  const available = new Set(attachments);
  const linked = new Set<string>();

  const checked = entries.map((entry) => {
    if (!WORK_SECTIONS.has(entry.section)) return entry;
    if (!settingsBroken) problems.push(...topicProblems(entry, topics));
    const links = entry.data['links'] as Link[] | undefined;
    if (links === undefined) return entry;
    const rewritten = links.map((link, index) => {
      if (/^https?:/.test(link.url)) {
        const host = new URL(link.url).hostname;
        if (link.kind === 'pdf' && host !== siteHost) {
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
        if (publicFileExists && !publicFileExists(link.url)) {
          problems.push(
            at(
              entry,
              ['links', index, 'url'],
              `"${link.url}" names no file under public/; expected a file such as public${link.url}, or a file beside this one written without the leading / (${link.url.split('/').pop()})`,
            ),
          );
        }
        return link;
      }
      const file = besideEntry(entry.file, link.url);
      if (!available.has(file)) {
        problems.push(
          at(
            entry,
            ['links', index, 'url'],
            `"${link.url}" names no file beside this one; expected content/${file} (or a file under public/, written /files/${link.url.split('/').pop()})`,
          ),
        );
        return link;
      }
      linked.add(file);
      return { ...link, url: `/${file}` };
    });
    return { ...entry, data: { ...entry.data, links: rewritten } };
  });

  for (const file of attachments.filter((path) => !linked.has(path))) {
    problems.push({
      file,
      severity: 'warning',
      message: 'no entry links to this file, so it is not published; link it from an entry (links: [{ kind: pdf, url: <its name> }]) or remove it',
    });
  }
  problems.push(...redirectProblems(checked, redirects, settings));
  return { entries: checked, problems };
}

/** Old addresses: each once in the whole tree, and none the address of one of the site's own pages. */
function redirectProblems(entries: readonly ValidEntry[], redirects: Readonly<Record<string, string>>, settings: ValidEntry | undefined): Problem[] {
  const problems: Problem[] = [];
  const pages = new Set<string>([
    paths.home(),
    paths.publications(),
    paths.talks(),
    paths.patents(),
    paths.cv(),
    ...entries.filter((entry) => entry.section === 'publications').map((entry) => paths.publication(entry.id)),
  ]);
  const seen = new Map<string, string>();
  const claim = (path: string, owner: string, problem: (message: string) => Problem) => {
    const normal = path.endsWith('/') || /\.[A-Za-z0-9]+$/.test(path) ? path : `${path}/`;
    const first = seen.get(normal);
    if (pages.has(normal)) problems.push(problem(`"${path}" is the address of a page of this site; an old address must be one the site no longer has`));
    else if (first !== undefined) problems.push(problem(`"${path}" is already an old address of ${first}; each old address can lead to one place only`));
    else seen.set(normal, owner);
  };
  if (settings) {
    for (const path of Object.keys(redirects)) claim(path, 'content/settings.yaml', (message) => at(settings, ['redirects', path], message));
  }
  for (const entry of entries) {
    for (const [index, path] of ((entry.data['redirectFrom'] as string[] | undefined) ?? []).entries()) {
      claim(path, `content/${entry.file}`, (message) => at(entry, ['redirectFrom', index], message));
    }
  }
  return problems;
}
