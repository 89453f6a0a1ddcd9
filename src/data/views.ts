/** The presentation model of this build (src/model/site.ts), worked out once per language from the content collections and the settings. */
import { cached } from '../lib/cached.ts';
import { createInlineRenderer } from '../lib/markdown/markdown.ts';
import { siteData, type SiteData } from '../model/site.ts';
import { buildDay, contentUpdated } from '../pipeline/buildDate.ts';
import { citationFormatter } from '../pipeline/citationStyle.ts';
import { contentRoots, publicFileChecker } from '../pipeline/contentFolder.ts';
import { getCv } from './cv.ts';
import { url } from './routes.ts';
import { contentFolderOf, defaultLanguage, localeOf, settingsOf } from './settings.ts';

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
/** Each content folder's day of its last change, asked of git once (a group's site has a folder per member, each in every language). */
const updatedDays = new Map<string, string>();

/** The URL of a file of the group's public folder (the one the build publishes), at the group's base path; undefined for a path that names none. */
function groupPublicFileUrl(): (path: string) => string | undefined {
  const isPublicFile = publicFileChecker(contentRoots().public);
  return (path) => (isPublicFile(path) ? url(path) : undefined);
}

/** Everything the pages of one language (by code; the default when none is given) need, built once per build; of a group's member's site when `member` is given. */
export function getSiteData(language = defaultLanguage, member?: string): Promise<SiteData> {
  return cached(built, `${member ?? ''}/${language}`, async () => {
    const locale = localeOf(language);
    const settings = settingsOf(member);
    const content = contentFolderOf(member);
    return siteData(await getCv(member), {
      settings,
      locale,
      renderInline: await createInlineRenderer(),
      updated: cached(updatedDays, content, () => contentUpdated(content)),
      today: buildDay(),
      citations: citationFormatter(settings.citationStyle, locale.language, { project: process.cwd(), content }),
      // A member's site links the group's public files where the group's site serves them (a member's own public folder is not published).
      publicFileUrl: member === undefined ? undefined : groupPublicFileUrl(),
    });
  });
}
