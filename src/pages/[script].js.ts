/** /search.js, the search page's script (src/search/client.js), with the `search` setting only. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { settings } from '../data/settings.ts';
import client from '../search/client.js?raw';

export const getStaticPaths = (() => (settings.search ? [{ params: { script: 'search' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(client, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
