/** The downloadable files, built from the same site data as the pages. */
import { toCsl } from '../lib/formats/csl.ts';
import { jsonResumeOf } from '../lib/formats/jsonResume.ts';
import { toRis } from '../lib/formats/ris.ts';
import { localeOf, settingsOf } from './settings.ts';
import { getSiteData } from './views.ts';

/** Every publication as BibTeX, newest first, keyed by id (of a group's member's site when `member` is given, as the other exports). */
export async function bibtexFile(member?: string): Promise<string> {
  const { publications } = await getSiteData(undefined, member);
  return `${publications.map((publication) => publication.bibtex).join('\n\n')}\n`;
}

export async function cslJsonFile(member?: string): Promise<string> {
  const { publications } = await getSiteData(undefined, member);
  return `${JSON.stringify(publications.map(toCsl), null, 2)}\n`;
}

export async function risFile(member?: string): Promise<string> {
  const { publications } = await getSiteData(undefined, member);
  return `${publications.map(toRis).join('\r\n\r\n')}\r\n`;
}

/** The CV as JSON Resume in one language of the site (by code). */
export async function jsonResumeFile(language: string, member?: string): Promise<string> {
  return jsonResumeOf(await getSiteData(language, member), { settings: settingsOf(member), locale: localeOf(language) });
}
