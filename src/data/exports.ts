/** The downloadable files, built from the same site data as the pages. */
import { toCsl } from '../lib/csl.ts';
import { toJsonResume } from '../lib/jsonResume.ts';
import { htmlToText } from '../lib/markdown.ts';
import { toRis } from '../lib/ris.ts';
import { absoluteUrl } from './routes.ts';
import { t } from './settings.ts';
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

export async function jsonResumeFile(): Promise<string> {
  const site = await getSiteData();
  const resume = toJsonResume({
    ...site,
    bioText: htmlToText(site.profile.html),
    homeUrl: absoluteUrl('/'),
    fileUrl: absoluteUrl('/cv.json'),
    experience: site.experience.map((position) => ({ ...position, descriptionText: htmlToText(position.html) })),
    service: site.service.map((entry) => ({ ...entry, kindLabel: t.service.kinds[entry.kind] })),
    teaching: site.teaching.map((course) => ({ ...course, descriptionText: htmlToText(course.html) })),
    supervision: site.supervision.map((entry) => ({ ...entry, descriptionText: htmlToText(entry.html) })),
    grants: site.grants.map((grant) => ({ ...grant, descriptionText: htmlToText(grant.html) })),
  });
  return `${JSON.stringify(resume, null, 2)}\n`;
}
