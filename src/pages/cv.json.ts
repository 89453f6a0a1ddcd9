import type { APIRoute } from 'astro';
import { jsonResumeFile } from '../data/exports.ts';
import { languageAt, memberAt } from '../data/settings.ts';
import { eachMember } from '../data/pages.ts';

/** A group's members have this page too (under /[member]/). */
export const getStaticPaths = eachMember;

/** The CV as JSON Resume, one per language (/cv.json, /de/cv.json). */
export const GET: APIRoute = async ({ url }) =>
  new Response(await jsonResumeFile(languageAt(url), memberAt(url)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
