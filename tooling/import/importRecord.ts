/**
 * The import record: what `npm run import` last read from a source for each
 * publication it wrote or updated, in `.imported.json` beside the publications
 * (a dot file, so the content check and the site never read it). `--update`
 * compares the source with it to tell the source's changes from the owner's own
 * edits (update.ts). Without it (deleted, or files imported before it existed)
 * nothing is lost: every value that differs is kept and listed. Pure: text in,
 * text out.
 */
import { defined } from '../../src/lib/defined.ts';
import type { PublicationDraft } from './sourceEntry.ts';
import { SOURCE_FIELDS } from './update.ts';

export const RECORD_FILE = '.imported.json';

/** Said in the file itself, for an owner who comes across it. */
const ABOUT =
  'What npm run import last read from its source for each publication (by file name). npm run import -- --update compares the source with it, so values you changed by hand stay. Keep it with your content; deleting it is safe.';

/** Publication id → the fields the source gave. */
export type ImportRecord = Map<string, PublicationDraft>;

/** What the record keeps of a source entry: the fields an update compares. */
export function recordEntry(data: PublicationDraft): PublicationDraft {
  return defined(Object.fromEntries(SOURCE_FIELDS.map((field) => [field, data[field]])) as PublicationDraft);
}

/** The record in a file's text; an empty record for no file, an error for one that cannot be read. */
export function readRecord(text: string | undefined): { record: ImportRecord } | { error: string } {
  if (text === undefined) return { record: new Map() };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  const publications = (json as { publications?: unknown } | null)?.publications;
  if (typeof publications !== 'object' || publications === null || Array.isArray(publications)) return { error: 'no "publications" object' };
  return { record: new Map(Object.entries(publications as Record<string, PublicationDraft>)) };
}

/** The record's text: ids sorted, two-space JSON, a final newline; the same record, the same bytes. */
export function recordText(record: ImportRecord): string {
  const publications = Object.fromEntries([...record.keys()].sort().map((id) => [id, record.get(id)]));
  return `${JSON.stringify({ about: ABOUT, version: 1, publications }, null, 2)}\n`;
}
