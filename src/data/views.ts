/** The presentation model of this build (src/model/site.ts), worked out once from the content collections and the settings. */
import { localeFor } from '../i18n/index.ts';
import { createInlineRenderer } from '../lib/markdown.ts';
import { siteData, type SiteData } from '../model/site.ts';
import { contentUpdated } from '../pipeline/buildDate.ts';
import { citationFormatter } from '../pipeline/citationStyle.ts';
import { contentRoots } from '../pipeline/contentFolder.ts';
import { getCv } from './cv.ts';
import { locale, settings } from './settings.ts';

export type { Author, AuthorList } from '../model/authors.ts';
export type {
  CvEntry,
  EntryGroup,
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

/** Everything the pages need, built once per build. */
export function getSiteData(): Promise<SiteData> {
  return getSiteDataIn(settings.language);
}

/** The same in another catalogue language (a CV variant's `language`): the entries as written, the words and dates in that language; built once per language. */
export function getSiteDataIn(language: string): Promise<SiteData> {
  let site = built.get(language);
  if (site === undefined) {
    site = (async () =>
      siteData(await getCv(), {
        settings: { ...settings, language },
        locale: language === settings.language ? locale : localeFor(language),
        renderInline: await createInlineRenderer(),
        updated: contentUpdated(contentRoots().content),
        citations: citationFormatter(settings.citationStyle, language, { project: process.cwd(), content: contentRoots().content }),
      }))();
    built.set(language, site);
  }
  return site;
}
