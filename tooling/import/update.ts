/**
 * `--update`: brings publications already imported up to date with their source
 * without losing an edit.
 *
 * Matching: a source entry updates the file with the same DOI, else the same arXiv
 * id, else the same title and year, else the file named after its key; a weaker
 * match that a stronger identifier contradicts (another DOI, another arXiv id) or,
 * for a key, another title, is refused.
 *
 * Merging: each field the source carries is compared three ways, with the file and
 * with what the import last read from the source (the import record,
 * importRecord.ts). A field the source changed since and the owner did not is
 * updated; one only the owner changed is left alone; where both changed, or there is
 * no record, a differing value is kept and listed, so the owner decides. Values that
 * read the same are never rewritten (an author list "Müller K-R" against
 * "Müller, K.-R.", a title with markup or in another case); a status is never
 * lowered; equal-contribution and corresponding marks and organisation authors stay.
 * Edits are made in the text itself: comments, quoting, spacing and order outside
 * the changed values survive byte for byte. Fields an owner adds by hand (links,
 * selected, award, note) and the body are never touched. Pure: texts in, texts and
 * changes out.
 */
import { isMap, isScalar, isSeq, parseDocument, type Pair } from 'yaml';
import { fold, initialsOf, parseName } from '../../src/lib/names.ts';
import { PUBLICATION_STATUSES, publicationSchema, type PublicationStatus } from '../../src/schemas/publication.ts';
import type { WorkKey, WorkIndex } from './plan.ts';
import { normalisedTitle } from './plan.ts';
import { excerpt } from './bibtexGuard.ts';
import { authorLine, fieldLines, isSiteLanguage } from './publicationFile.ts';
import type { DraftAuthor, PublicationDraft, SourceEntry } from './sourceEntry.ts';

/** Fields that belong to the owner once a publication is in vita. */
export const OWNER_FIELDS: ReadonlySet<string> = new Set(['links', 'selected', 'award', 'note']);

type Field = keyof PublicationDraft;
const FIELD_ORDER = Object.keys(publicationSchema.shape) as Field[];
/** The fields an update compares: every field a source can carry. */
export const SOURCE_FIELDS: readonly Field[] = FIELD_ORDER.filter((field) => !OWNER_FIELDS.has(field));

/** One field that differs: its value in the file and in the source. */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** What update matching needs of a publication file. */
export interface UpdatableFile {
  readonly id: string;
  /** As messages show it. */
  readonly file: string;
  readonly doi?: string | undefined;
  readonly arxiv?: string | undefined;
  readonly title?: string | undefined;
  readonly year?: number | undefined;
}

export type MatchedBy = WorkKey | 'key';

/** The file an entry updates and by what it was matched, or why the match is refused. */
export type UpdateMatch<T> = { readonly file: T; readonly by: MatchedBy } | { readonly file: T; readonly by: MatchedBy; readonly refused: string };

/** Why a match by `by` is not the same work: a stronger identifier, or for a key the title, says otherwise. */
function disagreement(source: PublicationDraft, file: UpdatableFile, by: MatchedBy): string | undefined {
  const differ = (a: string | undefined, b: string | undefined, same: (a: string, b: string) => boolean) => a !== undefined && b !== undefined && !same(a, b);
  const reasons = [
    by === 'key' && differ(source.title, file.title, (a, b) => normalisedTitle(a) === normalisedTitle(b))
      ? `the titles differ ("${excerpt(source.title!)}" in the source, "${excerpt(file.title!)}" in the file)`
      : undefined,
    by !== 'DOI' && differ(source.doi, file.doi, (a, b) => a.toLowerCase() === b.toLowerCase())
      ? `the DOIs differ (${source.doi} in the source, ${file.doi} in the file)`
      : undefined,
    (by === 'title and year' || by === 'key') && differ(source.arxiv, file.arxiv, (a, b) => a.replace(/v\d+$/, '') === b.replace(/v\d+$/, ''))
      ? `the arXiv ids differ (${source.arxiv} in the source, ${file.arxiv} in the file)`
      : undefined,
  ].filter((reason) => reason !== undefined);
  return reasons.length === 0 ? undefined : reasons.join(' and ');
}

/** The file an entry updates: same DOI, same arXiv id, same title and year, or named after its key; refused where they disagree. */
export function matchForUpdate<T extends UpdatableFile>(entry: SourceEntry, works: WorkIndex<T>, byId: ReadonlyMap<string, T>): UpdateMatch<T> | undefined {
  const matched = works.match(entry.data);
  const byKey = byId.get(entry.key);
  const { found, by }: { found: T | undefined; by: MatchedBy } = matched ?? { found: byKey, by: 'key' };
  if (found === undefined) return undefined;
  const refused = disagreement(entry.data, found, by);
  return refused === undefined ? { file: found, by } : { file: found, by, refused };
}

// Authors

const organisationOf = (author: DraftAuthor) => (typeof author === 'object' && 'organization' in author ? author.organization : undefined);
const nameOf = (author: DraftAuthor) => (typeof author === 'string' ? author : 'name' in author ? author.name : author.organization);

/** A person's name written whole, given names first ("Klaus-Robert Müller"), to compare with an organisation's name. */
function wholeName(name: string): string {
  const { family, given } = parseName(name);
  return `${given} ${family}`.trim();
}

const folded = (text: string) => fold(text).replace(/\s+/g, ' ').trim();

/**
 * Whether two author-list entries are one author: the same family name and initials
 * that agree as far as both go ("Núñez-Okonkwo MJ", "Núñez-Okonkwo, M. J.", "Lovelace A",
 * "Lovelace, Ada"); an organisation by its name, also where a source spells it
 * as a person ("Consortium, The XAI").
 */
export function sameAuthor(a: DraftAuthor, b: DraftAuthor): boolean {
  const organisations = [organisationOf(a), organisationOf(b)];
  if (organisations.some((name) => name !== undefined)) {
    const [first, second] = [a, b].map((author, index) => folded(organisations[index] ?? wholeName(nameOf(author))));
    return first === second;
  }
  const [first, second] = [nameOf(a), nameOf(b)].map((name) => {
    const { family, given } = parseName(name);
    return { family: folded(family), initials: initialsOf(given).map(fold).join('') };
  });
  return first!.family === second!.family && (first!.initials.startsWith(second!.initials) || second!.initials.startsWith(first!.initials));
}

const sameAuthors = (a: readonly DraftAuthor[], b: readonly DraftAuthor[]) => a.length === b.length && a.every((author, index) => sameAuthor(author, b[index]!));

/** An author of a merged list, with its place in the file's list when it comes from there. */
interface MergedAuthor {
  readonly author: DraftAuthor;
  readonly fileIndex?: number;
}

/**
 * The source's author list, each author as the file writes it where the file has them
 * (marks and spelling kept), with the authors the owner added (not in the record) where
 * they stood. Without a record, a person in the file that the source lacks could be
 * the owner's or the source's change: undefined, and the file's list is kept.
 */
function mergeAuthors(file: readonly DraftAuthor[], source: readonly DraftAuthor[], base: readonly DraftAuthor[] | undefined): MergedAuthor[] | undefined {
  const used = new Set<number>();
  const take = (author: DraftAuthor) => {
    const index = file.findIndex((candidate, at) => !used.has(at) && sameAuthor(candidate, author));
    if (index >= 0) used.add(index);
    return index;
  };
  const merged: MergedAuthor[] = source.map((author, position) => {
    const index = take(author);
    if (index >= 0) return { author: file[index]!, fileIndex: index };
    // Renamed in the source since the import (a typo fixed): the file's marks go with the new name.
    const was = base?.[position];
    const renamed = was !== undefined && !source.some((candidate) => sameAuthor(candidate, was)) ? take(was) : -1;
    const marked = renamed >= 0 ? file[renamed]! : undefined;
    return { author: typeof marked === 'object' && 'name' in marked && typeof author === 'string' ? { ...marked, name: author } : author };
  });
  for (const [index, author] of file.entries()) {
    if (used.has(index) || base?.some((candidate) => sameAuthor(candidate, author))) continue; // matched, or dropped by the source since
    if (base === undefined && organisationOf(author) === undefined) return undefined;
    const after = merged.findLastIndex((entry) => entry.fileIndex !== undefined && entry.fileIndex < index);
    merged.splice(after + 1, 0, { author, fileIndex: index });
  }
  return merged;
}

// Comparing and deciding

/** `submitted` < `under-review` < `accepted` < `in-press` < `published`. */
const statusRank = (status: unknown) => PUBLICATION_STATUSES.indexOf((status ?? 'published') as PublicationStatus);

/** A field's value as the schema reads it, so 10 and "10", or a DOI link and the DOI, compare equal. */
function normalised(field: Field, value: unknown): string {
  const parsed = publicationSchema.shape[field].safeParse(value);
  const text = JSON.stringify(parsed.success ? parsed.data : value) ?? '';
  return field === 'doi' ? text.toLowerCase() : text; // DOIs are case-insensitive
}

/** Whether two values of a field read the same, so neither is an edit of the other. */
function same(field: Field, a: unknown, b: unknown, siteLanguage: string): boolean {
  if (field === 'authors') return Array.isArray(a) && Array.isArray(b) && sameAuthors(a, b);
  if (field === 'title' && typeof a === 'string' && typeof b === 'string') return normalisedTitle(a) === normalisedTitle(b);
  if (field === 'status') return statusRank(a) === statusRank(b);
  if (field === 'language') {
    const own = (value: unknown) => (typeof value === 'string' && !isSiteLanguage(value, siteLanguage) ? value : undefined);
    return own(a) === own(b);
  }
  return normalised(field, a) === normalised(field, b);
}

/** What to do with one field: write the source's value (authors merged), or keep the file's and say so. */
type Decision = { readonly write: unknown; readonly merged?: MergedAuthor[] } | { readonly keep: true } | undefined;

function decide(field: Field, values: { file: unknown; source: unknown; base: Record<string, unknown> | undefined }, siteLanguage: string): Decision {
  const { file, source, base } = values;
  const baseValue = base?.[field];
  if (same(field, file, source, siteLanguage)) return undefined;
  if (base !== undefined && same(field, baseValue, source, siteLanguage)) return undefined; // the source did not change it: the file's value is the owner's
  const ownerUntouched = file === undefined || (base !== undefined && same(field, file, baseValue, siteLanguage));
  if (field === 'status' && statusRank(source) < statusRank(file)) return { keep: true }; // never lowered
  // An author list is merged rather than replaced: the file's marks, spellings and additions stay either way.
  if (field === 'authors' && Array.isArray(file)) {
    const merged = mergeAuthors(file, source as DraftAuthor[], Array.isArray(baseValue) ? baseValue : undefined);
    if (merged === undefined) return { keep: true };
    // The file's own list again (the source only lacks an organisation the owner added): nothing to write.
    if (merged.length === file.length && merged.every((entry, index) => entry.fileIndex === index)) return undefined;
    return { write: merged.map((entry) => entry.author), merged };
  }
  return ownerUntouched ? { write: source } : { keep: true };
}

// Editing the text

/** Splits a content file into its front matter and the rest (closing line and body), byte for byte. */
function splitFile(text: string): { frontMatter: string; rest: string } | undefined {
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---\r?\n?[\s\S]*)$/.exec(text);
  return match ? { frontMatter: match[2] ?? '', rest: match[3]! } : undefined;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For insertions at one place: schema order, so they land in it. */
  readonly order: number;
}

type Range = readonly [number, number, number];
const rangeOf = (node: unknown): Range | undefined => (node as { range?: Range } | null)?.range;
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The edits that write `value` into the pair `pair` of the front matter. */
function replacement(frontMatter: string, pair: Pair, field: Field, value: unknown, merged: MergedAuthor[] | undefined, eol: string): Edit[] {
  const key = rangeOf(pair.key)!;
  const node = pair.value;
  const range = rangeOf(node);
  const order = FIELD_ORDER.indexOf(field);
  const whole = (text: string): Edit => {
    const end = range?.[2] ?? frontMatter.indexOf('\n', key[1]) + 1;
    return { start: lineStart(frontMatter, key[0]), end, text, order };
  };
  if (value === undefined) return [whole('')];
  const lines = fieldLines(field, value as never);
  if (range !== undefined && isScalar(node) && lines.length === 1) return [{ start: range[0], end: range[1], text: lines[0]!.slice(field.length + 2), order }];
  if (range !== undefined && isSeq(node) && merged !== undefined) {
    const items = node.items.map((item) => rangeOf(item)!);
    if (node.flow) {
      const shown = merged.map((entry) => (entry.fileIndex === undefined ? authorLine(entry.author) : frontMatter.slice(items[entry.fileIndex]![0], items[entry.fileIndex]![1])));
      return [{ start: range[0], end: range[1], text: `[${shown.join(', ')}]`, order }];
    }
    // A block list: each kept author with its own lines (comments, blank lines before it), new ones indented alike.
    const start = lineStart(frontMatter, range[0]);
    const indent = frontMatter.slice(start, range[0]);
    const text = merged
      .map((entry) => {
        if (entry.fileIndex === undefined) return `${indent}- ${authorLine(entry.author)}${eol}`;
        const from = entry.fileIndex === 0 ? start : items[entry.fileIndex - 1]![2];
        return frontMatter.slice(from, items[entry.fileIndex]![2]);
      })
      .join('');
    return [{ start, end: range[1], text, order }];
  }
  return [whole(`${lines.join(eol)}${eol}`)];
}

/** The edit that adds a field the file does not have, after the field before it in the schema's order. */
function insertion(frontMatter: string, pairs: readonly Pair[], field: Field, value: unknown, eol: string): Edit {
  const order = FIELD_ORDER.indexOf(field);
  const later = pairs.findIndex((pair) => FIELD_ORDER.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key) as Field) > order);
  const before = later < 0 ? pairs.at(-1) : pairs[later - 1];
  const start =
    later === 0
      ? lineStart(frontMatter, rangeOf(pairs[0]!.key)![0]) // first of all: after the comments at the top
      : before === undefined
        ? frontMatter.length
        : (rangeOf(before.value)?.[2] ?? frontMatter.indexOf('\n', rangeOf(before.key)![1]) + 1);
  return { start, end: start, text: `${fieldLines(field, value as never).join(eol)}${eol}`, order };
}

/** The edits applied from the end, so earlier offsets stay valid; insertions at one place in schema order. */
function applied(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || Number(a.end === a.start) - Number(b.end === b.start) || b.order - a.order);
  return sorted.reduce((out, edit) => `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`, text);
}

/** Volumes, issues and article numbers as the file writes them: a whole number as a number. */
const asWritten = (field: Field, value: unknown) =>
  (field === 'volume' || field === 'issue' || field === 'articleNumber') && typeof value === 'string' && /^(0|[1-9]\d{0,14})$/.test(value) ? Number(value) : value;

/** The source's status where it carries none: published, when the record shows it carried one before (the pubstate was dropped on publication). */
function sourceValue(field: Field, source: PublicationDraft, base: Record<string, unknown> | undefined): unknown {
  const value = source[field];
  return field === 'status' && value === undefined && base?.['status'] !== undefined ? 'published' : value;
}

/**
 * The file with the source's changes written in, and the differing values kept; the text is
 * unchanged when nothing is to be written. `base` is what the import last read for this
 * file (undefined without a record); `siteLanguage` is the language titles are in unless
 * they say otherwise.
 */
export function updatedFile(
  text: string,
  source: PublicationDraft,
  options: { readonly base?: PublicationDraft | undefined; readonly siteLanguage?: string } = {},
): { text: string; changes: FieldChange[]; kept: FieldChange[] } | { error: string } {
  const parts = splitFile(text);
  if (parts === undefined) return { error: 'no front matter between --- lines' };
  const { frontMatter } = parts;
  const document = parseDocument(frontMatter, { schema: 'core', keepSourceTokens: true });
  if (document.errors.length > 0) return { error: `front matter is not valid YAML (${document.errors[0]!.message.split('\n')[0]})` };
  const pairs = isMap(document.contents) ? document.contents.items : [];
  const current = (document.toJS() ?? {}) as Record<string, unknown>;
  const base = options.base as Record<string, unknown> | undefined;
  const siteLanguage = options.siteLanguage ?? 'en';
  const eol = frontMatter.includes('\r\n') ? '\r\n' : '\n';
  const changes: FieldChange[] = [];
  const kept: FieldChange[] = [];
  const edits: Edit[] = [];
  for (const field of SOURCE_FIELDS) {
    const after = sourceValue(field, source, base);
    if (after === undefined) continue;
    const decision = decide(field, { file: current[field], source: after, base }, siteLanguage);
    if (decision === undefined) continue;
    if ('keep' in decision) {
      kept.push({ field, before: current[field], after });
      continue;
    }
    changes.push({ field, before: current[field], after: asWritten(field, decision.write) });
    // `published` is the default: the status line goes.
    const value = field === 'status' && decision.write === 'published' ? undefined : decision.write;
    const pair = pairs.find((candidate) => isScalar(candidate.key) && candidate.key.value === field);
    if (pair !== undefined) edits.push(...replacement(frontMatter, pair, field, value, decision.merged, eol));
    else if (value !== undefined) edits.push(insertion(frontMatter, pairs, field, value, eol));
  }
  if (edits.length === 0) return { text, changes, kept };
  const head = text.slice(0, text.length - parts.rest.length - frontMatter.length);
  return { text: `${head}${applied(frontMatter, edits)}${parts.rest}`, changes, kept };
}

/** A value as a change line shows it: authors by name, organisations included; text quoted. */
function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? nameOf(item as DraftAuthor) : String(item))).join('; ');
  // Text quoted; a field of several parts (translatedTitle) as JSON writes it.
  return typeof value === 'string' || (typeof value === 'object' && value !== null) ? JSON.stringify(value) : String(value);
}

/** A change in words: `volume 12 → 13`, `title "A" → "B"`. */
export function changeWords(change: FieldChange): string {
  return `${change.field} ${shown(change.before)} → ${shown(change.after)}`;
}

/** One line per change, `  year: 2019 → 2020`, and per value kept, `  kept title: "…" (the source has "…")`. */
export function changeLines(changes: readonly FieldChange[], kept: readonly FieldChange[] = []): string[] {
  return [
    ...changes.map((change) => `  ${change.field}: ${shown(change.before)} → ${shown(change.after)}`),
    ...kept.map((value) => `  kept ${value.field}: ${shown(value.before ?? (value.field === 'status' ? 'published' : undefined))} (the source has ${shown(value.after)})`),
  ];
}
