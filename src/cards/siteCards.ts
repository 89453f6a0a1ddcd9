/**
 * One card per page of the site, from the site's data: the person card for the
 * home page, one card per publication (or the person card, when per-publication
 * cards are off), the section pages with their key numbers, the news page and
 * each free page with what it says, and a title card for the years' pages and
 * the 404 page. Keyed by card path, the page's path without slashes
 * ("publications/bach2015pixel"), which is also where the image is published:
 * /og/<card path>.png. Every line comes from the model as it is; cards only
 * choose which lines to show.
 */
import type { SiteData } from '../model/site.ts';
import type { PublicationKind } from '../schemas/publication.ts';
import { SEPARATOR } from '../model/rich.ts';
import { displayAddress } from '../lib/routes.ts';
import { groupByYear } from '../lib/years.ts';
import { shownAuthors, type Card } from './card.ts';

/** Every word the cards show that is not content: page titles and publication kinds, in the site's language. */
export interface CardLabels {
  readonly publications: string;
  readonly talks: string;
  readonly patents: string;
  readonly news: string;
  readonly cv: string;
  readonly notFound: string;
  /** What the 404 page says under its title. */
  readonly notFoundLede: string;
  /** Title of a year's page of a split publication list: "Publications 2019". */
  readonly publicationsOfYear: (year: number) => string;
  /** Title of a year's page of a split talk list: "Talks & lectures 2019". */
  readonly talksOfYear: (year: number) => string;
  /** The kind of one publication, shown above its title: "Journal article". */
  readonly publicationKinds: Readonly<Record<PublicationKind, string>>;
  /** Title of the co-authors' index. */
  readonly people: string;
}

/** What the cards need of the site's data. */
export type CardContent = Pick<SiteData, 'profile' | 'pages' | 'publications' | 'talks' | 'lectures' | 'split' | 'facts' | 'news' | 'freePages' | 'persons'>;

export interface SiteCardOptions {
  readonly labels: CardLabels;
  /** Language of the site's own words. */
  readonly lang: string;
  /** Its direction: right to left mirrors every card. */
  readonly direction: 'ltr' | 'rtl';
  /** The site's accent colour (light scheme). */
  readonly accent: string;
  /** The site's address as the footer shows it: "example.org/vita". */
  readonly siteAddress: string;
  /** Each publication page gets a card of its own; when false, publication pages share the person card. */
  readonly perPublicationCards: boolean;
  /** The owner's portrait as a data: URL, for the person card. */
  readonly portrait?: string;
}

/** The site's address without scheme and trailing slash: https://example.org/vita/ → "example.org/vita". */
export const siteAddress = (site: string, base: string): string => displayAddress(new URL(base, site));

/** Phrases that are there, as one line: "51 publications · 21 journal articles". */
const line = (...parts: readonly (string | undefined)[]): string[] => {
  const present = parts.filter((part): part is string => part !== undefined && part !== '');
  return present.length > 0 ? [present.join(SEPARATOR)] : [];
};

/** News headlines a card shows: the newest two. */
const NEWS_ON_CARD = 2;

/** The card frame every card of a site shares: its language, colour, name and address. */
const cardFrame = (profile: CardContent['profile'], options: SiteCardOptions) =>
  ({ lang: options.lang, direction: options.direction, accent: options.accent, siteName: profile.fullName, siteAddress: options.siteAddress, authors: [] }) as const;

/** The person card: the home page's, and every page's that has none of its own (a group's member's pages show their own). */
export function personCard({ profile }: Pick<CardContent, 'profile'>, options: SiteCardOptions): Card {
  return {
    kind: 'person',
    ...cardFrame(profile, options),
    title: profile.fullName,
    subtitle: [profile.role, profile.affiliation].filter((part) => part !== undefined),
    ...(options.portrait === undefined ? {} : { portrait: options.portrait }),
  };
}

/** The card of every page, by card path, in a stable order. */
export function siteCards(content: CardContent, options: SiteCardOptions): ReadonlyMap<string, Card> {
  const { profile, facts } = content;
  const { labels, lang } = options;
  const frame = cardFrame(profile, options);
  const position = profile.position === undefined ? [] : [profile.position];
  const pageCard = (title: string, subtitle: readonly string[]): Card => ({ kind: 'page', ...frame, title, subtitle });

  const cards = new Map<string, Card>();
  cards.set('home', personCard(content, options));
  const { pages } = content;
  // Kinds name the mix; a list of one kind says no more than its total.
  const kinds = facts.publicationKinds.length > 1 ? facts.publicationKinds.slice(0, 2) : [];
  if (pages.has('publications')) cards.set('publications', pageCard(labels.publications, line(facts.publications, ...kinds)));
  if (pages.has('talks')) cards.set('talks', pageCard(labels.talks, [...line(facts.talks, facts.lectures), ...position]));
  if (pages.has('patents')) cards.set('patents', pageCard(labels.patents, [...line(facts.patentFamilies, facts.patentDocuments), ...position]));
  if (pages.has('news'))
    cards.set(
      'news',
      pageCard(
        labels.news,
        content.news.slice(0, NEWS_ON_CARD).map((item) => item.headline),
      ),
    );
  cards.set('cv', pageCard(labels.cv, [...position, ...line(facts.publications, facts.patentFamilies, facts.talks)]));
  cards.set('404', pageCard(labels.notFound, [labels.notFoundLede]));
  if (content.split.publications) {
    for (const year of yearsOf(content.publications, (publication) => publication.year)) {
      cards.set(`publications/by-year/${year}`, pageCard(labels.publicationsOfYear(year), position));
    }
  }
  if (content.split.talks) {
    for (const year of yearsOf([...content.talks, ...content.lectures], (talk) => talk.year)) {
      cards.set(`talks/by-year/${year}`, pageCard(labels.talksOfYear(year), position));
    }
  }
  // The co-authors' index, and each person's page with the summary its lede gives.
  if (content.persons.some((person) => person.publications.length > 0)) cards.set('people', pageCard(labels.people, position));
  for (const person of content.persons) if (person.path !== undefined) cards.set(person.path.replace(/^\/|\/$/g, ''), pageCard(person.name, [person.summary]));
  // A free page whose id is a card path already (a page called "home") keeps the card that path has.
  for (const page of content.freePages) if (!cards.has(page.id)) cards.set(page.id, pageCard(page.title, [page.summary]));
  if (options.perPublicationCards) {
    for (const publication of content.publications) {
      cards.set(`publications/${publication.id}`, {
        kind: 'publication',
        ...frame,
        lang: publication.lang ?? lang,
        eyebrow: line(labels.publicationKinds[publication.kind], publication.statusLabel)[0]!,
        title: publication.titleText,
        subtitle: [],
        authors: shownAuthors(publication.authorList.people.map(({ name, isOwner }) => ({ name, isOwner }))),
        venue: line(publication.venueText, String(publication.year))[0]!,
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
