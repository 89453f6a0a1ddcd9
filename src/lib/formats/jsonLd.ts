/** schema.org JSON-LD, built from the same data as the pages. */
import type { Patent } from '../../schemas/patent.ts';
import type { Profile } from '../../schemas/profile.ts';
import type { Talk } from '../../schemas/talk.ts';
import type { Citable } from '../citable.ts';
import { isPublished } from '../../schemas/publication.ts';
import { espacenetUrl, patentReference } from '../patents.ts';
import { profileLinks } from '../profile.ts';
import type { CollectionPage, Person, ProfilePage, Thing, WebPage, WithContext } from 'schema-dts';
import { kindOf, THESIS_EXPORTS } from '../../schemas/publicationKinds.ts';

type JsonLd = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

/**
 * A JSON-LD block's text for a `<script type="application/ld+json">`: JSON, with every "<"
 * written as \u003c, so no value can close the element ("</script>") or open a comment ("<!--").
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

/** The owner on the home page. */
export function personLd(profile: Profile, extra: { url: string | undefined; alumniOf: readonly string[]; awards: readonly string[] }): WithContext<Person> {
  const email = profile.contact.email?.visibility === 'web' ? profile.contact.email.value : undefined;
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    name: profile.name,
    ...(profile.honorific ? { honorificPrefix: profile.honorific } : {}),
    alternateName: [...new Set([...profile.formerNames, ...profile.aliases])].filter((name) => name !== profile.name),
    ...(profile.role ? { jobTitle: profile.role } : {}),
    ...(profile.affiliation ? { affiliation: { '@type': 'Organization', name: profile.affiliation } } : {}),
    alumniOf: [...new Set(extra.alumniOf)].map((name) => ({ '@type': 'EducationalOrganization', name })),
    award: extra.awards,
    sameAs: profileLinks(profile.links).map((link) => link.url),
    ...(extra.url ? { url: extra.url } : {}),
    ...(email ? { email: `mailto:${email}` } : {}),
  };
}

/** A block without its @context, to nest inside another block. */
function nested<T extends Thing>(block: object): T {
  return Object.fromEntries(Object.entries(block).filter(([key]) => key !== '@context')) as T;
}

/**
 * The CV page: a ProfilePage whose main entity is the owner, as Google documents for
 * profile pages; `modified` is the day the content last changed.
 */
export function profilePageLd(person: WithContext<Person>, page: { url: string | undefined; name: string; modified: string | undefined }): WithContext<ProfilePage> {
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    name: page.name,
    ...(page.url ? { url: page.url } : {}),
    ...(page.modified ? { dateModified: page.modified } : {}),
    mainEntity: nested(person),
  };
}

/** A member of the group on the People page: their name, role, page and homepage. */
export function memberLd(member: { name: string; role: string; url: string | undefined; sameAs: string | undefined }): JsonLd {
  return { '@type': 'Person', name: member.name, jobTitle: member.role, ...(member.url ? { url: member.url } : {}), ...(member.sameAs ? { sameAs: member.sameAs } : {}) };
}

/** A list page (all publications, a year's): a CollectionPage whose main entity lists its works in order. */
export function collectionPageLd(page: { url: string | undefined; name: string }, works: readonly JsonLd[]): WithContext<CollectionPage> {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    name: page.name,
    ...(page.url ? { url: page.url } : {}),
    mainEntity: { '@type': 'ItemList', numberOfItems: works.length, itemListElement: works.map((work, i) => ({ '@type': 'ListItem', position: i + 1, item: nested(work) })) },
  };
}

/**
 * Where a work appeared, as schema.org nests it: the issue is part of the volume, which is part
 * of the journal (or book, or conference); volume and issue numbers belong to those, not to the venue.
 */
function container(type: string, name: string, volume: string | undefined, issue: string | undefined, extra: JsonLd = {}): JsonLd {
  const venue: JsonLd = { '@type': type, name, ...extra };
  const inVolume: JsonLd = volume === undefined ? venue : { '@type': 'PublicationVolume', volumeNumber: volume, isPartOf: venue };
  return issue === undefined ? inVolume : { '@type': 'PublicationIssue', issueNumber: issue, isPartOf: inVolume };
}

/** schema.org's creativeWorkStatus of work not yet published. */
const CREATIVE_WORK_STATUS: Readonly<Record<Citable['status'], string>> = {
  submitted: 'Submitted',
  'under-review': 'UnderReview',
  accepted: 'Accepted',
  'in-press': 'InPress',
  published: 'Published',
};

/** A publication page's work, typed by its kind (ScholarlyArticle, Chapter, Book, Dataset, SoftwareSourceCode, …). */
export function publicationLd(publication: Citable): JsonLd {
  const identifiers = [
    publication.doi && { '@type': 'PropertyValue', propertyID: 'DOI', value: publication.doi },
    publication.arxiv && { '@type': 'PropertyValue', propertyID: 'arXiv', value: publication.arxiv },
    publication.pmid && { '@type': 'PropertyValue', propertyID: 'PMID', value: publication.pmid },
    publication.pmcid && { '@type': 'PropertyValue', propertyID: 'PMCID', value: publication.pmcid },
  ].filter(Boolean);
  const kind = kindOf(publication.kind);
  const people = (contributors: readonly Citable['authors'][number][]) =>
    contributors.map((contributor) => ({ '@type': contributor.organization ? 'Organization' : 'Person', name: contributor.name }));
  // The venue: a journal (with its ISSN), a book (with its editors and ISBN), a conference; proceedings in a journal are part of the journal's issue.
  const venue = publication.venueText
    ? container(publication.journal ? 'Periodical' : kind.jsonLdVenue, publication.journal ?? publication.venueText, publication.volume, publication.issue, {
        ...(publication.issn ? { issn: publication.issn } : {}),
        ...(publication.editors.length > 0 ? { editor: people(publication.editors) } : {}),
        ...(publication.isbn && kind.partOfBook ? { isbn: publication.isbn } : {}),
        ...(publication.journal ? { about: { '@type': 'PublicationEvent', name: publication.venueText } } : {}),
      })
    : undefined;
  return {
    '@context': CONTEXT,
    '@type': kind.jsonLd,
    headline: publication.titleText,
    name: publication.titleText,
    [kind.creators]: people(publication.authors),
    ...(publication.translators.length > 0 ? { translator: people(publication.translators) } : {}),
    // Work not yet published has a date of its own (submission, acceptance), not a publication date.
    [isPublished(publication) ? 'datePublished' : 'dateCreated']: publication.month
      ? `${publication.year}-${String(publication.month).padStart(2, '0')}`
      : String(publication.year),
    ...(isPublished(publication) ? {} : { creativeWorkStatus: CREATIVE_WORK_STATUS[publication.status] }),
    inLanguage: publication.language,
    url: publication.url,
    ...(venue ? { isPartOf: venue } : {}),
    // A book in a series is part of it (a chapter is part of its book, which names no series in schema.org's terms).
    ...(publication.series && !venue ? { isPartOf: { '@type': 'CreativeWorkSeries', name: publication.series, ...(publication.issn ? { issn: publication.issn } : {}) } } : {}),
    ...(publication.seriesNumber ? { position: publication.seriesNumber } : {}),
    ...(publication.edition ? { bookEdition: publication.edition } : {}),
    ...(publication.isbn && !kind.partOfBook ? { isbn: publication.isbn } : {}),
    ...(publication.version ? { version: publication.version } : {}),
    ...(publication.thesisType ? { inSupportOf: THESIS_EXPORTS[publication.thesisType].genre } : {}),
    ...(publication.originalTitle || publication.originalLanguage
      ? {
          translationOfWork: {
            '@type': 'CreativeWork',
            ...(publication.originalTitle ? { name: publication.originalTitle } : {}),
            ...(publication.originalLanguage ? { inLanguage: publication.originalLanguage } : {}),
          },
        }
      : {}),
    ...(publication.pages ? { pagination: publication.pages } : {}),
    ...(publication.publisher ? { publisher: { '@type': 'Organization', name: publication.publisher } } : {}),
    ...(identifiers.length > 0 ? { identifier: identifiers } : {}),
    ...(publication.doi ? { sameAs: `https://doi.org/${publication.doi}` } : {}),
    ...(publication.award ? { award: publication.award } : {}),
  };
}

/** Breadcrumbs: each step's name and absolute URL. */
export function breadcrumbLd(steps: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.name, item: step.url })),
  };
}

/** An ItemList of things, in order. */
function itemList(items: readonly JsonLd[]): JsonLd {
  return { '@context': CONTEXT, '@type': 'ItemList', itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })) };
}

/**
 * Patent families as CreativeWorks with their document numbers as identifiers
 * (schema.org's Patent type is still in its pending area).
 */
export function patentsLd(patents: readonly Patent[], inventor: string): JsonLd {
  return itemList(
    patents.map((patent) => ({
      '@type': 'CreativeWork',
      name: patent.title,
      inLanguage: patent.language,
      creator: (patent.inventors.length > 0 ? patent.inventors : [inventor]).map((name) => ({ '@type': 'Person', name })),
      datePublished: patent.members.map((member) => member.date).sort()[0],
      identifier: patent.members.map((member) => ({ '@type': 'PropertyValue', propertyID: member.office, value: patentReference(member) })),
      sameAs: patent.members.map(espacenetUrl),
    })),
  );
}

/** Talks and lectures as Events, each pointing at its entry on the talks pages. */
export function talksLd(talks: readonly (Talk & { url: string | undefined; titleText: string })[], speaker: string): JsonLd {
  return itemList(
    talks.map((talk) => ({
      '@type': 'Event',
      name: talk.titleText,
      startDate: talk.date.dates[0],
      ...(talk.date.dates.length > 1 ? { endDate: talk.date.dates.at(-1) } : {}),
      inLanguage: talk.language,
      url: talk.url,
      superEvent: { '@type': 'Event', name: talk.event, ...(talk.eventUrl ? { url: talk.eventUrl } : {}) },
      ...(talk.city || talk.country
        ? {
            location: {
              '@type': 'Place',
              address: { '@type': 'PostalAddress', ...(talk.city ? { addressLocality: talk.city } : {}), ...(talk.country ? { addressCountry: talk.country } : {}) },
            },
          }
        : {}),
      // The owner performs (speaks, sits on the panel), organises, or chairs and moderates (a contributor).
      ...(talk.role === 'organiser'
        ? { organizer: [...(talk.host ? [{ '@type': 'Organization', name: talk.host }] : []), { '@type': 'Person', name: speaker }] }
        : talk.host
          ? { organizer: { '@type': 'Organization', name: talk.host } }
          : {}),
      ...(talk.role === 'speaker' || talk.role === 'panellist' || talk.role === 'discussant'
        ? { performer: { '@type': 'Person', name: speaker } }
        : talk.role === 'organiser'
          ? {}
          : { contributor: { '@type': 'Person', name: speaker } }),
    })),
  );
}

/** News items as Articles by the owner, for the news page's CollectionPage. */
export function newsLd(items: readonly { headline: string; date: string; url: string | undefined }[], author: string): JsonLd[] {
  return items.map((item) => ({
    '@type': 'Article',
    name: item.headline,
    headline: item.headline,
    datePublished: item.date,
    author: { '@type': 'Person', name: author },
    ...(item.url ? { url: item.url } : {}),
  }));
}

/** A free page (Research, Group, Contact…). */
export function webPageLd(page: { url: string | undefined; name: string; description: string }): WithContext<WebPage> {
  return { '@context': CONTEXT, '@type': 'WebPage', name: page.name, description: page.description, ...(page.url ? { url: page.url } : {}) };
}

/** schema.org's kinds of web page: the block that says what the page is, and in which language. */
const PAGE_TYPES: ReadonlySet<string> = new Set(['WebPage', 'ProfilePage', 'CollectionPage']);

/** A page's blocks with the page's language on the one that describes the page; a page without one gets a WebPage block saying it. */
export function inPageLanguage(blocks: readonly object[], page: { url: string | undefined; name: string; description: string; language: string }): object[] {
  const isPage = (block: object) => PAGE_TYPES.has(String((block as { '@type'?: unknown })['@type']));
  const described = blocks.some(isPage) ? blocks : [...blocks, webPageLd(page)];
  return described.map((block) => (isPage(block) ? { ...block, inLanguage: page.language } : block));
}
