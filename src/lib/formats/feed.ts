/**
 * Feed items: publications, talks and news together, newest first, dated in UTC from their own dates.
 * Every text is the model's plain text, made one line without the control characters XML 1.0 forbids:
 * one of them would make the whole feed unreadable. The RSS writer escapes markup (&, <, >).
 */
import type { PublicationStatus } from '../../schemas/publication.ts';
import { singleLine } from '../text/singleLine.ts';

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
  readonly categories: string[];
}

/** What the feed reads of a publication: its plain title, its page, its date, and its authors, reference and status as one line. */
export interface FeedPublication {
  readonly titleText: string;
  readonly url: string | undefined;
  readonly year: number;
  readonly month?: number | undefined;
  readonly kind: string;
  readonly status: PublicationStatus;
  readonly citationText: string;
}

/** A talk: its plain title, its place on the talks pages, its first day, and where it was given. */
export interface FeedTalk {
  readonly titleText: string;
  readonly url: string | undefined;
  readonly kind: string;
  readonly date: { readonly dates: readonly string[] };
  readonly whereText: string;
}

export interface FeedNews {
  readonly url: string | undefined;
  readonly headline: string;
  readonly text: string;
  readonly date: string;
}

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));
const dayOf = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return utc(year!, month, day);
};

/** Items for every publication, talk and news item; work not yet published says so, in its description and as a category. */
export function feedItems(publications: readonly FeedPublication[], talks: readonly FeedTalk[], news: readonly FeedNews[] = []): FeedItem[] {
  const items: FeedItem[] = [
    ...publications.map((publication) => ({
      title: publication.titleText,
      link: publication.url ?? '',
      pubDate: utc(publication.year, publication.month),
      description: publication.citationText,
      categories: ['publication', publication.kind, ...(publication.status === 'published' ? [] : [publication.status])],
    })),
    ...talks.map((talk) => ({ title: talk.titleText, link: talk.url ?? '', pubDate: dayOf(talk.date.dates[0]!), description: talk.whereText, categories: ['talk', talk.kind] })),
    ...news.map((item) => ({ title: item.headline, link: item.url ?? '', pubDate: dayOf(item.date), description: item.text, categories: ['news'] })),
  ];
  return items
    .map((item) => ({ ...item, title: singleLine(item.title), description: singleLine(item.description), categories: item.categories.map(singleLine) }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}
