/**
 * `--update`: brings publications already imported up to date with their source.
 * A source entry matches a file by DOI, arXiv id or its key (the file name the
 * import gave it); the fields the source supplies are compared with the file's,
 * and only changed ones are edited, in place through yaml's document API so the
 * owner's comments, quoting and order survive. Fields an owner adds by hand
 * (links, selected, award, note) and the body are never touched. Pure: texts in,
 * texts and changes out.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document } from 'yaml';
import { publicationSchema } from '../../src/schemas/publication.ts';
import { unversionedArxiv } from '../../src/schemas/atoms.ts';
import type { PublicationDraft, SourceEntry } from './sourceEntry.ts';

/** Fields that belong to the owner once a publication is in vita. */
export const OWNER_FIELDS: ReadonlySet<string> = new Set(['links', 'selected', 'award', 'note']);

const FIELD_ORDER = Object.keys(publicationSchema.shape);
/** Written double-quoted, as the importer writes new files. */
const QUOTED_FIELDS = new Set(['title', 'note', 'pages', 'doi', 'arxiv']);

/** One field that differs: its value in the file and in the source. */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** What update matching needs of a publication file. */
export interface UpdatableFile {
  readonly id: string;
  readonly doi?: string | undefined;
  readonly arxiv?: string | undefined;
}

/** The file an entry updates: same DOI, same arXiv id, or a file named after its key. */
export function matchForUpdate<T extends UpdatableFile>(entry: SourceEntry, files: readonly T[]): T | undefined {
  const { doi, arxiv } = entry.data;
  return (
    (doi === undefined ? undefined : files.find((file) => file.doi?.toLowerCase() === doi.toLowerCase())) ??
    (arxiv === undefined ? undefined : files.find((file) => file.arxiv !== undefined && unversionedArxiv(file.arxiv) === unversionedArxiv(arxiv))) ??
    files.find((file) => file.id === entry.key)
  );
}

/** A field's value as the schema reads it, so 10 and "10", or a DOI link and the DOI, compare equal. */
function normalised(field: string, value: unknown): string {
  const schema = (publicationSchema.shape as Record<string, { safeParse: (value: unknown) => { success: boolean; data?: unknown } }>)[field];
  const parsed = schema?.safeParse(value);
  const text = JSON.stringify(parsed?.success ? parsed.data : value) ?? '';
  return field === 'doi' ? text.toLowerCase() : text; // DOIs are case-insensitive
}

/** Volumes, issues and article numbers: a whole number is written as a number, as new files have it. */
const DESIGNATIONS = new Set(['volume', 'issue', 'articleNumber']);
function written(field: string, value: unknown): unknown {
  return DESIGNATIONS.has(field) && typeof value === 'string' && /^(0|[1-9]\d{0,14})$/.test(value) ? Number(value) : value;
}

/** Splits a content file into its front matter and the rest (closing line and body), byte for byte. */
function splitFile(text: string): { frontMatter: string; rest: string } | undefined {
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---\r?\n?[\s\S]*)$/.exec(text);
  return match ? { frontMatter: match[2] ?? '', rest: match[3]! } : undefined;
}

function setField(document: Document, field: string, value: unknown): void {
  const existing = document.get(field, true);
  if (isScalar(existing) && (typeof value === 'string' || typeof value === 'number')) {
    existing.value = value;
    return;
  }
  const node = document.createNode(value);
  if (isScalar(node) && QUOTED_FIELDS.has(field)) node.type = Scalar.QUOTE_DOUBLE;
  if (isSeq(existing) && isSeq(node) && existing.flow) node.flow = true;
  if (existing !== undefined) {
    document.set(field, node);
    return;
  }
  // A new field goes where the schema's order puts it.
  const map = document.contents;
  if (!isMap(map)) return;
  const later = map.items.findIndex((pair) => FIELD_ORDER.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key)) > FIELD_ORDER.indexOf(field));
  const pair = document.createPair(field, node);
  if (later < 0) map.items.push(pair);
  else map.items.splice(later, 0, pair);
}

/**
 * The file with the source's changed fields written in; unchanged when nothing
 * differs. Fields the source does not have are left as they are.
 */
export function updatedFile(text: string, source: PublicationDraft): { text: string; changes: FieldChange[] } | { error: string } {
  const parts = splitFile(text);
  if (parts === undefined) return { error: 'no front matter between --- lines' };
  const document = parseDocument(parts.frontMatter, { schema: 'core', keepSourceTokens: false });
  if (document.errors.length > 0) return { error: `front matter is not valid YAML (${document.errors[0]!.message.split('\n')[0]})` };
  const current = (document.toJS() ?? {}) as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of FIELD_ORDER) {
    const after = (source as Record<string, unknown>)[field];
    if (after === undefined || OWNER_FIELDS.has(field)) continue;
    if (field === 'language' && after === 'en' && current[field] === undefined) continue;
    if (normalised(field, current[field]) === normalised(field, after)) continue;
    changes.push({ field, before: current[field], after: written(field, after) });
    setField(document, field, written(field, after));
  }
  if (changes.length === 0) return { text, changes };
  const head = text.slice(0, text.length - parts.rest.length - parts.frontMatter.length);
  return { text: `${head}${document.toString({ lineWidth: 0 })}${parts.rest}`, changes };
}

const shown = (value: unknown) => (value === undefined ? '(none)' : Array.isArray(value) ? value.join('; ') : typeof value === 'string' ? JSON.stringify(value) : String(value));

/** One line per change: `  year: 2019 → 2020`. */
export function changeLines(changes: readonly FieldChange[]): string[] {
  return changes.map((change) => `  ${change.field}: ${shown(change.before)} → ${shown(change.after)}`);
}
