/** The presentation model of this build (src/model/site.ts), worked out once from the content collections and the settings. */
import { createInlineRenderer } from '../lib/markdown.ts';
import { siteData, type SiteData } from '../model/site.ts';
import { contentUpdated } from '../pipeline/buildDate.ts';
import { citationFormatter } from '../pipeline/citationStyle.ts';
import { contentRoots } from '../pipeline/contentFolder.ts';
import { getCv } from './cv.ts';
import { locale, settings } from './settings.ts';

export type { Author, AuthorList } from '../model/authors.ts';
export type { CvEntry, EntryGroup, NavigationItem, NewsView, PageView, PatentView, ProfileView, ProjectView, PublicationView, SiteData, TalkView } from '../model/site.ts';

let built: Promise<SiteData> | undefined;

/** Everything the pages need, built once per build. */
export function getSiteData(): Promise<SiteData> {
  built ??= (async () =>
    siteData(await getCv(), {
      settings,
      locale,
      renderInline: await createInlineRenderer(),
      updated: contentUpdated(contentRoots().content),
      citations: citationFormatter(settings.citationStyle, settings.language, { project: process.cwd(), content: contentRoots().content }),
    }))();
  return built;
}
