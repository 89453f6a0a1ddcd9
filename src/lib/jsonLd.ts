/** schema.org JSON-LD, built from the same data as the pages. */
import type { Patent } from '../schemas/patent.ts';
import type { Profile } from '../schemas/profile.ts';
import type { Talk } from '../schemas/talk.ts';
import type { Citable } from './citable.ts';
import { isPublished } from '../schemas/publication.ts';
import { espacenetUrl, patentReference } from './patents.ts';
import { profileLinks } from './profile.ts';
import { kindOf } from '../schemas/publicationKinds.ts';

type JsonLd = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

/** The owner on the home page. */
export function personLd(
  profile: Profile,
  extra: { url: string | undefined; alumniOf: readonly string[]; awards: readonly string[] },
): JsonLd {
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
    url: extra.url,
    ...(email ? { email: `mailto:${email}` } : {}),
  };
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
  ].filter(Boolean);
  const kind = kindOf(publication.kind);
  return {
    '@context': CONTEXT,
    '@type': kind.jsonLd,
    headline: publication.titleText,
    name: publication.titleText,
    [kind.creators]: publication.authors.map((contributor) => ({ '@type': contributor.organization ? 'Organization' : 'Person', name: contributor.name })),
    // Work not yet published has a date of its own (submission, acceptance), not a publication date.
    [isPublished(publication) ? 'datePublished' : 'dateCreated']: publication.month ? `${publication.year}-${String(publication.month).padStart(2, '0')}` : String(publication.year),
    ...(isPublished(publication) ? {} : { creativeWorkStatus: CREATIVE_WORK_STATUS[publication.status] }),
    inLanguage: publication.language,
    url: publication.url,
    ...(publication.venueText
      ? { isPartOf: { '@type': kind.jsonLdVenue, name: publication.venueText, ...(publication.volume ? { volumeNumber: publication.volume } : {}) } }
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
        ? { location: { '@type': 'Place', address: { '@type': 'PostalAddress', ...(talk.city ? { addressLocality: talk.city } : {}), ...(talk.country ? { addressCountry: talk.country } : {}) } } }
        : {}),
      ...(talk.host ? { organizer: { '@type': 'Organization', name: talk.host } } : {}),
      performer: { '@type': 'Person', name: speaker },
    })),
  );
}
