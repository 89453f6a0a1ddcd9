/**
 * The filters of a list of publications: by kind, by year (a range), by topic and by the
 * owner's part (first author, last author, led by a supervised student), each option with
 * the number of publications it leaves, and the words around the number the browser counts.
 * A filter is offered when it can narrow the list.
 */
import type { Locale } from '../i18n/index.ts';
import { AUTHORSHIP } from '../lib/filterStyles.ts';
import { KIND_ORDER } from '../schemas/publicationKinds.ts';
import type { PublicationView } from './publications.ts';

export interface FilterOption {
  /** A kind, a year, a topic id, or the part (first, last, studentLed). */
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

export interface PublicationFilters {
  readonly kinds: readonly FilterOption[];
  /** Newest first. */
  readonly years: readonly FilterOption[];
  readonly topics: readonly FilterOption[];
  readonly authorship: readonly FilterOption[];
  /** Whether any filter can narrow the list. */
  readonly any: boolean;
  /** The words before and after the number of publications shown: ["Showing ", " of 51 publications"]. */
  readonly shown: readonly [string, string];
}

/** Options that narrow the list; none when none does (one kind, one year, a topic every publication has). */
const narrowing = (options: FilterOption[], total: number) => (options.some((option) => option.count < total) ? options : []);

export function publicationFilters(publications: readonly PublicationView[], topics: Readonly<Record<string, string>>, locale: Locale): PublicationFilters {
  const { t } = locale;
  const total = publications.length;
  const counted = (value: string, label: string, test: (publication: PublicationView) => boolean): FilterOption => ({
    value,
    label,
    count: publications.filter(test).length,
  });
  const present = (options: FilterOption[]) =>
    narrowing(
      options.filter((option) => option.count > 0),
      total,
    );
  const years = [...new Set(publications.map((publication) => publication.year))].sort((a, b) => b - a);
  const kinds = present(KIND_ORDER.map((kind) => counted(kind, t.publicationKinds[kind].heading, (publication) => publication.kind === kind)));
  const byYear = present(years.map((year) => counted(String(year), locale.numeral(year), (publication) => publication.year === year)));
  const byTopic = present(Object.entries(topics).map(([id, label]) => counted(id, label, (publication) => publication.topics.includes(id))));
  const authorship = present(AUTHORSHIP.map((part) => counted(part, t.publications.authorship[part], (publication) => publication.authorship[part])));
  const [before, after = ''] = t.publications.filters.shown(locale.count(total, t.publications.count)).split('{shown}');
  return {
    kinds,
    years: byYear,
    topics: byTopic,
    authorship,
    any: kinds.length + byYear.length + byTopic.length + authorship.length > 0,
    shown: [before!, after],
  };
}

/** "51 publications: 6 as first author, 12 as last author and 2 led by supervised students."; none when the owner is neither first nor last anywhere and no student led. */
export function authorshipSummary(publications: readonly PublicationView[], locale: Locale): string | undefined {
  const { t } = locale;
  const parts = AUTHORSHIP.map((part) => [part, publications.filter((publication) => publication.authorship[part]).length] as const).filter(([, count]) => count > 0);
  if (parts.length === 0) return undefined;
  return t.publications.authorshipSummary(
    locale.count(publications.length, t.publications.count),
    locale.list(parts.map(([part, count]) => locale.count(count, t.publications.authorshipCounts[part]))),
  );
}
