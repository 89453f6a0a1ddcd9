/**
 * Checked content written back as front matter: fields that the section's schema
 * reads to the same checked values. The schemas normalise as they read (an event
 * date becomes its days, terms become parsed terms, an amount its value and
 * currency, an organisation author a flagged name, a typed reference its parts);
 * this is their inverse, and it leaves out what the schema fills in by default.
 * The exports carry content in this form, so an import writes it back as the owner
 * would have written it. Pure.
 */
import type { z } from 'zod';
import type { Contributor, EventDate } from '../../schemas/common.ts';
import type { Money } from '../../schemas/grant.ts';
import type { EntryReference } from '../../schemas/references.ts';
import { sectionFields, type SectionName } from '../../schemas/sections.ts';
import { settingsSchema } from '../../schemas/settings.ts';
import type { Term } from '../../schemas/calendar.ts';

/** Checked fields of an entry or of the settings. */
type Fields = object;

/** "Lovelace A", { name, equal, coSenior, corresponding } or { organization }: as an author list is written. */
const writtenAuthor = (author: Contributor): unknown =>
  author.organization ? { organization: author.name } : author.equal || author.coSenior || author.corresponding ? { ...author } : author.name;
const writtenAuthors = (authors: readonly Contributor[]) => authors.map(writtenAuthor);

/** `{ dates: [2021-12-13, 2021-12-14] }` → "2021-12-13/14". */
const writtenEventDate = (date: EventDate): string => [date.dates[0]!, ...date.dates.slice(1).map((day) => day.slice(8))].join('/');

/** `{ value: 1500000 EUR, visibility }`: an amount as a grant's file writes it. */
const writtenMoney = (amount: { value: Money; visibility: string }) => ({ value: `${amount.value.value} ${amount.value.currency}`, visibility: amount.visibility });

/**
 * The fields whose checked value is not what was written, by section and field, with how to write it again
 * (given the value and the entry's other fields; undefined leaves the field out).
 */
const INVERSES: Readonly<Record<string, (value: never, fields: never) => unknown>> = {
  'publications.authors': writtenAuthors,
  'publications.editors': writtenAuthors,
  'publications.translators': writtenAuthors,
  'talks.date': writtenEventDate,
  'lectures.date': writtenEventDate,
  'teaching.terms': (terms: readonly Term[]) => terms.map((term) => term.code),
  'news.about': (references: readonly EntryReference[]) => references.map((reference) => `${reference.kind}:${reference.id}`),
  'grants.amount': writtenMoney,
  'grants.share': writtenMoney,
  // A service entry reads one venue or several; the checked entry has both (venue joins the list).
  'service.venue': (venue: string, fields: { venues: readonly string[] }) => (fields.venues.length > 1 ? undefined : venue),
  'service.venues': (venues: readonly string[]) => (venues.length > 1 ? venues : undefined),
  'settings.navigation': (items: readonly { page: string; label?: string | undefined }[]) => items.map((item) => (item.label === undefined ? item.page : item)),
};

/** The front matter of `fields` as `shape` reads them: only its fields, undefined and default values left out, normalised values written back. */
function written(kind: string, shape: Readonly<Record<string, z.ZodType>>, fields: Fields): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(shape).flatMap(([name, schema]) => {
      const value = (fields as Record<string, unknown>)[name];
      if (value === undefined) return [];
      const byDefault = schema.safeParse(undefined);
      if (byDefault.success && JSON.stringify(byDefault.data) === JSON.stringify(value)) return [];
      const inverse = INVERSES[`${kind}.${name}`] as ((value: unknown, fields: Fields) => unknown) | undefined;
      const shown = inverse ? inverse(value, fields) : value;
      return shown === undefined ? [] : [[name, shown]];
    }),
  );
}

/** An entry's checked fields as front matter of its section (its id, body and other extra keys left out). */
export function frontMatterOf(section: SectionName, fields: Fields): Record<string, unknown> {
  return written(section, sectionFields(section), fields);
}

/** The settings as settings.yaml would hold them (what the build adds, the site's origin and base path, left out). */
export function settingsFrontMatter(settings: { readonly language?: unknown; readonly languages?: unknown }): Record<string, unknown> {
  // Resolved settings carry the default language and the list of languages; the file has one of the two (the check refuses both).
  const { language, languages, ...rest } = settings;
  return written('settings', settingsSchema.shape, { ...rest, ...(Array.isArray(languages) && (languages.length > 1 || language === undefined) ? { languages } : { language }) });
}

const isDetail = (value: object): value is { value: unknown; visibility: string } => Object.keys(value).length === 2 && 'value' in value && 'visibility' in value;

/**
 * `fields` without the personal details that are not shown on the web (`{ value, visibility: cv | hidden }`,
 * at any depth); an object left empty by that goes too. For every file that is published.
 */
export function publicOnly(fields: Fields): Record<string, unknown> {
  const keep = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    if (isDetail(value)) return value.visibility === 'web' ? value : undefined;
    const kept = Object.entries(value).flatMap(([key, field]) => {
      const shown = keep(field);
      return shown === undefined ? [] : [[key, shown]];
    });
    return kept.length === 0 && Object.keys(value).length > 0 ? undefined : Object.fromEntries(kept);
  };
  return keep(fields) as Record<string, unknown>;
}
