/**
 * The people registry (content/people/): which author-list names belong to
 * which person. Every spelling of one form compares equal ("Anders CJ", "Anders
 * C J", "Anders, C. J." and "Anders, Christopher J." are one form), so a person's
 * name in every paper links to the same homepage.
 */
import { fold, initialsOf, parseName } from './names.ts';
import { cached } from './cached.ts';

const personKeys = new Map<string, string>();

/** Family name and every initial: equal for all spellings of one form of a name ("Anders CJ" = "Anders C J" = "Anders, Christopher J."). Kept per name, as nameKey. */
export function personKey(name: string): string {
  return cached(personKeys, name, () => {
    const { family, given } = parseName(name);
    return `${fold(family)}|${fold(initialsOf(given).join(''))}`;
  });
}

export interface RegistryPerson {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly homepage?: string | undefined;
  readonly orcid?: string | undefined;
}

/** Where a person's name links to: their homepage, else their ORCID record, else nowhere. */
export const personHref = (person: RegistryPerson): string | undefined => person.homepage ?? (person.orcid === undefined ? undefined : `https://orcid.org/${person.orcid}`);

export interface PeopleIndex<P extends RegistryPerson> {
  /** The person an author-list name belongs to, if exactly one does. */
  readonly find: (name: string) => P | undefined;
  /** Forms that name more than one person: [form as written, ids of the people it names]. */
  readonly ambiguous: readonly (readonly [string, readonly string[]])[];
}

/** Every form of every person (name and aliases) by key; a form two people share names neither. */
export function peopleIndex<P extends RegistryPerson>(people: readonly P[]): PeopleIndex<P> {
  const byKey = new Map<string, { written: string; people: P[] }>();
  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      const key = personKey(form);
      const known = byKey.get(key) ?? { written: form, people: [] };
      if (!known.people.includes(person)) known.people.push(person);
      byKey.set(key, known);
    }
  }
  const ambiguous = [...byKey.values()].filter((form) => form.people.length > 1).map((form) => [form.written, form.people.map((person) => person.id)] as const);
  return {
    find: (name) => {
      if (byKey.size === 0) return undefined;
      const found = byKey.get(personKey(name));
      return found?.people.length === 1 ? found.people[0] : undefined;
    },
    ambiguous,
  };
}
