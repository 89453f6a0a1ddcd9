/** Whether an optional page is built: its getStaticPaths gives the page itself, or nothing when its sections are empty. */
import type { GetStaticPathsOptions } from 'astro';
import type { NavigablePage } from '../lib/routes.ts';
import { languageAt, memberAt } from './settings.ts';
import { getSiteData } from './views.ts';

/**
 * getStaticPaths of a `[...index].astro` route: `/section/` itself (the rest parameter
 * matches nothing) when the page has content, no page at all when it has none.
 */
export const onlyWithContent =
  (page: NavigablePage) =>
  async ({ routePattern }: GetStaticPathsOptions) =>
    (await getSiteData(languageAt(routePattern), memberAt(routePattern))).pages.has(page) ? [{ params: { index: undefined } }] : [];
