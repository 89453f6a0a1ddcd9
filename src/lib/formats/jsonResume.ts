/**
 * The CV as a JSON Resume document (jsonresume.org schema v1), carrying everything
 * vita knows so that importing it gives the same site. Each entry fills the JSON
 * Resume fields that have a place for it (work, education, awards, publications,
 * skills, languages, projects; service as `volunteer`); a field JSON Resume has no
 * place for, or only a lossy one (a title as plain text, an author list as a
 * summary), goes beside them as `x-<field>` exactly as the content file writes it,
 * with the entry's id as `x-id` and its Markdown body as `x-body`. Sections JSON
 * Resume has no place for (talks, lectures, patents, teaching, supervision, grants,
 * news, free pages, the people registry) are `x-` sections whose items are the
 * content files' fields under their own names, with `id` and `body`; the settings
 * are `x-settings`, the citation counts `x-metrics`. Only details whose visibility
 * is `web` are included: the file is public. Files on the site are linked by their
 * absolute URL.
 */
import type { Locale } from '../../i18n/index.ts';
import type { SiteData } from '../../model/site.ts';
import type { ResolvedSettings } from '../../pipeline/settings.ts';
import type { Award } from '../../schemas/award.ts';
import type { Education } from '../../schemas/education.ts';
import type { Experience } from '../../schemas/experience.ts';
import type { Grant } from '../../schemas/grant.ts';
import type { Metrics } from '../../schemas/metrics.ts';
import type { OrcidWorks } from '../../schemas/orcidWorks.ts';
import type { News } from '../../schemas/news.ts';
import type { Page } from '../../schemas/page.ts';
import type { Patent } from '../../schemas/patent.ts';
import type { Person } from '../../schemas/person.ts';
import type { Profile } from '../../schemas/profile.ts';
import type { Project } from '../../schemas/project.ts';
import type { SectionName } from '../../schemas/sections.ts';
import type { Service } from '../../schemas/service.ts';
import type { Settings } from '../../schemas/settings.ts';
import type { Skills } from '../../schemas/skills.ts';
import type { Supervision } from '../../schemas/supervision.ts';
import type { Talk } from '../../schemas/talk.ts';
import type { Teaching } from '../../schemas/teaching.ts';
import type { Citable } from '../citable.ts';
import { defined } from '../defined.ts';
import { frontMatterOf, publicOnly, settingsFrontMatter } from './frontMatter.ts';
import { htmlToText } from '../markdown/htmlText.ts';
import { profileLinks } from '../profile.ts';

/** An entry as the export reads it: its checked fields, its id and its Markdown body as written. */
export type Source<T> = T & { readonly id: string; readonly markdown?: string };

export interface ResumeInput {
  readonly profile: Source<Profile>;
  /** The bio as plain text paragraphs. */
  readonly bioText: string;
  /** Absolute URL of the home page, and of this file (none without a site URL). */
  readonly homeUrl: string | undefined;
  readonly fileUrl: string | undefined;
  /** Absolute URL of a path on the site (a file it serves), when the site has a URL. */
  readonly absoluteUrl: (path: string) => string | undefined;
  /** The settings (content/settings.yaml). */
  readonly settings: Settings;
  readonly experience: readonly (Source<Experience> & { readonly descriptionText: string })[];
  readonly education: readonly Source<Education>[];
  readonly awards: readonly (Source<Award> & { readonly descriptionText: string | undefined })[];
  readonly publications: readonly (Citable & { readonly markdown?: string })[];
  readonly skills: Skills;
  readonly projects: readonly Source<Project>[];
  readonly talks: readonly Source<Talk>[];
  readonly lectures: readonly Source<Talk>[];
  readonly patents: readonly Source<Patent>[];
  /** Service, with the name of its kind in the site's language ("Programme committee"). */
  readonly service: readonly (Source<Service> & { readonly kindLabel: string })[];
  readonly teaching: readonly Source<Teaching>[];
  readonly supervision: readonly Source<Supervision>[];
  readonly grants: readonly Source<Grant>[];
  readonly news: readonly Source<News>[];
  readonly pages: readonly Source<Page>[];
  readonly people: readonly Source<Person>[];
  readonly metrics: Metrics | undefined;
  /** The publications the ORCID record lists (content/orcid.json), as `x-orcid`. */
  readonly orcid?: OrcidWorks | undefined;
}

/**
 * Where JSON Resume has a place for a field's value as it is: vita field → JSON Resume key,
 * per section. The importer reads vita's own export back through the same table.
 */
export const RESUME_PLACES: Readonly<Partial<Record<SectionName, Readonly<Record<string, string>>>>> = {
  experience: { organization: 'name', role: 'position', location: 'location', unit: 'description', start: 'startDate', end: 'endDate', responsibilities: 'highlights' },
  education: { institution: 'institution', field: 'area', degree: 'studyType', grade: 'score' },
  awards: { name: 'title', issuer: 'awarder' },
  projects: { acronym: 'name', title: 'description', start: 'startDate', end: 'endDate', url: 'url', funder: 'entity' },
  service: { venue: 'organization', url: 'url' },
};

/** The `x-` sections: vita's own sections JSON Resume has no place for, each item a content file's fields, `id` and `body`. */
export const EXTENSION_SECTIONS = {
  'x-talks': 'talks',
  'x-lectures': 'lectures',
  'x-patents': 'patents',
  'x-teaching': 'teaching',
  'x-supervision': 'supervision',
  'x-grants': 'grants',
  'x-news': 'news',
  'x-pages': 'pages',
  'x-people': 'people',
} as const satisfies Readonly<Record<string, SectionName>>;

/** The version of vita's extension fields, in `meta`: the importer reads a file that has it as vita's own. */
export const EXTENSION_VERSION = 1;

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

export function toJsonResume(input: ResumeInput): Record<string, unknown> {
  const { profile } = input;

  /** An entry's fields as its content file writes them: public ones only, files on the site as absolute URLs. */
  const fieldsOf = (section: SectionName, entry: object): Record<string, unknown> => {
    const fields = frontMatterOf(section, publicOnly(entry));
    const links = fields['links'];
    if (Array.isArray(links))
      fields['links'] = (links as { url: string }[]).map((link) => (link.url.startsWith('/') ? { ...link, url: input.absoluteUrl(link.url) ?? link.url } : link));
    return fields;
  };
  /** An entry of a JSON Resume section: the fields that have a place there, the others as x- fields, its id and body. */
  const entry = (section: SectionName, source: Source<object>, own: Record<string, unknown>) => {
    const fields = fieldsOf(section, source);
    const places = RESUME_PLACES[section] ?? {};
    return compact({
      ...(section === 'profile' ? {} : { 'x-id': source.id }),
      ...Object.fromEntries(Object.entries(places).map(([field, key]) => [key, fields[field]])),
      ...own,
      ...Object.fromEntries(Object.entries(fields).flatMap(([field, value]) => (field in places ? [] : [[`x-${field}`, value]]))),
      'x-body': source.markdown,
    });
  };
  /** An item of an x- section: the content file's fields under their own names, with its id and body. */
  const own = (section: SectionName) => (source: Source<object>) => compact({ id: source.id, ...fieldsOf(section, source), body: source.markdown });

  const web = <T>(detail: { value: T; visibility: string } | undefined) => (detail?.visibility === 'web' ? detail.value : undefined);
  const address = web(profile.contact.address);
  const links = profileLinks(profile.links);
  const handles = Object.entries(profile.links).filter(([network]) => network in NETWORKS);
  const settings = settingsFrontMatter(input.settings);
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: entry('profile', profile, {
      name: [profile.honorific, profile.name].filter(Boolean).join(' '),
      label: [profile.role, profile.affiliation].filter(Boolean).join(', '),
      image: profile.portrait && input.absoluteUrl(profile.portrait),
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
    work: input.experience.map((position) => entry('experience', position, { summary: [position.summary, position.descriptionText].filter(Boolean).join('\n\n') })),
    education: input.education.map((degree) => entry('education', degree, { startDate: String(degree.start), endDate: degree.end === undefined ? undefined : String(degree.end) })),
    awards: input.awards.map((award) => entry('awards', award, { date: String(award.year), summary: [award.rank, award.descriptionText].filter(Boolean).join('; ') })),
    publications: input.publications.map((publication) =>
      entry('publications', publication, {
        name: publication.titleText,
        publisher: publication.venueText,
        releaseDate: publication.month ? `${publication.year}-${String(publication.month).padStart(2, '0')}` : String(publication.year),
        url: publication.url,
        summary: [...publication.authors.map((author) => author.name), ...(publication.etAl ? ['et al.'] : [])].join(', '),
      }),
    ),
    skills: input.skills.groups.map((group) => compact({ name: group.name, keywords: group.items, 'x-lead': group.lead, 'x-partial': group.partial || undefined })),
    languages: input.skills.languages.map((language) => ({ language: language.name, fluency: language.level })),
    projects: input.projects.map((project) => entry('projects', project, { roles: project.role === 'lead' ? ['Lead'] : undefined })),
    // Sections with no entries are left out, so a CV without them keeps its file as it was.
    ...compact({
      volunteer: input.service.map((service) =>
        entry('service', service, { position: service.role ?? service.kindLabel, startDate: String(service.years[0]), endDate: String(service.years.at(-1)) }),
      ),
      'x-talks': input.talks.map(own('talks')),
      'x-lectures': input.lectures.map(own('lectures')),
      'x-patents': input.patents.map(own('patents')),
      'x-teaching': input.teaching.map(own('teaching')),
      'x-supervision': input.supervision.map(own('supervision')),
      'x-grants': input.grants.map(own('grants')),
      'x-news': input.news.map(own('news')),
      'x-pages': input.pages.map(own('pages')),
      'x-people': input.people.map(own('people')),
    }),
    ...(Object.keys(settings).length > 0 ? { 'x-settings': settings } : {}),
    ...defined({ 'x-metrics': input.metrics, 'x-orcid': input.orcid }),
    meta: defined({ canonical: input.fileUrl, version: 'v1.0.0', 'x-vita': EXTENSION_VERSION }),
  };
}

/** The JSON Resume of a site: its model's checked content, with the plain texts JSON Resume's own fields show. */
export function jsonResumeOf(site: SiteData, context: { readonly settings: ResolvedSettings; readonly locale: Locale }): string {
  const { cv } = site;
  const withText = <T extends { readonly html: string }>(entry: T) => ({ ...entry, descriptionText: htmlToText(entry.html) });
  const resume = toJsonResume({
    ...cv,
    bioText: htmlToText(cv.profile.html),
    homeUrl: site.urls.absoluteUrl('/'),
    fileUrl: site.urls.absoluteUrl('/cv.json'),
    absoluteUrl: site.urls.absoluteUrl,
    settings: context.settings,
    experience: cv.experience.map(withText),
    awards: site.awards,
    publications: cv.publications.map((publication) => {
      const { titleText, venueText, url } = site.publicationById.get(publication.id)!;
      return { ...publication, titleText, venueText, url };
    }),
    service: cv.service.map((entry) => ({ ...entry, kindLabel: context.locale.t.service.kinds[entry.kind] })),
    pages: cv.freePages,
  });
  return `${JSON.stringify(resume, null, 2)}\n`;
}
