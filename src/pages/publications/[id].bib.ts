import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/views.ts';
import { perMember } from '../../data/pages.ts';

/** Dev server only: the build writes these files from publications.bib (see astro.config.ts). */
export const getStaticPaths = perMember(async (_language, member) => {
  if (import.meta.env.PROD) return [];
  const { publications } = await getSiteData(undefined, member);
  return publications.map((publication) => ({ params: { id: publication.id }, props: { bibtex: publication.bibtex } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bibtex: string }> = ({ props }) => new Response(`${props.bibtex}\n`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
