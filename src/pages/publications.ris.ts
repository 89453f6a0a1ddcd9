import type { APIRoute } from 'astro';
import { risFile } from '../data/exports.ts';

export const GET: APIRoute = async () => new Response(await risFile(), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
