import type { APIRoute } from 'astro';
import { memberAt } from '../data/settings.ts';
import { risFile } from '../data/exports.ts';

export const GET: APIRoute = async ({ url }) => new Response(await risFile(memberAt(url)), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
