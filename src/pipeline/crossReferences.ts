/**
 * The cross-file checks of the career sections: typed references (`about:` of
 * news items), links in every Markdown body (`kind:id`, site paths, addresses on
 * the site's own url, relative links, and #fragments where the page's ids are
 * known), free-page ids that would take one of vita's own addresses, navigation
 * entries naming free pages, and author-list forms the people registry cannot
 * tell apart. Pure: valid entries and the site the build will write in,
 * problems out.
 */
import { bodyIds, bodyLinks, internalTarget, sitePathStatus, type SiteIndex } from '../lib/contentLinks.ts';
import { peopleIndex } from '../lib/people.ts';
import { isNavigablePage, NAVIGABLE_PAGES, paths, RESERVED_PAGE_IDS } from '../lib/routes.ts';
import type { Person } from '../schemas/person.ts';
import { ENTRY_KINDS, type EntryReference } from '../schemas/references.ts';
import { sections, typedReferences, type SectionName } from '../schemas/sections.ts';
import type { ValidEntry } from './checkFile.ts';
import type { Problem } from './problems.ts';
import type { BuildIndex } from './siteIndex.ts';
import { lineOf } from './yaml.ts';

type Ids = ReadonlyMap<string, ReadonlySet<string>>;

/** Free pages whose id is one of vita's own addresses are not built: they are reported instead. */
const freePageIds = (entries: readonly ValidEntry[]) => entries.filter((entry) => entry.section === 'pages' && !RESERVED_PAGE_IDS.has(entry.id)).map((entry) => entry.id);

/** The message for a reference (as written) to no entry of `section`. */
const namesNoEntry = (section: SectionName) => `names no file in content/${sections[section].path}/; expected the id (file name without .md) of an existing entry`;
export const noSuchEntry = (written: string, section: SectionName): string => `"${written}" ${namesNoEntry(section)}`;
const missingEntry = (reference: EntryReference) => noSuchEntry(`${reference.kind}:${reference.id}`, reference.section);

/** `about:` lists of news items: each `kind:id` names an existing entry. */
function typedReferenceProblems(entries: readonly ValidEntry[], ids: Ids): Problem[] {
  return typedReferences.flatMap(({ from, field }) =>
    entries
      .filter((entry) => entry.section === from)
      .flatMap((entry) =>
        ((entry.data[field] ?? []) as readonly EntryReference[]).flatMap((reference, index): Problem[] =>
          ids.get(reference.section)?.has(reference.id)
            ? []
            : [{ file: entry.file, line: lineOf(entry.yaml, [field, index]) ?? 1, field: `${field}[${index}]`, message: missingEntry(reference) }],
        ),
      ),
  );
}

/**
 * Why a #fragment names no element of `where`, given its ids; undefined when it does, or when the ids are not
 * known (a page vita does not model element by element: the fragment is taken on trust).
 */
function fragmentProblem(fragment: string, ids: ReadonlySet<string> | undefined, where: string): string | undefined {
  if (ids === undefined || fragment.length < 2) return undefined;
  let id = fragment.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Not %-encoded: compared as written.
  }
  if (ids.has(id)) return undefined;
  const listed = [...ids].filter((known) => known !== 'main').sort();
  return `names no part of ${where}; expected ${listed.length === 0 ? 'no #fragment (it has no part to link to)' : `one of ${listed.map((known) => `#${known}`).join(', ')}`}`;
}

/** Why a link to a site path leads nowhere, or undefined. */
function sitePathProblem(path: string, suffix: string, site: SiteIndex): string | undefined {
  const status = sitePathStatus(path, site);
  if (!status.exists) {
    return `names no page of this site; ${status.suggestion ? `did you mean "${status.suggestion}"?` : 'expected a page of this site (such as /publications/ or /cv/), a file under public/, or kind:id'}`;
  }
  const hash = suffix.indexOf('#');
  return hash < 0 ? undefined : fragmentProblem(suffix.slice(hash), site.fragmentsOf?.(path), path);
}

/** The page of an entry with a page of its own (publications, free pages): where a "#fragment" alone in its text leads. */
const entryPage = (section: string, id: string): string | undefined => (section === 'publications' ? paths.publication(id) : section === 'pages' ? paths.page(id) : undefined);

/** Why one link of an entry's body leads nowhere (the words after `the link "…"`), or undefined. */
function bodyLinkProblem(target: string, entry: ValidEntry, ids: Ids, site: BuildIndex): string | undefined {
  if (target.startsWith('#')) {
    const page = entryPage(entry.section, entry.id);
    if (page !== undefined) return fragmentProblem(target, site.fragmentsOf?.(page), page);
    // Text shown on several pages (a news item on the home page and on /news/): only its own headings are on each.
    const own = bodyIds(entry.body);
    return fragmentProblem(target, own && new Set(['main', ...own]), 'this text, which is shown on several pages with only its own headings on each');
  }
  const internal = internalTarget(target);
  if (internal !== undefined) {
    if ('unknownKind' in internal) return `has no kind "${internal.unknownKind}"; expected kind:id with a kind of ${Object.keys(ENTRY_KINDS).join(', ')}`;
    if (internal.kind === 'path') return sitePathProblem(internal.path, internal.suffix, site);
    const { reference, fragment } = internal;
    if (!ids.get(reference.section)?.has(reference.id)) return namesNoEntry(reference.section);
    const page = entryPage(reference.section, reference.id);
    if (page !== undefined) return fragmentProblem(fragment, site.fragmentsOf?.(page), page);
    return fragment === '' ? undefined : `leads to the ${reference.kind}'s own place on its page, which is a #fragment already; leave out "${fragment}"`;
  }
  const own = site.ownPath(target);
  if (own !== undefined) {
    const cut = own.search(/[?#]/);
    const problem = sitePathProblem(cut < 0 ? own : own.slice(0, cut), cut < 0 ? '' : own.slice(cut), site);
    return problem && `(${own} on this site) ${problem}`;
  }
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(target)) return undefined;
  // Relative: on a free page, whose text is shown there alone, it is read as the browser reads it there.
  if (entry.section !== 'pages') {
    return 'is relative, but this text is shown on several pages, where it would lead to different places; write the site path it means (such as /publications/ or /files/paper.pdf) or kind:id';
  }
  const resolved = new URL(target, `https://this-site.invalid${paths.page(entry.id)}`);
  const problem = sitePathProblem(resolved.pathname, `${resolved.search}${resolved.hash}`, site);
  return problem && `(${resolved.pathname} from ${paths.page(entry.id)}) ${problem}`;
}

/** Links in Markdown bodies: entries that exist, site paths the site will have, fragments their pages have, no misspelt kinds. */
function bodyLinkProblems(entries: readonly ValidEntry[], ids: Ids, site: BuildIndex): Problem[] {
  return entries.flatMap((entry) =>
    bodyLinks(entry.body).flatMap(({ target, line }): Problem[] => {
      const problem = bodyLinkProblem(target, entry, ids, site);
      return problem === undefined ? [] : [{ file: entry.file, line: entry.bodyLine + line, message: `the link "${target}" ${problem}` }];
    }),
  );
}

function reservedPageIds(entries: readonly ValidEntry[]): Problem[] {
  return entries
    .filter((entry) => entry.section === 'pages' && RESERVED_PAGE_IDS.has(entry.id))
    .map((entry) => ({ file: entry.file, message: `the id "${entry.id}" is taken by vita's own /${entry.id}/; rename the file (its name is the page's address)` }));
}

/** Navigation entries that name no page: neither one of vita's nor a free page. */
function unknownNavigationPages(entries: readonly ValidEntry[]): Problem[] {
  const settings = entries.find((entry) => entry.section === 'settings');
  const navigation = settings?.data['navigation'] as readonly { page: string }[] | undefined;
  if (!settings || !navigation) return [];
  const free = new Set(freePageIds(entries));
  const known = [...NAVIGABLE_PAGES, ...[...free].sort()];
  return navigation.flatMap((item, index): Problem[] =>
    isNavigablePage(item.page) || free.has(item.page)
      ? []
      : [
          {
            file: settings.file,
            line: lineOf(settings.yaml, ['navigation', index]) ?? 1,
            field: `navigation[${index}]`,
            message: `"${item.page}" is neither a page of vita nor a free page in content/pages/; expected one of: ${known.join(', ')}`,
          },
        ],
  );
}

/** An author-list form two people share links neither of them: say so, at the second person's file. */
function ambiguousPeople(entries: readonly ValidEntry[]): Problem[] {
  const people = entries.filter((entry) => entry.section === 'people');
  const index = peopleIndex(people.map((entry) => ({ ...(entry.data as Person), id: entry.id })));
  return index.ambiguous.map(([form, [first, ...others]]) => {
    const entry = people.find((person) => person.id === others[0])!;
    return {
      file: entry.file,
      severity: 'warning' as const,
      message: `"${form}" is a form of ${[first, ...others].map((id) => `people/${id}.md`).join(' and ')}; author lists cannot tell them apart, so that form links neither`,
    };
  });
}

/** Every problem of the career sections' references, links and pages; `site` is what the build will write. */
export function careerReferenceProblems(entries: readonly ValidEntry[], site: BuildIndex): Problem[] {
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) ids.set(entry.section, (ids.get(entry.section) ?? new Set()).add(entry.id));
  // Free pages with one of vita's addresses are not built, so nothing may link to them.
  ids.set('pages', new Set(freePageIds(entries)));
  return [
    ...typedReferenceProblems(entries, ids),
    ...bodyLinkProblems(entries, ids, site),
    ...reservedPageIds(entries),
    ...unknownNavigationPages(entries),
    ...ambiguousPeople(entries),
  ];
}
