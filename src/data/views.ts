/**
 * The CV as the pages show it: computed once per build from getCv(), with inline
 * fields rendered to safe HTML, author names in the site's style with the owner
 * marked, derived values (full name, a talk's year, `lang` attributes, URLs)
 * computed here once, and the citation parts and BibTeX of every publication.
 */
import { toBibtex } from '../lib/bibtex.ts';
import type { Citable } from '../lib/citable.ts';
import { createInlineRenderer, htmlToText } from '../lib/markdown.ts';
import { citationLine } from '../lib/metrics.ts';
import { displayName, ownerContributor, ownerMatcher } from '../lib/names.ts';
import { publisherLine, readerLinks, venueDetails, type ReaderLink } from '../lib/publications.ts';
import { NAVIGABLE_PAGES, pageHasContent, paths, talkAnchor, type NavigablePage } from '../lib/routes.ts';
import type { Award } from '../schemas/award.ts';
import type { Contributor, Link } from '../schemas/common.ts';
import type { Profile } from '../schemas/profile.ts';
import type { Publication } from '../schemas/publication.ts';
import type { Talk } from '../schemas/talk.ts';
import { getCv, type Cv, type Entry } from './cv.ts';
import { absoluteUrl, routes, url } from './routes.ts';
import { langAttribute, settings, t } from './settings.ts';

export interface Author {
  /** The name in the site's style (the `authorNames` setting); an organisation's as written. */
  readonly name: string;
  /** The owner of the site, under any alias. */
  readonly isOwner: boolean;
  /** Contributed equally with the others marked so. */
  readonly equal: boolean;
  /** The corresponding author. */
  readonly corresponding: boolean;
  /** The marks printed after the name ("*†"), empty for none. */
  readonly marks: string;
  /** What the marks mean, for screen readers ("equal contribution, corresponding author"). */
  readonly marksMeaning: string;
}

/** A link as pages use it: a file on the site (a path) under the base path, other addresses as written. */
export const siteLink = (link: Link): Link => (link.url.startsWith('/') ? { ...link, url: url(link.url) } : link);

export interface PublicationView extends Entry<Publication>, Citable {
  readonly titleHtml: string;
  readonly venueHtml: string | undefined;
  readonly authorList: readonly Author[];
  /** "24(34):1–11" and the like. */
  readonly details: string;
  readonly publisherText: string | undefined;
  readonly readerLinks: readonly ReaderLink[];
  readonly bibtex: string;
  /** `lang` attribute of the title: set only when it differs from the site's language. */
  readonly lang: string | undefined;
  /** "cited by 123 (OpenAlex, Nov 2026)": only with a count from content/metrics.json, always with its source and date. */
  readonly citation: string | undefined;
  /** "Accepted", "Submitted": shown for work not yet published. */
  readonly statusLabel: string | undefined;
}

export interface TalkView extends Entry<Talk> {
  readonly section: 'talks' | 'lectures';
  readonly titleHtml: string;
  readonly titleText: string;
  /** The year of its (first) date. */
  readonly year: number;
  /** Site path of the talk's entry: on the talks page, or on its year's page when the list is split. */
  readonly path: string;
  /** Absolute URL of the same, when a site URL is set. */
  readonly url: string | undefined;
  readonly lang: string | undefined;
}

export interface AwardView extends Entry<Award> {
  readonly descriptionHtml: string | undefined;
  readonly descriptionText: string | undefined;
}

export interface ProfileView extends Entry<Profile> {
  /** "Dr. Ada Lovelace": honorific and name. */
  readonly fullName: string;
  /** "Professor, University of London": role and affiliation, as far as given. */
  readonly position: string | undefined;
  /** "Dr. Ada Lovelace, Professor at University of London": who the site is about, in one phrase. */
  readonly who: string;
}

export interface NavigationItem {
  readonly page: NavigablePage;
  readonly label: string;
  readonly href: string;
}

export interface SiteData extends Omit<Cv, 'profile' | 'publications' | 'talks' | 'lectures' | 'awards'> {
  readonly profile: ProfileView;
  /** Newest first. */
  readonly publications: readonly PublicationView[];
  readonly talks: readonly TalkView[];
  readonly lectures: readonly TalkView[];
  /** Talks and lectures together, newest first: they share the talks pages and the feed. */
  readonly events: readonly TalkView[];
  readonly awards: readonly AwardView[];
  /** Publications by id, for cross-references (awards, talks). */
  readonly publicationById: ReadonlyMap<string, PublicationView>;
  /** Lists longer than the page limit are split into one page per year (and excerpted on the CV). */
  readonly split: { readonly publications: boolean; readonly talks: boolean };
  /** Pages with something to show: others are not built and not linked. */
  readonly pages: ReadonlySet<NavigablePage>;
  /** The main navigation: the settings' choice (or every page) without the pages that are not built. */
  readonly navigation: readonly NavigationItem[];
  /** The forms the owner's name takes in the author lists, most frequent first ("Lovelace A", "Byron A"). */
  readonly ownerForms: readonly string[];
}

const byFrequency = (names: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
};

function profileView(profile: Entry<Profile>): ProfileView {
  const fullName = [profile.honorific, profile.name].filter(Boolean).join(' ');
  const { role, affiliation } = profile;
  const roleAt = role && affiliation ? t.person.roleAt(role, affiliation) : (role ?? affiliation);
  return {
    ...profile,
    fullName,
    position: [role, affiliation].filter(Boolean).join(', ') || undefined,
    who: roleAt ? `${fullName}, ${roleAt}` : fullName,
  };
}

async function buildSiteData(): Promise<SiteData> {
  const cv = await getCv();
  const render = await createInlineRenderer();
  const isOwner = ownerMatcher(cv.profile.aliases);
  const isOwnerContributor = ownerContributor(isOwner);
  const authorList = (contributors: readonly Contributor[]) =>
    contributors.map((contributor): Author => {
      const marked = contributor.equal === true || contributor.corresponding === true;
      return {
        name: contributor.organization ? contributor.name : displayName(contributor.name, settings.authorNames),
        isOwner: isOwnerContributor(contributor),
        equal: contributor.equal === true,
        corresponding: contributor.corresponding === true,
        marks: marked ? `${contributor.equal ? t.works.equalMark : ''}${contributor.corresponding ? t.works.correspondingMark : ''}` : '',
        marksMeaning: marked ? [contributor.equal && t.works.equalContribution, contributor.corresponding && t.works.correspondingAuthor].filter(Boolean).join(', ') : '',
      };
    });
  const publications = await Promise.all(
    cv.publications.map(async (publication): Promise<PublicationView> => {
      const metric = cv.metrics?.publications[publication.id];
      const titleHtml = await render(publication.title);
      const venueHtml = publication.venue === undefined ? undefined : await render(publication.venue);
      const links = publication.links.map(siteLink);
      return {
        ...publication,
        links,
        titleHtml,
        titleText: htmlToText(titleHtml),
        venueHtml,
        venueText: venueHtml === undefined ? undefined : htmlToText(venueHtml),
        url: absoluteUrl(paths.publication(publication.id)),
        authorList: authorList(publication.authors),
        details: venueDetails(publication, t.publication.pages),
        publisherText: publisherLine(publication),
        readerLinks: readerLinks({ ...publication, links }, t.links),
        bibtex: toBibtex(publication, publication.id, titleHtml),
        lang: langAttribute(publication.language),
        citation: metric === undefined ? undefined : citationLine(metric, { citedBy: t.publication.citedBy }, settings.language),
        statusLabel: publication.status === 'published' ? undefined : t.works.status[publication.status],
      };
    }),
  );
  const split = {
    publications: cv.publications.length > settings.lists.pageLimit,
    talks: cv.talks.length + cv.lectures.length > settings.lists.pageLimit,
  };
  const talkView = (section: TalkView['section']) => async (talk: Entry<Talk>): Promise<TalkView> => {
    const titleHtml = await render(talk.title);
    const year = Number(talk.date.dates[0]!.slice(0, 4));
    const path = `${split.talks ? paths.talksYear(year) : paths.talks()}#${talkAnchor(talk.id)}`;
    return {
      ...talk,
      links: talk.links.map(siteLink),
      section,
      titleHtml,
      titleText: htmlToText(titleHtml),
      year,
      path,
      url: absoluteUrl(path),
      lang: langAttribute(talk.language),
    };
  };
  const talks = await Promise.all(cv.talks.map(talkView('talks')));
  const lectures = await Promise.all(cv.lectures.map(talkView('lectures')));
  const pages = new Set(NAVIGABLE_PAGES.filter((page) => pageHasContent(page, cv.counts)));
  const chosen = settings.navigation ?? NAVIGABLE_PAGES.map((page) => ({ page, label: undefined }));
  return {
    ...cv,
    profile: profileView(cv.profile),
    publications,
    talks,
    lectures,
    events: [...talks, ...lectures].sort((a, b) => b.date.dates[0]!.localeCompare(a.date.dates[0]!) || a.id.localeCompare(b.id)),
    awards: await Promise.all(
      cv.awards.map(async (award) => {
        const descriptionHtml = award.description === undefined ? undefined : await render(award.description);
        return { ...award, descriptionHtml, descriptionText: descriptionHtml === undefined ? undefined : htmlToText(descriptionHtml) };
      }),
    ),
    publicationById: new Map(publications.map((publication) => [publication.id, publication])),
    split,
    pages,
    navigation: chosen
      .filter((item) => pages.has(item.page))
      .map((item) => ({ page: item.page, label: item.label ?? t.pages[item.page], href: routes[item.page]() })),
    ownerForms: byFrequency(publications.flatMap((publication) => publication.authorList.filter((author) => author.isOwner).map((author) => author.name))),
  };
}

let built: Promise<SiteData> | undefined;

/** Everything the pages need, built once per build. */
export function getSiteData(): Promise<SiteData> {
  built ??= buildSiteData();
  return built;
}
