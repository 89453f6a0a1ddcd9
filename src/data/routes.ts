/** Site URLs bound to the configured base path and origin: the one place pages and exports get internal URLs from. */
import { joinBase, paths } from '../lib/routes.ts';
import { settings } from './settings.ts';

/** An internal URL under the site's base path. */
export const url = (path: string): string => joinBase(settings.base, path);

/** The same URL, absolute on the deployed site; undefined when no site URL is configured. */
export const absoluteUrl = (path: string): string | undefined => (settings.site ? new URL(url(path), settings.site).href : undefined);

type Paths = typeof paths;
/** Every route of `paths`, under the base path. */
export const routes = Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, (...args: never[]) => url((path as (...args: never[]) => string)(...args))])) as {
  readonly [K in keyof Paths]: Paths[K];
};
