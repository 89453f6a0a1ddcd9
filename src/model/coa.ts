/**
 * NSF's Collaborators and Other Affiliations (COA) table from the content: the owner
 * (table 1), the graduate advisors and thesis advisees (table 2: G:, T:) and every co-author
 * of the 48 months before the given day (table 4: A:), named as the people registry names
 * them, as the rows of NSF's template, and as CSV. Pure. Rules and sources: "Funders'
 * formats" in the README.
 */
import { thesisTypeOf } from '../schemas/publicationKinds.ts';
import { invertedName } from '../lib/names.ts';
import { peopleIndex, personKey } from '../lib/people.ts';
import type { Cv } from './content.ts';
import type { OwnerTest } from './authors.ts';

/** NSF PAPPG II.D.2.h(iii): co-authors and collaborators of the 48 months before the proposal. */
export const COA_MONTHS = 48;

export interface CoaRow {
  /** The template's table: 1 the individual, 2 advisors and advisees, 4 co-authors. */
  readonly table: 1 | 2 | 4;
  /** G: graduate advisor, T: thesis advisee, A: co-author; none in table 1. */
  readonly type: '' | 'G:' | 'T:' | 'A:';
  /** "Family, Given". */
  readonly name: string;
  readonly affiliation: string;
  /** The template's optional column (e-mail, department): the person's ORCID iD when the registry has one. */
  readonly optional: string;
  /** The latest joint work, `YYYY` or `MM/YYYY`. */
  readonly lastActive: string;
}

/** The year and month a publication counts from (the end of its year when it has no month: listed rather than missed). */
const monthOf = (publication: Cv['publications'][number]) => publication.year * 12 + (publication.month ?? 12) - 1;
const shownMonth = (months: number, known: boolean) => (known ? `${String((months % 12) + 1).padStart(2, '0')}/${Math.floor(months / 12)}` : String(Math.floor(months / 12)));

/** The COA rows of `cv` on `today` (YYYY-MM-DD): co-authors of the 48 months before it, alphabetically. */
export function coaRows(cv: Pick<Cv, 'profile' | 'publications' | 'people' | 'education' | 'supervision'>, isOwner: OwnerTest, today: string): CoaRow[] {
  const people = peopleIndex(cv.people);
  const [year, month] = today.split('-').map(Number) as [number, number];
  const to = year * 12 + month - 1;
  const from = to - COA_MONTHS;
  const registered = (name: string) => people.find(name);
  const authors = new Map<string, { name: string; orcid: string; months: number; known: boolean }>();
  for (const publication of cv.publications) {
    const months = monthOf(publication);
    if (months < from || months > to || publication.status === 'submitted' || publication.status === 'under-review') continue;
    for (const author of publication.authors) {
      if (author.organization || isOwner(author)) continue;
      const person = registered(author.name);
      const key = person ? `person:${person.id}` : personKey(author.name);
      const known = authors.get(key);
      if (known && known.months >= months) continue;
      authors.set(key, { name: invertedName({ ...author, name: person?.name ?? author.name }), orcid: person?.orcid ?? '', months, known: publication.month !== undefined });
    }
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
  const row = (table: CoaRow['table'], type: CoaRow['type'], name: string, fields: Partial<CoaRow> = {}): CoaRow => ({
    table,
    type,
    name,
    affiliation: '',
    optional: '',
    lastActive: '',
    ...fields,
  });
  const advisors = cv.education.filter((degree) => (degree.thesisType ?? thesisTypeOf(undefined, degree.degree)) === 'phd').flatMap((degree) => degree.supervisors);
  const advisees = cv.supervision
    .filter((entry) => entry.level === 'phd')
    .map((entry) => {
      const person = entry.person === undefined ? undefined : cv.people.find((candidate) => candidate.id === entry.person);
      return { name: invertedName({ name: entry.name ?? person!.name }), orcid: person?.orcid ?? '' };
    });
  return [
    row(1, '', invertedName({ name: cv.profile.name }), { affiliation: cv.profile.affiliation ?? '' }),
    ...[...new Set(advisors)].map((name) => row(2, 'G:', invertedName({ name }))).sort(byName),
    ...advisees.sort(byName).map((advisee) => row(2, 'T:', advisee.name, { optional: advisee.orcid })),
    ...[...authors.values()].sort(byName).map((author) => row(4, 'A:', author.name, { optional: author.orcid, lastActive: shownMonth(author.months, author.known) })),
  ];
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The rows as CSV with the template's column names, lines ending in CRLF (RFC 4180). */
export function coaCsv(rows: readonly CoaRow[]): string {
  const header = ['Table', 'Type', 'Name', 'Organizational Affiliation', 'Optional (email, Department)', 'Last Active'];
  return [header, ...rows.map((r) => [String(r.table), r.type, r.name, r.affiliation, r.optional, r.lastActive])].map((line) => `${line.map(field).join(',')}\r\n`).join('');
}
