/** /og/<card path>.png on the dev server; the build writes these files itself (see src/cards/images.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardImage, getSiteCards } from '../../cards/images.ts';

export const getStaticPaths = (async () => {
  if (import.meta.env.PROD) return [];
  return [...(await getSiteCards()).keys()].map((card) => ({ params: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(await cardImage(params['card']!), { headers: { 'Content-Type': 'image/png' } });
