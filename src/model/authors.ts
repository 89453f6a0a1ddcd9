/**
 * Author lists as every output shows them: the people with their marks and
 * the owner flagged (one owner test for the site, the PDF and the cards), cut
 * around the owner when long, and the separators and words between them.
 */
import type { Locale } from '../i18n/index.ts';
import { displayName, ownerMatcher, type NameStyle } from '../lib/names.ts';
import { personHref, type PeopleIndex, type RegistryPerson } from '../lib/people.ts';
import type { Contributor } from '../schemas/common.ts';
import { listRuns, merge, text, type Inline, type Rich } from './rich.ts';

export interface Author {
  /** The name in the site's style (the `authorNames` setting), its spaces non-breaking; an organisation's as written. */
  readonly name: string;
  /** The owner of the site, under any alias. */
  readonly isOwner: boolean;
  /** The homepage (or ORCID record) of a co-author in content/people/. */
  readonly href?: string;
  /** Their page on this site (everyone of content/people/, and co-authors with enough joint works), under the base path. */
  readonly page?: string;
  /** Contributed equally with the others marked so (co-first authors). */
  readonly equal: boolean;
  /** Led the work jointly with the others marked so (co-senior authors). */
  readonly coSenior: boolean;
  /** The corresponding author. */
  readonly corresponding: boolean;
  /** A student the owner supervised (content/supervision/) when the work appeared. */
  readonly student: boolean;
  /** A member of the group (content/people/ with a role), and how the `memberNames` setting emphasises them; none for plain. */
  readonly member: MemberEmphasis | undefined;
  /** The marks printed after the name ("*†"), empty for none. */
  readonly marks: string;
  /** What the marks mean, for screen readers ("equal contribution, corresponding author"). */
  readonly marksMeaning: string;
}

export interface AuthorList {
  readonly people: readonly Author[];
  /** The source lists only the first authors: the list ends in "et al.". */
  readonly etAl: boolean;
  /** After the editors of an edited volume: "(eds.)"; none for authors. */
  readonly role: string | undefined;
  /** What the marks mean, once under the list: "* equal contribution; † corresponding author". */
  readonly key: string | undefined;
}

/** How author lists emphasise the group's members (the `memberNames` setting, without `plain`). */
export type MemberEmphasis = 'underline' | 'bold';

/** Whether an author-list name (or an inventor's) is the owner. */
export type OwnerTest = (person: Contributor | string) => boolean;

/** The one owner test of every output: the profile's name, its author-list forms or a former name; organisations never are. */
export function ownerTest(profile: { readonly name: string; readonly aliases: readonly string[]; readonly formerNames: readonly string[] }): OwnerTest {
  const isOwner = ownerMatcher([profile.name, ...profile.aliases, ...profile.formerNames]);
  return (person) => (typeof person === 'string' ? isOwner(person) : !person.organization && isOwner(person.name));
}

export interface AuthorContext {
  readonly locale: Locale;
  readonly isOwner: OwnerTest;
  readonly people: PeopleIndex<RegistryPerson>;
  readonly nameStyle: NameStyle;
  /** The page on this site of the person an author-list name belongs to, under the base path. */
  readonly pageOf?: (name: string) => string | undefined;
  /** Whether a name is a student the owner supervised in a year (src/model/people.ts). */
  readonly isStudent?: (name: string, year: number) => boolean;
  /** Whether a name is a member of the group (src/model/people.ts). */
  readonly isMember?: (name: string) => boolean;
  /** How members are emphasised: the `memberNames` setting. */
  readonly memberNames?: MemberEmphasis | 'plain';
}

/** The people of a list as the outputs show them; with the year of the work, its students are marked. */
export function authorsOf(
  contributors: readonly Contributor[],
  { locale, isOwner, people, nameStyle, pageOf, isStudent, isMember, memberNames = 'plain' }: AuthorContext,
  year?: number,
): Author[] {
  const { t } = locale;
  return contributors.map((contributor): Author => {
    const owner = isOwner(contributor);
    const someone = !owner && !contributor.organization;
    // A co-author of content/people/ is named as there and linked.
    const person = someone ? people.find(contributor.name) : undefined;
    const href = person && personHref(person);
    const page = someone ? pageOf?.(contributor.name) : undefined;
    const student = someone && year !== undefined && isStudent?.(contributor.name, year) === true;
    const member = someone && memberNames !== 'plain' && isMember?.(contributor.name) === true ? memberNames : undefined;
    const marked = [
      [contributor.equal, t.works.equalMark, t.works.equalContribution],
      [contributor.coSenior, t.works.coSeniorMark, t.works.coSeniorAuthor],
      [contributor.corresponding, t.works.correspondingMark, t.works.correspondingAuthor],
      [student, t.works.studentMark, t.works.studentAuthor],
    ] as const;
    return {
      // A person's name never breaks across lines ("Müller K-R"); an organisation's may.
      name: contributor.organization ? contributor.name : displayName(person?.aliases[0] ?? contributor.name, nameStyle).replaceAll(' ', '\u00A0'),
      isOwner: owner,
      ...(href ? { href } : {}),
      ...(page ? { page } : {}),
      equal: contributor.equal === true,
      coSenior: contributor.coSenior === true,
      corresponding: contributor.corresponding === true,
      student,
      member,
      marks: marked.map(([on, mark]) => (on ? mark : '')).join(''),
      marksMeaning: marked
        .filter(([on]) => on)
        .map(([, , meaning]) => meaning)
        .join(', '),
    };
  });
}

/** An author list with its role word and the key of its marks. */
export function authorList(people: readonly Author[], options: { etAl: boolean; editors: boolean; locale: Locale }): AuthorList {
  const { t, count } = options.locale;
  const key = [
    people.some((author) => author.equal) && `${t.works.equalMark} ${t.works.equalContribution}`,
    people.some((author) => author.coSenior) && `${t.works.coSeniorMark} ${t.works.coSeniorAuthor}`,
    people.some((author) => author.corresponding) && `${t.works.correspondingMark} ${t.works.correspondingAuthor}`,
    people.some((author) => author.student) && `${t.works.studentMark} ${t.works.studentAuthor}`,
    ...new Set(people.flatMap((author) => (author.member ? [t.works.memberKey[author.member]] : []))),
  ].filter(Boolean);
  return {
    people,
    etAl: options.etAl,
    role: options.editors ? count(people.length, t.works.editorsMark) : undefined,
    key: key.length > 0 ? key.join(t.semicolon) : undefined,
  };
}

/** The owner's place in a list, and who led the work: what the publication filters and the CV's counts read. */
export interface Authorship {
  /** The owner is the first author, or one of the co-first authors marked equal with the first. */
  readonly first: boolean;
  /** The owner is the last of two or more authors (a list cut short by "et al." has no known last), or a co-senior author. */
  readonly last: boolean;
  /** A first (or co-first) author is a student the owner supervised. */
  readonly studentLed: boolean;
}

export function authorshipOf(list: AuthorList): Authorship {
  const { people, etAl } = list;
  // The first author, and those marked equal with it when it is marked so.
  const unequal = people.findIndex((author) => !author.equal);
  const leading = people[0]?.equal ? people.slice(0, unequal < 0 ? people.length : unequal) : people.slice(0, 1);
  return {
    first: leading.some((author) => author.isOwner),
    last: people.length > 1 && ((!etAl && people.at(-1)!.isOwner) || people.some((author) => author.isOwner && author.coSenior)),
    studentLed: leading.some((author) => author.student),
  };
}

/** One place of a list as shown: an author, or a gap where names were left out; `after` is what follows it. */
export type AuthorSlot = { readonly author: Author; readonly after: string } | { readonly author: null; readonly after: string };

export interface ShownAuthors {
  readonly slots: readonly AuthorSlot[];
  /** Whether names were left out. */
  readonly shortened: boolean;
}

/** How long lists are shortened: past `limit` names, the `first` ones, every owner and the `last` ones stay (the settings' `lists`). */
export interface Shortening {
  readonly limit: number;
  /** Names kept at the start; by default two fewer than the limit, at most 8. */
  readonly first?: number | undefined;
  /** Names kept at the end (the senior authors). */
  readonly last: number;
}

/** Every name, for the disclosure that shows the whole list. */
export const WHOLE_LIST: Shortening = { limit: Infinity, last: 1 };

/** The settings' list sizes as a shortening. */
export const shorteningOf = (lists: { readonly authors: number; readonly authorsFirst?: number | undefined; readonly authorsLast: number }): Shortening => ({
  limit: lists.authors,
  first: lists.authorsFirst,
  last: lists.authorsLast,
});

/**
 * The list as shown: past the limit, the first few names, every owner and the last
 * few ("first n, …, owner, …, last m"), with a gap for each run left out; separators
 * in the language's style ("A, B and C", "García e Iglesias", "A، B وC"; commas all the way
 * when "et al." follows).
 */
export function shownAuthors(list: AuthorList, shortening: Shortening, locale: Locale): ShownAuthors {
  const { people } = list;
  const shortened = people.length > shortening.limit;
  const head = shortening.first ?? Math.max(1, Math.min(8, shortening.limit - 2));
  const keep = (author: Author, i: number) => !shortened || i < head || i >= people.length - shortening.last || author.isOwner;
  const shown: (Author | null)[] = [];
  people.forEach((author, i) => {
    if (keep(author, i)) shown.push(author);
    else if (shown.at(-1) !== null) shown.push(null);
  });
  const slots = shown.map((author, i): AuthorSlot => {
    const next = shown[i + 1];
    const after = next === undefined ? '' : i === shown.length - 2 && !list.etAl ? locale.and(author?.name ?? '…', next?.name ?? '…') : locale.t.comma;
    return { author, after };
  });
  return { slots, shortened };
}

/** The names as plain text, with "et al." and the role but without marks: "Conti LM, Rossi M and Keller A". */
export function authorNames(list: AuthorList, shortening: Shortening, locale: Locale): string {
  const { slots } = shownAuthors(list, shortening, locale);
  const names = slots.map(({ author, after }) => `${author?.name ?? '…'}${after}`).join('');
  return `${names}${list.etAl ? `${locale.t.works.beforeEtAl}${locale.t.works.etAl}` : ''}${list.role ? ` ${list.role}` : ''}`;
}

/** The list as runs (PDF, plain text): the owner in bold, linked co-authors subtle, marks raised, the role and key after it. */
export function authorRuns(list: AuthorList, shortening: Shortening, locale: Locale): Inline[] {
  const { t } = locale;
  const { slots, shortened } = shownAuthors(list, shortening, locale);
  const runs: Inline[] = slots.flatMap(({ author, after }) => [...(author === null ? [text('…')] : personRuns(author)), text(after)]);
  if (list.etAl) runs.push(text(t.works.beforeEtAl), text(t.works.etAl, { italic: true }));
  if (list.role) runs.push(text(` ${list.role}`));
  if (shortened) runs.push(text(` (${t.publication.allAuthors(locale.number(list.people.length))})`, { muted: true }));
  if (list.key) runs.push(text(` (${list.key})`, { muted: true }));
  return merge(runs);
}

/** One person as runs: the owner in bold, a member of the group emphasised, a linked co-author subtle, the marks raised. */
function personRuns(author: Author): Inline[] {
  const emphasis = author.member === undefined ? {} : { [author.member]: true };
  return [
    text(author.name, author.isOwner ? { bold: true } : { ...emphasis, ...(author.href ? { link: author.href, subtle: true } : {}) }),
    ...(author.marks ? [text(author.marks, { script: 'sup' })] : []),
  ];
}

/** A short list of people (the editors of a book, the translators) joined as the language joins a list, the owner in bold. */
export function peopleRuns(people: readonly Author[], locale: Locale): Rich {
  return listRuns(
    people.map((person) => personRuns(person)),
    locale.list,
  );
}
