/** Site URLs bound to the configured base path and origin: the one place pages and exports get internal URLs from. */
import { cached } from '../lib/cached.ts';
import { joinBase, paths } from '../lib/routes.ts';
import { siteUrls, type SiteUrls } from '../model/context.ts';
import { defaultLanguage, languageAt, languages, localeOf, memberAt, settings, settingsOf } from './settings.ts';

/** An internal URL under the site's base path, in the default language (or a file that is one for all languages). */
export const url = (path: string): string => joinBase(settings.base, path);

/** The same URL, absolute on the deployed site; undefined when no site URL is configured. */
export const absoluteUrl = (path: string): string | undefined => (settings.site ? new URL(url(path), settings.site).href : undefined);

type Paths = typeof paths;
/** Every route of `paths`, under the base path, in one language. */
export type Routes = { readonly [K in keyof Paths]: Paths[K] };

export interface PageRoutes extends SiteUrls {
  readonly routes: Routes;
}

const bound = new Map<string, PageRoutes>();

/** The URLs of a language of the site (by code): its pages under /de/, files that are one for all as they are; of a group's member's site (/ada/, /ada/de/) when `member` is given. */
export function routesOf(language: string, member?: string): PageRoutes {
  return cached(bound, `${member ?? ''}/${language}`, () => {
    const urls = siteUrls(settingsOf(member), language === defaultLanguage ? undefined : language);
    const routes = Object.fromEntries(
      Object.entries(paths).map(([name, path]) => [name, (...args: never[]) => urls.url((path as (...args: never[]) => string)(...args))]),
    ) as Routes;
    return { ...urls, routes };
  });
}

/** The URLs of the language of the page at `at` (Astro.url, a path or a route's pattern). */
export const pageRoutes = (at: URL | string): PageRoutes => routesOf(languageAt(at), memberAt(at));

/** A page in one language of the site: for the language switcher and the hreflang links. */
export interface LanguageVersion {
  /** The BCP 47 tag (de, en-GB). */
  readonly tag: string;
  /** The language's name in itself: Deutsch. */
  readonly name: string;
  readonly href: string;
  /** The same, absolute on the deployed site; undefined without a site URL. */
  readonly absoluteUrl: string | undefined;
  readonly current: boolean;
}

/** The page at `pathname` (Astro.url.pathname) in every language of the site, the default first; every page exists in each. */
export function languageVersions(pathname: string): LanguageVersion[] {
  const current = languageAt(pathname);
  const member = memberAt(pathname);
  const base = settingsOf(member).base;
  const inside = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  const path = current === defaultLanguage ? inside : inside.slice(current.length + 1);
  return languages.map((language) => {
    const { url, absoluteUrl } = routesOf(language, member);
    const { language: tag, name } = localeOf(language);
    return { tag, name, href: url(path), absoluteUrl: absoluteUrl(path), current: language === current };
  });
}
