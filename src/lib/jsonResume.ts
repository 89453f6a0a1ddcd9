/**
 * The CV as a JSON Resume document (jsonresume.org schema v1). Service is its
 * `volunteer`; talks, lectures, patents, teaching, supervision, grants and news,
 * which the schema has no place for, go in `x-` extension fields. Only details
 * whose visibility is `web` are included: the file is public.
 */
import type { Award } from '../schemas/award.ts';
import type { Education } from '../schemas/education.ts';
import type { Experience } from '../schemas/experience.ts';
import type { Grant } from '../schemas/grant.ts';
import type { News } from '../schemas/news.ts';
import type { Patent } from '../schemas/patent.ts';
import type { Profile } from '../schemas/profile.ts';
import type { Project } from '../schemas/project.ts';
import type { Service } from '../schemas/service.ts';
import type { Skills } from '../schemas/skills.ts';
import type { Supervision, SupervisionStatus } from '../schemas/supervision.ts';
import type { Talk } from '../schemas/talk.ts';
import type { Teaching } from '../schemas/teaching.ts';
import type { Citable } from './citable.ts';
import { patentReference } from './patents.ts';
import { profileLinks } from './profile.ts';

export interface ResumeInput {
  readonly profile: Profile;
  /** The bio as plain text paragraphs. */
  readonly bioText: string;
  /** Absolute URL of the home page, and of this file (none without a site URL). */
  readonly homeUrl: string | undefined;
  readonly fileUrl: string | undefined;
  readonly experience: readonly (Experience & { readonly descriptionText: string })[];
  readonly education: readonly Education[];
  readonly awards: readonly (Award & { readonly descriptionText: string | undefined })[];
  readonly publications: readonly Citable[];
  readonly skills: Skills;
  readonly projects: readonly Project[];
  readonly talks: readonly (Talk & { readonly titleText: string })[];
  readonly lectures: readonly (Talk & { readonly titleText: string })[];
  readonly patents: readonly Patent[];
  /** Service, with the name of its kind in the site's language ("Programme committee"). */
  /** The career sections carry their ids, so typed references (news about a course) survive an import. */
  readonly service: readonly (Service & { readonly id: string; readonly kindLabel: string })[];
  readonly teaching: readonly (Teaching & { readonly id: string; readonly titleText: string; readonly descriptionText: string })[];
  readonly supervision: readonly (Supervision & {
    readonly id: string;
    readonly displayName: string;
    readonly href: string | undefined;
    readonly titleText: string | undefined;
    readonly state: SupervisionStatus;
    readonly descriptionText: string;
  })[];
  readonly grants: readonly (Grant & { readonly id: string; readonly descriptionText: string })[];
  readonly news: readonly (News & { readonly id: string; readonly text: string })[];
}

const NETWORKS: Readonly<Record<string, string>> = {
  scholar: 'Google Scholar',
  orcid: 'ORCID',
  github: 'GitHub',
  linkedin: 'LinkedIn',
  dblp: 'DBLP',
  semanticScholar: 'Semantic Scholar',
  openreview: 'OpenReview',
  researchgate: 'ResearchGate',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  x: 'X',
};

/** Keeps only keys with a value, so absent data is absent in the JSON. */
function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== '' && !(Array.isArray(field) && field.length === 0))) as Partial<T>;
}

const talkEntry = (talk: Talk & { titleText: string }) =>
  compact({
    title: talk.titleText,
    date: talk.date.dates[0],
    event: talk.event,
    host: talk.host,
    city: talk.city,
    country: talk.country,
    eventUrl: talk.eventUrl,
    kind: talk.kind,
    language: talk.language,
  });

export function toJsonResume(input: ResumeInput): Record<string, unknown> {
  const { profile } = input;
  const web = <T>(detail: { value: T; visibility: string } | undefined) => (detail?.visibility === 'web' ? detail.value : undefined);
  const address = web(profile.contact.address);
  const links = profileLinks(profile.links);
  const handles = Object.entries(profile.links).filter(([network]) => network in NETWORKS);
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: compact({
      name: [profile.honorific, profile.name].filter(Boolean).join(' '),
      label: [profile.role, profile.affiliation].filter(Boolean).join(', '),
      email: web(profile.contact.email),
      phone: web(profile.contact.phone),
      url: input.homeUrl,
      summary: input.bioText,
      location: address && compact({ address: address.street, postalCode: address.postalCode, city: address.city, region: address.region }),
      profiles: handles.map(([network, username]) => ({
        network: NETWORKS[network]!,
        username: String(username),
        url: links.find((link) => link.network === network)!.url,
      })),
    }),
    work: input.experience.map((position) =>
      compact({
        name: position.organization,
        position: position.role,
        location: position.location,
        description: position.unit,
        startDate: position.start,
        endDate: position.end,
        summary: [position.summary, position.descriptionText].filter(Boolean).join('\n\n'),
        highlights: position.responsibilities,
      }),
    ),
    education: input.education.map((degree) =>
      compact({
        institution: degree.institution,
        area: degree.field,
        studyType: degree.degree,
        startDate: String(degree.start),
        endDate: degree.end === undefined ? undefined : String(degree.end),
        score: degree.grade,
        'x-location': degree.location,
        'x-thesis': degree.thesis,
        'x-supervisors': degree.supervisors,
      }),
    ),
    awards: input.awards.map((award) =>
      compact({
        title: award.name,
        date: String(award.year),
        awarder: award.issuer,
        summary: [award.rank, award.descriptionText].filter(Boolean).join('; '),
      }),
    ),
    publications: input.publications.map((publication) =>
      compact({
        name: publication.titleText,
        publisher: publication.venueText,
        releaseDate: publication.month ? `${publication.year}-${String(publication.month).padStart(2, '0')}` : String(publication.year),
        url: publication.url,
        summary: [...publication.authors.map((author) => author.name), ...(publication.etAl ? ['et al.'] : [])].join(', '),
        'x-kind': publication.kind,
        'x-status': publication.status === 'published' ? undefined : publication.status,
        'x-doi': publication.doi,
        'x-arxiv': publication.arxiv,
      }),
    ),
    skills: input.skills.groups.map((group) => compact({ name: group.name, keywords: group.items })),
    languages: input.skills.languages.map((language) => ({ language: language.name, fluency: language.level })),
    projects: input.projects.map((project) =>
      compact({
        name: project.acronym,
        description: project.title,
        startDate: project.start,
        endDate: project.end,
        url: project.url,
        roles: project.role === 'lead' ? ['Lead'] : undefined,
        entity: project.funder,
      }),
    ),
    'x-talks': input.talks.map(talkEntry),
    'x-lectures': input.lectures.map(talkEntry),
    'x-patents': input.patents.map((patent) => ({
      title: patent.title,
      documents: patent.members.map((member) => ({ number: patentReference(member), status: member.status, date: member.date })),
    })),
    // Sections with no entries are left out, so a CV without them keeps its file as it was.
    ...compact({
      volunteer: input.service.map((entry) =>
        compact({
          'x-id': entry.id,
          organization: entry.venue,
          position: entry.role ?? entry.kindLabel,
          url: entry.url,
          startDate: String(entry.years[0]),
          endDate: String(entry.years.at(-1)),
          'x-kind': entry.kind,
          'x-years': entry.years,
        }),
      ),
      'x-teaching': input.teaching.map((course) =>
        compact({
          id: course.id,
          title: course.titleText,
          code: course.code,
          institution: course.institution,
          level: course.level,
          role: course.role,
          terms: course.terms.map((term) => term.code),
          language: course.language,
          links: course.links,
          summary: course.descriptionText,
        }),
      ),
      'x-supervision': input.supervision.map((entry) =>
        compact({
          id: entry.id,
          name: entry.displayName,
          url: entry.href,
          level: entry.level,
          role: entry.role,
          title: entry.titleText,
          institution: entry.institution,
          startDate: String(entry.start),
          endDate: entry.end === undefined ? undefined : String(entry.end),
          status: entry.state,
          next: entry.next,
          links: entry.links,
          summary: entry.descriptionText,
        }),
      ),
      'x-grants': input.grants.map((grant) =>
        compact({
          id: grant.id,
          title: grant.title,
          funder: grant.funder,
          programme: grant.programme,
          number: grant.number,
          role: grant.role,
          amount: web(grant.amount),
          startDate: String(grant.start),
          endDate: grant.end === undefined ? undefined : String(grant.end),
          url: grant.url,
          summary: grant.descriptionText,
        }),
      ),
      'x-news': input.news.map((item) =>
        compact({ id: item.id, date: item.date, title: item.title, summary: item.text, about: item.about.map((reference) => `${reference.kind}:${reference.id}`) }),
      ),
    }),
    meta: { canonical: input.fileUrl, version: 'v1.0.0' },
  };
}
