/**
 * The cross-file checks of references: fields naming an entry (`publication:`
 * of an award, `person:` of a supervision), typed references (`about:` of news
 * items), links in every Markdown body (`kind:id` and site paths), free-page ids
 * that would take one of vita's own addresses, navigation and footer entries
 * naming free pages, and author-list forms the people registry cannot tell
 * apart. A reference to a file that has errors of its own says so. Pure: valid
 * entries (and the ids of files with errors) in, problems out.
 */
import { bodyLinks, internalTarget, sitePathStatus, type SiteIndex } from '../lib/contentLinks.ts';
import { peopleIndex } from '../lib/people.ts';
import { NAVIGABLE_PAGES, pageHasContent, paths, RESERVED_PAGE_IDS } from '../lib/routes.ts';
import type { Person } from '../schemas/person.ts';
import { ENTRY_KINDS, type EntryReference } from '../schemas/references.ts';
import { references, sections, typedReferences, type SectionName } from '../schemas/sections.ts';
import type { ValidEntry } from './checkFile.ts';
import { closest } from './issues.ts';
import type { Problem } from './problems.ts';
import { lineOf } from './yaml.ts';

/** Entry ids by section. */
export type Ids = ReadonlyMap<string, ReadonlySet<string>>;

/** The ids of the valid entries (`valid`) and of the files that have errors of their own (`broken`). */
interface KnownIds {
  readonly valid: Ids;
  readonly broken: Ids;
}

/** Free pages whose id is one of vita's own addresses are not built: they are reported instead. */
const freePageIds = (entries: readonly ValidEntry[]) => entries.filter((entry) => entry.section === 'pages' && !RESERVED_PAGE_IDS.has(entry.id)).map((entry) => entry.id);

/**
 * The message for a reference (as written, `written` ends in `id`) to no valid entry of `section`: the
 * file is there but has errors, the id is a near miss of an existing one, or there is no such entry.
 */
function unresolved(written: string, section: SectionName, id: string, known: KnownIds): string {
  const folder = `content/${sections[section].path}/`;
  if (known.broken.get(section)?.has(id)) return `"${written}" refers to ${folder}${id}.md, which has errors (see that file's messages); fix them and this reference holds`;
  const guess = closest(id, [...(known.valid.get(section) ?? []), ...(known.broken.get(section) ?? [])]);
  const hint = guess ? `did you mean "${written.slice(0, written.length - id.length)}${guess}"?` : 'expected the id (file name without .md) of an existing entry';
  return `"${written}" names no file in ${folder}; ${hint}`;
}
const missingEntry = (reference: EntryReference, known: KnownIds) => unresolved(`${reference.kind}:${reference.id}`, reference.section, reference.id, known);

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

/** Fields naming an entry of one section by its id (an award's `publication:`, a supervision's `person:`): each names an existing entry. */
function fieldReferenceProblems(entries: readonly ValidEntry[], known: KnownIds): Problem[] {
  return references.flatMap((reference) =>
    entries
      .filter((entry) => entry.section === reference.from)
      .flatMap((entry): Problem[] => {
        const target = entry.data[reference.field];
        if (typeof target !== 'string' || known.valid.get(reference.to)?.has(target)) return [];
        return [{ file: entry.file, line: lineOf(entry.yaml, [reference.field]) ?? 1, field: reference.field, message: unresolved(target, reference.to, target, known) }];
      }),
  );
}

/** `about:` lists of news items: each `kind:id` names an existing entry. */
function typedReferenceProblems(entries: readonly ValidEntry[], known: KnownIds): Problem[] {
  return typedReferences.flatMap(({ from, field }) =>
    entries
      .filter((entry) => entry.section === from)
      .flatMap((entry) =>
        ((entry.data[field] ?? []) as readonly EntryReference[]).flatMap((reference, index): Problem[] =>
          known.valid.get(reference.section)?.has(reference.id)
            ? []
            : [{ file: entry.file, line: lineOf(entry.yaml, [field, index]) ?? 1, field: `${field}[${index}]`, message: missingEntry(reference, known) }],
        ),
      ),
  );
}

/** Links in Markdown bodies: entries that exist, site paths the site will have, no misspelt kinds. */
function bodyLinkProblems(entries: readonly ValidEntry[], known: KnownIds, site: SiteIndex): Problem[] {
  return entries.flatMap((entry) =>
    bodyLinks(entry.body).flatMap(({ target, line }): Problem[] => {
      const at = { file: entry.file, line: entry.bodyLine + line };
      const internal = internalTarget(target);
      if (internal === undefined) return [];
      if ('unknownKind' in internal) {
        return [{ ...at, message: `the link "${target}" has no kind "${internal.unknownKind}"; expected kind:id with a kind of ${Object.keys(ENTRY_KINDS).join(', ')}` }];
      }
      if (internal.kind === 'entry')
        return known.valid.get(internal.reference.section)?.has(internal.reference.id) ? [] : [{ ...at, message: `the link ${missingEntry(internal.reference, known)}` }];
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

/**
 * Navigation entries that name no page (neither one of vita's nor a free page), and footer entries
 * that name no free page.
 */
function unknownSettingsPages(entries: readonly ValidEntry[], known: KnownIds): Problem[] {
  const settings = entries.find((entry) => entry.section === 'settings');
  if (!settings) return [];
  const free = known.valid.get('pages') ?? new Set<string>();
  const lists = [
    { field: 'navigation', pages: ((settings.data['navigation'] ?? []) as readonly { page: string }[]).map((item) => item.page), vitas: NAVIGABLE_PAGES },
    { field: 'footer', pages: (settings.data['footer'] ?? []) as readonly string[], vitas: [] },
  ];
  return lists.flatMap(({ field, pages, vitas }) =>
    pages.flatMap((page, index): Problem[] => {
      if ((vitas as readonly string[]).includes(page) || free.has(page)) return [];
      const at = { file: settings.file, line: lineOf(settings.yaml, [field, index]) ?? 1, field: `${field}[${index}]` };
      if (known.broken.get('pages')?.has(page)) return [{ ...at, message: unresolved(page, 'pages', page, known) }];
      const expected = [...vitas, ...[...free].sort()];
      const what = vitas.length > 0 ? 'neither a page of vita nor a free page in content/pages/' : 'no free page in content/pages/';
      const hint = expected.length > 0 ? `expected one of: ${expected.join(', ')}` : `write content/pages/${page}.md (a title and the text) first`;
      return [{ ...at, message: `"${page}" is ${what}; ${hint}` }];
    }),
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

/** Every problem of the references, links and pages; `broken` holds the ids of the files that have errors of their own. */
export function referenceProblems(entries: readonly ValidEntry[], broken: Ids, publicFileExists?: (path: string) => boolean): Problem[] {
  const valid = new Map<string, Set<string>>();
  for (const entry of entries) valid.set(entry.section, (valid.get(entry.section) ?? new Set()).add(entry.id));
  // Free pages with one of vita's addresses are not built, so nothing may link to them.
  valid.set('pages', new Set(freePageIds(entries)));
  const known = { valid, broken };
  return [
    ...fieldReferenceProblems(entries, known),
    ...typedReferenceProblems(entries, known),
    ...bodyLinkProblems(entries, known, siteIndex(entries, publicFileExists)),
    ...reservedPageIds(entries),
    ...unknownSettingsPages(entries, known),
    ...ambiguousPeople(entries),
  ];
}
