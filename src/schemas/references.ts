/**
 * Typed references: an entry of any section named as `kind:id`, e.g.
 * `publication:lovelace2024notes` or `course:intro-programming`. News items list
 * what they are about this way, and Markdown bodies link to entries with them
 * (`[our paper](publication:lovelace2024notes)`); the content check resolves each.
 */
import { z } from 'zod';
import { isEntryId } from './atoms.ts';

/** Each kind of reference and the section (folder under content/) whose ids it names. */
export const ENTRY_KINDS = {
  publication: 'publications',
  talk: 'talks',
  lecture: 'lectures',
  patent: 'patents',
  project: 'projects',
  award: 'awards',
  grant: 'grants',
  course: 'teaching',
  supervision: 'supervision',
  service: 'service',
  news: 'news',
  page: 'pages',
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

export interface EntryReference {
  readonly kind: EntryKind;
  readonly section: (typeof ENTRY_KINDS)[EntryKind];
  readonly id: string;
}

/** `publication:lovelace2024notes` → its kind, section and id; undefined when it is not a typed reference. */
export function parseEntryReference(text: string): EntryReference | undefined {
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (colon < 0 || !Object.hasOwn(ENTRY_KINDS, kind) || !isEntryId(id)) return undefined;
  return { kind: kind as EntryKind, section: ENTRY_KINDS[kind as EntryKind], id };
}

/** A reference field: `kind:id` with a kind vita knows. Whether the entry exists is checked across the tree. */
export const entryReference = z.string().transform((text, ctx) => {
  const reference = parseEntryReference(text.trim());
  if (reference) return reference;
  ctx.addIssue({
    code: 'custom',
    message: `expected a reference kind:id such as publication:lovelace2024notes, with a kind of ${Object.keys(ENTRY_KINDS).join(', ')}`,
    input: text,
  });
  return z.NEVER;
});
