/** The stylesheet of the publication filters: one rule per kind, year, topic and part the site's publications have; none without filters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/views.ts';
import { filterStylesheet } from '../../lib/filterStyles.ts';

export const getStaticPaths = (async () => ((await getSiteData()).publicationFilters.any ? [{ params: { filters: 'filters' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => new Response(filterStylesheet((await getSiteData()).publicationFilters), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
