/**
 * Decides what a JSON Resume import does with each entry: a new file in its
 * section (checked exactly as `npm run check` checks it), a duplicate of an entry
 * already there, or invalid and why. The profile and skills are single files and
 * are never overwritten. Pure: the existing entries come in as data.
 */
import { checkFile } from '../../src/pipeline/checkFile.ts';
import type { Problem } from '../../src/pipeline/problems.ts';
import { sections, type SectionName } from '../../src/schemas/sections.ts';
import { isEntryId } from '../../src/schemas/atoms.ts';
import { entryFile } from './entryFile.ts';
import type { ResumeDraft } from './jsonResume.ts';
import { slug } from '../../src/lib/text/slug.ts';
import { freeId, publicationId, WorkIndex } from './plan.ts';
import type { PublicationDraft } from './sourceEntry.ts';

/** An entry already in the content folder. */
export interface ExistingEntry {
  readonly section: SectionName;
  readonly id: string;
  /** As messages show it. */
  readonly file: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export type ResumeOutcome =
  | { readonly status: 'new'; readonly entry: ResumeDraft; readonly file: string; readonly fileText: string; readonly warnings: Problem[] }
  | { readonly status: 'invalid'; readonly entry: ResumeDraft; readonly file: string; readonly problems: Problem[] }
  | { readonly status: 'duplicate'; readonly entry: ResumeDraft; readonly existing: string };

/**
 * A field's value for comparison: lowercase, spaces collapsed; an event date by its
 * first day, whether parsed (`{ dates: [...] }`) or as written ("2021-12-13/14/16").
 */
function comparable(value: unknown): string {
  if (value === undefined) return '';
  const first = typeof value === 'object' && value !== null && 'dates' in value ? (value as { dates: unknown[] }).dates[0] : value;
  return String(first)
    .replace(/^(\d{4}-\d{2}-\d{2})\/.*$/, '$1')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** What makes two entries of a section the same (the same position, degree, award …). */
const IDENTITY: Readonly<Record<Exclude<SectionName, 'publications'>, readonly string[]>> = {
  profile: [],
  skills: [],
  experience: ['organization', 'role', 'start'],
  education: ['institution', 'degree', 'start'],
  awards: ['name', 'year'],
  projects: ['acronym', 'start'],
  talks: ['title', 'date'],
  lectures: ['title', 'date'],
  patents: ['title'],
  grants: ['title', 'funder'],
  teaching: ['title', 'institution'],
  supervision: ['name', 'person', 'level', 'start'],
  service: ['kind', 'venue'],
  news: ['date', 'title'],
  pages: ['title'],
  people: ['name'],
};

function identity(section: Exclude<SectionName, 'publications'>, data: Readonly<Record<string, unknown>>): string {
  return `${section}|${IDENTITY[section].map((field) => comparable(data[field])).join('|')}`;
}

/** One outcome per draft, in order. Ids: a draft's own when it is free, else built from its words and made unique within the section. */
export function planResume(drafts: readonly ResumeDraft[], existing: readonly ExistingEntry[], siteLanguage = 'en'): ResumeOutcome[] {
  const taken = new Map<SectionName, Set<string>>();
  const takenIn = (section: SectionName) => taken.get(section) ?? taken.set(section, new Set()).get(section)!;
  const known = new Map<string, string>();
  const works = new WorkIndex();
  for (const entry of existing) {
    takenIn(entry.section).add(entry.id);
    if (entry.section === 'publications') works.add({ ...(entry.data as PublicationDraft), id: entry.id, file: entry.file });
    else if (!known.has(identity(entry.section, entry.data))) known.set(identity(entry.section, entry.data), entry.file);
  }

  return drafts.map((draft): ResumeOutcome => {
    const { section } = draft;
    const single = sections[section].shape === 'file';
    const duplicate = single
      ? existing.find((entry) => entry.section === section)?.file
      : section === 'publications'
        ? works.find(draft.data as PublicationDraft)?.file
        : known.get(identity(section, draft.data));
    if (duplicate !== undefined) return { status: 'duplicate', entry: draft, existing: duplicate };

    const ids = takenIn(section);
    const id = single
      ? section
      : draft.preferredId !== undefined && isEntryId(draft.preferredId) && !ids.has(draft.preferredId)
        ? draft.preferredId
        : section === 'publications'
          ? publicationId(draft.data as PublicationDraft, ids)
          : freeId([slug(draft.idWords) || section], ids);
    ids.add(id);
    const file = single ? sections[section].path : `${sections[section].path}/${id}.md`;
    const fileText = entryFile(section, draft.data, draft.body, siteLanguage);
    // An entry that could not be read at all (null, a section that is no list) has only its own error to tell.
    const unreadable = draft.errors.length > 0 && Object.keys(draft.data).length === 0;
    const { problems } = unreadable ? { problems: [] } : checkFile({ path: file, bytes: new TextEncoder().encode(fileText) });
    if (draft.errors.length > 0 || problems.some((problem) => problem.severity !== 'warning')) return { status: 'invalid', entry: draft, file, problems };
    const label = `${draft.key} (earlier in this import)`;
    if (section === 'publications') works.add({ ...(draft.data as PublicationDraft), id, file: label });
    else if (!single) known.set(identity(section, draft.data), label);
    return { status: 'new', entry: draft, file, fileText, warnings: problems };
  });
}
