/**
 * The site's icon: the owner's own (favicon.svg, .ico or .png in the public
 * folder), else one made from their initials in the accent colour
 * (src/cards/favicon.ts), served at /favicon.svg.
 */
import { faviconSvg, ownIcon } from '../cards/favicon.ts';
import { loadFontSet } from '../cards/fonts.ts';
import { DEFAULT_ACCENT } from '../lib/contrast.ts';
import { paths } from '../lib/routes.ts';
import { contentRoots } from '../pipeline/contentFolder.ts';
import { url } from './routes.ts';
import { settings } from './settings.ts';
import { getSiteData } from './views.ts';

export interface SiteIcon {
  /** The icon's URL under the base path. */
  readonly href: string;
  readonly type: string;
  /** Whether vita makes it (the owner brought none). */
  readonly generated: boolean;
}

/** The icon the pages link to. */
export function siteIcon(): SiteIcon {
  const own = ownIcon(contentRoots().public);
  return own ? { href: url(own.path), type: own.type, generated: false } : { href: url(paths.favicon()), type: 'image/svg+xml', generated: true };
}

/** The generated icon's SVG: the owner's initials in the site's accent colour. */
export async function generatedFavicon(): Promise<string> {
  const [site, fonts] = await Promise.all([getSiteData(), loadFontSet()]);
  return faviconSvg(site.profile.initials, (settings.accent ?? DEFAULT_ACCENT).light, fonts);
}
