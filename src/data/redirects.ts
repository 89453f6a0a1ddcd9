/** Every old address the content names (entries' `redirectFrom`, the settings' `redirects`) with where it leads now. */
import type { Redirect } from '../lib/redirects.ts';
import { paths } from '../lib/routes.ts';
import { defaultLanguage, localeOf, settings } from './settings.ts';
import { getSiteData } from './views.ts';

/** Old addresses lead to the pages in the default language. */
export async function siteRedirects(): Promise<Redirect[]> {
  const site = await getSiteData();
  const { t } = localeOf(defaultLanguage);
  const redirects: Redirect[] = [
    ...Object.entries(settings.redirects).flatMap(([from, page]) => (site.pages.has(page) ? [{ from, to: paths[page](), title: t.pages[page] }] : [])),
    ...site.publications.flatMap((publication) => publication.redirectFrom.map((from) => ({ from, to: paths.publication(publication.id), title: publication.titleText }))),
    ...site.events.flatMap((talk) => talk.redirectFrom.map((from) => ({ from, to: talk.path, title: talk.titleText }))),
  ];
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}
