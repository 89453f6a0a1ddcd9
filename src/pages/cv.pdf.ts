import type { APIRoute } from 'astro';
import { cvPdf } from '../data/pdf.ts';
import { languageAt, memberAt } from '../data/settings.ts';
import { eachMember } from '../data/pages.ts';

/** A group's members have this page too (under /[member]/). */
export const getStaticPaths = eachMember;

/** The PDF CV, one per language (/cv.pdf, /de/cv.pdf). */
export const GET: APIRoute = async ({ url }) => new Response((await cvPdf(languageAt(url), memberAt(url))).bytes, { headers: { 'Content-Type': 'application/pdf' } });
