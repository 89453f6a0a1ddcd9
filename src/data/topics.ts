/** Topics as the pages use them: the settings' labels, each topic's page, and what is filed under it. */
import { cached } from '../lib/cached.ts';
import { routesOf } from './routes.ts';
import { defaultLanguage } from './settings.ts';
import { getSiteData, type ProjectView, type PublicationView, type SiteData, type TalkView } from './views.ts';

export interface TopicLink {
  readonly id: string;
  readonly label: string;
  readonly href: string;
}

/** The topics an entry names, in the settings' order, as links to their pages in the language of `site` (a group's member's site when `member` is given). */
export function topicLinks(ids: readonly string[], site: SiteData, member?: string): TopicLink[] {
  const { routes } = routesOf(site.language, member);
  return Object.entries(site.topics)
    .filter(([id]) => ids.includes(id))
    .map(([id, label]) => ({ id, label, href: routes.topic(id) }));
}

export interface TopicPage extends TopicLink {
  readonly publications: readonly PublicationView[];
  readonly talks: readonly TalkView[];
  readonly projects: readonly ProjectView[];
}

const topics = new Map<string, Promise<TopicPage[]>>();

/** Every topic with at least one entry, in the settings' order, in one language of the site (by code), of a group's member's site when `member` is given; worked out once per build. */
export function getTopicPages(language = defaultLanguage, member?: string): Promise<TopicPage[]> {
  return cached(topics, `${member ?? ''}/${language}`, () => getSiteData(language, member).then((site) => topicPages(site, member)));
}

function topicPages(site: SiteData, member: string | undefined): TopicPage[] {
  const { routes } = routesOf(site.language, member);
  return Object.entries(site.topics).flatMap(([id, label]) => {
    const page = {
      id,
      label,
      href: routes.topic(id),
      publications: site.publications.filter((entry) => entry.topics.includes(id)),
      talks: site.events.filter((entry) => entry.topics.includes(id)),
      projects: site.projects.filter((entry) => entry.topics.includes(id)),
    };
    return page.publications.length + page.talks.length + page.projects.length > 0 ? [page] : [];
  });
}
