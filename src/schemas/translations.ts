/**
 * Text in several languages: a field that may carry translations is written as
 * the text (in the site's default language) or as one text per language,
 * `{ en: Postdoctoral researcher, de: Wissenschaftlicher Mitarbeiter }`. Which
 * languages a map may name is the settings' business (`languages`), checked
 * across the tree (src/pipeline/translations.ts), which also takes the maps out
 * of the checked fields again: downstream every such field is its text.
 */
import { z } from 'zod';

/** A language as translation maps and translation files name it: the language subtag of a site language (`en` for en-GB). */
export const LANGUAGE_KEY = /^[a-z]{2,3}$/;

/** A field written as one text per language, as the schema read it; src/pipeline/translations.ts turns it into its text and the translations beside it. */
export class Translations {
  readonly byLanguage: Readonly<Record<string, string>>;
  constructor(byLanguage: Readonly<Record<string, string>>) {
    this.byLanguage = byLanguage;
  }
}

/** What a field that may carry translations expects, when it is written as a mapping that is none. */
export const PER_LANGUAGE_EXPECTED = 'expected a text, or one text per language such as { en: …, de: … }';

/** The marker of a field that may carry translations, for the content reference. */
export const TRANSLATABLE = 'translatable';

/**
 * A field that may be written as `schema` or as one value of `schema` per language. Its checked value is a
 * `Translations` until the tree check resolves it into the default language's text, so the type is the text's.
 */
export function translatable<S extends z.ZodType<string, unknown>>(schema: S): S {
  const perLanguage = z
    .record(z.string().regex(LANGUAGE_KEY, { error: 'expected a language code such as en or de as the key' }), schema)
    .refine((map) => Object.keys(map).length > 0, { error: PER_LANGUAGE_EXPECTED })
    .transform((map) => new Translations(map));
  return z.union([schema, perLanguage]).meta({ [TRANSLATABLE]: true }) as unknown as S;
}

/** Whether a schema (unwrapped of optional and default) is a `translatable` one. */
export const isTranslatable = (schema: z.core.$ZodType): boolean => (z.globalRegistry.get(schema as z.ZodType) as Record<string, unknown> | undefined)?.[TRANSLATABLE] === true;

/** What an entry carries in other languages, once the tree is checked: its fields written per language, and its text from `<id>.<lang>.md`. */
export interface EntryTranslations {
  /** Each field written per language, by path ("role", "responsibilities.1", "birthPlace.value"): language → text. */
  readonly fields: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The Markdown text by language. */
  readonly bodies: Readonly<Record<string, string>>;
}
