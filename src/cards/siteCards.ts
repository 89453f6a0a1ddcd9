/**
 * One card per page of the site, from the site's data: the person card for the
 * home page, one card per publication (or the person card, when per-publication
 * cards are off), and a title card for every other page. Keyed by card path,
 * the page's path without slashes ("publications/bach2015pixel"), which is also
 * where the image is published: /og/<card path>.png.
 */
import type { Profile } from '../schemas/profile.ts';
import type { PublicationKind } from '../schemas/publication.ts';
import { displayAddress, type NavigablePage } from '../lib/routes.ts';
import { groupByYear } from '../lib/years.ts';
import { shownAuthors, type Card, type CardAuthor } from './card.ts';

/** Every word the cards show that is not content: page titles and publication kinds, in the site's language. */
export interface CardLabels {
  readonly publications: string;
  readonly talks: string;
  readonly patents: string;
  readonly cv: string;
  readonly notFound: string;
  /** Title of a year's page of a split publication list: "Publications 2019". */
  readonly publicationsOfYear: (year: number) => string;
  /** Title of a year's page of a split talk list: "Talks & lectures 2019". */
  readonly talksOfYear: (year: number) => string;
  /** The kind of one publication, shown above its title: "Journal article". */
  readonly publicationKinds: Readonly<Record<PublicationKind, string>>;
}

/** What the cards need of the site's data (a subset of SiteData). */
export interface CardContent {
  readonly profile: Pick<Profile, 'name' | 'honorific' | 'role' | 'affiliation'>;
  /** The optional pages that are built: only they get a card. */
  readonly pages: ReadonlySet<NavigablePage>;
  readonly publications: readonly {
    readonly id: string;
    readonly kind: PublicationKind;
    readonly titleText: string;
    readonly venueText: string | undefined;
    readonly year: number;
    /** Language of the title when it is not the site's. */
    readonly language?: string | undefined;
    readonly authorList: { readonly people: readonly CardAuthor[] };
  }[];
  /** Talks and lectures: only their dates matter, for the years' pages. */
  readonly talks: readonly { readonly date: { readonly dates: readonly string[] } }[];
  readonly lectures: readonly { readonly date: { readonly dates: readonly string[] } }[];
  /** Whether the lists are split into one page per year. */
  readonly split: { readonly publications: boolean; readonly talks: boolean };
}

export interface SiteCardOptions {
  readonly labels: CardLabels;
  /** Language of the site's own words. */
  readonly lang: string;
  /** The site's address as the footer shows it: "example.org/vita". */
  readonly siteAddress: string;
  /** Each publication page gets a card of its own; when false, publication pages share the person card. */
  readonly perPublicationCards: boolean;
  /** The owner's portrait as a data: URL, for the person card. */
  readonly portrait?: string;
}

/** The site's address without scheme and trailing slash: https://example.org/vita/ → "example.org/vita". */
export const siteAddress = (site: string, base: string): string => displayAddress(new URL(base, site));

/** The card of every page, by card path, in a stable order. */
export function siteCards(content: CardContent, options: SiteCardOptions): ReadonlyMap<string, Card> {
  const { profile } = content;
  const { labels, lang } = options;
  const siteName = [profile.honorific, profile.name].filter(Boolean).join(' ');
  const frame = { siteName, siteAddress: options.siteAddress, authors: [] };
  const position = [profile.role, profile.affiliation].filter((part) => part !== undefined);
  const pageCard = (title: string): Card => ({ kind: 'page', lang, title, subtitle: position.length > 0 ? [position.join(', ')] : [], ...frame });

  const cards = new Map<string, Card>();
  cards.set('home', {
    kind: 'person',
    lang,
    title: siteName,
    subtitle: position,
    ...frame,
    ...(options.portrait === undefined ? {} : { portrait: options.portrait }),
  });
  for (const page of ['publications', 'talks', 'patents'] as const) if (content.pages.has(page)) cards.set(page, pageCard(labels[page]));
  cards.set('cv', pageCard(labels.cv));
  cards.set('404', pageCard(labels.notFound));
  if (content.split.publications) {
    for (const year of yearsOf(content.publications, (publication) => publication.year)) {
      cards.set(`publications/by-year/${year}`, pageCard(labels.publicationsOfYear(year)));
    }
  }
  if (content.split.talks) {
    for (const year of yearsOf([...content.talks, ...content.lectures], (talk) => Number(talk.date.dates[0]!.slice(0, 4)))) {
      cards.set(`talks/by-year/${year}`, pageCard(labels.talksOfYear(year)));
    }
  }
  if (options.perPublicationCards) {
    for (const publication of content.publications) {
      cards.set(`publications/${publication.id}`, {
        kind: 'publication',
        lang: publication.language ?? lang,
        eyebrow: labels.publicationKinds[publication.kind],
        title: publication.titleText,
        subtitle: [],
        ...frame,
        authors: shownAuthors(publication.authorList.people.map(({ name, isOwner }) => ({ name, isOwner }))),
        venue: [publication.venueText, String(publication.year)].filter(Boolean).join(' · '),
      });
    }
  }
  return cards;
}

/** The years that have items, newest first: the years' pages. */
const yearsOf = <T>(items: readonly T[], yearOf: (item: T) => number): number[] => groupByYear(items, yearOf).map(({ year }) => year);

/**
 * The card path of a page, given its path below the base ("/", "/cv/",
 * "/publications/x/", "/404.html"): its own card when it has one, else the
 * person card (publication pages when per-publication cards are off).
 */
export function cardPathOf(pagePath: string, cards: ReadonlyMap<string, Card>): string {
  const path = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return cards.has(path) ? path : 'home';
}
