import type { APIRoute } from 'astro';
import { memberAt } from '../data/settings.ts';
import { bibtexFile } from '../data/exports.ts';

export const GET: APIRoute = async ({ url }) => new Response(await bibtexFile(memberAt(url)), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
