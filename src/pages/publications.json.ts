import type { APIRoute } from 'astro';
import { cslJsonFile } from '../data/exports.ts';

export const GET: APIRoute = async () => new Response(await cslJsonFile(), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
