/**
 * Build only: renders every preview image into the cache while the pages
 * render, then lists card path → cache key for the vita:card-images
 * integration, which copies the images into dist/og/ and removes this file.
 */
import type { APIRoute } from 'astro';
import { renderAllCards } from '../../cards/images.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await renderAllCards()), { headers: { 'Content-Type': 'application/json' } });
