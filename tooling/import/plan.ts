/**
 * Decides what an import does with each source entry: a new file (with its id
 * and text, checked exactly as `npm run check` checks it), a duplicate of a
 * publication already there, a crossref container, or an invalid entry and why.
 * Pure: the existing publications come in as data.
 */
import { checkFile } from '../../src/pipeline/checkFile.ts';
import type { Problem } from '../../src/pipeline/problems.ts';
import { parseName } from '../../src/lib/names.ts';
import { isEntryId, MAX_ID_LENGTH } from '../../src/schemas/atoms.ts';
import { stripTags, WorkIndex as Works, type Recognisable } from '../../src/lib/works.ts';

export { normalisedTitle, type WorkKey } from '../../src/lib/works.ts';
import { publicationFile } from './publicationFile.ts';
import { placeTranslatedTitle } from './translatedTitle.ts';
import type { PublicationDraft, SourceEntry } from './sourceEntry.ts';

/** What duplicate detection needs to know about a publication already in the folder. */
export interface ExistingPublication {
  /** The file name without .md. */
  readonly id: string;
  /** The file as the user should see it in messages. */
  readonly file: string;
  readonly doi?: string | undefined;
  readonly arxiv?: string | undefined;
  readonly title?: string | undefined;
  readonly year?: number | undefined;
}

export type Outcome =
  | { readonly status: 'new'; readonly entry: SourceEntry; readonly id: string; readonly fileText: string; readonly warnings: Problem[] }
  /** Invalid for the entry's own errors (`entry.errors`) and the content check's problems with the file it would write. */
  | { readonly status: 'invalid'; readonly entry: SourceEntry; readonly id: string; readonly problems: Problem[] }
  | { readonly status: 'duplicate'; readonly entry: SourceEntry; readonly existing: string }
  | { readonly status: 'container'; readonly entry: SourceEntry; readonly children: readonly string[] };

/** Words passed over when an id takes words from the title. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'and', 'for', 'to', 'with']);
const ASCII: Readonly<Record<string, string>> = { ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lowercase ASCII letters: "Ekstrøm" → "ekstrom", "Marinč" → "marinc", "Weiß" → "weiss". */
function asciiLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øßæœłđðþı]/g, (letter) => ASCII[letter]!)
    .replace(/[^a-z]+/g, ' ');
}

/**
 * An id like the shipped ones: first author's family name, year, first significant title word
 * (lovelace1843notes); then the next title word, then -2, -3 until it is free.
 */
export function publicationId(data: PublicationDraft, taken: ReadonlySet<string>): string {
  const first = data.authors?.[0];
  const family =
    first === undefined
      ? ''
      : asciiLetters(
          typeof first === 'object' && 'organization' in first
            ? (first.organization.split(' ').find((word) => !/^the$/i.test(word)) ?? '')
            : parseName(typeof first === 'string' ? first : first.name).family,
        ).replaceAll(' ', '');
  const words = asciiLetters(stripTags(data.title ?? ''))
    .split(' ')
    .filter((word) => word !== '' && !MINOR_WORDS.has(word));
  const stem = `${family.slice(0, MAX_FAMILY_LENGTH)}${data.year ?? ''}` || 'publication';
  return freeId([`${stem}${words[0] ?? ''}`, `${stem}${words.slice(0, 2).join('')}`], taken);
}

/** Longer than any real family name; keeps room in the id for the year and title words. */
const MAX_FAMILY_LENGTH = 40;

/** Room left in an id for a "-2" … "-99999" suffix. */
const ID_STEM_LENGTH = MAX_ID_LENGTH - 6;

/**
 * The first candidate that is free, each cut to the id length limit; when all are
 * taken, the last one with -2, -3 … appended.
 */
export function freeId(candidates: readonly string[], taken: ReadonlySet<string>): string {
  const cut = candidates.map((candidate) => candidate.slice(0, ID_STEM_LENGTH).replace(/-+$/, ''));
  for (const candidate of cut) if (!taken.has(candidate)) return candidate;
  const last = cut.at(-1)!;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${last}-${suffix}`)) return `${last}-${suffix}`;
}

/** The work index of src/lib/works.ts, whose publications are by default those of the content folder. */
export class WorkIndex<T extends Recognisable = ExistingPublication> extends Works<T> {}

/**
 * One outcome per source entry, in source order. Entries keep their key as id when it is a valid,
 * free id. A title's language is written where it differs from `siteLanguage`; a translated title goes
 * into the title's map when it is into one of `siteLanguages` (translatedTitle.ts).
 */
export function planImport(
  entries: readonly SourceEntry[],
  existing: readonly ExistingPublication[],
  siteLanguage = 'en',
  siteLanguages: readonly string[] = [siteLanguage],
): Outcome[] {
  const known = new WorkIndex(existing);
  const taken = new Set(existing.map((publication) => publication.id));
  return entries.map((source): Outcome => {
    // The file takes a translated title where the site shows it; the entry (and the import record) keep what the source said.
    const placed = placeTranslatedTitle(source, siteLanguages);
    const entry = { ...source, notices: placed.notices };
    if (entry.containerOf) return { status: 'container', entry, children: entry.containerOf };
    const duplicate = known.find(entry.data);
    if (duplicate) return { status: 'duplicate', entry, existing: duplicate.file };

    const id = isEntryId(entry.key) && !taken.has(entry.key) ? entry.key : publicationId(entry.data, taken);
    taken.add(id);
    const fileText = publicationFile(placed.data, entry.body, siteLanguage);
    // Without a kind the schema has nothing to check against; the entry's own error says why.
    const problems = entry.data.kind === undefined ? [] : checkFile({ path: `publications/${id}.md`, bytes: new TextEncoder().encode(fileText) }).problems;
    if (entry.errors.length > 0 || problems.some((problem) => problem.severity !== 'warning')) return { status: 'invalid', entry, id, problems };
    known.add({ ...entry.data, id, file: `${entry.key} (earlier in this import)` });
    return { status: 'new', entry, id, fileText, warnings: problems };
  });
}
