/**
 * The one table of CV sections: for each, how many entries it has. The CV page,
 * its section navigation and the PDF CV show the sections with entries, in the
 * settings' order, under the catalogue's headings; adding a section is a row
 * here, its schema, its entries (src/model/entries.ts) and its catalogue keys.
 */
import type { Locale } from '../i18n/index.ts';
import type { CvSectionName } from '../schemas/settings.ts';
import type { SiteData } from './site.ts';

export interface CvSection {
  readonly id: CvSectionName;
  /** "Research projects". */
  readonly heading: string;
  /** The short form in the CV's section navigation: "Projects". */
  readonly navigationLabel: string;
  readonly count: number;
}

type Counted = Omit<SiteData, 'cvSections'>;
const entriesIn = (groups: Counted['entries'][keyof Counted['entries']]) => groups.reduce((sum, group) => sum + group.entries.length, 0);

/** How many entries each section has. */
const COUNTS: Readonly<Record<CvSectionName, (site: Counted) => number>> = {
  experience: (site) => entriesIn(site.entries.experience),
  education: (site) => entriesIn(site.entries.education),
  publications: (site) => site.publications.length,
  grants: (site) => entriesIn(site.entries.grants),
  awards: (site) => entriesIn(site.entries.awards),
  projects: (site) => entriesIn(site.entries.projects),
  patents: (site) => site.patents.length,
  talks: (site) => site.talks.length,
  lectures: (site) => site.lectures.length,
  teaching: (site) => entriesIn(site.entries.teaching),
  supervision: (site) => entriesIn(site.entries.supervision),
  service: (site) => entriesIn(site.entries.service),
  skills: (site) => entriesIn(site.entries.skills),
};

/** The sections in `order` that have entries, with their headings in the page's language. */
export function cvSections(site: Counted, order: readonly CvSectionName[], locale: Locale): CvSection[] {
  const { sections, sectionLinks } = locale.t.cv;
  return order.map((id) => ({ id, heading: sections[id], navigationLabel: sectionLinks[id] ?? sections[id], count: COUNTS[id](site) })).filter((section) => section.count > 0);
}
