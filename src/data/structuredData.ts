/** The schema.org blocks several pages share, built from the site's data. */
import { awardLabel } from '../lib/awards.ts';
import { personLd } from '../lib/formats/jsonLd.ts';
import { paths } from '../lib/routes.ts';
import type { SiteData } from './views.ts';

/** The owner as a schema.org Person: on the home page, and as the main entity of the CV's ProfilePage; their home is that of the page's site and language (a group's member's: /ada/, /ada/de/). */
export function ownerLd(site: SiteData) {
  return personLd(site.cv.profile, {
    url: site.urls.absoluteUrl(paths.home()),
    alumniOf: site.cv.education.map((degree) => degree.institution),
    awards: site.awards.map(awardLabel),
  });
}
