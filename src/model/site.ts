/**
 * The presentation model: from the checked content, the settings and the page
 * language, everything the outputs say. Pure and without Astro: the build binds
 * it once (src/data/views.ts), tests and scripts call it on a content folder
 * (src/model/fromFolder.ts). Every inline field is parsed once here; every line
 * an output shows (a reference, a where-line, a date) is composed once here.
 */
import { rewriteLinks, type InternalTarget } from '../lib/markdown/contentLinks.ts';
import { excerpt } from '../lib/text/excerpt.ts';
import { monogram } from '../lib/names.ts';
import { peopleIndex, personHref } from '../lib/people.ts';
import { profileLinks, visible, visibleContact, type ProfileLink } from '../lib/profile.ts';
import { readerLinks, type ReaderLink } from '../lib/publications.ts';
import { entryAnchor, isNavigablePage, NAVIGABLE_PAGES, pageHasContent, paths, patentAnchor, talkAnchor, type NavigablePage } from '../lib/routes.ts';
import { supervisionState } from '../lib/supervision.ts';
import { latestTerm, termPhrases } from '../lib/teaching.ts';
import { compressYears } from '../lib/years.ts';
import type { Award } from '../schemas/award.ts';
import type { Link } from '../schemas/common.ts';
import type { News } from '../schemas/news.ts';
import type { Page } from '../schemas/page.ts';
import type { Profile } from '../schemas/profile.ts';
import type { Project } from '../schemas/project.ts';
import { kindOf } from '../schemas/publicationKinds.ts';
import type { EntryReference } from '../schemas/references.ts';
import { serviceKind } from '../schemas/service.ts';
import { type CvSectionName, languageKey } from '../schemas/settings.ts';
import { supervisionLevel } from '../schemas/supervision.ts';
import type { Talk } from '../schemas/talk.ts';
import { groupInOrder } from '../lib/groups.ts';
import { authorList, authorsOf, ownerTest, shorteningOf, type OwnerTest } from './authors.ts';
import type { Cv, Entry } from './content.ts';
import { langAttribute, siteUrls, type ModelContext, type SiteUrls } from './context.ts';
import { cvSections, type CvSection } from './cvSections.ts';
import {
  awardEntry,
  educationEntry,
  field,
  type FieldLanguages,
  placeRuns,
  experienceEntry,
  grantEntry,
  isCompact,
  patentView,
  projectEntry,
  serviceEntry,
  skillEntries,
  supervisionEntry,
  teachingEntry,
  type CvEntry,
  type EntryGroup,
  type PatentView,
} from './entries.ts';
import { siteFacts, type SiteFacts } from './facts.ts';
import { impactView, type ImpactView } from './impact.ts';
import { BODY, localizeCv, localizeSettings } from './localize.ts';
import { bodyFromHtml, runsFromHtml } from './parse.ts';
import { styledReferences } from './citations.ts';
import { authorshipSummary, publicationFilters, type PublicationFilters } from './filters.ts';
import { isGroupMember } from '../schemas/person.ts';
import { memberGroups, peopleOfSite, type MemberGroup, type PersonView } from './people.ts';
import { publicationView, type PublicationView, withTranslation } from './publications.ts';
import { orcidMarks } from './orcidMarks.ts';
import { type Body, EMPTY_BODY, html, inLanguage, joinRich, listRuns, plain, type Rich, SEPARATOR, styled, text } from './rich.ts';

export type { PublicationView } from './publications.ts';
export type { PatentView, CvEntry, EntryGroup } from './entries.ts';
export type { SiteFacts } from './facts.ts';
export type { MemberGroup, MemberView, PersonView } from './people.ts';
export type { FilterOption, PublicationFilters } from './filters.ts';

/** An entry whose body is parsed once: HTML for the pages, lines for the PDF, text for the rest. */
export type Shown<T> = Omit<Entry<T>, 'html'> & { readonly html: string; readonly body: Body };

export interface TalkView extends Shown<Talk> {
  readonly section: 'talks' | 'lectures';
  readonly titleRuns: Rich;
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
  /** "Keynote": the kind, for every kind but the section's own (talk, lecture). */
  readonly kindLabel: string | undefined;
  /** The talk as a dated entry: its days, title, event and place, kind, remark and links. */
  readonly entry: CvEntry;
}

/** A contact detail (e-mail, phone, postal address) the owner shows; `printOnly` on paper only. */
export interface ContactDetail {
  readonly value: string;
  readonly href: string | undefined;
  readonly printOnly: boolean;
}

export interface ProfileView extends Shown<Profile> {
  /** "Dr. Ada Lovelace": honorific and name. */
  readonly fullName: string;
  /** "AL": the initials of the name, for the favicon. */
  readonly initials: string;
  /** "formerly Ada Byron": earlier names, after the name. */
  readonly formerly: string | undefined;
  /** E-mail, phone and address as far as they are visible (`cv` ones print only). */
  readonly contactDetails: readonly ContactDetail[];
  /** Profile handles as links: website, Google Scholar, ORCID, … */
  readonly profileLinks: readonly ProfileLink[];
  /** "Born 16 Dec 1986 in Würzburg · Nationality: German", when the owner shows any of it. */
  readonly personal: Rich | undefined;
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

export interface NewsView extends Shown<News> {
  /** The title as parsed, when the item has one. */
  readonly titleRuns: Rich | undefined;
  /** The title, or the beginning of the text, as plain text. */
  readonly headline: string;
  /** The text without markup, for the feed. */
  readonly text: string;
  /** Site path of the item on the news page. */
  readonly path: string;
  readonly url: string | undefined;
  /** The entries it is about, resolved and linked. */
  readonly related: readonly EntryLink[];
  /** The related links as the language lists them ("A, B and C"; Arabic's "A وB"). */
  readonly relatedRuns: Rich;
}

export interface PageView extends Shown<Page> {
  /** The description, or the beginning of the text. */
  readonly summary: string;
}

export interface ProjectView extends Shown<Project> {
  readonly entry: CvEntry;
}

export interface AwardView extends Entry<Award> {
  /** The description as plain text, for structured data. */
  readonly descriptionText: string | undefined;
  readonly entry: CvEntry;
}

export interface SiteData {
  /** The page language's code (en, de): the language of everything the model says. */
  readonly language: string;
  /** The checked content in the page's language, in the order the outputs list it: what the structured exports read. */
  readonly cv: Cv;
  /** The settings' topics: id → label in the page's language. */
  readonly topics: Readonly<Record<string, string>>;
  readonly profile: ProfileView;
  readonly skills: Cv['skills'];
  /** Newest first. */
  readonly publications: readonly PublicationView[];
  readonly talks: readonly TalkView[];
  readonly lectures: readonly TalkView[];
  /** Talks and lectures together, newest first: they share the talks pages and the feed. */
  readonly events: readonly TalkView[];
  /** Ongoing first, then by end and start. */
  readonly projects: readonly ProjectView[];
  /** Newest first. */
  readonly awards: readonly AwardView[];
  readonly patents: readonly PatentView[];
  /** Newest first. */
  readonly news: readonly NewsView[];
  /** Free pages, by id (the content check refuses ids of vita's own pages). */
  readonly freePages: readonly PageView[];
  readonly people: Cv['people'];
  /** Everyone of content/people/ and every co-author, with their works on the site and their page; most works first. */
  readonly persons: readonly PersonView[];
  /** The members of the group (content/people/ with a role) for the People page: current ones first, by role. */
  readonly members: readonly MemberGroup[];
  readonly metrics: Cv['metrics'];
  /** The key of the marks of works the ORCID record lists, when the settings ask for them (`orcidMarks`) and one is marked. */
  readonly orcidKey: Rich | undefined;
  /** The impact panel and the PDF's line of it, when the settings ask for either (`metrics.panel`, `metrics.pdf`) and there are counts. */
  readonly impact: ImpactView | undefined;
  /** "51 publications: 6 as first author, …" for the CV and the PDF, when the settings ask for it (`cv.authorship`). */
  readonly authorshipSummary: string | undefined;
  /** The filters of the whole list of publications, with their counts. */
  readonly publicationFilters: PublicationFilters;
  /** Publications by id, for cross-references (awards, talks). */
  readonly publicationById: ReadonlyMap<string, PublicationView>;
  /** Lists longer than the page limit are split into one page per year (and excerpted on the CV). */
  readonly split: { readonly publications: boolean; readonly talks: boolean };
  /** Pages with something to show: others are not built and not linked. */
  readonly pages: ReadonlySet<NavigablePage>;
  /** The main navigation: the settings' choice (or every page) without the pages that are not built. */
  readonly navigation: readonly NavigationItem[];
  /** The free pages the settings' footer names (a legal notice, a privacy statement), in its order, each named as the navigation names it. */
  readonly footerLinks: readonly NavigationItem[];
  /** The footer's word on the site itself: no tracking, and no JavaScript unless the search is on. */
  readonly colophon: string;
  /** The forms the owner's name takes in the author lists, most frequent first ("Lovelace A", "Byron A"). */
  readonly ownerForms: readonly string[];
  /** The one owner test every output uses. */
  readonly isOwner: OwnerTest;
  /** The CV's sections with entries, in the settings' order: the CV page, its navigation and the PDF follow it. */
  readonly cvSections: readonly CvSection[];
  /** The entries of the career sections, composed once for the CV page and the PDF. */
  readonly entries: Readonly<Record<Exclude<CvSectionName, 'publications' | 'talks' | 'lectures' | 'patents'>, readonly EntryGroup[]>>;
  /** The day the content last changed, when known. */
  readonly updated: string | undefined;
  /** Entries per section. */
  readonly counts: Readonly<Record<string, number>>;
  /** The key numbers as phrases: "51 publications", "21 journal articles", "3 patent families". */
  readonly facts: SiteFacts;
  readonly urls: SiteUrls;
}

const byFrequency = (names: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
};

const newestFirst =
  <T extends { id: string }>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(b).localeCompare(key(a)) || a.id.localeCompare(b.id);

/** Ongoing first, then by end and start: experience, education, projects, grants, supervision. */
const byPeriod = newestFirst((item: { id: string; start: string | number; end?: string | number | undefined }) => `${item.end ?? '9999'}|${item.start}`);

/** The content in the order every output lists it, with explicit tie-breakers so output is stable. */
export function sortedCv(cv: Cv): Cv {
  const sorted = <T>(items: readonly T[], order: (a: T, b: T) => number) => [...items].sort(order);
  return {
    ...cv,
    experience: sorted(cv.experience, byPeriod),
    education: sorted(cv.education, byPeriod),
    publications: sorted(
      cv.publications,
      newestFirst((item) => `${item.year}-${String(item.month ?? 0).padStart(2, '0')}`),
    ),
    patents: sorted(
      cv.patents,
      newestFirst(
        (item) =>
          item.members
            .map((member) => member.date)
            .sort()
            .at(-1)!,
      ),
    ),
    talks: sorted(
      cv.talks,
      newestFirst((item) => item.date.dates[0]!),
    ),
    lectures: sorted(
      cv.lectures,
      newestFirst((item) => item.date.dates[0]!),
    ),
    projects: sorted(cv.projects, byPeriod),
    awards: sorted(
      cv.awards,
      newestFirst((item) => String(item.year)),
    ),
    grants: sorted(cv.grants, byPeriod),
    teaching: sorted(cv.teaching, newestFirst<Cv['teaching'][number]>(latestTerm)),
    supervision: sorted(cv.supervision, byPeriod),
    service: sorted(
      cv.service,
      newestFirst((item) => String(item.years.at(-1))),
    ),
    news: sorted(
      cv.news,
      newestFirst((item) => item.date),
    ),
    freePages: sorted(cv.freePages, (a, b) => a.id.localeCompare(b.id)),
    people: sorted(cv.people, (a, b) => a.id.localeCompare(b.id)),
  };
}

/** Entries per section: what pages, navigation and the CV build on. */
export function sectionCounts(cv: Cv): Record<string, number> {
  return {
    profile: 1,
    skills: cv.skills.groups.length + cv.skills.languages.length > 0 ? 1 : 0,
    experience: cv.experience.length,
    education: cv.education.length,
    publications: cv.publications.length,
    /** The members of the group: content/people/ with a role. */
    members: cv.people.filter(isGroupMember).length,
    patents: cv.patents.length,
    talks: cv.talks.length,
    lectures: cv.lectures.length,
    projects: cv.projects.length,
    awards: cv.awards.length,
    grants: cv.grants.length,
    teaching: cv.teaching.length,
    supervision: cv.supervision.length,
    service: cv.service.length,
    news: cv.news.length,
    pages: cv.freePages.length,
    people: cv.people.length,
  };
}

function profileView(profile: Shown<Profile>, locale: ModelContext['locale'], langs: FieldLanguages): ProfileView {
  const { t } = locale;
  const fullName = [profile.honorific, profile.name].filter(Boolean).join(' ');
  const countryOf = (value: string) => plain(placeRuns(undefined, value, () => undefined, locale));
  const { role, affiliation } = profile;
  const roleAt = role && affiliation ? t.person.roleAt(role, affiliation) : (role ?? affiliation);
  const shown = visibleContact({
    ...profile,
    ...(profile.nationality && { nationality: { ...profile.nationality, value: countryOf(profile.nationality.value) } }),
    ...(profile.contact.address && {
      contact: {
        ...profile.contact,
        address: { ...profile.contact.address, value: { ...profile.contact.address.value, country: countryOf(profile.contact.address.value.country) } },
      },
    }),
  });
  // The place of birth with its country: "Sevilla, Spanien".
  const birthPlace =
    profile.birthPlace || profile.birthCountry
      ? visible({
          value: plain(placeRuns(profile.birthPlace?.value, profile.birthCountry?.value, langs, locale, { city: 'birthPlace.value', country: 'birthCountry.value' })),
          visibility: profile.birthPlace?.visibility ?? profile.birthCountry!.visibility,
        })
      : undefined;
  const contactDetails = [
    shown.email && { ...shown.email, href: `mailto:${shown.email.value}` },
    shown.phone && { ...shown.phone, href: `tel:${shown.phone.tel}` },
    shown.address && { ...shown.address, href: undefined },
  ].filter((detail) => detail !== undefined);
  const birthDate = shown.birthDate && { ...shown.birthDate, value: locale.date(shown.birthDate.value) };
  const born =
    birthDate && birthPlace
      ? { value: t.person.bornIn(birthDate.value, birthPlace.value), printOnly: birthDate.printOnly && birthPlace.printOnly }
      : birthDate
        ? { value: t.person.born(birthDate.value), printOnly: birthDate.printOnly }
        : birthPlace && { value: t.person.bornPlace(birthPlace.value), printOnly: birthPlace.printOnly };
  const nationality = shown.nationality && { value: t.person.nationality(shown.nationality.value), printOnly: shown.nationality.printOnly };
  const personal = [born, nationality].filter((detail) => detail !== undefined);
  return {
    ...profile,
    fullName,
    initials: monogram(profile.name),
    formerly: profile.formerNames.length > 0 ? t.person.formerly(locale.list(profile.formerNames)) : undefined,
    contactDetails,
    profileLinks: profileLinks(profile.links),
    personal:
      personal.length > 0
        ? joinRich(
            personal.map((detail) => [text(detail.value, { printOnly: detail.printOnly })]),
            SEPARATOR,
          )
        : undefined,
    position: [role, affiliation].filter(Boolean).join(t.comma) || undefined,
    who: roleAt ? `${fullName}${t.comma}${roleAt}` : fullName,
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
function navigationItems(pages: ReadonlySet<NavigablePage>, freePages: readonly PageView[], context: ModelContext, urls: SiteUrls): NavigationItem[] {
  const { settings, locale } = context;
  const byId = new Map(freePages.map((page) => [page.id, page]));
  const listed = settings.navigation ?? NAVIGABLE_PAGES.map((page) => ({ page, label: undefined }));
  const items = listed.flatMap((item): NavigationItem[] => {
    if (isNavigablePage(item.page)) return pages.has(item.page) ? [{ page: item.page, label: item.label ?? locale.t.pages[item.page], href: urls.url(paths[item.page]()) }] : [];
    const page = byId.get(item.page);
    return page ? [{ page: page.id, label: item.label ?? page.navigation?.label ?? page.title, href: urls.url(paths.page(page.id)) }] : [];
  });
  const asking = freePages
    .filter((page) => page.navigation !== undefined && !listed.some((item) => item.page === page.id))
    .sort((a, b) => (a.navigation!.position ?? Infinity) - (b.navigation!.position ?? Infinity) || a.id.localeCompare(b.id));
  for (const page of asking) {
    const at = Math.min((page.navigation!.position ?? Infinity) - 1, items.length);
    items.splice(at, 0, { page: page.id, label: page.navigation!.label ?? page.title, href: urls.url(paths.page(page.id)) });
  }
  return items;
}

/** The settings' footer pages, with the label the navigation gives each (the owner's "Kontakt", not the page's title "Contact"). */
function footerLinks(navigation: readonly NavigationItem[], freePages: readonly PageView[], context: ModelContext, urls: SiteUrls): NavigationItem[] {
  return context.settings.footer.flatMap((id) => {
    const page = freePages.find((free) => free.id === id);
    if (page === undefined) return [];
    const label = navigation.find((item) => item.page === id)?.label ?? page.navigation?.label ?? page.title;
    return [{ page: id, label, href: urls.url(paths.page(id)) }];
  });
}

/** Everything the outputs say, from the content, the settings and the page language. */
export async function siteData(input: Cv, context: ModelContext): Promise<SiteData> {
  const { locale } = context;
  const { t } = locale;
  const pageLanguage = locale.language;
  // The content and the settings in the page's language, once, before anything is composed.
  const [pageKey, defaultKey] = [languageKey(pageLanguage), languageKey(context.settings.language)];
  const settings = localizeSettings(context.settings, pageKey, defaultKey);
  // Pages in another language of the site are under its code; a CV variant in a language the site lacks links the default's pages.
  const onSite = settings.languages.some((tag) => languageKey(tag) === pageKey);
  const urls = siteUrls(settings, pageKey === defaultKey || !onSite ? undefined : pageKey);
  const { url, absoluteUrl } = urls;
  const localized = sortedCv(localizeCv(input, pageKey, defaultKey));
  // A homepage on this site (a group's member's site, /ada/) leads to its page in the page's language (/ada/de/).
  const home = siteUrls(settings).absoluteUrl('/');
  const inPageLanguage = (address: string) => (home !== undefined && address.startsWith(home) ? (absoluteUrl(`/${address.slice(home.length)}`) ?? address) : address);
  const cv = {
    ...localized,
    people: localized.people.map((person) => (person.homepage === undefined ? person : { ...person, homepage: inPageLanguage(person.homepage) })),
  };
  const parse = async (value: string): Promise<Rich> => runsFromHtml(await context.renderInline(value));
  const isOwner = ownerTest(cv.profile);
  const people = peopleIndex(cv.people);
  const persons = peopleOfSite(cv, { isOwner, registry: people, nameStyle: settings.authorNames, pagesFrom: settings.coauthorPages });
  const authorContext = {
    locale,
    isOwner,
    people,
    nameStyle: settings.authorNames,
    pageOf: (name: string) => {
      const page = persons.pageOf(name);
      return page && url(page);
    },
    isStudent: persons.isStudent,
    isMember: persons.isMember,
    memberNames: settings.memberNames,
  };
  /** The URL of a site path: under the base path, in the page's language where it has one; a group's public file at the group's base path. */
  const sitePathUrl = (path: string): string => context.publicFileUrl?.(path) ?? url(path);
  /** A link as pages use it: a file on the site (a path) under the base path, other addresses as written. */
  const siteLink = (link: Link): Link => (link.url.startsWith('/') ? { ...link, url: sitePathUrl(link.url) } : link);
  const counts = sectionCounts(cv);
  const split = {
    publications: cv.publications.length > settings.lists.pageLimit,
    talks: cv.talks.length + cv.lectures.length > settings.lists.pageLimit,
  };
  const talkPath = (talk: Entry<Talk>) => `${split.talks ? paths.talksYear(Number(talk.date.dates[0]!.slice(0, 4))) : paths.talks()}#${talkAnchor(talk.id)}`;
  const talkPaths = new Map([...cv.talks, ...cv.lectures].map((talk) => [talk.id, talkPath(talk)]));
  // Links in bodies written as kind:id or as site paths become URLs under the base path.
  const targetUrl = (target: InternalTarget): string => {
    if (target.kind === 'path') return `${sitePathUrl(target.path)}${target.suffix}`;
    const path = entryPath(target.reference, talkPaths);
    return url(path.includes('#') ? path : `${path}${target.fragment}`);
  };
  const lang = (language: string | undefined) => langAttribute(language, pageLanguage);
  /** The `lang` of each field of an entry, and of its text (BODY), on this page: the language it is shown in when not the page's. */
  const langsOf =
    (entry: Pick<Entry<object>, 'shownIn'>, own?: string): FieldLanguages =>
    (path) =>
      lang(entry.shownIn?.[path] ?? (path === BODY && own !== undefined ? own : defaultKey));
  /** The body with its links resolved, parsed once; marked with its language where it is not the page's (a text not yet translated). */
  const shown = <T extends { readonly html: string } & Pick<Entry<object>, 'shownIn'>>(entry: T, own?: string): Omit<T, 'html'> & { html: string; body: Body } => {
    const linked = entry.html === '' ? '' : rewriteLinks(entry.html, targetUrl);
    const language = langsOf(entry, own)(BODY);
    const marked = language === undefined || linked === '' ? linked : `<div lang="${language}">${linked}</div>`;
    return { ...entry, html: marked, body: linked === '' ? EMPTY_BODY : { ...bodyFromHtml(linked), html: marked } };
  };
  /** A work's title translated into the page's language, when the owner gave one and the work is in another. */
  const titleTranslation = async (entry: Pick<Entry<object>, 'translations'>, own: string | undefined): Promise<Rich | undefined> => {
    const translation = entry.translations?.fields['title']?.[pageKey];
    return translation === undefined || languageKey(own ?? defaultKey) === pageKey ? undefined : parse(translation);
  };

  const orcid = settings.orcidMarks && cv.orcid ? orcidMarks(cv.orcid, locale) : undefined;
  const publications = await Promise.all(
    cv.publications.map(async (publication): Promise<PublicationView> => {
      const links = publication.links.map(siteLink);
      const language = lang(publication.language ?? defaultKey);
      // The exports (one per site) carry the translation into the site's default language that a title written per language gives.
      const defaultTranslation = languageKey(publication.language ?? defaultKey) === defaultKey ? undefined : publication.translations?.fields['title']?.[defaultKey];
      const view = publicationView(
        {
          ...publication,
          html: shown(publication, publication.language).html,
          translatedTitle: publication.translatedTitle ?? (defaultTranslation === undefined ? undefined : { title: defaultTranslation, language: defaultKey }),
        },
        {
          titleRuns: inLanguage(await parse(publication.title), language),
          // The owner's translation into the page's language, else one into a language the site does not have (marked with its language).
          translatedTitle:
            (await titleTranslation(publication, publication.language)) ??
            (publication.translatedTitle && inLanguage(await parse(publication.translatedTitle.title), lang(publication.translatedTitle.language))),
          venueRuns: publication.venue === undefined ? undefined : await parse(publication.venue),
          authorList: authorList(authorsOf(publication.authors, authorContext, publication.year), {
            etAl: publication.etAl,
            editors: kindOf(publication.kind).creators === 'editor',
            locale,
          }),
          people: { editors: authorsOf(publication.editors, authorContext), translators: authorsOf(publication.translators, authorContext) },
          readerLinks: readerLinks({ ...publication, links }, { ...t.links, pmid: t.publication.pmid, pmcid: t.publication.pmcid }),
          links,
          url: absoluteUrl(paths.publication(publication.id)),
          lang: language,
          metric: cv.metrics?.publications[publication.id],
          inOrcid: orcid?.listed.has(publication.id) ?? false,
        },
        shorteningOf(settings.lists),
        locale,
      );
      return view;
    }),
  );
  // In a CSL style, each publication's whole reference, formatted once for the lists, the PDF and "Cite".
  if (context.citations) {
    const styled = styledReferences(publications, context.citations, (view) => url(paths.publication(view.id)), locale);
    publications.forEach((view, i) => {
      publications[i] = { ...view, styled: styled[i], citeText: plain(styled[i]!) };
    });
  }
  const publicationById = new Map(publications.map((publication) => [publication.id, publication]));

  const talkView =
    (section: TalkView['section']) =>
    async (talk: Entry<Talk>): Promise<TalkView> => {
      const translation = await titleTranslation(talk, talk.language);
      const language = lang(talk.language ?? defaultKey);
      const original = inLanguage(await parse(talk.title), language);
      const titleRuns = withTranslation(original, translation);
      const langs = langsOf(talk, talk.language);
      const path = talkPaths.get(talk.id)!;
      const links = talk.links.map(siteLink);
      const talkLinks = readerLinks({ links }, t.links);
      // Talks and lectures are what their lists say they are: only the other kinds are named.
      const kindLabel = talk.kind === 'talk' || talk.kind === 'lecture' ? undefined : t.talks.kinds[talk.kind];
      const place = placeRuns(talk.city, talk.country, langs, locale);
      const paper = talk.publication === undefined ? undefined : publicationById.get(talk.publication);
      const remark = joinRich(
        [talk.note ? [field(talk.note, langs('note'))] : undefined, paper ? [text(t.talks.thePaper, { link: url(paths.publication(paper.id)) })] : undefined],
        '. ',
      );
      const body = shown(talk, talk.language);
      return {
        ...body,
        links,
        readerLinks: talkLinks,
        section,
        titleRuns,
        titleHtml: html(titleRuns),
        // The title as published: for the feed, structured data and redirect pages.
        titleText: plain(original),
        year: Number(talk.date.dates[0]!.slice(0, 4)),
        path,
        url: absoluteUrl(path),
        // With a translation beside it, the title's runs carry their language themselves.
        lang: translation === undefined ? language : undefined,
        kindLabel,
        entry: {
          id: talk.id,
          anchor: talkAnchor(talk.id),
          when: [text(locale.days(talk.date.dates), { datetime: talk.date.dates[0]! })],
          title: titleRuns,
          where: [
            ...joinRich(
              [
                joinRich([[field(talk.event, langs('event'), talk.eventUrl ? { link: talk.eventUrl } : {})], talk.host ? [field(talk.host, langs('host'))] : undefined], ', '),
                place,
              ],
              SEPARATOR,
            ),
            ...(kindLabel ? [text(SEPARATOR), text(kindLabel, { badge: 'plain' })] : []),
            // The owner's part, when it is not the speaker's: chair, panellist, organiser…
            ...(talk.role === 'speaker' ? [] : [text(SEPARATOR), text(t.talks.roles[talk.role], { badge: 'plain' })]),
          ],
          parts: [
            ...(remark.length > 0 ? [{ runs: styled(remark, { muted: true }) }] : []),
            ...(talkLinks.length > 0
              ? [
                  {
                    runs: joinRich(
                      talkLinks.map((link) => [text(link.label, { link: link.url, printUrl: true })]),
                      SEPARATOR,
                    ),
                  },
                ]
              : []),
          ],
        },
      };
    };
  const talks = await Promise.all(cv.talks.map(talkView('talks')));
  const lectures = await Promise.all(cv.lectures.map(talkView('lectures')));

  // The career sections, composed once for the CV page and the PDF.
  const grantAnchor = (id: string) => entryAnchor('grants', id);
  const grantById = new Map(cv.grants.map((grant) => [grant.id, grant]));
  const personById = new Map(cv.people.map((person) => [person.id, person]));
  const languageNames = new Intl.DisplayNames([pageLanguage], { type: 'language' });
  const courseLinkLabels = { ...t.links, ...t.teaching.links };
  const projects = cv.projects.map((project): ProjectView => {
    const body = shown(project);
    const grant = project.grant === undefined ? undefined : grantById.get(project.grant);
    const grantShown = grant && { title: grant.title, href: url(`${paths.cv()}#${grantAnchor(grant.id)}`), lang: langsOf(grant)('title') };
    return { ...body, entry: projectEntry(project, body.body, grantShown, locale, langsOf(project)) };
  });
  const awards = await Promise.all(
    cv.awards.map(async (award): Promise<AwardView> => {
      const paper = award.publication === undefined ? undefined : publicationById.get(award.publication);
      const langs = langsOf(award);
      const description = award.description === undefined ? undefined : inLanguage(await parse(award.description), langs('description'));
      return {
        ...award,
        descriptionText: description && plain(description),
        entry: awardEntry(award, description, paper && { title: paper.titleRuns, href: url(paths.publication(paper.id)) }, locale, langs),
      };
    }),
  );
  const teaching = await Promise.all(
    cv.teaching.map(async (course) => {
      const language = lang(course.language);
      const langs = langsOf(course);
      const [first, last] = [course.terms[0]!.year, course.terms.at(-1)!.year];
      // A title not written per language is in the language the course is taught in.
      const title = inLanguage(await parse(course.title), course.translations?.fields['title'] ? langs('title') : lang(course.language ?? defaultKey));
      const entry = teachingEntry(
        course,
        {
          title,
          years: first === last ? String(first) : locale.period(first, last),
          terms: termPhrases(course.terms, (kind, years) => t.teaching.terms[kind](years)).join(t.comma),
          languageName: language === undefined ? undefined : languageNames.of(language),
          institutionLang: langs('institution'),
          links: course.links.map((link) => ({ label: link.label ?? courseLinkLabels[link.kind], url: link.url })),
        },
        shown(course).body,
        entryAnchor('teaching', course.id),
        locale,
      );
      return { entry, titleText: plain(title) };
    }),
  );
  const supervision = await Promise.all(
    cv.supervision.map(async (entry) => {
      const person = entry.person === undefined ? undefined : personById.get(entry.person);
      const thesis = entry.publication === undefined ? undefined : publicationById.get(entry.publication);
      const langs = langsOf(entry);
      return {
        level: entry.level,
        entry: supervisionEntry(
          entry,
          {
            // The schema asks for a name or a person, and the content check that the person exists.
            name: entry.name ?? person!.name,
            href: person && personHref(person),
            // A title not written per language is the thesis's, in its language.
            title:
              entry.title === undefined
                ? undefined
                : inLanguage(await parse(entry.title), entry.translations?.fields['title'] ? langs('title') : thesis ? thesis.lang : langs('title')),
            state: supervisionState(entry),
            thesisHref: thesis && url(paths.publication(thesis.id)),
            coSupervisors: entry.coSupervisors.map((other) => {
              const registered = typeof other === 'string' ? undefined : personById.get(other.person);
              // The content check makes sure a named person exists.
              const href = registered && personHref(registered);
              return [text(typeof other === 'string' ? other : registered!.name, href ? { link: href } : {})];
            }),
            links: readerLinks({ links: entry.links }, t.links),
          },
          shown(entry).body,
          entryAnchor('supervision', entry.id),
          locale,
          langs,
        ),
      };
    }),
  );
  const entries: SiteData['entries'] = {
    experience: [{ entries: cv.experience.map((position) => experienceEntry(position, shown(position).body, locale, langsOf(position))) }],
    education: [{ entries: cv.education.map((degree) => educationEntry(degree, shown(degree).body, locale, langsOf(degree))) }],
    projects: [{ entries: projects.map((project) => project.entry) }],
    grants: [{ entries: cv.grants.map((grant) => grantEntry(grant, shown(grant).body, grantAnchor(grant.id), locale, langsOf(grant))) }],
    awards: [{ entries: awards.map((award) => award.entry) }],
    skills: [
      {
        entries: skillEntries(
          cv.skills,
          await Promise.all(
            cv.skills.groups.map((group, g) => Promise.all(group.items.map(async (item, i) => inLanguage(await parse(item), langsOf(cv.skills)(`groups.${g}.items.${i}`))))),
          ),
          locale,
          langsOf(cv.skills),
        ),
      },
    ],
    teaching: [{ entries: teaching.map((course) => course.entry) }],
    supervision: groupInOrder(supervision, supervisionLevel.options, (item) => item.level).map((group) => {
      const groupEntries = group.items.map((item) => item.entry);
      return { heading: t.supervision.levels[group.key], compact: isCompact(groupEntries), entries: groupEntries };
    }),
    service: groupInOrder(cv.service, serviceKind.options, (entry) => entry.kind).map((group) => ({
      heading: t.service.kinds[group.key],
      compact: true,
      entries: group.items.map((entry) => serviceEntry(entry, compressYears(entry.years), entryAnchor('service', entry.id), langsOf(entry))),
    })),
  };
  const patents = await Promise.all(
    cv.patents.map(async (patent) =>
      patentView(shown(patent, patent.language), patentAnchor(patent.id), lang(patent.language ?? defaultKey), await titleTranslation(patent, patent.language), isOwner, locale),
    ),
  );

  const pages = new Set(NAVIGABLE_PAGES.filter((page) => pageHasContent(page, counts)));
  const freePages = cv.freePages.map((page): PageView => {
    const body = shown(page);
    return { ...body, summary: page.description ?? excerpt(body.body.text, 160) };
  });
  const newsTitles = new Map(await Promise.all(cv.news.map(async (item) => [item.id, item.title === undefined ? undefined : await parse(item.title)] as const)));
  const newsHeadline = (item: Cv['news'][number]) => {
    const title = newsTitles.get(item.id);
    return title ? plain(title) : excerpt(shown(item).body.text, 80);
  };
  const labels = new Map<string, string>([
    ...publications.map((item) => [`publications/${item.id}`, item.titleText] as const),
    ...[...talks, ...lectures].map((item) => [`${item.section}/${item.id}`, item.titleText] as const),
    ...cv.patents.map((item) => [`patents/${item.id}`, item.title] as const),
    ...cv.projects.map((item) => [`projects/${item.id}`, item.acronym] as const),
    ...cv.awards.map((item) => [`awards/${item.id}`, item.name] as const),
    ...cv.grants.map((item) => [`grants/${item.id}`, item.title] as const),
    ...teaching.map((item) => [`teaching/${item.entry.id}`, item.titleText] as const),
    ...supervision.map((item) => [`supervision/${item.entry.id}`, plain(item.entry.title)] as const),
    ...cv.service.map((item) => [`service/${item.id}`, item.venue] as const),
    ...cv.news.map((item) => [`news/${item.id}`, newsHeadline(item)] as const),
    ...freePages.map((item) => [`pages/${item.id}`, item.title] as const),
  ]);
  const news = cv.news.map((item): NewsView => {
    const body = shown(item);
    const related = item.about.map((reference) => ({ label: labels.get(`${reference.section}/${reference.id}`) ?? reference.id, href: url(entryPath(reference, talkPaths)) }));
    const path = `${paths.news()}#${entryAnchor('news', item.id)}`;
    return {
      ...body,
      text: body.body.text,
      titleRuns: newsTitles.get(item.id),
      headline: newsHeadline(item),
      path,
      url: absoluteUrl(path),
      related,
      relatedRuns: listRuns(
        related.map((link) => [text(link.label, { link: link.href })]),
        locale.list,
      ),
    };
  });

  const personViews = persons
    .views({
      publicationById,
      supervisionById: new Map(supervision.map((item) => [item.entry.id, item.entry])),
      owner: cv.profile.name,
      locale,
      today: context.today,
    })
    // A person's text (content/people/<id>.md), shown on their page, has its links resolved as every body.
    .map((person) => (person.html === '' ? person : { ...person, html: rewriteLinks(person.html, targetUrl) }));
  const navigation = navigationItems(pages, freePages, { ...context, settings }, urls);
  const site: Omit<SiteData, 'cvSections'> = {
    language: pageKey,
    cv,
    topics: settings.topics,
    profile: profileView(shown(cv.profile), locale, langsOf(cv.profile)),
    skills: cv.skills,
    publications,
    talks,
    lectures,
    events: [...talks, ...lectures].sort((a, b) => b.date.dates[0]!.localeCompare(a.date.dates[0]!) || a.id.localeCompare(b.id)),
    projects,
    awards,
    patents,
    news,
    freePages,
    people: cv.people,
    persons: personViews,
    members: memberGroups(personViews, locale),
    metrics: cv.metrics,
    orcidKey: publications.some((publication) => publication.inOrcid) ? orcid?.key : undefined,
    impact:
      cv.metrics && (settings.metrics.panel || settings.metrics.pdf)
        ? impactView(publications, cv.metrics, { locale, pageOf: (id) => url(paths.publication(id)), onPage: settings.metrics.panel, inPdf: settings.metrics.pdf })
        : undefined,
    publicationById,
    publicationFilters: publicationFilters(publications, settings.topics, locale),
    authorshipSummary: settings.cv.authorship ? authorshipSummary(publications, locale) : undefined,
    split,
    pages,
    navigation,
    footerLinks: footerLinks(navigation, freePages, { ...context, settings }, urls),
    colophon: settings.search ? locale.t.footer.colophonSearch : locale.t.footer.colophon,
    ownerForms: byFrequency(publications.flatMap((publication) => publication.authorList.people.filter((author) => author.isOwner).map((author) => author.name))),
    isOwner,
    entries,
    updated: context.updated,
    counts,
    facts: siteFacts(cv, locale),
    urls,
  };
  return { ...site, cvSections: cvSections(site, settings.cv.sections, locale) };
}
