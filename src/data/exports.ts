/** The downloadable files, built from the same site data as the pages. */
import { toCsl } from '../lib/csl.ts';
import { toJsonResume } from '../lib/jsonResume.ts';
import { createInlineRenderer, htmlToText } from '../lib/markdown.ts';
import { personHref } from '../lib/people.ts';
import { supervisionState } from '../lib/supervision.ts';
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
  const { cv } = site;
  const withText = <T extends { readonly html: string }>(entry: T) => ({ ...entry, descriptionText: htmlToText(entry.html) });
  const render = await createInlineRenderer();
  const plainOf = async (value: string) => htmlToText(await render(value));
  const personById = new Map(cv.people.map((person) => [person.id, person]));
  const resume = toJsonResume({
    ...site,
    profile: cv.profile,
    bioText: htmlToText(cv.profile.html),
    homeUrl: absoluteUrl('/'),
    fileUrl: absoluteUrl('/cv.json'),
    experience: cv.experience.map(withText),
    education: cv.education,
    awards: site.awards,
    projects: cv.projects,
    service: cv.service.map((entry) => ({ ...entry, kindLabel: t.service.kinds[entry.kind] })),
    teaching: await Promise.all(cv.teaching.map(async (course) => ({ ...withText(course), titleText: await plainOf(course.title) }))),
    supervision: await Promise.all(
      cv.supervision.map(async (entry) => {
        const person = entry.person === undefined ? undefined : personById.get(entry.person);
        return {
          ...withText(entry),
          displayName: entry.name ?? person!.name,
          href: person && personHref(person),
          titleText: entry.title && (await plainOf(entry.title)),
          state: supervisionState(entry),
        };
      }),
    ),
    grants: cv.grants.map(withText),
  });
  return `${JSON.stringify(resume, null, 2)}\n`;
}
