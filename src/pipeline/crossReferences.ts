/**
 * The cross-file checks of references: fields naming an entry (`publication:`
 * of an award, `person:` of a supervision), typed references (`about:` of news
 * items), links in every Markdown body (`kind:id`, site paths, addresses on the
 * site's own url, relative links, and #fragments where the page's ids are
 * known), free-page ids that would take one of vita's own addresses, navigation
 * and footer entries naming free pages, and author-list forms the people
 * registry cannot tell apart. A reference to a file that has errors of its own
 * says so. Pure: valid entries, the ids of files with errors and the site the
 * build will write in, problems out.
 */
import { bodyIds, bodyLinks, internalTarget, sitePathStatus } from '../lib/markdown/contentLinks.ts';
import { peopleIndex } from '../lib/people.ts';
import { NAVIGABLE_PAGES, paths, RESERVED_PAGE_IDS } from '../lib/routes.ts';
import type { Person } from '../schemas/person.ts';
import { ENTRY_KINDS, type EntryReference } from '../schemas/references.ts';
import { references, sections, typedReferences, type SectionName } from '../schemas/sections.ts';
import type { ValidEntry } from './checkFile.ts';
import { closest } from './issues.ts';
import type { Problem } from './problems.ts';
import type { BuildIndex } from './siteIndex.ts';
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
 * What a reference to `id` of `section` that names no valid entry says after itself (`written` is the reference
 * as the author wrote it, ending in `id`): the file is there but has errors, the id is a near miss of an
 * existing one, or there is no such entry.
 */
function unresolved(written: string, section: SectionName, id: string, known: KnownIds): string {
  const folder = `content/${sections[section].path}/`;
  if (known.broken.get(section)?.has(id)) return `refers to ${folder}${id}.md, which has errors (see that file's messages); fix them and this reference holds`;
  const guess = closest(id, [...(known.valid.get(section) ?? []), ...(known.broken.get(section) ?? [])]);
  const hint = guess ? `did you mean "${written.slice(0, written.length - id.length)}${guess}"?` : 'expected the id (file name without .md) of an existing entry';
  return `names no file in ${folder}; ${hint}`;
}
const missingEntry = (reference: EntryReference, known: KnownIds) => {
  const written = `${reference.kind}:${reference.id}`;
  return `"${written}" ${unresolved(written, reference.section, reference.id, known)}`;
};

/** Fields naming an entry of one section by its id (an award's `publication:`, a supervision's `person:`): each names an existing entry. */
function fieldReferenceProblems(entries: readonly ValidEntry[], known: KnownIds): Problem[] {
  return references.flatMap((reference) =>
    entries
      .filter((entry) => entry.section === reference.from)
      .flatMap((entry): Problem[] => {
        const target = entry.data[reference.field];
        if (typeof target !== 'string' || known.valid.get(reference.to)?.has(target)) return [];
        return [
          { file: entry.file, line: lineOf(entry.yaml, [reference.field]) ?? 1, field: reference.field, message: `"${target}" ${unresolved(target, reference.to, target, known)}` },
        ];
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
function sitePathProblem(path: string, suffix: string, site: BuildIndex): string | undefined {
  const status = sitePathStatus(path, site);
  if (!status.exists) {
    return `names no page of this site; ${status.suggestion ? `did you mean "${status.suggestion}"?` : `expected a page of this site (such as /publications/ or /cv/), a file under ${site.publicFolder}, or kind:id`}`;
  }
  const hash = suffix.indexOf('#');
  return hash < 0 ? undefined : fragmentProblem(suffix.slice(hash), site.fragmentsOf?.(path), path);
}

/** The page of an entry with a page of its own (publications, free pages): where a "#fragment" alone in its text leads. */
const entryPage = (section: string, id: string): string | undefined => (section === 'publications' ? paths.publication(id) : section === 'pages' ? paths.page(id) : undefined);

/** Why one link of an entry's body leads nowhere (the words after `the link "…"`), or undefined. */
function bodyLinkProblem(target: string, entry: ValidEntry, known: KnownIds, site: BuildIndex): string | undefined {
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
    if (!known.valid.get(reference.section)?.has(reference.id)) return unresolved(`${reference.kind}:${reference.id}`, reference.section, reference.id, known);
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
function bodyLinkProblems(entries: readonly ValidEntry[], known: KnownIds, site: BuildIndex): Problem[] {
  return entries.flatMap((entry) =>
    bodyLinks(entry.body).flatMap(({ target, line }): Problem[] => {
      const problem = bodyLinkProblem(target, entry, known, site);
      return problem === undefined ? [] : [{ file: entry.file, line: entry.bodyLine + line, message: `the link "${target}" ${problem}` }];
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
      if (known.broken.get('pages')?.has(page)) return [{ ...at, message: `"${page}" ${unresolved(page, 'pages', page, known)}` }];
      const expected = [...vitas, ...[...free].sort()];
      const what = vitas.length > 0 ? 'neither a page of vita nor a free page in content/pages/' : 'no free page in content/pages/';
      const hint = expected.length > 0 ? `expected one of: ${expected.join(', ')}` : `write content/pages/${page}.md (a title and the text) first`;
      return [{ ...at, message: `"${page}" is ${what}; ${hint}` }];
    }),
  );
}

/** Co-supervisors named as `{ person: id }` are files in content/people/. */
function coSupervisorProblems(entries: readonly ValidEntry[], known: KnownIds): Problem[] {
  return entries
    .filter((entry) => entry.section === 'supervision')
    .flatMap((entry) =>
      ((entry.data['coSupervisors'] ?? []) as readonly (string | { person: string })[]).flatMap((other, index): Problem[] =>
        typeof other === 'string' || known.valid.get('people')?.has(other.person)
          ? []
          : [
              {
                file: entry.file,
                line: lineOf(entry.yaml, ['coSupervisors', index]) ?? 1,
                field: `coSupervisors[${index}].person`,
                message: `"${other.person}" ${unresolved(other.person, 'people', other.person, known)}`,
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

/**
 * Every problem of the references, links and pages: `broken` holds the ids of the files that have errors of
 * their own, `site` is what the build will write.
 */
export function referenceProblems(entries: readonly ValidEntry[], broken: Ids, site: BuildIndex): Problem[] {
  const valid = new Map<string, Set<string>>();
  for (const entry of entries) valid.set(entry.section, (valid.get(entry.section) ?? new Set()).add(entry.id));
  // Free pages with one of vita's addresses are not built, so nothing may link to them.
  valid.set('pages', new Set(freePageIds(entries)));
  const known = { valid, broken };
  return [
    ...fieldReferenceProblems(entries, known),
    ...typedReferenceProblems(entries, known),
    ...coSupervisorProblems(entries, known),
    ...bodyLinkProblems(entries, known, site),
    ...reservedPageIds(entries),
    ...unknownSettingsPages(entries, known),
    ...ambiguousPeople(entries),
  ];
}
