/**
 * The list of files vita:site-files writes once the pages are built (files
 * beside entries, redirect pages, _redirects: src/data/siteFiles.ts); the
 * integration removes it after writing them.
 */
import type { APIRoute } from 'astro';
import { siteFiles } from '../data/siteFiles.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await siteFiles()), { headers: { 'Content-Type': 'application/json' } });
