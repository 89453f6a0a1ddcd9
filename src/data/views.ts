/** The presentation model of this build (src/model/site.ts), worked out once per language from the content collections and the settings. */
import { createInlineRenderer } from '../lib/markdown/markdown.ts';
import { siteData, type SiteData } from '../model/site.ts';
import { buildDay, contentUpdated } from '../pipeline/buildDate.ts';
import { citationFormatter } from '../pipeline/citationStyle.ts';
import { contentRoots } from '../pipeline/contentFolder.ts';
import { getCv } from './cv.ts';
import { defaultLanguage, localeOf, settings } from './settings.ts';

export type { Author, AuthorList } from '../model/authors.ts';
export type {
  CvEntry,
  EntryGroup,
  MemberGroup,
  MemberView,
  NavigationItem,
  NewsView,
  PageView,
  PatentView,
  PersonView,
  ProfileView,
  ProjectView,
  PublicationFilters,
  PublicationView,
  SiteData,
  TalkView,
} from '../model/site.ts';

const built = new Map<string, Promise<SiteData>>();

/** Everything the pages of one language (by code; the default when none is given) need, built once per build. */
export function getSiteData(language = defaultLanguage): Promise<SiteData> {
  let site = built.get(language);
  if (site === undefined) {
    const locale = localeOf(language);
    site = (async () =>
      siteData(await getCv(), {
        settings,
        locale,
        renderInline: await createInlineRenderer(),
        updated: contentUpdated(contentRoots().content),
        today: buildDay(),
        citations: citationFormatter(settings.citationStyle, locale.language, { project: process.cwd(), content: contentRoots().content }),
      }))();
    built.set(language, site);
  }
  return site;
}
