/**
 * The CV as the pages show it: computed once per build from getCv(), with inline
 * fields rendered to safe HTML, author names in the site's style with the owner
 * marked, derived values (full name, a talk's year, `lang` attributes, URLs)
 * computed here once, and the citation parts and BibTeX of every publication.
 */
import { toBibtex } from '../lib/bibtex.ts';
import type { Citable } from '../lib/citable.ts';
import { rewriteLinks, type InternalTarget } from '../lib/contentLinks.ts';
import { excerpt } from '../lib/excerpt.ts';
import { createInlineRenderer, htmlToText } from '../lib/markdown.ts';
import { citationLine } from '../lib/metrics.ts';
import { formatMoney } from '../lib/money.ts';
import { displayName, ownerContributor, ownerMatcher } from '../lib/names.ts';
import { peopleIndex, personHref } from '../lib/people.ts';
import { visible, type VisibleDetail } from '../lib/profile.ts';
import { publisherLine, readerLinks, venueDetails, type ReaderLink } from '../lib/publications.ts';
import { entryAnchor, isNavigablePage, patentAnchor, NAVIGABLE_PAGES, pageHasContent, paths, talkAnchor, type NavigablePage } from '../lib/routes.ts';
import { supervisionState } from '../lib/supervision.ts';
import { termPhrases } from '../lib/teaching.ts';
import { compressYears } from '../lib/years.ts';
import type { Award } from '../schemas/award.ts';
import type { Contributor, Link } from '../schemas/common.ts';
import type { Grant } from '../schemas/grant.ts';
import type { News } from '../schemas/news.ts';
import type { Page } from '../schemas/page.ts';
import type { Profile } from '../schemas/profile.ts';
import type { Publication } from '../schemas/publication.ts';
import type { EntryReference } from '../schemas/references.ts';
import type { Service } from '../schemas/service.ts';
import type { Supervision, SupervisionStatus } from '../schemas/supervision.ts';
import type { Talk } from '../schemas/talk.ts';
import type { Teaching } from '../schemas/teaching.ts';
import { getCv, type Cv, type Entry } from './cv.ts';
import { absoluteUrl, routes, url } from './routes.ts';
import { langAttribute, locale, settings, t } from './settings.ts';

export interface Author {
  /** The name in the site's style (the `authorNames` setting); an organisation's as written. */
  readonly name: string;
  /** The owner of the site, under any alias. */
  readonly isOwner: boolean;
  /** The homepage (or ORCID record) of a co-author in content/people/. */
  readonly href?: string;
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
const siteLink = (link: Link): Link => (link.url.startsWith('/') ? { ...link, url: url(link.url) } : link);

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
  /** Its links as the lists show them: slides, video, stream…, under the base path. */
  readonly readerLinks: readonly ReaderLink[];
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
  /** A page of vita's own, or the id of a free page. */
  readonly page: string;
  readonly label: string;
  readonly href: string;
}

/** A link to another entry of the site, with its visible text. */
export interface EntryLink {
  readonly label: string;
  readonly href: string;
}

/** A link of a course or supervision with its visible text. */
export interface LabelledLink {
  readonly label: string;
  readonly url: string;
}

export interface GrantView extends Entry<Grant> {
  /** The amount as the site's language writes it ("€1,500,000"), marked print-only when its visibility is `cv`; none when `hidden`. */
  readonly amountShown: VisibleDetail | undefined;
}

export interface TeachingView extends Entry<Teaching> {
  readonly titleHtml: string;
  readonly titleText: string;
  /** "Winter term 2019/20–2021/22, Summer term 2022". */
  readonly termsText: string;
  /** The years it was taught, "2019 – 2022" or "2023". */
  readonly years: string;
  /** "German": the language of instruction, when it is not the site's. */
  readonly languageName: string | undefined;
  readonly lang: string | undefined;
  readonly linkList: readonly LabelledLink[];
}

export interface SupervisionView extends Entry<Supervision> {
  /** The name as written, or the registry's. */
  readonly displayName: string;
  /** Homepage or ORCID record from the registry. */
  readonly href: string | undefined;
  readonly titleHtml: string | undefined;
  readonly titleText: string | undefined;
  readonly state: SupervisionStatus;
  /** The thesis among the publications. */
  readonly thesis: PublicationView | undefined;
  readonly linkList: readonly ReaderLink[];
}

export interface ServiceView extends Entry<Service> {
  /** "2019–2023, 2025". */
  readonly yearsText: string;
}

export interface NewsView extends Entry<News> {
  /** The title, or the beginning of the text. */
  readonly headline: string;
  /** The text without markup, for the feed. */
  readonly text: string;
  /** Site path of the item on the news page. */
  readonly path: string;
  readonly url: string | undefined;
  /** The entries it is about, resolved and linked. */
  readonly related: readonly EntryLink[];
}

export interface PageView extends Entry<Page> {
  /** The description, or the beginning of the text. */
  readonly summary: string;
}

export interface SiteData
  extends Omit<Cv, 'profile' | 'publications' | 'talks' | 'lectures' | 'awards' | 'grants' | 'teaching' | 'supervision' | 'service' | 'news' | 'freePages'> {
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
  /** Newest first. */
  readonly grants: readonly GrantView[];
  readonly grantById: ReadonlyMap<string, GrantView>;
  /** Courses, the most recently taught first. */
  readonly teaching: readonly TeachingView[];
  readonly supervision: readonly SupervisionView[];
  readonly service: readonly ServiceView[];
  /** Newest first. */
  readonly news: readonly NewsView[];
  /** Free pages, by id (the content check refuses ids of vita's own pages). */
  readonly freePages: readonly PageView[];
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

/** Where an entry is shown: its own page, its place on a list page, or its section of the CV. */
function entryPath(reference: Pick<EntryReference, 'section' | 'id'>, talkPaths: ReadonlyMap<string, string>): string {
  const { section, id } = reference;
  switch (section) {
    case 'publications':
      return paths.publication(id);
    case 'talks':
    case 'lectures':
      return talkPaths.get(id) ?? paths.talks();
    case 'patents':
      return `${paths.patents()}#${patentAnchor(id)}`;
    case 'projects':
    case 'awards':
      return `${paths.cv()}#${section}`;
    case 'pages':
      return paths.page(id);
    default:
      return `${section === 'news' ? paths.news() : paths.cv()}#${entryAnchor(section, id)}`;
  }
}

/** The settings' navigation (or every page), without pages that are not built, and free pages asking for a link at their position. */
function navigationItems(pages: ReadonlySet<NavigablePage>, freePages: readonly PageView[]): NavigationItem[] {
  const byId = new Map(freePages.map((page) => [page.id, page]));
  const listed = settings.navigation ?? NAVIGABLE_PAGES.map((page) => ({ page, label: undefined }));
  const items = listed.flatMap((item): NavigationItem[] => {
    if (isNavigablePage(item.page)) return pages.has(item.page) ? [{ page: item.page, label: item.label ?? t.pages[item.page], href: routes[item.page]() }] : [];
    const page = byId.get(item.page);
    return page ? [{ page: page.id, label: item.label ?? page.navigation?.label ?? page.title, href: routes.page(page.id) }] : [];
  });
  const asking = freePages
    .filter((page) => page.navigation !== undefined && !listed.some((item) => item.page === page.id))
    .sort((a, b) => (a.navigation!.position ?? Infinity) - (b.navigation!.position ?? Infinity) || a.id.localeCompare(b.id));
  for (const page of asking) {
    const at = Math.min((page.navigation!.position ?? Infinity) - 1, items.length);
    items.splice(at, 0, { page: page.id, label: page.navigation!.label ?? page.title, href: routes.page(page.id) });
  }
  return items;
}

async function buildSiteData(): Promise<SiteData> {
  const cv = await getCv();
  const render = await createInlineRenderer();
  const isOwner = ownerMatcher(cv.profile.aliases);
  const people = peopleIndex(cv.people);
  const isOwnerContributor = ownerContributor(isOwner);
  const authorList = (contributors: readonly Contributor[]) =>
    contributors.map((contributor): Author => {
      const owner = isOwnerContributor(contributor);
      // A co-author of content/people/ is named as there and linked.
      const person = owner || contributor.organization ? undefined : people.find(contributor.name);
      const href = person && personHref(person);
      return {
        name: contributor.organization ? contributor.name : displayName(person?.aliases[0] ?? contributor.name, settings.authorNames),
        isOwner: owner,
        ...(href ? { href } : {}),
        equal: contributor.equal === true,
        corresponding: contributor.corresponding === true,
        marks: `${contributor.equal ? t.works.equalMark : ''}${contributor.corresponding ? t.works.correspondingMark : ''}`,
        marksMeaning: [contributor.equal && t.works.equalContribution, contributor.corresponding && t.works.correspondingAuthor].filter(Boolean).join(', '),
      };
    });
  const split = {
    publications: cv.publications.length > settings.lists.pageLimit,
    talks: cv.talks.length + cv.lectures.length > settings.lists.pageLimit,
  };
  const talkPath = (talk: Entry<Talk>) => `${split.talks ? paths.talksYear(Number(talk.date.dates[0]!.slice(0, 4))) : paths.talks()}#${talkAnchor(talk.id)}`;
  const talkPaths = new Map([...cv.talks, ...cv.lectures].map((talk) => [talk.id, talkPath(talk)]));
  // Links in bodies written as kind:id or as site paths become URLs under the base path.
  const targetUrl = (target: InternalTarget): string => {
    if (target.kind === 'path') return `${url(target.path)}${target.suffix}`;
    const path = entryPath(target.reference, talkPaths);
    return url(path.includes('#') ? path : `${path}${target.fragment}`);
  };
  const linked = <T extends { readonly html: string }>(entry: T): T => {
    const html = rewriteLinks(entry.html, targetUrl);
    return html === entry.html ? entry : { ...entry, html };
  };
  const publications = await Promise.all(
    cv.publications.map(async (publication): Promise<PublicationView> => {
      const metric = cv.metrics?.publications[publication.id];
      const titleHtml = await render(publication.title);
      const venueHtml = publication.venue === undefined ? undefined : await render(publication.venue);
      const links = publication.links.map(siteLink);
      return {
        ...linked(publication),
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
        bibtex: toBibtex(publication, publication.id, titleHtml, venueHtml),
        lang: langAttribute(publication.language),
        citation: metric === undefined ? undefined : citationLine(metric, { citedBy: t.publication.citedBy }, settings.language),
        statusLabel: publication.status === 'published' ? undefined : t.works.status[publication.status],
      };
    }),
  );
  const publicationById = new Map(publications.map((publication) => [publication.id, publication]));
  const talkView =
    (section: TalkView['section']) =>
    async (talk: Entry<Talk>): Promise<TalkView> => {
      const titleHtml = await render(talk.title);
      const year = Number(talk.date.dates[0]!.slice(0, 4));
      const path = talkPaths.get(talk.id)!;
      const links = talk.links.map(siteLink);
      return {
        ...linked(talk),
        links,
        readerLinks: readerLinks({ links }, t.links),
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
  const career = await careerViews(cv, { render, linked, publicationById });
  const labels = new Map<string, string>([
    ...publications.map((item) => [`publications/${item.id}`, item.titleText] as const),
    ...[...talks, ...lectures].map((item) => [`${item.section}/${item.id}`, item.titleText] as const),
    ...cv.patents.map((item) => [`patents/${item.id}`, item.title] as const),
    ...cv.projects.map((item) => [`projects/${item.id}`, item.acronym] as const),
    ...cv.awards.map((item) => [`awards/${item.id}`, item.name] as const),
    ...career.grants.map((item) => [`grants/${item.id}`, item.title] as const),
    ...career.teaching.map((item) => [`teaching/${item.id}`, item.titleText] as const),
    ...career.supervision.map((item) => [`supervision/${item.id}`, item.displayName] as const),
    ...career.service.map((item) => [`service/${item.id}`, item.venue] as const),
    ...career.news.map((item) => [`news/${item.id}`, item.headline] as const),
    ...career.freePages.map((item) => [`pages/${item.id}`, item.title] as const),
  ]);
  const news = career.news.map((item) => ({
    ...item,
    related: item.about.map((reference) => ({ label: labels.get(`${reference.section}/${reference.id}`) ?? reference.id, href: url(entryPath(reference, talkPaths)) })),
  }));
  return {
    ...cv,
    profile: profileView(linked(cv.profile)),
    experience: cv.experience.map(linked),
    education: cv.education.map(linked),
    projects: cv.projects.map(linked),
    patents: cv.patents.map(linked),
    publications,
    talks,
    lectures,
    events: [...talks, ...lectures].sort((a, b) => b.date.dates[0]!.localeCompare(a.date.dates[0]!) || a.id.localeCompare(b.id)),
    awards: await Promise.all(
      cv.awards.map(async (award) => {
        const descriptionHtml = award.description === undefined ? undefined : await render(award.description);
        return { ...linked(award), descriptionHtml, descriptionText: descriptionHtml === undefined ? undefined : htmlToText(descriptionHtml) };
      }),
    ),
    publicationById,
    split,
    pages,
    navigation: navigationItems(pages, career.freePages),
    ownerForms: byFrequency(publications.flatMap((publication) => publication.authorList.filter((author) => author.isOwner).map((author) => author.name))),
    ...career,
    grantById: new Map(career.grants.map((grant) => [grant.id, grant])),
    news,
  };
}

interface CareerContext {
  readonly render: (text: string) => Promise<string>;
  readonly linked: <T extends { readonly html: string }>(entry: T) => T;
  readonly publicationById: ReadonlyMap<string, PublicationView>;
}

/** Grants, courses, supervision, service, news (without their related links) and free pages, shaped for the pages. */
async function careerViews(cv: Cv, { render, linked, publicationById }: CareerContext) {
  const personById = new Map(cv.people.map((person) => [person.id, person]));
  const languageNames = new Intl.DisplayNames([locale.language], { type: 'language' });
  const courseLinkLabels = { ...t.links, ...t.teaching.links };
  const grants = cv.grants.map(
    (grant): GrantView => ({
      ...linked(grant),
      amountShown: grant.amount && visible({ value: formatMoney(grant.amount.value, locale.language), visibility: grant.amount.visibility }),
    }),
  );
  const teaching = await Promise.all(
    cv.teaching.map(async (course): Promise<TeachingView> => {
      const titleHtml = await render(course.title);
      const lang = langAttribute(course.language);
      const [first, last] = [course.terms[0]!.year, course.terms.at(-1)!.year];
      return {
        ...linked(course),
        titleHtml,
        titleText: htmlToText(titleHtml),
        termsText: termPhrases(course.terms, (kind, years) => t.teaching.terms[kind](years)).join(', '),
        years: first === last ? String(first) : locale.period(first, last),
        languageName: lang === undefined ? undefined : languageNames.of(lang),
        lang,
        linkList: course.links.map((link) => ({ label: link.label ?? courseLinkLabels[link.kind], url: link.url })),
      };
    }),
  );
  const supervision = await Promise.all(
    cv.supervision.map(async (entry): Promise<SupervisionView> => {
      const person = entry.person === undefined ? undefined : personById.get(entry.person);
      const titleHtml = entry.title === undefined ? undefined : await render(entry.title);
      return {
        ...linked(entry),
        // The schema asks for a name or a person, and the content check that the person exists.
        displayName: entry.name ?? person!.name,
        href: person && personHref(person),
        titleHtml,
        titleText: titleHtml === undefined ? undefined : htmlToText(titleHtml),
        state: supervisionState(entry),
        thesis: entry.publication === undefined ? undefined : publicationById.get(entry.publication),
        linkList: readerLinks({ links: entry.links }, t.links),
      };
    }),
  );
  const news = cv.news.map((item) => {
    const { html } = linked(item);
    const text = htmlToText(html);
    const path = `${paths.news()}#${entryAnchor('news', item.id)}`;
    return { ...item, html, text, headline: item.title ?? excerpt(text, 80), path, url: absoluteUrl(path) };
  });
  return {
    grants,
    teaching,
    supervision,
    service: cv.service.map((entry): ServiceView => ({ ...entry, yearsText: compressYears(entry.years) })),
    news,
    freePages: cv.freePages.map((page): PageView => {
      const { html } = linked(page);
      return { ...page, html, summary: page.description ?? excerpt(htmlToText(html), 160) };
    }),
  };
}

let built: Promise<SiteData> | undefined;

/** Everything the pages need, built once per build. */
export function getSiteData(): Promise<SiteData> {
  built ??= buildSiteData();
  return built;
}
