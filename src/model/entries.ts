/**
 * The entries of the CV's sections as every output shows them: a date, a title,
 * a where-line and further lines, composed once here in the page's language.
 * The CV page paints them as HTML (src/components/CvEntry.astro), the PDF as
 * Typst (src/pdf/document.ts); neither adds a fact of its own.
 */
import type { Locale } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import { rangeDash } from '../lib/dates.ts';
import { formatMoney } from '../lib/money.ts';
import { espacenetUrl, patentReference } from '../lib/patents.ts';
import { visible } from '../lib/profile.ts';
import type { ReaderLink } from '../lib/publications.ts';
import type { Award } from '../schemas/award.ts';
import type { Education } from '../schemas/education.ts';
import { thesisTypeOf } from '../schemas/publicationKinds.ts';
import type { Experience } from '../schemas/experience.ts';
import type { Grant } from '../schemas/grant.ts';
import type { Patent } from '../schemas/patent.ts';
import type { Project } from '../schemas/project.ts';
import type { Service } from '../schemas/service.ts';
import type { Skills } from '../schemas/skills.ts';
import type { Supervision, SupervisionStatus } from '../schemas/supervision.ts';
import type { Teaching } from '../schemas/teaching.ts';
import type { OwnerTest } from './authors.ts';
import { withTranslation } from './publications.ts';
import type { Entry } from './content.ts';
import { type Body, EMPTY_BODY, type Inline, joinRich, type Line, listRuns, phrase, type Rich, SEPARATOR, sentence, type Style, styled, text } from './rich.ts';

/** A part of an entry below its where-line: a line of text (a bullet when a list item), or its Markdown body. */
export type EntryPart = Line | { readonly body: Body };

export interface CvEntry {
  readonly id: string;
  /** The entry's fragment id on the CV page, when links point at it. */
  readonly anchor?: string;
  /** "Jan 2021 – present", "2019", "16 Dec 2021": the hanging date. */
  readonly when?: Rich;
  readonly title: Rich;
  /** Where and in what role: set under the title. */
  readonly where?: Rich;
  readonly parts: readonly EntryPart[];
  /** Topic ids the entry is filed under (the pages link them; the PDF does not). */
  readonly topics?: readonly string[];
}

/** Entries under an optional subheading (supervision by stage, service by kind). */
export interface EntryGroup {
  readonly heading?: string;
  /** Each entry on one line: a long list of one kind (eleven master's theses, twenty reviewer roles). */
  readonly compact?: boolean;
  readonly entries: readonly CvEntry[];
}

/** The language of each field of an entry on the page, by path ("role", "responsibilities.1"): undefined where it is the page's. */
export type FieldLanguages = (path: string) => string | undefined;

/** Every field in the page's language (an entry shown where nothing is translated, as in tests of one language). */
export const PAGE_LANGUAGE: FieldLanguages = () => undefined;

/** A field's text as a run, marked with its language where it is not the page's. */
export const field = (value: string, language: string | undefined, style: Style = {}): Inline => text(value, language === undefined ? style : { ...style, lang: language });

/** The field at `path` of an entry as a run in its language, or nothing when it is empty. */
const fieldOf =
  (langs: FieldLanguages) =>
  (value: string | undefined, path: string): Rich | undefined =>
    value === undefined ? undefined : [field(value, langs(path))];

/**
 * "Berlin, Deutschland": a place and its country, a country code named in the page's language, a country written
 * out as written (in its own language where it is not the page's).
 */
export function placeRuns(city: string | undefined, country: string | undefined, langs: FieldLanguages, locale: Locale, paths = { city: 'city', country: 'country' }): Inline[] {
  const named = country === undefined ? undefined : countryName(country, locale.language);
  return joinRich([fieldOf(langs)(city, paths.city), named && [named.named ? text(named.name) : field(named.name, langs(paths.country))]], locale.t.comma);
}

/** From this many entries on, a group of short entries is set one line each. */
export const COMPACT_FROM = 6;

/** Whether entries are short enough, and many enough, to be set one line each. */
export const isCompact = (entries: readonly CvEntry[]): boolean =>
  entries.length >= COMPACT_FROM && entries.every((entry) => entry.parts.every((part) => !('body' in part)) && entry.parts.length <= 1);

/** "Jan 2021 – present", "2013–2018" with machine-readable dates. */
export function periodRuns(start: string | number, end: string | number | undefined, locale: Locale): Inline[] {
  return [
    text(locale.date(start), { datetime: String(start) }),
    text(rangeDash(start, end)),
    end === undefined ? text(locale.t.present) : text(locale.date(end), { datetime: String(end) }),
  ];
}

/** A line of plain text, or nothing when it is empty. */
const lineOf = (runs: Rich, style: { bullet?: boolean } = {}): Line[] => (runs.length > 0 ? [{ runs, ...style }] : []);
/** The body part, when the entry has one. */
const bodyOf = (body: Body): EntryPart[] => (body === EMPTY_BODY || body.html === '' ? [] : [{ body }]);
/** Facts joined by " · ", none left out for being empty. */
const facts = (...parts: (string | Rich | undefined | false)[]): Inline[] =>
  joinRich(
    parts.map((part) => (typeof part === 'string' ? [text(part)] : part || undefined)),
    SEPARATOR,
  );
/** Links in a row, " · " between them. */
const linkRow = (links: readonly { readonly label: string; readonly url: string }[]): Line[] =>
  lineOf(
    joinRich(
      links.map((link) => [text(link.label, { link: link.url, printUrl: true })]),
      SEPARATOR,
    ),
  );

export function experienceEntry(position: Entry<Experience>, body: Body, locale: Locale, langs: FieldLanguages = PAGE_LANGUAGE): CvEntry {
  const { t, list } = locale;
  const said = fieldOf(langs);
  return {
    id: position.id,
    when: periodRuns(position.start, position.end, locale),
    title: [field(position.role, langs('role'))],
    where: facts(
      said(position.organization, 'organization'),
      said(position.unit, 'unit'),
      placeRuns(position.location, position.country, langs, locale, { city: 'location', country: 'country' }),
    ),
    parts: [
      ...lineOf(said(position.summary, 'summary') ?? []),
      ...bodyOf(body),
      ...position.responsibilities.flatMap((item, i) => lineOf([field(item, langs(`responsibilities.${i}`))], { bullet: true })),
      ...lineOf(position.supervisors.length > 0 ? [text(t.entries.withPeople(list(position.supervisors)), { muted: true })] : []),
    ],
  };
}

/** Words that join a degree to its field in many languages: a degree written with one already names its field. */
const NAMES_A_FIELD = /\s(?:in|en|em|im|für|di|i|w)\s+\S/i;

/**
 * "PhD in Machine Learning"; a degree that names its field itself ("Licenciatura en
 * Biología") keeps its own words, with the field after it when it says more.
 */
export function degreeTitle(degree: string, field: string | undefined, locale: Locale): string {
  if (field === undefined) return degree;
  const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (fold(degree).includes(fold(field))) return degree;
  return NAMES_A_FIELD.test(degree) ? `${degree} (${field})` : locale.t.entries.degreeIn(degree, field);
}

export function educationEntry(degree: Entry<Education>, body: Body, locale: Locale, langs: FieldLanguages = PAGE_LANGUAGE): CvEntry {
  const { t, list } = locale;
  const said = fieldOf(langs);
  // The degree and its field make one title: in the language of the degree where it is not the page's.
  const titleLanguage = langs('degree') ?? langs('field');
  const supervised = degree.supervisors.length > 0 ? `${t.comma}${t.entries.supervisedBy(list(degree.supervisors))}` : '';
  // "Dissertation:" for a doctorate, "Master's thesis:" for a master's: the degree tells, or `thesisType` does.
  const thesisType = degree.thesisType ?? thesisTypeOf(undefined, degree.degree);
  return {
    id: degree.id,
    when: periodRuns(degree.start, degree.end, locale),
    title: [field(degreeTitle(degree.degree, degree.field, locale), titleLanguage)],
    where: facts(said(degree.institution, 'institution'), placeRuns(degree.location, degree.country, langs, locale, { city: 'location', country: 'country' })),
    parts: [
      ...lineOf(degree.grade ? [field(degree.grade, langs('grade'), { badge: 'plain' })] : []),
      ...bodyOf(body),
      ...lineOf(
        degree.thesis
          ? [text(`${thesisType ? t.entries.thesisOf[thesisType] : t.entries.thesis} `), ...quoted([field(degree.thesis, langs('thesis'))], locale), text(`${supervised}.`)]
          : [],
      ),
    ],
  };
}

/** The grant a project names: its title and where the CV shows it. */
export interface GrantShown {
  readonly title: string;
  readonly href: string;
  /** The language of the title where it is not the page's. */
  readonly lang: string | undefined;
}

export function projectEntry(project: Entry<Project>, body: Body, grant: GrantShown | undefined, locale: Locale, langs: FieldLanguages = PAGE_LANGUAGE): CvEntry {
  const { t } = locale;
  return {
    id: project.id,
    when: periodRuns(project.start, project.end, locale),
    title: [text(project.acronym)],
    where: facts(
      [field(project.title, langs('title'))],
      project.role === 'lead' && [text(t.projects.leadingRole, { bold: true })],
      project.funder !== undefined && sentence(t.projects.fundedBy, [field(project.funder, langs('funder'))]),
    ),
    parts: [
      ...lineOf(grant ? [text(`${t.grants.grant} `), field(grant.title, grant.lang, { link: grant.href })] : []),
      ...lineOf(project.url ? [text(t.projects.website, { link: project.url, printUrl: true })] : []),
      ...bodyOf(body),
    ],
    topics: project.topics,
  };
}

export function grantEntry(grant: Entry<Grant>, body: Body, anchor: string, locale: Locale, langs: FieldLanguages = PAGE_LANGUAGE): CvEntry {
  const { t } = locale;
  const said = fieldOf(langs);
  const money = (written: Grant['amount']) => written && visible({ value: formatMoney(written.value, locale.language), visibility: written.visibility });
  const total = money(grant.amount);
  const share = money(grant.share);
  // The owner's share beside the whole amount ("own share €120,000 of €2,000,000"); each keeps its own visibility.
  const amount =
    share && total
      ? { value: t.grants.share(share.value, total.value), printOnly: share.printOnly || total.printOnly }
      : share
        ? { value: t.grants.shareOnly(share.value), printOnly: share.printOnly }
        : total;
  return {
    id: grant.id,
    anchor,
    when: periodRuns(grant.start, grant.end, locale),
    title: [field(grant.title, langs('title'))],
    where: facts(said(grant.funder, 'funder'), said(grant.programme, 'programme'), grant.number && t.grants.number(grant.number)),
    parts: [
      {
        runs: [
          text(t.grants.roles[grant.role]),
          // The printable CV carries `cv` amounts; `hidden` ones appear nowhere.
          ...(amount ? [text(SEPARATOR, { printOnly: amount.printOnly }), text(amount.value, { bold: true, printOnly: amount.printOnly })] : []),
          ...(grant.url ? [text(SEPARATOR), text(t.grants.website, { link: grant.url, printUrl: true })] : []),
        ],
      },
      ...bodyOf(body),
    ],
  };
}

/** The paper an award honours, as the CV names it. */
export interface HonouredPaper {
  readonly title: Rich;
  readonly href: string;
}

export function awardEntry(award: Entry<Award>, description: Rich | undefined, paper: HonouredPaper | undefined, locale: Locale, langs: FieldLanguages = PAGE_LANGUAGE): CvEntry {
  const { t } = locale;
  return {
    id: award.id,
    when: [text(locale.numeral(award.year), { datetime: String(award.year) })],
    title: [field(award.name, langs('name')), ...(award.rank ? [text(t.comma, { muted: true }), field(award.rank, langs('rank'), { muted: true })] : [])],
    ...(award.issuer ? { where: [field(award.issuer, langs('issuer'))] } : {}),
    parts: [...lineOf(description ?? []), ...lineOf(paper ? [text(`${t.cv.forPaper} `), ...quoted(styled(paper.title, { link: paper.href }), locale), text('.')] : [])],
  };
}

/** Runs between the language's quotation marks, quotation marks inside them turned into the inner ones. */
export const quoted = (runs: Rich, locale: Locale): Inline[] =>
  sentence(
    locale.t.quote,
    runs.map((run) => (run.math ? run : { ...run, text: locale.t.innerQuotes(run.text) })),
  );

export interface PatentDocument {
  /** "EP 3991102 A1". */
  readonly reference: string;
  /** Its entry in Espacenet. */
  readonly url: string;
  readonly granted: boolean;
  /** "granted", "published". */
  readonly statusLabel: string;
  readonly date: string;
  readonly dateText: string;
  readonly title: string | undefined;
}

export interface PatentView extends Entry<Patent> {
  readonly anchor: string;
  readonly lang: string | undefined;
  /** The family's title, with its translation into the page's language after it in brackets. */
  readonly titleRuns: Rich;
  /** "Inventors: A, B and C", the owner in bold; empty without inventors. */
  readonly inventorLine: Rich;
  /** "3 documents, 2 granted". */
  readonly summary: string;
  readonly documents: readonly PatentDocument[];
  /** The family as one CV entry: its years, title, inventors and documents. */
  readonly entry: CvEntry;
}

/** `translation`: the family's title in the page's language, when the owner gave one and the patent is in another. */
export function patentView(patent: Entry<Patent>, anchor: string, lang: string | undefined, translation: Rich | undefined, isOwner: OwnerTest, locale: Locale): PatentView {
  const { t, count } = locale;
  const documents = patent.members.map(
    (member): PatentDocument => ({
      reference: patentReference(member),
      url: espacenetUrl(member),
      granted: member.status === 'granted',
      statusLabel: t.patents[member.status],
      date: member.date,
      dateText: locale.date(member.date),
      title: member.title,
    }),
  );
  const granted = documents.filter((document) => document.granted).length;
  const years = patent.members.map((member) => member.date.slice(0, 4)).sort();
  const [first, last] = [years[0]!, years.at(-1)!];
  const inventorLine =
    patent.inventors.length > 0
      ? sentence(
          t.patents.inventors,
          listRuns(
            patent.inventors.map((name) => [text(name, isOwner(name) ? { bold: true } : {})]),
            locale.list,
          ),
        )
      : [];
  const title = withTranslation([field(patent.title, lang)], translation);
  return {
    ...patent,
    anchor,
    lang,
    titleRuns: title,
    inventorLine,
    summary: [count(documents.length, t.patents.documentCount), ...(granted > 0 ? [count(granted, t.patents.grantedCount)] : [])].join(t.comma),
    documents,
    entry: {
      id: patent.id,
      anchor,
      when: [text(first === last ? first : `${first}${rangeDash(first, last)}${last}`)],
      title,
      parts: [
        ...lineOf(inventorLine),
        ...documents.map((document) => ({
          runs: [
            text(document.reference, { link: document.url }),
            text(SEPARATOR),
            text(document.statusLabel, { badge: document.granted ? 'status' : 'plain' }),
            text(SEPARATOR),
            text(document.dateText, { datetime: document.date }),
            // A document filed under a title of its own names it.
            ...(document.title ? [text(SEPARATOR), text(document.title, { muted: true, ...(lang ? { lang } : {}) })] : []),
          ],
        })),
      ],
    },
  };
}

/** Skill groups (their items parsed like every inline field) and spoken languages as entries: the group's name, then its items. */
export function skillEntries(skills: Skills, items: readonly (readonly Rich[])[], locale: Locale, langs: FieldLanguages = PAGE_LANGUAGE): CvEntry[] {
  const { t } = locale;
  return [
    ...skills.groups.map((group, i) => ({
      id: `skills-${i}`,
      title: [field(group.name, langs(`groups.${i}.name`))],
      parts: [{ runs: [...(group.lead ? [field(`${group.lead} `, langs(`groups.${i}.lead`))] : []), ...joinRich(items[i]!, ', '), ...(group.partial ? [text(', …')] : [])] }],
    })),
    ...(skills.languages.length > 0
      ? [
          {
            id: 'languages',
            title: [text(t.cv.languages)],
            parts: [
              {
                runs: joinRich(
                  skills.languages.map((language, i) => [field(language.name, langs(`languages.${i}.name`)), text(` (${t.languageLevels[language.level]})`)]),
                  t.comma,
                ),
              },
            ],
          },
        ]
      : []),
  ];
}

export interface TeachingShown {
  readonly title: Rich;
  /** "2019 – 2022" or "2023". */
  readonly years: string;
  /** "Winter term 2019/20–2021/22, Summer term 2022". */
  readonly terms: string;
  /** "German": the language of instruction, when it is not the page's. */
  readonly languageName: string | undefined;
  /** The language of the institution's name where it is not the page's. */
  readonly institutionLang: string | undefined;
  readonly links: readonly { readonly label: string; readonly url: string }[];
}

export function teachingEntry(course: Entry<Teaching>, shown: TeachingShown, body: Body, anchor: string, locale: Locale): CvEntry {
  const { t } = locale;
  return {
    id: course.id,
    anchor,
    when: [text(shown.years)],
    title: [...shown.title, ...(course.code ? [text(` (${course.code})`, { muted: true })] : [])],
    where: facts(
      course.type && t.teaching.types[course.type],
      [field(course.institution, shown.institutionLang)],
      // The instructor's part goes without saying; the others are named.
      course.role !== 'instructor' && t.teaching.roles[course.role],
      course.level && t.teaching.levels[course.level],
      shown.languageName && t.teaching.taughtIn(shown.languageName),
    ),
    parts: [{ runs: [text(shown.terms)] }, ...linkRow(shown.links), ...bodyOf(body)],
  };
}

export interface SupervisionShown {
  /** The name as written, or the registry's. */
  readonly name: string;
  readonly href: string | undefined;
  readonly title: Rich | undefined;
  readonly state: SupervisionStatus;
  /** The thesis among the publications: its page. */
  readonly thesisHref: string | undefined;
  /** The other supervisors, each linked when in content/people/. */
  readonly coSupervisors: readonly Rich[];
  readonly links: readonly ReaderLink[];
}

export function supervisionEntry(entry: Entry<Supervision>, shown: SupervisionShown, body: Body, anchor: string, locale: Locale, langs: FieldLanguages = PAGE_LANGUAGE): CvEntry {
  const { t } = locale;
  const thesisLink = shown.thesisHref;
  return {
    id: entry.id,
    anchor,
    when: periodRuns(entry.start, entry.end, locale),
    title: [text(shown.name, shown.href ? { link: shown.href } : {})],
    ...(shown.title ? { where: thesisLink ? styled(shown.title, { link: thesisLink }) : shown.title } : {}),
    parts: [
      {
        runs: facts(
          [text(t.supervision.status[shown.state], { badge: 'plain' })],
          entry.role === 'co' && t.supervision.coSupervision,
          shown.coSupervisors.length > 0 && phrase(t.supervision.coSupervisors, [listRuns(shown.coSupervisors, locale.list)]),
          entry.institution !== undefined && [field(entry.institution, langs('institution'))],
          entry.defence && [text(t.supervision.defence(locale.date(entry.defence)), { datetime: entry.defence })],
          entry.next !== undefined && sentence(t.supervision.next, [field(entry.next, langs('next'))]),
          !shown.title && thesisLink !== undefined && [text(t.supervision.thesis, { link: thesisLink })],
        ),
      },
      ...linkRow(shown.links),
      ...bodyOf(body),
    ],
  };
}

export function serviceEntry(entry: Entry<Service>, yearsText: string, anchor: string, langs: FieldLanguages = PAGE_LANGUAGE): CvEntry {
  return {
    id: entry.id,
    anchor,
    when: [text(yearsText)],
    // Several venues of one role are one entry ("Nature, Nature Methods, Genome Research"); only a single one links.
    title: joinRich(
      entry.venues.map((venue) => [text(venue, entry.url ? { link: entry.url } : {})]),
      ', ',
    ),
    ...(entry.role ? { where: [field(entry.role, langs('role'))] } : {}),
    parts: [],
  };
}
