/**
 * The people of a site: everyone of content/people/ and everyone the author lists name
 * besides the owner, with their works on the site, the supervision entries that name them,
 * and their page when they have one. One person is a file of content/people/ under any of
 * its forms, anyone else a family name with its initials ("Anders CJ" = "Anders, C. J.").
 * The students of content/supervision/ (postdocs are not students) are marked in the works
 * of their years of study and the year after, when the work done in them appears.
 * The members of a group (files with a `role`) are grouped for the People page: current
 * ones first, by role, then the alumni, those who left last first.
 */
import { cached } from '../lib/cached.ts';
import type { Locale } from '../i18n/index.ts';
import { displayName, type NameStyle } from '../lib/names.ts';
import { personHref, personKey, type PeopleIndex } from '../lib/people.ts';
import { paths } from '../lib/routes.ts';
import { slug } from '../lib/text/slug.ts';
import { isGroupMember, knownRole, MEMBER_ROLES, type Person } from '../schemas/person.ts';
import type { Publication } from '../schemas/publication.ts';
import type { Supervision } from '../schemas/supervision.ts';
import type { OwnerTest } from './authors.ts';
import type { Entry } from './content.ts';
import type { CvEntry } from './entries.ts';
import type { PublicationView } from './publications.ts';

/** A person as a page, the co-authors' index and a group's member list show them. */
export interface PersonView {
  /** The id of their file in content/people/, or one made of their name; their page's address ends in it. */
  readonly id: string;
  /** As content/people/ writes it, else the author lists' most frequent form in the site's style. */
  readonly name: string;
  /** Whether they have a file in content/people/. */
  readonly registered: boolean;
  readonly homepage: string | undefined;
  readonly orcid: string | undefined;
  /** Their homepage, else their ORCID record. */
  readonly href: string | undefined;
  /** The site path of their page, when they have one. */
  readonly path: string | undefined;
  /** The forms of their name in the author lists, in the site's style, most frequent first. */
  readonly forms: readonly string[];
  /** The site's publications that name them as an author, newest first. */
  readonly publications: readonly PublicationView[];
  /** The supervision entries that name them, as the CV shows them. */
  readonly supervision: readonly CvEntry[];
  /** "2019–2023": the years of their publications on the site. */
  readonly years: string | undefined;
  /** "3 joint publications with Maria Rossi, 2019–2023."; for a member of the group "4 publications, 2019–2023." */
  readonly summary: string;
  /** Their part in the group, when they are a member (content/people/ with a role). */
  readonly member: MemberView | undefined;
  /** The text of their file in content/people/ as HTML; empty without one. */
  readonly html: string;
}

/** A member of the group as the People page and their page show them. */
export interface MemberView {
  /** The known role (src/schemas/person.ts), else the role as written. */
  readonly role: string;
  /** "PhD student", in the page's language. */
  readonly roleLabel: string;
  readonly status: 'current' | 'alumni';
  /** "Oct 2019 – Sep 2023" or "Oct 2019 – present", as the CV writes periods; none without a start. */
  readonly period: string | undefined;
  /** The role and the period: "PhD student, Oct 2019 – present". */
  readonly line: string;
  /** What an alumnus does now: "Now: Professor at the University of Oslo"; none for current members. */
  readonly now: string | undefined;
  /** "GH": shown, hidden from screen readers, where there is no portrait. */
  readonly initials: string;
  /** Their portrait under public/, with its description. */
  readonly portrait: { readonly path: string; readonly alt: string } | undefined;
  /** When they joined and left, as written: the order within a role. */
  readonly start: string | undefined;
  readonly end: string | undefined;
}

/** The members of one status (current, alumni), by role. */
export interface MemberGroup {
  readonly status: MemberView['status'];
  /** "Current members", "Alumni". */
  readonly heading: string;
  readonly roles: readonly { readonly role: string; readonly heading: string; readonly people: readonly PersonView[] }[];
}

/** Who is who in the author lists, worked out before the publications are composed: their authors link to pages and mark students. */
export interface PeopleOfSite {
  /** The page of the person a name belongs to (a site path), when they have one. */
  readonly pageOf: (name: string) => string | undefined;
  /** Whether a name is a student the owner supervised in a year (or the year after). */
  readonly isStudent: (name: string, year: number) => boolean;
  /** Whether a name is a member of the group: a file of content/people/ with a role. */
  readonly isMember: (name: string) => boolean;
  /** Everyone, with their views once the publications are composed. */
  readonly views: (context: PersonViewContext) => PersonView[];
}

export interface PersonViewContext {
  readonly publicationById: ReadonlyMap<string, PublicationView>;
  /** Supervision entries as the CV shows them, by id. */
  readonly supervisionById: ReadonlyMap<string, CvEntry>;
  /** The owner's name, for "joint publications with …". */
  readonly owner: string;
  readonly locale: Locale;
  /** The day of the build (YYYY-MM-DD): members whose end has passed are alumni. Without it, everyone with an end is. */
  readonly today?: string | undefined;
}

interface Someone {
  readonly key: string;
  readonly registered: Entry<Person> | undefined;
  /** Publication ids, in the order given (newest first). */
  readonly works: string[];
  readonly forms: Map<string, number>;
  /** Years of study: first and last (the year after the end; Infinity while it runs). */
  readonly studies: { readonly from: number; readonly to: number }[];
  readonly supervision: string[];
  id: string;
  hasPage: boolean;
}

export interface PeopleOptions {
  readonly isOwner: OwnerTest;
  readonly registry: PeopleIndex<Entry<Person>>;
  readonly nameStyle: NameStyle;
  /** Co-authors outside content/people/ with at least this many joint works get a page; none without. */
  readonly pagesFrom: number | undefined;
}

const yearOf = (value: string | number) => Number(String(value).slice(0, 4));

/** A member's part in the group on `today`: current while their end (a month or a year) has not passed, unless `status` says otherwise. */
export function memberView(person: Person, locale: Locale, today: string | undefined): MemberView {
  const role = person.role!;
  const known = knownRole(role);
  const end = person.end === undefined ? undefined : String(person.end);
  const status = person.status ?? (end !== undefined && (today === undefined || end < today.slice(0, end.length)) ? 'alumni' : 'current');
  const period = person.start === undefined ? undefined : locale.period(person.start, person.end);
  const roleLabel = known ? locale.t.people.roles[known] : role;
  return {
    role: known ?? role,
    roleLabel,
    status,
    period,
    line: period === undefined ? roleLabel : `${roleLabel}, ${period}`,
    initials: person.name
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => [...word][0])
      .filter((_, i, all) => i === 0 || i === all.length - 1)
      .join(''),
    now: status === 'alumni' && person.now !== undefined ? locale.t.people.now(person.now) : undefined,
    portrait: person.portrait === undefined ? undefined : { path: person.portrait, alt: person.portraitAlt! },
    start: person.start === undefined ? undefined : String(person.start),
    end,
  };
}

/** The members among `persons`: current ones first, then the alumni; in each, the known roles in their order, then other roles alphabetically; the current by start and name, the alumni by who left last. */
export function memberGroups(persons: readonly PersonView[], locale: Locale): MemberGroup[] {
  const { t } = locale;
  const rank = (role: string) => {
    const index = (MEMBER_ROLES as readonly string[]).indexOf(role);
    return index < 0 ? MEMBER_ROLES.length : index;
  };
  return (['current', 'alumni'] as const).flatMap((status): MemberGroup[] => {
    const members = persons.filter((person) => person.member?.status === status);
    if (members.length === 0) return [];
    const order = (a: PersonView, b: PersonView) => {
      const [x, y] = [a.member!, b.member!];
      const when = status === 'current' ? (x.start ?? '').localeCompare(y.start ?? '') : (y.end ?? '9999').localeCompare(x.end ?? '9999');
      return when || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
    };
    const roles = [...new Set(members.map((person) => person.member!.role))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return [
      {
        status,
        heading: status === 'current' ? t.people.current : t.people.alumni,
        roles: roles.map((role) => {
          const known = knownRole(role);
          return { role, heading: known ? t.people.roleGroups[known] : role, people: members.filter((person) => person.member!.role === role).sort(order) };
        }),
      },
    ];
  });
}

/** The people of `publications` (newest first), `supervision` and content/people/. */
export function peopleOfSite(
  cv: { readonly publications: readonly Entry<Publication>[]; readonly supervision: readonly Entry<Supervision>[]; readonly people: readonly Entry<Person>[] },
  { isOwner, registry, nameStyle, pagesFrom }: PeopleOptions,
): PeopleOfSite {
  const byKey = new Map<string, Someone>();
  const keys = new Map<string, string>();
  /** The key of a name: its file in content/people/, else its family name and initials. */
  const keyOf = (name: string): string =>
    cached(keys, name, () => {
      const person = registry.find(name);
      return person ? `people:${person.id}` : `name:${personKey(name)}`;
    });
  /** Whether a name is a member of the group: a file of content/people/ with a role. */
  const isMember = (name: string) => {
    const person = registry.find(name);
    return person !== undefined && isGroupMember(person);
  };
  const someone = (key: string, registered?: Entry<Person>): Someone =>
    cached(byKey, key, () => ({ key, registered, works: [], forms: new Map(), studies: [], supervision: [], id: registered?.id ?? '', hasPage: registered !== undefined }));
  for (const person of cv.people) someone(`people:${person.id}`, person);
  for (const publication of cv.publications) {
    for (const author of publication.authors) {
      // The owner is nobody's co-author, but a PI listed among the group's members has their works on their page.
      if (author.organization || (isOwner(author) && !isMember(author.name))) continue;
      const person = someone(keyOf(author.name));
      // A name twice in one list counts once.
      if (person.works.at(-1) !== publication.id) person.works.push(publication.id);
      person.forms.set(author.name, (person.forms.get(author.name) ?? 0) + 1);
    }
  }
  for (const entry of cv.supervision) {
    // The content check makes sure a named person exists.
    const student = someone(entry.person === undefined ? keyOf(entry.name!) : `people:${entry.person}`);
    student.supervision.push(entry.id);
    if (entry.level !== 'postdoc') student.studies.push({ from: yearOf(entry.start), to: entry.end === undefined ? Infinity : yearOf(entry.end) + 1 });
    for (const other of entry.coSupervisors) if (typeof other !== 'string') someone(`people:${other.person}`).supervision.push(entry.id);
  }

  // A file's people are shown in its first form; others as the lists write them, every spelling of one form once.
  const formsOf = (person: Someone) =>
    (person.registered ? [person.registered.aliases[0] ?? person.registered.name] : [...person.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([form]) => form))
      .map((form) => displayName(form, nameStyle))
      .filter((form, i, all) => all.indexOf(form) === i);
  // Co-authors outside content/people/: ids from their names, numbered when two names give one; a page from `pagesFrom` joint works.
  const taken = new Set(cv.people.map((person) => person.id));
  const coauthors = [...byKey.values()].filter((person) => !person.registered && person.works.length > 0).sort((a, b) => a.key.localeCompare(b.key));
  for (const person of coauthors) {
    const base = slug(formsOf(person)[0]!) || 'person';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    person.id = id;
    person.hasPage = pagesFrom !== undefined && person.works.length >= pagesFrom;
  }

  return {
    pageOf: (name) => {
      const person = byKey.get(keyOf(name));
      return person?.hasPage ? paths.person(person.id) : undefined;
    },
    isStudent: (name, year) => byKey.get(keyOf(name))?.studies.some((study) => study.from <= year && year <= study.to) ?? false,
    isMember,
    views: ({ publicationById, supervisionById, owner, locale, today }) =>
      [...byKey.values()]
        // A student who never published with the owner and has no file is an entry of the CV only.
        .filter((person) => person.registered || person.works.length > 0)
        .map((person): PersonView => {
          const publications = person.works.map((id) => publicationById.get(id)!);
          const years = publications.map((publication) => publication.year);
          const [first, last] = [Math.min(...years), Math.max(...years)];
          const span = years.length === 0 ? undefined : first === last ? String(first) : locale.period(first, last);
          const forms = formsOf(person);
          const { registered } = person;
          const member = registered && isGroupMember(registered) ? memberView(registered, locale, today) : undefined;
          const count = member ? locale.count(publications.length, locale.t.publications.count) : locale.count(publications.length, locale.t.people.jointCount);
          return {
            id: person.id,
            name: registered?.name ?? forms[0]!,
            registered: registered !== undefined,
            homepage: registered?.homepage,
            orcid: registered?.orcid,
            href: registered && personHref(registered),
            path: person.hasPage ? paths.person(person.id) : undefined,
            forms,
            publications,
            supervision: person.supervision.map((id) => supervisionById.get(id)!),
            years: span,
            summary: member ? locale.t.people.memberSummary(count, span) : locale.t.people.summary(count, owner, span),
            member,
            html: registered?.html ?? '',
          };
        })
        .sort((a, b) => b.publications.length - a.publications.length || a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}
