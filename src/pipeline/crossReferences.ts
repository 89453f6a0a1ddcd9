/**
 * The cross-file checks of the career sections: typed references (`about:` of
 * news items), links in every Markdown body (`kind:id` and site paths), free-page
 * ids that would take one of vita's own addresses, navigation entries naming free
 * pages, and author-list forms the people registry cannot tell apart. Pure:
 * valid entries in, problems out.
 */
import { bodyLinks, internalTarget, sitePathStatus, type SiteIndex } from '../lib/contentLinks.ts';
import { peopleIndex } from '../lib/people.ts';
import { isNavigablePage, NAVIGABLE_PAGES, pageHasContent, paths, RESERVED_PAGE_IDS } from '../lib/routes.ts';
import type { Person } from '../schemas/person.ts';
import { ENTRY_KINDS, type EntryReference } from '../schemas/references.ts';
import { sections, typedReferences, type SectionName } from '../schemas/sections.ts';
import type { ValidEntry } from './checkFile.ts';
import type { Problem } from './problems.ts';
import { lineOf } from './yaml.ts';

type Ids = ReadonlyMap<string, ReadonlySet<string>>;

/** Free pages whose id is one of vita's own addresses are not built: they are reported instead. */
const freePageIds = (entries: readonly ValidEntry[]) => entries.filter((entry) => entry.section === 'pages' && !RESERVED_PAGE_IDS.has(entry.id)).map((entry) => entry.id);

/** The message for a reference (as written) to no entry of `section`. */
export const noSuchEntry = (written: string, section: SectionName): string =>
  `"${written}" names no file in content/${sections[section].path}/; expected the id (file name without .md) of an existing entry`;
const missingEntry = (reference: EntryReference) => noSuchEntry(`${reference.kind}:${reference.id}`, reference.section);

/** The pages and files the site will have, as far as the content tells. */
export function siteIndex(entries: readonly ValidEntry[], publicFileExists?: (path: string) => boolean): SiteIndex {
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[entry.section] = (counts[entry.section] ?? 0) + 1;
  const ofSection = (section: SectionName) => entries.filter((entry) => entry.section === section);
  const publications = ofSection('publications');
  const events = [...ofSection('talks'), ...ofSection('lectures')];
  const pages = new Set<string>([
    ...NAVIGABLE_PAGES.filter((page) => pageHasContent(page, counts)).map((page) => paths[page]()),
    ...publications.map((entry) => paths.publication(entry.id)),
    // Year pages exist only past the page limit; a link to one is taken on trust.
    ...publications.map((entry) => paths.publicationsYear(entry.data['year'] as number)),
    ...events.map((entry) => paths.talksYear(Number((entry.data['date'] as { dates: string[] }).dates[0]!.slice(0, 4)))),
    ...freePageIds(entries).map((id) => paths.page(id)),
  ]);
  const files = new Set<string>([
    ...publications.map((entry) => paths.publicationBibtex(entry.id)),
    ...[paths.bibtex, paths.cslJson, paths.ris, paths.jsonResume, paths.cvPdf, paths.feed, paths.sitemap, paths.favicon].map((path) => path()),
  ]);
  return { pages, files, publicFileExists };
}

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

/** Links in Markdown bodies: entries that exist, site paths the site will have, no misspelt kinds. */
function bodyLinkProblems(entries: readonly ValidEntry[], ids: Ids, site: SiteIndex): Problem[] {
  return entries.flatMap((entry) =>
    bodyLinks(entry.body).flatMap(({ target, line }): Problem[] => {
      const at = { file: entry.file, line: entry.bodyLine + line };
      const internal = internalTarget(target);
      if (internal === undefined) return [];
      if ('unknownKind' in internal) {
        return [{ ...at, message: `the link "${target}" has no kind "${internal.unknownKind}"; expected kind:id with a kind of ${Object.keys(ENTRY_KINDS).join(', ')}` }];
      }
      if (internal.kind === 'entry')
        return ids.get(internal.reference.section)?.has(internal.reference.id) ? [] : [{ ...at, message: `the link ${missingEntry(internal.reference)}` }];
      const status = sitePathStatus(internal.path, site);
      if (status.exists) return [];
      const hint = status.suggestion ? `did you mean "${status.suggestion}"?` : 'expected a page of this site (such as /publications/ or /cv/), a file under public/, or kind:id';
      return [{ ...at, message: `the link "${target}" names no page of this site; ${hint}` }];
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

/** Co-supervisors named as `{ person: id }` are files in content/people/. */
function coSupervisorProblems(entries: readonly ValidEntry[], ids: Ids): Problem[] {
  return entries
    .filter((entry) => entry.section === 'supervision')
    .flatMap((entry) =>
      ((entry.data['coSupervisors'] ?? []) as readonly (string | { person: string })[]).flatMap((other, index): Problem[] =>
        typeof other === 'string' || ids.get('people')?.has(other.person)
          ? []
          : [
              {
                file: entry.file,
                line: lineOf(entry.yaml, ['coSupervisors', index]) ?? 1,
                field: `coSupervisors[${index}].person`,
                message: noSuchEntry(other.person, 'people'),
              },
            ],
      ),
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

/** Every problem of the career sections' references, links and pages. */
export function careerReferenceProblems(entries: readonly ValidEntry[], publicFileExists?: (path: string) => boolean): Problem[] {
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) ids.set(entry.section, (ids.get(entry.section) ?? new Set()).add(entry.id));
  // Free pages with one of vita's addresses are not built, so nothing may link to them.
  ids.set('pages', new Set(freePageIds(entries)));
  return [
    ...typedReferenceProblems(entries, ids),
    ...coSupervisorProblems(entries, ids),
    ...bodyLinkProblems(entries, ids, siteIndex(entries, publicFileExists)),
    ...reservedPageIds(entries),
    ...unknownNavigationPages(entries),
    ...ambiguousPeople(entries),
  ];
}
