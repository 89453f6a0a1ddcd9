/**
 * Author lists as every output shows them: the people with their marks and
 * the owner flagged (one owner test for the site, the PDF and the cards), cut
 * around the owner when long, and the separators and words between them.
 */
import type { Locale } from '../i18n/index.ts';
import { displayName, ownerMatcher, type NameStyle } from '../lib/names.ts';
import { personHref, type PeopleIndex, type RegistryPerson } from '../lib/people.ts';
import type { Contributor } from '../schemas/common.ts';
import { merge, text, type Inline } from './rich.ts';

export interface Author {
  /** The name in the site's style (the `authorNames` setting), its spaces non-breaking; an organisation's as written. */
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

export interface AuthorList {
  readonly people: readonly Author[];
  /** The source lists only the first authors: the list ends in "et al.". */
  readonly etAl: boolean;
  /** After the editors of an edited volume: "(eds.)"; none for authors. */
  readonly role: string | undefined;
  /** What the marks mean, once under the list: "* equal contribution; † corresponding author". */
  readonly key: string | undefined;
}

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
}

/** The people of a list as the outputs show them. */
export function authorsOf(contributors: readonly Contributor[], { locale, isOwner, people, nameStyle }: AuthorContext): Author[] {
  const { t } = locale;
  return contributors.map((contributor): Author => {
    const owner = isOwner(contributor);
    // A co-author of content/people/ is named as there and linked.
    const person = owner || contributor.organization ? undefined : people.find(contributor.name);
    const href = person && personHref(person);
    return {
      // A person's name never breaks across lines ("Müller K-R"); an organisation's may.
      name: contributor.organization ? contributor.name : displayName(person?.aliases[0] ?? contributor.name, nameStyle).replaceAll(' ', '\u00A0'),
      isOwner: owner,
      ...(href ? { href } : {}),
      equal: contributor.equal === true,
      corresponding: contributor.corresponding === true,
      marks: `${contributor.equal ? t.works.equalMark : ''}${contributor.corresponding ? t.works.correspondingMark : ''}`,
      marksMeaning: [contributor.equal && t.works.equalContribution, contributor.corresponding && t.works.correspondingAuthor].filter(Boolean).join(', '),
    };
  });
}

/** An author list with its role word and the key of its marks. */
export function authorList(people: readonly Author[], options: { etAl: boolean; editors: boolean; locale: Locale }): AuthorList {
  const { t, count } = options.locale;
  const key = [
    people.some((author) => author.equal) && `${t.works.equalMark} ${t.works.equalContribution}`,
    people.some((author) => author.corresponding) && `${t.works.correspondingMark} ${t.works.correspondingAuthor}`,
  ].filter(Boolean);
  return {
    people,
    etAl: options.etAl,
    role: options.editors ? count(people.length, t.works.editorsMark) : undefined,
    key: key.length > 0 ? key.join('; ') : undefined,
  };
}

/** One place of a list as shown: an author, or a gap where names were left out; `after` is what follows it. */
export type AuthorSlot = { readonly author: Author; readonly after: string } | { readonly author: null; readonly after: string };

export interface ShownAuthors {
  readonly slots: readonly AuthorSlot[];
  /** Whether names were left out. */
  readonly shortened: boolean;
}

/**
 * The list as shown: past `limit` names, the first few, every owner and the last
 * name, with a gap for each run left out; separators in the language's style
 * ("A, B and C"; commas all the way when "et al." follows).
 */
export function shownAuthors(list: AuthorList, limit: number, and: string): ShownAuthors {
  const { people } = list;
  const shortened = people.length > limit;
  const head = Math.max(1, Math.min(8, limit - 2));
  const keep = (author: Author, i: number) => !shortened || i < head || i === people.length - 1 || author.isOwner;
  const shown: (Author | null)[] = [];
  people.forEach((author, i) => {
    if (keep(author, i)) shown.push(author);
    else if (shown.at(-1) !== null) shown.push(null);
  });
  const slots = shown.map((author, i): AuthorSlot => {
    const after = i === shown.length - 1 ? '' : i === shown.length - 2 && !list.etAl ? ` ${and} ` : ', ';
    return { author, after };
  });
  return { slots, shortened };
}

/** The names as plain text, with "et al." and the role but without marks: "Conti LM, Rossi M and Keller A". */
export function authorNames(list: AuthorList, limit: number, locale: Locale): string {
  const { slots } = shownAuthors(list, limit, locale.t.and);
  const names = slots.map(({ author, after }) => `${author?.name ?? '…'}${after}`).join('');
  return `${names}${list.etAl ? `, ${locale.t.works.etAl}` : ''}${list.role ? ` ${list.role}` : ''}`;
}

/** The list as runs (PDF, plain text): the owner in bold, linked co-authors subtle, marks raised, the role and key after it. */
export function authorRuns(list: AuthorList, limit: number, locale: Locale): Inline[] {
  const { t } = locale;
  const { slots, shortened } = shownAuthors(list, limit, t.and);
  const runs: Inline[] = slots.flatMap(({ author, after }) => [
    ...(author === null
      ? [text('…')]
      : [
          text(author.name, author.isOwner ? { bold: true } : author.href ? { link: author.href, subtle: true } : {}),
          ...(author.marks ? [text(author.marks, { script: 'sup' })] : []),
        ]),
    text(after),
  ]);
  if (list.etAl) runs.push(text(`, ${t.works.etAl}`, { italic: true }));
  if (list.role) runs.push(text(` ${list.role}`));
  if (shortened) runs.push(text(` (${t.publication.allAuthors(list.people.length)})`, { muted: true }));
  if (list.key) runs.push(text(` (${list.key})`, { muted: true }));
  return merge(runs);
}
