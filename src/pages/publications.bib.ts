import type { APIRoute } from 'astro';
import { memberAt } from '../data/settings.ts';
import { bibtexFile } from '../data/exports.ts';
import { eachMember } from '../data/pages.ts';

/** A group's members have this page too (under /[member]/). */
export const getStaticPaths = eachMember;

export const GET: APIRoute = async ({ url }) => new Response(await bibtexFile(memberAt(url)), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
