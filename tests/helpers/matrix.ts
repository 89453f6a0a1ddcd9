/**
 * The section matrix: every section is optional, and what a site shows depends on which sections
 * it has. A build costs seconds whatever the content, so the matrix is not one site per section
 * left out and one per section alone (33 builds), but a covering array of strength two: eight
 * sites that between them have every pair of optional sections in all four combinations
 * (both present, each without the other, neither). Row 0 is the profile alone (none present),
 * row 1 the complete fixture (all present); in rows 2-7, section number i (in the order of
 * OPTIONAL) takes part where the row is in the i-th four-element subset of {1, …, 7} in
 * lexicographic order: two distinct such subsets each have an element the other lacks.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PAGE_SECTIONS, paths, type NavigablePage } from '../../src/lib/routes.ts';
import { ENTRY_KINDS, type EntryKind } from '../../src/schemas/references.ts';
import { references, sections, type SectionName } from '../../src/schemas/sections.ts';
import { COMPLETE } from './build.ts';

/** Every section but the profile, which every site has. */
export const OPTIONAL = (Object.keys(sections) as SectionName[]).filter((section) => section !== 'profile');
/** The entry files of a folder section (files beside them, such as PDFs, are not entries). */
export const entryFiles = (folder: string, section: SectionName) => readdirSync(join(folder, sections[section].path)).filter((file) => file.endsWith('.md'));

/** An entry file's text, with Windows line endings and a byte-order mark (which the check accepts) undone. */
const readEntry = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n');

/** Ids of the entries in a content folder, by section. */
function idsIn(folder: string): Map<SectionName, Set<string>> {
  return new Map(
    OPTIONAL.map((section) => {
      const path = join(folder, sections[section].path);
      const files = sections[section].shape === 'folder' && existsSync(path) ? entryFiles(folder, section) : [];
      return [section, new Set(files.map((file) => file.replace(/\.md$/, '')))];
    }),
  );
}

/**
 * The ids, typed references (kind:id) and site paths a file names: front-matter
 * references, news items' `about`, and links in the body.
 */
function namedTargets(text: string, section: SectionName): { section: SectionName; id: string }[] {
  const fields = references.filter((reference) => reference.from === section);
  return [
    ...fields.flatMap((reference) =>
      [...text.matchAll(new RegExp(`^${reference.field}: (\\S+)$`, 'gm'))].map((match) => ({ section: reference.to as SectionName, id: match[1]! })),
    ),
    ...[...text.matchAll(/\b([a-z]+):([a-z0-9][a-z0-9-]*)/g)].flatMap(([, kind, id]) =>
      Object.hasOwn(ENTRY_KINDS, kind!) ? [{ section: ENTRY_KINDS[kind as EntryKind] as SectionName, id: id! }] : [],
    ),
  ];
}

/** Pages of vita's own a file links to by site path (/publications/), with the sections that make them exist. */
const linkedPages = (text: string) =>
  (Object.entries(PAGE_SECTIONS) as [NavigablePage, readonly string[] | 'always'][]).filter(([page, needs]) => needs !== 'always' && text.includes(`](${paths[page]()}`));

/**
 * The complete fixture with only the given sections (profile and settings always), written into
 * `folder`, minus entries that name an entry left out, until none does, and without the
 * settings' footer pages when the free pages are left out.
 */
export function matrixVariant(folder: string, kept: readonly SectionName[]): string {
  cpSync(join(COMPLETE, 'profile.md'), join(folder, 'profile.md'));
  const settings = readFileSync(join(COMPLETE, 'settings.yaml'), 'utf8');
  writeFileSync(join(folder, 'settings.yaml'), kept.includes('pages') ? settings : settings.replace(/^footer:.*\n/m, ''));
  for (const section of kept) cpSync(join(COMPLETE, sections[section].path), join(folder, sections[section].path), { recursive: true });
  if (kept.includes('publications')) cpSync(join(COMPLETE, 'metrics.json'), join(folder, 'metrics.json'));
  for (let removed = true; removed; ) {
    removed = false;
    const ids = idsIn(folder);
    for (const section of kept.filter((candidate) => sections[candidate].shape === 'folder')) {
      for (const id of ids.get(section)!) {
        const file = join(folder, sections[section].path, `${id}.md`);
        const text = readEntry(file);
        const dangling = namedTargets(text, section).some((target) => !ids.get(target.section)?.has(target.id));
        const deadPage = linkedPages(text).some(([, needs]) => (needs as readonly SectionName[]).every((needed) => ids.get(needed)!.size === 0));
        if (dangling || deadPage) {
          rmSync(file);
          removed = true;
        }
      }
    }
  }
  return folder;
}

/** Sections with at least one entry in a content folder. */
export function present(folder: string): Set<SectionName> {
  return new Set(
    OPTIONAL.filter((section) => {
      const path = join(folder, sections[section].path);
      return existsSync(path) && (sections[section].shape === 'file' || entryFiles(folder, section).length > 0);
    }),
  );
}

/** The front matter of every entry of the sections present. */
function frontMatters(folder: string, has: ReadonlySet<SectionName>, which: readonly SectionName[]): Record<string, unknown>[] {
  return which
    .filter((section) => has.has(section))
    .flatMap((section) =>
      entryFiles(folder, section).map((file) => parseYaml(readEntry(join(folder, sections[section].path, file)).split('---\n')[1]!) as Record<string, unknown>),
    );
}

/** Pages the new features add: one per topic with entries, a redirect page per old address. */
export function featurePages(folder: string, has: ReadonlySet<SectionName>): string[] {
  const settingsFile = join(folder, 'settings.yaml');
  const settings = (existsSync(settingsFile) ? parseYaml(readFileSync(settingsFile, 'utf8')) : {}) as { topics?: Record<string, string>; redirects?: Record<string, string> };
  const tagged = frontMatters(folder, has, ['publications', 'talks', 'lectures', 'projects']).flatMap((data) => (data['topics'] as string[] | undefined) ?? []);
  const moved = frontMatters(folder, has, ['publications', 'talks', 'lectures']).flatMap((data) => (data['redirectFrom'] as string[] | undefined) ?? []);
  const pageRedirects = Object.entries(settings.redirects ?? {})
    .filter(([, page]) => page !== 'publications' || has.has('publications'))
    .map(([from]) => from);
  return [
    ...Object.keys(settings.topics ?? {})
      .filter((topic) => tagged.includes(topic))
      .map((topic) => `/topics/${topic}/`),
    ...moved,
    ...pageRedirects,
  ];
}

/** Rows 2-7: the optional sections each keeps (see above). */
export const MATRIX_ROWS: readonly (readonly SectionName[])[] = [
  ['skills', 'experience', 'education', 'publications', 'patents', 'talks', 'lectures', 'projects', 'awards', 'grants'],
  ['skills', 'experience', 'education', 'publications', 'teaching', 'supervision', 'service', 'news', 'pages', 'people'],
  ['skills', 'patents', 'talks', 'lectures', 'teaching', 'supervision', 'service'],
  ['experience', 'patents', 'projects', 'awards', 'teaching', 'news', 'pages'],
  ['education', 'talks', 'projects', 'grants', 'supervision', 'news', 'people'],
  ['publications', 'lectures', 'awards', 'grants', 'service', 'pages', 'people'],
];
