/** Site paths, bound to the configured base path: the one place pages and components get internal URLs from. */
import { joinBase } from '../lib/urls.ts';

/** An internal URL under the site's base path. */
export const url = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

export const routes = {
  home: () => url('/'),
  publications: () => url('/publications/'),
  publication: (id: string) => url(`/publications/${id}/`),
  talks: () => url('/talks/'),
  patents: () => url('/patents/'),
  cv: () => url('/cv/'),
};

/** Main navigation, in order. Projects, awards and experience are sections of the CV. */
export const navigation = [
  { label: 'Home', href: routes.home() },
  { label: 'Publications', href: routes.publications() },
  { label: 'Talks', href: routes.talks() },
  { label: 'Patents', href: routes.patents() },
  { label: 'CV', href: routes.cv() },
] as const;
