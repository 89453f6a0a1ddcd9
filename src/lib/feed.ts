/**
 * Feed items: publications, talks and news together, newest first, dated in UTC from their own dates.
 * Every text is one line without the control characters XML 1.0 forbids: one of them would make
 * the whole feed unreadable. The RSS writer escapes markup (&, <, >).
 */
import type { Citable } from './citable.ts';
import { singleLine } from './singleLine.ts';

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
  readonly categories: string[];
}

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

/** Items for every publication, talk and news item; `describeTalk` says what a talk was in the site's language ("Keynote at ICML 2020"). */
export function feedItems<Kind extends string>(
  publications: readonly Citable[],
  talks: readonly { url: string | undefined; titleText: string; event: string; kind: Kind; date: { dates: readonly string[] } }[],
  describeTalk: (kind: Kind, event: string) => string,
  news: readonly { url: string | undefined; headline: string; text: string; date: string }[] = [],
): FeedItem[] {
  const items: FeedItem[] = [
    ...publications.map((publication) => ({
      title: publication.titleText,
      link: publication.url ?? '',
      pubDate: utc(publication.year, publication.month),
      description:
        `${publication.authors.map((author) => author.name).join(', ')}${publication.etAl ? ' et al.' : ''}. ${publication.venueText ?? ''} (${publication.year}).`.replace(
          ' .',
          '.',
        ),
      categories: ['publication', publication.kind],
    })),
    ...talks.map((talk) => {
      const [year, month, day] = talk.date.dates[0]!.split('-').map(Number);
      return {
        title: talk.titleText,
        link: talk.url ?? '',
        pubDate: utc(year!, month, day),
        description: describeTalk(talk.kind, talk.event),
        categories: ['talk', talk.kind],
      };
    }),
    ...news.map((item) => {
      const [year, month, day] = item.date.split('-').map(Number);
      return { title: item.headline, link: item.url ?? '', pubDate: utc(year!, month, day), description: item.text, categories: ['news'] };
    }),
  ];
  return items
    .map((item) => ({ ...item, title: singleLine(item.title), description: singleLine(item.description), categories: item.categories.map(singleLine) }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}
