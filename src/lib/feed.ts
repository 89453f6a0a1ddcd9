/** Feed items: publications and talks together, newest first, dated in UTC from their own dates. */
import type { Citable } from './citable.ts';

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
  readonly categories: string[];
}

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

export function feedItems(
  publications: readonly Citable[],
  talks: readonly { url: string | undefined; titleText: string; event: string; kind: string; date: { dates: readonly string[] } }[],
): FeedItem[] {
  const items: FeedItem[] = [
    ...publications.map((publication) => ({
      title: publication.titleText,
      link: publication.url ?? '',
      pubDate: utc(publication.year, publication.month),
      description: `${publication.authors.map((author) => author.name).join(', ')}${publication.etAl ? ' et al.' : ''}. ${publication.venueText ?? ''} (${publication.year}).`.replace(' .', '.'),
      categories: ['publication', publication.kind],
    })),
    ...talks.map((talk) => {
      const [year, month, day] = talk.date.dates[0]!.split('-').map(Number);
      return {
        title: talk.titleText,
        link: talk.url ?? '',
        pubDate: utc(year!, month, day),
        description: `${talk.kind.replace('-', ' ')} at ${talk.event}`,
        categories: ['talk', talk.kind],
      };
    }),
  ];
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}
