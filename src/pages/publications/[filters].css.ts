/** The stylesheet of the publication filters: one rule per kind, year, topic and part the site's publications have; none without filters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { memberAt } from '../../data/settings.ts';
import { getSiteData } from '../../data/views.ts';
import { filterStylesheet } from '../../lib/filterStyles.ts';
import { perMember } from '../../data/pages.ts';

export const getStaticPaths = perMember(async (_language, member) =>
  (await getSiteData(undefined, member)).publicationFilters.any ? [{ params: { filters: 'filters' } }] : [],
) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ url }) =>
  new Response(filterStylesheet((await getSiteData(undefined, memberAt(url))).publicationFilters), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
