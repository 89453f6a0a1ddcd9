/**
 * The content in one language of the site: every field written per language takes
 * its text in that language, and every text its translation, where there is one;
 * what has none keeps the default language's. The entry tells which language each
 * translated field and text is shown in (`shownIn`; anything else is in the default
 * language), so the outputs can mark what is not the page's (`lang`) for screen readers. A work's title stays the title it was published under (the
 * model shows its translation beside it). Pure: the model calls it first.
 */
import type { ResolvedSettings } from '../pipeline/settings.ts';
import type { Cv, Entry } from './content.ts';

/** The key of `shownIn` that gives the language of the entry's text (no field is called so). */
export const BODY = '#body';

/** Fields that are a work's own title, in the language it was published in: sections → field. */
const ORIGINALS: Readonly<Record<string, string>> = { publications: 'title', patents: 'title', talks: 'title', lectures: 'title' };

/** `value` with `replacement` at `path` ("responsibilities.1"), copied along the way; the rest shared. */
function withValueAt(value: unknown, path: readonly string[], replacement: string): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) return value.map((item, index) => (String(index) === head ? withValueAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: withValueAt(record[head], rest, replacement) };
}

/** The language a field written per language is shown in on a page in `language`: its own, else the default's, else the first given. */
export function languageShown(byLanguage: Readonly<Record<string, string>>, language: string, byDefault: string): string {
  return [language, byDefault, ...Object.keys(byLanguage)].find((key) => byLanguage[key] !== undefined)!;
}

/** One entry in `language`: its fields and text in it where translated; `byDefault` is the site's default language, `section` names the entry's kind. */
export function localizeEntry<T extends Pick<Entry<object>, 'translations' | 'shownIn'> & { readonly html?: string; readonly markdown?: string }>(
  entry: T,
  section: string,
  language: string,
  byDefault: string,
): T {
  const { translations } = entry;
  if (translations === undefined) return entry;
  let localized = entry as unknown;
  const shownIn: Record<string, string> = {};
  for (const [path, byLanguage] of Object.entries(translations.fields)) {
    if (ORIGINALS[section] === path) continue;
    const shown = languageShown(byLanguage, language, byDefault);
    localized = withValueAt(localized, path.split('.'), byLanguage[shown]!);
    shownIn[path] = shown;
  }
  const body = translations.bodies[language];
  if (body !== undefined) {
    localized = { ...(localized as object), html: body.html, markdown: body.markdown };
    shownIn[BODY] = language;
  }
  return { ...(localized as T), shownIn };
}

/** The settings' own fields written per language (topic and navigation labels) in `language`. */
export function localizeSettings(settings: ResolvedSettings, language: string, byDefault: string): ResolvedSettings {
  let localized: unknown = settings;
  for (const [path, byLanguage] of Object.entries(settings.translations)) {
    localized = withValueAt(localized, path.split('.'), byLanguage[languageShown(byLanguage, language, byDefault)]!);
  }
  return localized as ResolvedSettings;
}

/** The whole CV in `language`; the CV itself when it is the default language and nothing is translated. */
export function localizeCv(cv: Cv, language: string, byDefault: string): Cv {
  const each = <T extends Pick<Entry<object>, 'translations' | 'shownIn'>>(section: string, entries: readonly T[]) =>
    entries.map((entry) => localizeEntry(entry, section, language, byDefault));
  return {
    ...cv,
    profile: localizeEntry(cv.profile, 'profile', language, byDefault),
    skills: localizeEntry(cv.skills, 'skills', language, byDefault),
    experience: each('experience', cv.experience),
    education: each('education', cv.education),
    publications: each('publications', cv.publications),
    patents: each('patents', cv.patents),
    talks: each('talks', cv.talks),
    lectures: each('lectures', cv.lectures),
    projects: each('projects', cv.projects),
    awards: each('awards', cv.awards),
    grants: each('grants', cv.grants),
    teaching: each('teaching', cv.teaching),
    supervision: each('supervision', cv.supervision),
    service: each('service', cv.service),
    news: each('news', cv.news),
    freePages: each('pages', cv.freePages),
    people: each('people', cv.people),
  };
}
