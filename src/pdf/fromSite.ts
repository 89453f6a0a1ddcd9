/**
 * The CV the site shows, as a PDF document: the same data as the CV page,
 * shaped into dated entries and numbered publication lists. Every visible word
 * comes in through `labels` (and dates through `labels.date`), so any language
 * catalogue can feed it. `cv` details of the profile are in, `hidden` ones never.
 */
import type { SiteData } from '../data/views.ts';
import { groupInOrder } from '../lib/groups.ts';
import { groupByKindAndYear } from '../lib/publications.ts';
import { ownerMatcher } from '../lib/names.ts';
import { espacenetUrl, patentReference } from '../lib/patents.ts';
import { profileLinks, visibleContact } from '../lib/profile.ts';
import { displayAddress } from '../lib/routes.ts';
import type { GrantRole } from '../schemas/grant.ts';
import type { PublicationKind } from '../schemas/publication.ts';
import { serviceKind, type ServiceKind } from '../schemas/service.ts';
import { supervisionLevel, type SupervisionLevel, type SupervisionStatus } from '../schemas/supervision.ts';
import type { CvSectionName } from '../schemas/settings.ts';
import type { TalkKind } from '../schemas/talk.ts';
import type { TeachingLevel, TeachingRole } from '../schemas/teaching.ts';
import type { CvBlock, CvDocument, CvEntry, CvLine, CvSection, Inline, NumberedItem, Paper, Rich } from './cvDocument.ts';
import { inlineFromHtml, linesFromHtml, merge, toggleItalic } from './richText.ts';

/**
 * Which publications the PDF lists: all of them, the ones marked `selected`
 * (all when none is), or the newest N. A shortened list says so and links to the website.
 */
export type PublicationSelection = 'all' | 'selected' | { readonly recent: number };

export interface CvPdfOptions {
  /** BCP 47 tag of the document's language. */
  readonly lang: string;
  readonly paper: Paper;
  /** Which sections, in which order; sections without entries are left out. */
  readonly sections: readonly CvSectionName[];
  readonly publications: PublicationSelection;
  /** All talks and lectures, or the newest N of each. */
  readonly talks: 'all' | { readonly recent: number };
  /** The document's date `YYYY-MM-DD`: its creation date and the "updated" in its header. */
  readonly date: string;
  /** Absolute URL of the website's home page (none without a site URL). */
  readonly siteUrl: string | undefined;
  /** Absolute URL of the complete publication list, for a shortened list. */
  readonly publicationsUrl: string | undefined;
  /** Absolute URL of the complete list of talks and lectures, for a shortened list. */
  readonly talksUrl: string | undefined;
}

/** Every word the PDF shows that is not content. */
export interface CvPdfLabels {
  readonly sections: Readonly<Record<CvSectionName, string>>;
  readonly publicationKinds: Readonly<Record<PublicationKind, string>>;
  /** Prefix of the reference numbers per kind, e.g. "J" → J12; "" for bare numbers. */
  readonly numberPrefixes: Readonly<Record<PublicationKind, string>>;
  /** Shown after a talk's event; undefined for plain talks and lectures. */
  readonly talkKinds: Readonly<Record<TalkKind, string | undefined>>;
  readonly patentStatus: Readonly<Record<'published' | 'granted', string>>;
  /** A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: "27 Nov 2026". */
  readonly date: (iso: string) => string;
  /** Several days of one month: "13, 14 & 16 Dec 2021". */
  readonly days: (dates: readonly string[]) => string;
  /** End of a period that has not ended: "present". */
  readonly present: string;
  /** The word before the last of a list of names: "and". */
  readonly and: string;
  /** After an author list the source cut short: "et al.". */
  readonly etAl: string;
  /** PDF title: "Curriculum vitae of Dr. Jane Doe". */
  readonly documentTitle: (name: string) => string;
  /** Right of the running header: "Curriculum vitae, 27 Nov 2026". */
  readonly running: (date: string) => string;
  /** Footer with `{page}` and `{pages}`: "Page {page} of {pages}". */
  readonly page: string;
  /** Earlier names after the role: "formerly Ada Byron". */
  readonly formerNames: (names: string) => string;
  /** "A, B and C". */
  readonly list: (items: readonly string[]) => string;
  readonly born: (date: string | undefined, place: string | undefined) => string;
  readonly nationality: (nationality: string) => string;
  /** "PhD in Machine Learning". */
  readonly degree: (degree: string, field: string | undefined) => string;
  /** "Thesis: “…”, supervised by …." */
  readonly thesis: (title: string, supervisors: string | undefined) => string;
  /** "With Prof. Dr. Klaus-Robert Müller." */
  readonly supervisors: (names: string) => string;
  readonly leadingRole: string;
  readonly fundedBy: (funder: string) => string;
  readonly projectWebsite: string;
  /** Before the (italic) title of the paper an award honours: "For the paper". */
  readonly awardedPaper: string;
  /** Before a patent's inventors: "Inventors: ". */
  readonly inventors: string;
  /** The term of the spoken languages among the skills. */
  readonly languages: string;
  readonly languageLevel: (level: string) => string;
  /** When the PDF shows part of a list: "12 of 51 publications", then "; all of them at" and the list's address. */
  readonly shortened: Readonly<Record<'publications' | 'talks' | 'lectures', (shown: number, total: number) => string>>;
  readonly allAt: string;
  /** Words of the career sections (terms, language names and amounts arrive already worded in the site's data). */
  readonly career: {
    readonly grantRoles: Readonly<Record<GrantRole, string>>;
    /** "grant no. 101012345". */
    readonly grantNumber: (number: string) => string;
    readonly grantWebsite: string;
    /** Before the grant a project names: "Grant:". */
    readonly grantOfProject: string;
    readonly teachingRoles: Readonly<Record<TeachingRole, string>>;
    readonly teachingLevels: Readonly<Record<TeachingLevel, string>>;
    /** "in German". */
    readonly taughtIn: (language: string) => string;
    /** Subheadings of the supervision section, one per stage. */
    readonly supervisionLevels: Readonly<Record<SupervisionLevel, string>>;
    readonly supervisionStatus: Readonly<Record<SupervisionStatus, string>>;
    readonly coSupervision: string;
    /** "next: Postdoc at ETH Zürich". */
    readonly next: (where: string) => string;
    /** Subheadings of the service section, one per kind. */
    readonly serviceKinds: Readonly<Record<ServiceKind, string>>;
  };
}

/** What the PDF reads of the site's data. */
export type CvSource = Pick<
  SiteData,
  | 'profile'
  | 'skills'
  | 'experience'
  | 'education'
  | 'projects'
  | 'awards'
  | 'patents'
  | 'talks'
  | 'lectures'
  | 'publications'
  | 'publicationById'
  | 'grants'
  | 'grantById'
  | 'teaching'
  | 'supervision'
  | 'service'
>;

const SEPARATOR = ' · ';
const text = (value: string, style: Omit<Inline, 'text'> = {}): Inline => ({ text: value, ...style });
const line = (...runs: Inline[]): CvLine => ({ runs });

/** The non-empty parts, separated by " · ". */
function joined(parts: readonly Rich[]): Inline[] {
  return parts.filter((part) => part.length > 0).flatMap((part, i) => (i === 0 ? [...part] : [text(SEPARATOR), ...part]));
}

/**
 * "A, B and C" with the owner, under any alias, in bold, and co-authors of the people registry
 * linked (in the text's colour); a list cut short ends "A, B, C, et al." (`etAl`).
 */
function names(list: readonly { readonly name: string; readonly isOwner: boolean; readonly href?: string }[], and: string, etAl?: string): Inline[] {
  const runs = list.flatMap((person, i) => {
    const separator = i === 0 ? [] : [text(i === list.length - 1 && etAl === undefined ? ` ${and} ` : ', ')];
    return [...separator, text(person.name, person.isOwner ? { bold: true } : person.href ? { link: person.href, subtle: true } : {})];
  });
  return etAl === undefined ? runs : [...runs, text(`, ${etAl}`)];
}

/** "A, B and C" as plain text. */
const nameList = (list: readonly string[], and: string) =>
  names(
    list.map((name) => ({ name, isOwner: false })),
    and,
  )
    .map((run) => run.text)
    .join('');

/** A date that stays on one line, so a long period breaks only after its dash. */
const unbroken = (date: string) => date.replaceAll(' ', '\u00A0');

function period(start: string | number, end: string | number | undefined, labels: CvPdfLabels): string {
  return `${unbroken(labels.date(String(start)))} – ${unbroken(end === undefined ? labels.present : labels.date(String(end)))}`;
}

/** Runs that link to `url` (when there is one), each keeping its own style plus `style`. */
const linked = (runs: Rich, url: string | undefined, style: Omit<Inline, 'text'> = {}): Inline[] =>
  runs.map((run) => ({ ...run, ...style, ...(url === undefined ? {} : { link: url }) }));

/** Runs tagged with their language when it is not the document's. */
const withLang = (runs: Rich, lang: string | undefined, documentLang: string): Rich =>
  lang === undefined || lang.split('-')[0] === documentLang.split('-')[0] ? runs : runs.map((run) => ({ ...run, lang: run.lang ?? lang }));

function header(source: CvSource, options: CvPdfOptions, labels: CvPdfLabels): CvDocument['header'] {
  const { profile } = source;
  const contact = visibleContact(profile);
  const former = profile.formerNames.length > 0 ? labels.formerNames(labels.list(profile.formerNames)) : undefined;
  const role = [profile.position, former].filter((part) => part !== undefined).map((part, i) => text(i === 0 ? part : `${SEPARATOR}${part}`));
  const reach: Rich[] = [
    contact.email ? [text(contact.email.value, { link: `mailto:${contact.email.value}` })] : [],
    contact.phone ? [text(contact.phone.value, { link: `tel:${contact.phone.tel}` })] : [],
    contact.address ? [text(contact.address.value)] : [],
  ];
  const website = options.siteUrl === undefined ? undefined : displayAddress(options.siteUrl);
  const links: Rich[] = [
    ...(profile.links.website === undefined && website && options.siteUrl ? [[text(website, { link: options.siteUrl })]] : []),
    ...profileLinks(profile.links).map((link) => [text(link.label, { link: link.url })]),
  ];
  const born = contact.birthDate || contact.birthPlace ? labels.born(contact.birthDate && labels.date(contact.birthDate.value), contact.birthPlace?.value) : '';
  const personal: Rich[] = [born ? [text(born)] : [], contact.nationality ? [text(labels.nationality(contact.nationality.value))] : []];
  return {
    name: [profile.honorific, profile.name].filter(Boolean).join(' '),
    subtitle: role,
    lines: [joined(reach), joined(links), joined(personal)].filter((runs) => runs.length > 0),
  };
}

const entries = (list: readonly CvEntry[]): CvBlock[] => (list.length > 0 ? [{ kind: 'entries', entries: list }] : []);

function experience(source: CvSource, labels: CvPdfLabels): CvBlock[] {
  return entries(
    source.experience.map((position) => ({
      when: period(position.start, position.end, labels),
      title: [text(position.role)],
      where: [text([position.organization, position.unit, position.location].filter(Boolean).join(SEPARATOR))],
      lines: [
        ...(position.summary ? [line(text(position.summary))] : []),
        ...linesFromHtml(position.html),
        ...position.responsibilities.map((item) => ({ runs: [text(item)], bullet: true })),
        ...(position.supervisors.length > 0 ? [line(text(labels.supervisors(nameList(position.supervisors, labels.and)), { italic: true }))] : []),
      ],
    })),
  );
}

function education(source: CvSource, labels: CvPdfLabels): CvBlock[] {
  return entries(
    source.education.map((degree) => ({
      when: period(degree.start, degree.end, labels),
      title: [text(labels.degree(degree.degree, degree.field))],
      where: [text([degree.institution, degree.location].filter(Boolean).join(SEPARATOR))],
      lines: [
        ...(degree.grade ? [line(text(degree.grade))] : []),
        ...(degree.thesis ? [line(text(labels.thesis(degree.thesis, degree.supervisors.length > 0 ? nameList(degree.supervisors, labels.and) : undefined)))] : []),
        ...linesFromHtml(degree.html),
      ],
    })),
  );
}

function projects(source: CvSource, labels: CvPdfLabels): CvBlock[] {
  return entries(
    source.projects.map((project) => {
      const grant = project.grant === undefined ? undefined : source.grantById.get(project.grant);
      const facts = joined([
        project.role === 'lead' ? [text(labels.leadingRole)] : [],
        project.funder ? [text(labels.fundedBy(project.funder))] : [],
        grant ? [text(`${labels.career.grantOfProject} ${grant.title}`)] : [],
        project.url ? [text(labels.projectWebsite, { link: project.url })] : [],
      ]);
      return {
        when: period(project.start, project.end, labels),
        title: [text(project.acronym)],
        where: [text(project.title)],
        lines: [...(facts.length > 0 ? [line(...facts)] : []), ...linesFromHtml(project.html)],
      };
    }),
  );
}

function awards(source: CvSource, labels: CvPdfLabels, lang: string): CvBlock[] {
  return entries(
    source.awards.map((award) => {
      const paper = award.publication === undefined ? undefined : source.publicationById.get(award.publication);
      return {
        when: String(award.year),
        title: [text(award.rank ? `${award.name}, ${award.rank}` : award.name)],
        ...(award.issuer ? { where: [text(award.issuer)] } : {}),
        lines: [
          ...(award.descriptionHtml ? [line(...inlineFromHtml(award.descriptionHtml))] : []),
          ...(paper ? [line(text(`${labels.awardedPaper} `), ...linked(withLang(inlineFromHtml(paper.titleHtml), paper.language, lang), paper.url, { italic: true }))] : []),
        ],
      };
    }),
  );
}

function patents(source: CvSource, labels: CvPdfLabels, isOwner: (name: string) => boolean, lang: string): CvBlock[] {
  return entries(
    source.patents.map((patent) => {
      const dates = patent.members.map((member) => member.date).sort();
      const first = dates[0]!.slice(0, 4);
      const last = dates.at(-1)!.slice(0, 4);
      return {
        when: first === last ? first : `${first} – ${last}`,
        title: withLang([text(patent.title)], patent.language, lang),
        lines: [
          ...(patent.inventors.length > 0
            ? [
                line(
                  text(labels.inventors),
                  ...names(
                    patent.inventors.map((name) => ({ name, isOwner: isOwner(name) })),
                    labels.and,
                  ),
                ),
              ]
            : []),
          ...patent.members.map((member) =>
            line(text(patentReference(member), { link: espacenetUrl(member) }), text(`${SEPARATOR}${labels.patentStatus[member.status]}${SEPARATOR}${labels.date(member.date)}`)),
          ),
        ],
      };
    }),
  );
}

function skills(source: CvSource, labels: CvPdfLabels): CvBlock[] {
  const { groups, languages } = source.skills;
  return entries([
    ...groups.map((group) => ({
      title: [text(group.name)],
      lines: [line(text(`${group.lead ? `${group.lead} ` : ''}${group.items.join(', ')}${group.partial ? ', …' : ''}`))],
    })),
    ...(languages.length > 0
      ? [
          {
            title: [text(labels.languages)],
            lines: [line(text(languages.map((language) => `${language.name} (${labels.languageLevel(language.level)})`).join(', ')))],
          },
        ]
      : []),
  ]);
}

function talks(section: 'talks' | 'lectures', source: CvSource, options: CvPdfOptions, labels: CvPdfLabels): CvBlock[] {
  const list = source[section];
  const shown = options.talks === 'all' ? list : list.slice(0, options.talks.recent);
  const lang = options.lang;
  const listed = entries(
    shown.map((talk) => {
      const kind = labels.talkKinds[talk.kind];
      return {
        when: labels.days(talk.date.dates),
        title: withLang(inlineFromHtml(talk.titleHtml), talk.language, lang),
        where: [text([talk.event, talk.host].filter(Boolean).join(', '))],
        lines: kind || talk.note ? [line(text([kind, talk.note].filter(Boolean).join(SEPARATOR)))] : [],
      };
    }),
  );
  return listed.length > 0 ? [...shortenedNote(shown.length, list.length, labels.shortened[section], options.talksUrl, labels), ...listed] : [];
}

function selectPublications(all: CvSource['publications'], selection: PublicationSelection): CvSource['publications'] {
  if (selection === 'all') return all;
  if (selection === 'selected') {
    const selected = all.filter((publication) => publication.selected);
    return selected.length > 0 ? selected : all;
  }
  return all.slice(0, selection.recent);
}

/** "12 of 51 publications; all of them at https://…": a shortened list points to the complete one. */
function shortenedNote(shown: number, total: number, count: (shown: number, total: number) => string, url: string | undefined, labels: CvPdfLabels): CvBlock[] {
  if (shown >= total) return [];
  const where = url === undefined ? [text('.')] : [text(`; ${labels.allAt} `), text(url, { link: url })];
  return [{ kind: 'paragraphs', paragraphs: [[text(count(shown, total)), ...where]] }];
}

function publication(item: CvSource['publications'][number], label: string, labels: CvPdfLabels, lang: string): NumberedItem {
  const venue: Inline[] = [
    ...(item.venueHtml ? inlineFromHtml(item.venueHtml).map(toggleItalic) : []),
    ...(item.series ? [text(` (${item.series})`)] : []),
    ...(item.details ? [text(` ${item.details}`)] : []),
    ...(item.publisherText ? [text(`. ${item.publisherText}`)] : []),
  ];
  const citation = merge([
    ...venue,
    text(`${venue.length > 0 ? ', ' : ''}${item.year}.`),
    ...(item.statusLabel ? [text(` ${item.statusLabel}.`)] : []),
    ...(item.note ? [text(` ${item.note}.`)] : []),
  ]);
  return {
    label,
    title: linked(withLang(inlineFromHtml(item.titleHtml), item.language, lang), item.url, { subtle: true }),
    lines: [
      names(item.authorList, labels.and, item.etAl ? labels.etAl : undefined),
      citation,
      ...(item.award ? [[text(item.award, { italic: true, bold: true })]] : []),
      ...(item.readerLinks.length > 0 ? [joined(item.readerLinks.map((link) => [text(link.label, { link: link.url })]))] : []),
    ],
  };
}

function publications(source: CvSource, options: CvPdfOptions, labels: CvPdfLabels): CvBlock[] {
  // Numbered oldest first within each kind, over the complete list: a paper keeps its number as
  // the list grows, and a shortened list still tells how many came before.
  const numbers = new Map(
    groupByKindAndYear(source.publications).flatMap((group) => {
      const items = group.years.flatMap((year) => year.items);
      return items.map((item, i) => [item.id, `${labels.numberPrefixes[group.kind]}${items.length - i}`] as const);
    }),
  );
  const shown = selectPublications(source.publications, options.publications);
  const groups = groupByKindAndYear(shown).map(
    (group): CvBlock => ({
      kind: 'numbered',
      heading: labels.publicationKinds[group.kind],
      items: group.years.flatMap((year) => year.items).map((item) => publication(item, numbers.get(item.id)!, labels, options.lang)),
    }),
  );
  return [...shortenedNote(shown.length, source.publications.length, labels.shortened.publications, options.publicationsUrl, labels), ...groups];
}

function grants(source: CvSource, labels: CvPdfLabels): CvBlock[] {
  const words = labels.career;
  return entries(
    source.grants.map((grant) => ({
      when: period(grant.start, grant.end, labels),
      title: [text(grant.title)],
      where: [text([grant.funder, grant.programme, grant.number && words.grantNumber(grant.number)].filter(Boolean).join(SEPARATOR))],
      lines: [
        line(
          ...joined([
            [text(words.grantRoles[grant.role])],
            // The PDF is the printable CV: `cv` amounts belong in it, `hidden` ones never.
            grant.amountShown ? [text(grant.amountShown.value, { bold: true })] : [],
            grant.url ? [text(words.grantWebsite, { link: grant.url })] : [],
          ]),
        ),
        ...linesFromHtml(grant.html),
      ],
    })),
  );
}

/** A course's links, " · " between them. */
const linkLine = (links: readonly { readonly label: string; readonly url: string }[]): CvLine[] =>
  links.length > 0 ? [line(...joined(links.map((link) => [text(link.label, { link: link.url })])))] : [];

function teaching(source: CvSource, labels: CvPdfLabels, lang: string): CvBlock[] {
  const words = labels.career;
  return entries(
    source.teaching.map((course) => ({
      when: course.years,
      title: [...withLang(inlineFromHtml(course.titleHtml), course.language, lang), ...(course.code ? [text(` (${course.code})`)] : [])],
      where: [text(course.institution)],
      lines: [
        line(
          text(
            [words.teachingRoles[course.role], course.level && words.teachingLevels[course.level], course.languageName && words.taughtIn(course.languageName)]
              .filter(Boolean)
              .join(SEPARATOR),
          ),
        ),
        line(text(course.termsText)),
        ...linkLine(course.linkList),
        ...linesFromHtml(course.html),
      ],
    })),
  );
}

function supervision(source: CvSource, labels: CvPdfLabels): CvBlock[] {
  const words = labels.career;
  return groupInOrder(source.supervision, supervisionLevel.options, (entry) => entry.level).map(
    (group): CvBlock => ({
      kind: 'entries',
      heading: words.supervisionLevels[group.key],
      entries: group.items.map((entry) => ({
        when: period(entry.start, entry.end, labels),
        title: [text(entry.displayName, entry.href === undefined ? {} : { link: entry.href })],
        ...(entry.titleHtml ? { where: linked(inlineFromHtml(entry.titleHtml), entry.thesis?.url) } : {}),
        lines: [
          line(
            text(
              [words.supervisionStatus[entry.state], entry.role === 'co' ? words.coSupervision : undefined, entry.institution, entry.next && words.next(entry.next)]
                .filter(Boolean)
                .join(SEPARATOR),
            ),
          ),
          ...linkLine(entry.linkList),
          ...linesFromHtml(entry.html),
        ],
      })),
    }),
  );
}

function service(source: CvSource, labels: CvPdfLabels): CvBlock[] {
  return groupInOrder(source.service, serviceKind.options, (entry) => entry.kind).map(
    (group): CvBlock => ({
      kind: 'entries',
      heading: labels.career.serviceKinds[group.key],
      // One run of years ("2019–2023") hangs in the margin; a longer list would not fit there and reads as a line.
      entries: group.items.map((entry) => ({
        ...(entry.yearsText.includes(',') ? {} : { when: entry.yearsText }),
        title: [text(entry.venue, entry.url === undefined ? {} : { link: entry.url })],
        ...(entry.role ? { where: [text(entry.role)] } : {}),
        lines: entry.yearsText.includes(',') ? [line(text(entry.yearsText))] : [],
      })),
    }),
  );
}

/** The document for the PDF CV. */
export function cvDocument(source: CvSource, options: CvPdfOptions, labels: CvPdfLabels): CvDocument {
  const { profile } = source;
  const isOwner = ownerMatcher([...profile.aliases, profile.name, ...profile.formerNames]);
  const blocksOf: Record<CvSectionName, () => CvBlock[]> = {
    experience: () => experience(source, labels),
    education: () => education(source, labels),
    projects: () => projects(source, labels),
    awards: () => awards(source, labels, options.lang),
    patents: () => patents(source, labels, isOwner, options.lang),
    skills: () => skills(source, labels),
    talks: () => talks('talks', source, options, labels),
    lectures: () => talks('lectures', source, options, labels),
    publications: () => publications(source, options, labels),
    grants: () => grants(source, labels),
    teaching: () => teaching(source, labels, options.lang),
    supervision: () => supervision(source, labels),
    service: () => service(source, labels),
  };
  const sections: CvSection[] = options.sections.map((name) => ({ heading: labels.sections[name], blocks: blocksOf[name]() })).filter((section) => section.blocks.length > 0);
  const top = header(source, options, labels);
  const date = labels.date(options.date);
  return {
    lang: options.lang,
    paper: options.paper,
    metadata: {
      title: labels.documentTitle(top.name),
      author: profile.name,
      subject: profile.position ?? '',
      keywords: [profile.name, ...profile.formerNames, profile.role, profile.affiliation, ...sections.map((section) => section.heading)].filter((word) => word !== undefined),
      date: options.date,
    },
    running: { left: top.name, right: labels.running(date), page: labels.page },
    header: top,
    sections,
  };
}

/**
 * The newest date the content mentions (a talk, a patent document, the start of a
 * position, degree, project, grant or supervision, an award, a publication's month,
 * the year of a course's last term or of service), `YYYY-MM-DD`:
 * a PDF date that changes only when the content does. Ends of periods are left
 * out, since a project may be planned to end years ahead; undefined when the
 * content has no date at all (a profile alone).
 */
export function contentDate(source: CvSource): string | undefined {
  const dates = [
    ...[...source.talks, ...source.lectures].flatMap((talk) => talk.date.dates),
    ...source.patents.flatMap((patent) => patent.members.map((member) => member.date)),
    ...[...source.experience, ...source.projects].map((item) => item.start),
    ...[...source.education.map((degree) => degree.start), ...source.awards.map((award) => award.year)].map(String),
    ...source.publications.map((item) => `${item.year}-${String(item.month ?? 1).padStart(2, '0')}`),
    ...[...source.grants, ...source.supervision].map((item) => String(item.start)),
    ...source.teaching.map((course) => String(course.terms.at(-1)!.year)),
    ...source.service.map((entry) => String(entry.years.at(-1))),
  ]
    // "2021" and "2021-12" stand for their first day.
    .map((date) => `${date}-01-01`.slice(0, 10));
  return dates.sort().at(-1);
}
