/**
 * The site settings, resolved once per build (see src/integrations/vita.ts), and
 * each language's text and formats. A page's language is read from its address:
 * the default one at /, the others under their code (/de/); on a group site, so is
 * its member: a member's pages are under /<member>/ (/ada/, /ada/de/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cached } from '../lib/cached.ts';
import resolved, { members } from 'virtual:vita/settings';
import { contentRoots } from '../pipeline/contentFolder.ts';
import type { ResolvedSettings } from '../pipeline/settings.ts';
import { localeFor, type Locale } from '../i18n/index.ts';
import { languageOfPath } from '../lib/routes.ts';
import { languageKey } from '../schemas/settings.ts';

export const settings = resolved;

/** A group's members by id, each with its folders and settings (base path /<base>/<member>/). */
const memberById = new Map(members.map((member) => [member.id, member]));
/** The ids of a group site's members, in the settings' order; none on a personal site. */
export const memberIds: readonly string[] = members.map((member) => member.id);

/** The member whose site the page at `at` is part of (its URL or path, base path included or not), undefined for the group's own pages. */
export function memberAt(at: URL | string): string | undefined {
  if (memberById.size === 0) return undefined;
  const path = typeof at === 'string' ? at : at.pathname;
  const inside = path.startsWith(settings.base) ? path.slice(settings.base.length - 1) : path;
  // The first segment, without splitting the whole path: asked by every component of every page.
  const end = inside.indexOf('/', 1);
  const first = inside.slice(1, end < 0 ? undefined : end);
  return memberById.has(first) ? first : undefined;
}

/** The settings of a member's site, or the site's own (`member` undefined). */
export const settingsOf = (member: string | undefined): ResolvedSettings => (member === undefined ? settings : memberById.get(member)!.settings);

/** The content folder of a member's site, or the site's own (`member` undefined). */
export const contentFolderOf = (member: string | undefined): string => (member === undefined ? contentRoots().content : memberById.get(member)!.folder);

/** The public folder of a member's site (beside their content folder: their portrait), or the site's own (`member` undefined). */
export const publicFolderOf = (member: string | undefined): string => (member === undefined ? contentRoots().public : memberById.get(member)!.publicDir);

/**
 * Whether a link's site path names a file beside an entry of a content folder (a member's, or the site's own when `member` is
 * undefined), which the build publishes with the site: the content check has made such links paths of the folder
 * (/publications/paper.pdf); any other path names a file of the public folder.
 */
export const isBesideEntry = (path: string, member: string | undefined): boolean => path.startsWith('/') && existsSync(join(contentFolderOf(member), decodeURIComponent(path)));

/** The settings of the site the page at `at` is part of: a member's on a group site, else the site's own. */
export const settingsAt = (at: URL | string): ResolvedSettings => settingsOf(memberAt(at));

/** The site's languages by code (en, de), the default first, each with its tag as the settings give it (en-GB). */
const tags = new Map(settings.languages.map((tag) => [languageKey(tag), tag]));
/** The codes of the site's languages, the default first. */
export const languages: readonly string[] = [...tags.keys()];
export const defaultLanguage = languages[0]!;

/** The language of the page at `at`: its URL (Astro.url), its path, or its route's pattern past any /[member] (getStaticPaths' routePattern). */
export const languageAt = (at: URL | string): string => {
  const path = typeof at === 'string' ? at : at.pathname;
  // Asked by every component of every page: worked out once per address.
  return cached(pageLanguages, path, () => languageOfPage(path));
};

const pageLanguages = new Map<string, string>();

function languageOfPage(path: string): string {
  const member = memberAt(path);
  // Past the member's segment (/ada/de/cv/ → /de/cv/), the language is where it is on any site.
  const inside = member === undefined ? path : (path.startsWith(settings.base) ? path.slice(settings.base.length - 1) : path).slice(member.length + 1);
  return languageOfPath(inside, settings.base, languages) ?? defaultLanguage;
}

const locales = new Map<string, Locale>();

/** The text and formats of a language of the site (by code), or of a catalogue language (by tag). */
export function localeOf(language: string): Locale {
  // A language of the site by its code, or any catalogue language by its tag (a CV variant's `language`).
  return cached(locales, language, () => localeFor(tags.get(language) ?? language));
}

/** The text and formats of the page at `at` (see `languageAt`). */
export const pageLocale = (at: URL | string): Locale => localeOf(languageAt(at));
