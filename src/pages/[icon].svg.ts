/** /favicon.svg, made from the owner's initials, unless the owner brings an icon of their own (src/data/favicon.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { generatedFavicon, siteIcon } from '../data/favicon.ts';

export const getStaticPaths = (() => (siteIcon().generated ? [{ params: { icon: 'favicon' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => new Response(await generatedFavicon(), { headers: { 'Content-Type': 'image/svg+xml' } });
