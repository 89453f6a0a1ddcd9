/** The paths of each page (getStaticPaths): on a group's site also each member's, and only the optional pages that have content. */
import type { GetStaticPathsOptions } from 'astro';
import { MEMBER_ROUTE, type NavigablePage } from '../lib/routes.ts';
import { languageAt, memberIds } from './settings.ts';
import { getSiteData } from './views.ts';

type StaticPath = { params: Record<string, string | undefined>; props?: Record<string, unknown> };

/**
 * getStaticPaths of a page that a group's members have too: `paths` gives the page's paths in a language, for the
 * site (`member` undefined) or for one member; on the page's route under /[member]/, each member's, with its id.
 */
export const perMember =
  <Path extends StaticPath>(paths: (language: string, member: string | undefined) => Path[] | Promise<Path[]>) =>
  async ({ routePattern }: GetStaticPathsOptions): Promise<Path[]> => {
    if (routePattern !== MEMBER_ROUTE && !routePattern.startsWith(`${MEMBER_ROUTE}/`)) return paths(languageAt(routePattern), undefined);
    const language = languageAt(routePattern.slice(MEMBER_ROUTE.length) || '/');
    const each = await Promise.all(memberIds.map(async (member) => (await paths(language, member)).map((path) => ({ ...path, params: { ...path.params, member } }))));
    return each.flat();
  };

/** getStaticPaths of a page without parameters of its own, which a group's members have too (Astro asks only for its route under /[member]/). */
export const eachMember = perMember(() => [{ params: {} }]);

/**
 * getStaticPaths of a `[...index].astro` route: `/section/` itself (the rest parameter
 * matches nothing) when the page has content, no page at all when it has none.
 */
export const onlyWithContent = (page: NavigablePage) =>
  perMember(async (language, member) => ((await getSiteData(language, member)).pages.has(page) ? [{ params: { index: undefined } }] : []));
