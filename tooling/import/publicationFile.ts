/**
 * Writes a publication as the shipped content files look: YAML front matter in
 * the schema's field order, titles and identifiers double-quoted, names and
 * venues plain where YAML allows, authors as a block list, then the abstract
 * as the Markdown body.
 */
import { parse } from 'yaml';
import { publicationSchema } from '../../src/schemas/publication.ts';
import type { PublicationDraft } from './sourceEntry.ts';

const FIELD_ORDER = Object.keys(publicationSchema.shape) as (keyof PublicationDraft)[];

/** Fields written plain when YAML reads them back unchanged, as in the shipped files; titles, notes, pages and ids are always quoted. */
const PLAIN_FIELDS = new Set<string>(['kind', 'status', 'venue', 'journal', 'series', 'publisher', 'publisherPlace', 'language', 'thesisType', 'originalLanguage']);

const quoted = (text: string) => JSON.stringify(text); // a JSON string is a valid YAML double-quoted scalar

/** Plain when YAML reads it back as the same string (not a number, a mapping, a comment or an alias), else quoted. */
function plainOrQuoted(text: string): string {
  let readBack: unknown;
  try {
    readBack = parse(text, { schema: 'core', logLevel: 'silent' });
  } catch {
    readBack = undefined; // not even valid YAML on its own: quote it
  }
  return /^[\p{L}\p{N}]/u.test(text) && readBack === text ? text : quoted(text);
}

/** Volumes, issues and article numbers: a whole number stays a number; "S1" is plain, "007" quoted (it would read as 7). */
function designation(value: string | number): string {
  return typeof value === 'number' || /^(0|[1-9]\d{0,14})$/.test(value) ? String(value) : plainOrQuoted(value);
}

/** One author as a flow mapping or a name: "Lovelace A", { organization: The ATLAS Collaboration }, { name: Byron A, equal: true }. */
export function authorLine(author: NonNullable<PublicationDraft['authors']>[number]): string {
  if (typeof author === 'string') return plainOrQuoted(author);
  if ('organization' in author) return `{ organization: ${quoted(author.organization)} }`;
  const marks = (['equal', 'coSenior', 'corresponding'] as const).filter((mark) => author[mark]).map((mark) => `, ${mark}: true`);
  return `{ name: ${quoted(author.name)}${marks.join('')} }`;
}

/** A field as new files write it: `name: value`, or the name and a block list. */
export function fieldLines(name: keyof PublicationDraft, value: NonNullable<PublicationDraft[keyof PublicationDraft]>): string[] {
  if (name === 'authors' || name === 'editors' || name === 'translators') {
    const authors = value as NonNullable<PublicationDraft['authors']>;
    return authors.length === 0 ? [`${name}: []`] : [`${name}:`, ...authors.map((author) => `  - ${authorLine(author)}`)];
  }
  if (name === 'topics' || name === 'redirectFrom') {
    const items = value as string[];
    return items.length === 0 ? [] : [`${name}:`, ...items.map((item) => `  - ${plainOrQuoted(item)}`)];
  }
  if (name === 'links') {
    return [
      'links:',
      ...(value as NonNullable<PublicationDraft['links']>).flatMap((link) => [
        `  - kind: ${link.kind}`,
        `    url: ${plainOrQuoted(link.url)}`,
        ...(link.label === undefined ? [] : [`    label: ${quoted(link.label)}`]),
      ]),
    ];
  }
  if (name === 'title' && typeof value === 'object') {
    // A title with its translation, one text per language (translatedTitle.ts).
    return ['title:', ...Object.entries(value as Record<string, string>).map(([language, title]) => `  ${language}: ${quoted(title)}`)];
  }
  if (name === 'translatedTitle') {
    const { title, language } = value as NonNullable<PublicationDraft['translatedTitle']>;
    return ['translatedTitle:', `  title: ${quoted(title)}`, ...(language === undefined ? [] : [`  language: ${language}`])];
  }
  if (['volume', 'issue', 'articleNumber', 'seriesNumber', 'edition', 'version'].includes(name)) return [`${name}: ${designation(value as string | number)}`];
  if (typeof value === 'string') return [`${name}: ${PLAIN_FIELDS.has(name) ? plainOrQuoted(value) : quoted(value)}`];
  return [`${name}: ${String(value)}`];
}

/** Whether a title in `language` reads in the site's language: the pages compare primary subtags ("en-GB" on an "en" site). */
export const isSiteLanguage = (language: string, siteLanguage: string): boolean => language.split('-')[0] === siteLanguage.split('-')[0];

/**
 * The Markdown file for one publication; defaults (no links, the site's language, not selected, published)
 * are left out. Another language is kept, English too: without one, a title is in the site's language.
 */
export function publicationFile(data: PublicationDraft, body = '', siteLanguage = 'en'): string {
  const lines = FIELD_ORDER.flatMap((name) => {
    const value = data[name];
    const isDefault =
      value === undefined ||
      (name !== 'authors' && Array.isArray(value) && value.length === 0) ||
      (name === 'language' && isSiteLanguage(value as string, siteLanguage)) ||
      (name === 'selected' && value === false) ||
      (name === 'etAl' && value === false) ||
      (name === 'status' && value === 'published');
    return isDefault ? [] : fieldLines(name, value);
  });
  return `---\n${lines.join('\n')}\n---\n${body.trim() === '' ? '' : `${body.trim()}\n`}`;
}
