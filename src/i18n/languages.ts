/**
 * The languages vita has interface text for, without the text: what the settings schema
 * checks a language against. The catalogues (index.ts) are 200 KB of TypeScript that the
 * build's configuration, which only needs these codes, would otherwise load and strip.
 */

/** Every catalogue's tag, the regional variants' too (index.ts has one catalogue for each, the type checks it). */
export const CATALOGUE_TAGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ar', 'pt-PT'] as const;

export type CatalogueTag = (typeof CATALOGUE_TAGS)[number];

/** A language with a catalogue of its own (not a regional variant). */
export type CatalogueLanguage = Exclude<CatalogueTag, `${string}-${string}`>;

/** Languages with a complete interface catalogue; a settings language must be one of these (with any region). */
export const CATALOGUE_LANGUAGES = CATALOGUE_TAGS.filter((tag): tag is CatalogueLanguage => !tag.includes('-'));
