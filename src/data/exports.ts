/** The downloadable files, built from the same site data as the pages. */
import { toCsl } from '../lib/formats/csl.ts';
import { jsonResumeOf } from '../lib/formats/jsonResume.ts';
import { toRis } from '../lib/formats/ris.ts';
import { localeOf, settings } from './settings.ts';
import { getSiteData } from './views.ts';

/** Every publication as BibTeX, newest first, keyed by id. */
export async function bibtexFile(): Promise<string> {
  const { publications } = await getSiteData();
  return `${publications.map((publication) => publication.bibtex).join('\n\n')}\n`;
}

export async function cslJsonFile(): Promise<string> {
  const { publications } = await getSiteData();
  return `${JSON.stringify(publications.map(toCsl), null, 2)}\n`;
}

export async function risFile(): Promise<string> {
  const { publications } = await getSiteData();
  return `${publications.map(toRis).join('\r\n\r\n')}\r\n`;
}

/** The CV as JSON Resume in one language of the site (by code). */
export async function jsonResumeFile(language: string): Promise<string> {
  return jsonResumeOf(await getSiteData(language), { settings, locale: localeOf(language) });
}
