/**
 * The site settings, resolved once per build (see src/integrations/vita.ts), and
 * each language's text and formats. A page's language is read from its address:
 * the default one at /, the others under their code (/de/).
 */
import resolved from 'virtual:vita/settings';
import { localeFor, type Locale } from '../i18n/index.ts';
import { languageOfPath } from '../lib/routes.ts';
import { languageKey } from '../schemas/settings.ts';

export const settings = resolved;

/** The site's languages by code (en, de), the default first, each with its tag as the settings give it (en-GB). */
const tags = new Map(settings.languages.map((tag) => [languageKey(tag), tag]));
/** The codes of the site's languages, the default first. */
export const languages: readonly string[] = [...tags.keys()];
export const defaultLanguage = languages[0]!;

/** The language of the page at `at`: its URL (Astro.url), its path, or its route's pattern (getStaticPaths' routePattern). */
export const languageAt = (at: URL | string): string => languageOfPath(typeof at === 'string' ? at : at.pathname, settings.base, languages) ?? defaultLanguage;

const locales = new Map<string, Locale>();

/** The text and formats of a language of the site (by code), or of a catalogue language (by tag). */
export function localeOf(language: string): Locale {
  let locale = locales.get(language);
  if (locale === undefined) {
    // A language of the site by its code, or any catalogue language by its tag (a CV variant's `language`).
    locale = localeFor(tags.get(language) ?? language);
    locales.set(language, locale);
  }
  return locale;
}

/** The text and formats of the page at `at` (see `languageAt`). */
export const pageLocale = (at: URL | string): Locale => localeOf(languageAt(at));
