/** /og/<card path>.png: the social preview image of every page (see src/cards/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardImage, getSiteCards } from '../../cards/images.ts';

export const getStaticPaths = (async () => [...(await getSiteCards()).keys()].map((card) => ({ params: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await cardImage(params['card']!), { headers: { 'Content-Type': 'image/png' } });
