import type { APIRoute } from 'astro';
import { cvPdf } from '../data/pdf.ts';

export const GET: APIRoute = async () => new Response((await cvPdf()).bytes, { headers: { 'Content-Type': 'application/pdf' } });
