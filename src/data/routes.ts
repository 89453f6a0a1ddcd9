/** Site paths, bound to the configured base path: the one place pages and components get internal URLs from. */
import { joinBase } from '../lib/urls.ts';

/** An internal URL under the site's base path. */
export const url = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

/** The same URL, absolute on the deployed site: for canonical links, feeds, JSON-LD and exports. */
export const absoluteUrl = (path: string): string => new URL(url(path), import.meta.env.SITE).href;

export const routes = {
  home: () => url('/'),
  publications: () => url('/publications/'),
  publication: (id: string) => url(`/publications/${id}/`),
  publicationBibtex: (id: string) => url(`/publications/${id}.bib`),
  talks: () => url('/talks/'),
  patents: () => url('/patents/'),
  cv: () => url('/cv/'),
  bibtex: () => url('/publications.bib'),
  cslJson: () => url('/publications.json'),
  ris: () => url('/publications.ris'),
  jsonResume: () => url('/cv.json'),
  feed: () => url('/feed.xml'),
};

/** Main navigation, in order. Projects, awards and experience are sections of the CV. */
export const navigation = [
  { label: 'Home', href: routes.home() },
  { label: 'Publications', href: routes.publications() },
  { label: 'Talks', href: routes.talks() },
  { label: 'Patents', href: routes.patents() },
  { label: 'CV', href: routes.cv() },
] as const;
