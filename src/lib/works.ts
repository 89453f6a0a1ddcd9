/** What makes two publication records the same work: the import's duplicate check and a group's combined list use one rule. */
import { unversionedArxiv } from '../schemas/atoms.ts';

/** The text of inline HTML (a title with <i> or <sup>), tags removed. */
export const stripTags = (html: string): string => html.replace(/<[^>]*>/g, '');

/** Lowercase letters and digits only, so spelling and markup differences compare equal. */
export function normalisedTitle(title: string): string {
  return stripTags(title)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** What a work is recognised by, strongest first. */
export type WorkKey = 'DOI' | 'arXiv id' | 'title and year';

/** What work recognition needs of a publication. */
export interface Recognisable {
  readonly doi?: string | undefined;
  readonly arxiv?: string | undefined;
  readonly title?: string | undefined;
  readonly year?: number | undefined;
}

/**
 * The publications already known, indexed by what makes two records the same work:
 * normalised DOI, unversioned arXiv id, and normalised title with year. Each lookup
 * is a few map reads, so an import is linear in its size.
 */
export class WorkIndex<T extends Recognisable> {
  readonly #maps: Record<WorkKey, Map<string, T>> = { DOI: new Map(), 'arXiv id': new Map(), 'title and year': new Map() };

  constructor(publications: Iterable<T> = []) {
    for (const publication of publications) this.add(publication);
  }

  /** Adds a publication; the first one added under a key is the one found. */
  add(publication: T): void {
    for (const [by, key] of this.#keys(publication)) if (!this.#maps[by].has(key)) this.#maps[by].set(key, publication);
  }

  /** The known publication that is the same work, and by what: same DOI, else same arXiv id, else same title and year. */
  match(data: Recognisable): { found: T; by: WorkKey } | undefined {
    for (const [by, key] of this.#keys(data)) {
      const found = this.#maps[by].get(key);
      if (found) return { found, by };
    }
    return undefined;
  }

  /** The known publication that is the same work. */
  find(data: Recognisable): T | undefined {
    return this.match(data)?.found;
  }

  #keys(data: Recognisable): [WorkKey, string][] {
    const keys: [WorkKey, string][] = [];
    if (data.doi !== undefined) keys.push(['DOI', data.doi.toLowerCase()]);
    if (data.arxiv !== undefined) keys.push(['arXiv id', unversionedArxiv(data.arxiv)]);
    if (data.title !== undefined) keys.push(['title and year', `${normalisedTitle(data.title)}\u0000${data.year ?? ''}`]);
    return keys;
  }
}

/** One folder's publications for a group's combined list: the group's own (`member` undefined) or a member's. */
export interface MemberWorks<T> {
  readonly member: string | undefined;
  readonly works: readonly T[];
}

/** A publication of a group's combined list: the first record of the work, under an id unique in the list, with every member who lists it. */
export type CombinedWork<T> = T & { readonly id: string; readonly members: readonly string[] };

type Work = { readonly id: string; readonly doi?: string | undefined; readonly arxiv?: string | undefined; readonly title?: unknown; readonly year?: number | undefined };

const recognisable = (work: Work): Recognisable => ({ doi: work.doi, arxiv: work.arxiv, title: typeof work.title === 'string' ? work.title : undefined, year: work.year });

/**
 * A group's publications without duplicates: the lists in order (the group's own first, then each member's), each
 * work once, found by DOI, then arXiv id, then normalised title and year, as the import finds duplicates. A work
 * keeps its first record and id (an id another work took first gets the member's id appended) and collects the
 * members who list it. Every record's DOI, arXiv id and title join the index, so a third record matching only the
 * second's arXiv id is the same work too.
 */
export function combineWorks<T extends Work>(lists: readonly MemberWorks<T>[]): CombinedWork<T>[] {
  const combined: { work: T; id: string; members: string[] }[] = [];
  const index = new WorkIndex<Recognisable & { readonly slot: (typeof combined)[number] }>();
  const ids = new Set<string>();
  for (const { member, works } of lists) {
    for (const work of works) {
      const keys = recognisable(work);
      let slot = index.find(keys)?.slot;
      if (slot === undefined) {
        let id = ids.has(work.id) && member !== undefined ? `${work.id}-${member}` : work.id;
        for (let suffix = 2; ids.has(id); suffix++) id = `${work.id}-${suffix}`;
        ids.add(id);
        slot = { work, id, members: [] };
        combined.push(slot);
      }
      if (member !== undefined && !slot.members.includes(member)) slot.members.push(member);
      index.add({ ...keys, slot });
    }
  }
  return combined.map(({ work, id, members }) => ({ ...work, id, members }));
}
