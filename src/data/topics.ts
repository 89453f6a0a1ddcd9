/** Topics as the pages use them: the settings' labels, each topic's page, and what is filed under it. */
import { routes } from './routes.ts';
import { settings } from './settings.ts';
import { getSiteData, type ProjectView, type PublicationView, type TalkView } from './views.ts';

export interface TopicLink {
  readonly id: string;
  readonly label: string;
  readonly href: string;
}

/** The topics an entry names, in the settings' order, as links to their pages. */
export function topicLinks(ids: readonly string[]): TopicLink[] {
  return Object.entries(settings.topics)
    .filter(([id]) => ids.includes(id))
    .map(([id, label]) => ({ id, label, href: routes.topic(id) }));
}

export interface TopicPage extends TopicLink {
  readonly publications: readonly PublicationView[];
  readonly talks: readonly TalkView[];
  readonly projects: readonly ProjectView[];
}

let topics: Promise<TopicPage[]> | undefined;

/** Every topic with at least one entry, in the settings' order; worked out once per build. */
export function getTopicPages(): Promise<TopicPage[]> {
  topics ??= getSiteData().then(topicPages);
  return topics;
}

function topicPages(site: { publications: readonly PublicationView[]; events: readonly TalkView[]; projects: readonly ProjectView[] }): TopicPage[] {
  return Object.entries(settings.topics).flatMap(([id, label]) => {
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
