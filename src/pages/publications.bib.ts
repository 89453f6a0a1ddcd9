import type { APIRoute } from 'astro';
import { bibtexFile } from '../data/exports.ts';

export const GET: APIRoute = async () => new Response(await bibtexFile(), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
