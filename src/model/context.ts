/**
 * What the model needs besides the content: the settings, the page language's
 * catalogue and formats, the inline-Markdown renderer, and the day the content
 * last changed. Everything the outputs say follows from these and the content.
 */
import type { CitationFormatter } from './citations.ts';
import type { Locale } from '../i18n/index.ts';
import { inLanguage, joinBase } from '../lib/routes.ts';
import type { ResolvedSettings } from '../pipeline/settings.ts';

export interface ModelContext {
  readonly settings: ResolvedSettings;
  readonly locale: Locale;
  /** Inline Markdown (a title, a venue) to sanitised HTML: src/lib/markdown/markdown.ts's createInlineRenderer. */
  readonly renderInline: (text: string) => Promise<string>;
  /** The day the content last changed (YYYY-MM-DD), for "updated" claims; none when unknown. */
  readonly updated: string | undefined;
  /** The day of the build (YYYY-MM-DD): which members of the group are current; without it, everyone whose membership has an end is an alumnus. */
  readonly today?: string | undefined;
  /** Formats references in the CSL style of the settings' `citationStyle`; none for vita's own style. */
  readonly citations?: CitationFormatter | undefined;
  /**
   * The URL of a site path that names a file of a public folder served outside this site's base path (a group's
   * member's site links the group's public files at the group's base path); undefined for any other path, which
   * is under this site's base path.
   */
  readonly publicFileUrl?: ((path: string) => string | undefined) | undefined;
}

/** Internal URLs of a site: under its base path, and absolute when its origin is known. */
export interface SiteUrls {
  /** A site path under the base path: "/cv/" → "/vita/cv/". */
  readonly url: (path: string) => string;
  /** The same, absolute on the deployed site; undefined without a site URL. */
  readonly absoluteUrl: (path: string) => string | undefined;
}

/**
 * The URLs of the site in one of its languages: `prefix` is the language's code for every language but the default (/de/cv/);
 * on a group's site, a path on a member's site is in the member's pages in that language (/ada/de/cv/).
 */
export function siteUrls(settings: Pick<ResolvedSettings, 'base' | 'site'> & Partial<Pick<ResolvedSettings, 'members'>>, prefix?: string): SiteUrls {
  const members = new Set(settings.members?.map((member) => member.id));
  const url = (path: string) => joinBase(settings.base, inLanguage(path, prefix, members));
  return { url, absoluteUrl: (path) => (settings.site ? new URL(url(path), settings.site).href : undefined) };
}

/**
 * The `lang` of a text in `language` on a page in `pageLanguage`: only when the two
 * differ (so screen readers switch voice), never for the same language.
 */
export function langAttribute(language: string | undefined, pageLanguage: string): string | undefined {
  if (language === undefined) return undefined;
  return language.split('-')[0] === pageLanguage.split('-')[0] ? undefined : language;
}
