import type { APIRoute } from 'astro';
import { cvPdf } from '../data/pdf.ts';
import { languageAt, memberAt } from '../data/settings.ts';

/** The PDF CV, one per language (/cv.pdf, /de/cv.pdf). */
export const GET: APIRoute = async ({ url }) => new Response((await cvPdf(languageAt(url), memberAt(url))).bytes, { headers: { 'Content-Type': 'application/pdf' } });
