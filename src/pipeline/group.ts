/**
 * A group site: the members of the group's settings (`members: [{ id, folder }]`),
 * each a vita content folder of its own, read and checked with the group's folder
 * in one build. A member's site is built under /<id>/ with the member's own
 * settings, but the group's address, base path and languages (one site, one
 * route axis per language), and no search (the group's one index covers it).
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { RESERVED_PAGE_IDS } from '../lib/routes.ts';
import { languageKey } from '../schemas/settings.ts';
import { SETTINGS_FILE } from '../schemas/sections.ts';
import type { FileResult, ValidEntry } from './checkFile.ts';
import { checkContentFolder, type FolderResult, publicFileChecker } from './contentFolder.ts';
import { byFileAndLine, type Problem } from './problems.ts';
import type { ContentFile } from './readTree.ts';
import { resolveSettings, type ResolvedSettings } from './settings.ts';
import { lineOf } from './yaml.ts';

export interface GroupMember {
  /** The member's address on the group site (/ada/). */
  readonly id: string;
  /** The member's content folder, absolute. */
  readonly folder: string;
  /** The folder as the group's problems name it: relative to the group's content folder (../members/ada/content). */
  readonly shown: string;
  /** The public folder beside the member's content folder (its portrait). */
  readonly publicDir: string;
  /** The member's settings, with the group's address, base path (/<base>/<id>/) and languages. */
  readonly settings: ResolvedSettings;
}

/** The members of a group (none for a personal site), their settings resolved; a missing folder's member has the defaults (the content check says why). */
export function groupMembers(contentRoot: string, group: ResolvedSettings, env: Record<string, string | undefined> = process.env): GroupMember[] {
  return group.members.map(({ id, folder }) => {
    const absolute = resolve(contentRoot, folder);
    const own = resolveSettings(absolute, { ...env, BASE_PATH: undefined, SITE_URL: undefined });
    return {
      id,
      folder: absolute,
      shown: relative(contentRoot, absolute).split('\\').join('/'),
      publicDir: join(absolute, '..', 'public'),
      settings: {
        ...own,
        language: group.language,
        languages: group.languages,
        site: group.site,
        base: `${group.base}${id}/`,
        search: false,
        members: [],
      },
    };
  });
}

/** Whether a member's folder is a folder. */
export const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/**
 * Members the group's settings name but that cannot be built: a folder that is none, an id another page of the
 * group's site has (a page of vita, a language, a free page of the group).
 */
export function memberProblems(members: readonly GroupMember[], groupEntries: readonly ValidEntry[]): Problem[] {
  const settings = groupEntries.find((entry) => entry.section === 'settings');
  if (!settings) return [];
  const languages = new Set((settings.data['languages'] as string[] | undefined)?.map(languageKey) ?? []);
  const freePages = new Set(groupEntries.filter((entry) => entry.section === 'pages').map((entry) => entry.id));
  return members.flatMap((member, index): Problem[] => {
    const at = (field: 'id' | 'folder') => ({ file: SETTINGS_FILE, line: lineOf(settings.yaml, ['members', index, field]) ?? 1, field: `members[${index}].${field}` });
    const taken = RESERVED_PAGE_IDS.has(member.id)
      ? `vita's own pages (/${member.id}/)`
      : languages.has(member.id)
        ? 'a language of the site'
        : freePages.has(member.id)
          ? `the free page content/pages/${member.id}.md`
          : undefined;
    return [
      ...(taken ? [{ ...at('id'), message: `"${member.id}" is the address of ${taken}; expected another id for the member, e.g. their family name` }] : []),
      ...(isFolder(member.folder)
        ? []
        : [
            {
              ...at('folder'),
              message: `"${member.shown}" is no folder; expected the member's content folder relative to this one (for a git submodule: git submodule update --init)`,
            },
          ]),
    ];
  });
}

export interface GroupResult extends FolderResult {
  /** The public folder of the site (key "") and of each member (key "ada/"), for their portraits. */
  readonly publicDirs: ReadonlyMap<string, string>;
}

/**
 * Reads and checks a content folder and, on a group's site, each member's folder with it: all problems at once,
 * a member's named from the group's folder (../ada/publications/x.md), a member's entries under ids that start
 * with the member's (ada/x). `checkOne` checks a file of the folder whose files the group names with `prefix`.
 */
export function checkGroupFolder(
  root: string,
  options: { readonly publicDir: string; readonly checkOne?: (prefix: string) => (file: ContentFile) => FileResult },
): GroupResult | { error: string } {
  const group = resolveSettings(root);
  const members = groupMembers(root, group);
  // A member's site has the group's languages, and links the group's public files (a member's own public folder gives only their portraits).
  const shared = {
    languages: group.languages.map(languageKey),
    publicFileExists: publicFileChecker(options.publicDir),
    publicFolder: "the group's public/ (a member's own public folder is not published on the group's site)",
  };
  // The members' folders first: the group's texts may link any page of their sites.
  const checked = members
    .filter((each) => isFolder(each.folder))
    .flatMap((member) => {
      const prefix = `${member.shown}/`;
      const own = checkContentFolder(member.folder, {
        ...shared,
        portraitExists: publicFileChecker(member.publicDir),
        ...(options.checkOne ? { checkOne: options.checkOne(prefix) } : {}),
      });
      return 'error' in own ? [] : [{ member, prefix, own }];
    });
  const folder = checkContentFolder(root, {
    publicDir: options.publicDir,
    memberSites: new Map(checked.map(({ member, own }) => [member.id, own.site])),
    ...(options.checkOne ? { checkOne: options.checkOne('') } : {}),
  });
  if ('error' in folder) return folder;
  const problems = [...folder.problems, ...memberProblems(members, folder.entries)];
  const entries = [...folder.entries];
  let files = folder.files;
  const publicDirs = new Map([['', options.publicDir]]);
  for (const { member, prefix, own } of checked) {
    problems.push(...own.problems.map((problem) => ({ ...problem, file: `${prefix}${problem.file}` })));
    entries.push(...own.entries.map((entry) => ({ ...entry, id: `${member.id}/${entry.id}`, file: `${prefix}${entry.file}` })));
    files += own.files;
    publicDirs.set(`${member.id}/`, member.publicDir);
  }
  return { problems: problems.sort(byFileAndLine), entries, site: folder.site, files, shownRoot: folder.shownRoot, publicDirs };
}
