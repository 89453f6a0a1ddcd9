/** The stylesheet of the publication filters: one rule per kind, year, topic and part the site's publications have; none without filters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { memberAt } from '../../data/settings.ts';
import { getSiteData } from '../../data/views.ts';
import { filterStylesheet } from '../../lib/filterStyles.ts';

export const getStaticPaths = (async ({ routePattern }) =>
  (await getSiteData(undefined, memberAt(routePattern))).publicationFilters.any ? [{ params: { filters: 'filters' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ url }) =>
  new Response(filterStylesheet((await getSiteData(undefined, memberAt(url))).publicationFilters), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
