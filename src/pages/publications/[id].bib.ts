import type { APIRoute, GetStaticPaths } from 'astro';
import { memberAt } from '../../data/settings.ts';
import { getSiteData } from '../../data/views.ts';

/** Dev server only: the build writes these files from publications.bib (see astro.config.ts). */
export const getStaticPaths = (async ({ routePattern }) => {
  if (import.meta.env.PROD) return [];
  const { publications } = await getSiteData(undefined, memberAt(routePattern));
  return publications.map((publication) => ({ params: { id: publication.id }, props: { bibtex: publication.bibtex } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bibtex: string }> = ({ props }) => new Response(`${props.bibtex}\n`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
