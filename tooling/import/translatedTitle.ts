/**
 * Where a translated title that a source carries (ORCID's translated-title, BibTeX's
 * bracketed titleaddon) goes on this site. When the translation is into a language
 * of the site and the original's language is known, the title becomes one text per
 * language ({ de: Original, en: Translation } with `language: de`): each page shows
 * the translation into its language after the title. Otherwise (a site without that
 * language, or an original whose language the source does not give) it stays in
 * `translatedTitle`, which every page shows after the title in brackets and the
 * BibTeX and RIS exports carry. Either way the import report says where it went.
 * Pure.
 */
import { languageKey } from '../../src/schemas/settings.ts';
import type { SourceEntry } from './sourceEntry.ts';

/** The entry with its translated title placed for a site in `siteLanguages`, and a notice saying where. */
export function placeTranslatedTitle(entry: SourceEntry, siteLanguages: readonly string[]): SourceEntry {
  const { translatedTitle, title, language } = entry.data;
  if (translatedTitle === undefined || title === undefined) return entry;
  const own = language === undefined ? undefined : languageKey(language);
  const into = translatedTitle.language === undefined ? undefined : languageKey(translatedTitle.language);
  const keys = siteLanguages.map(languageKey);
  if (own !== undefined && into !== undefined && own !== into && keys.includes(into)) {
    const { translatedTitle: _, ...rest } = entry.data;
    // The schema reads a map of texts where it reads a text (a `Translations`); the draft's type knows only the text.
    const perLanguage = { [own]: title, [into]: translatedTitle.title } as unknown as string;
    return {
      ...entry,
      data: { ...rest, title: perLanguage },
      notices: [...entry.notices, `translated title (${into}): kept in title as { ${own}: …, ${into}: … }; the ${into} pages show it after the title`],
    };
  }
  const why =
    into === undefined
      ? 'the source does not say its language'
      : own === undefined && keys.includes(into)
        ? `the source does not give the original's language; with language: and title: { <its code>: …, ${into}: … } only the ${into} pages show it`
        : `${into} is not a language of the site`;
  return {
    ...entry,
    notices: [...entry.notices, `translated title${into === undefined ? '' : ` (${into})`}: kept as translatedTitle, shown after the title in brackets on every page (${why})`],
  };
}
