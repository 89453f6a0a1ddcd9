import type { APIRoute } from 'astro';
import { jsonResumeFile } from '../data/exports.ts';

export const GET: APIRoute = async () => new Response(await jsonResumeFile(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
