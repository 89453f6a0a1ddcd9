/**
 * Translations across the tree: fields written per language (`{ en: …, de: … }`)
 * may name only the site's languages, a translation file (`<id>.<lang>.md`) needs
 * its entry and a language of the site other than the default, and what a
 * translation lacks is listed per language (a warning, or an error when the
 * settings' `missingTranslations` asks for it). Each entry's fields become the
 * text in the default language, its translations beside them. Pure: entries in.
 */
import { languageKey, type Settings } from '../schemas/settings.ts';
import { type EntryTranslations, Translations } from '../schemas/translations.ts';
import type { ValidEntry } from './checkFile.ts';
import { fieldName } from './issues.ts';
import type { Problem } from './problems.ts';
import { lineOf } from './yaml.ts';

/** The languages of a site as maps and files name them, the default first. */
export function siteLanguageKeys(settings: Pick<Settings, 'language' | 'languages'>): string[] {
  return (settings.languages ?? [settings.language]).map(languageKey);
}

/** Sections whose text is a work's own, in the work's language (an abstract): no translation is missing from them. */
const WORKS = new Set(['publications', 'patents', 'talks', 'lectures']);

/** A field whose text is the title as published, in the entry's `language`: its translations are shown beside it. */
export const isOriginal = (section: string, path: string): boolean => WORKS.has(section) && path === 'title';

/** A path in the checked fields as translations name it: "responsibilities.1". */
export const pathKey = (path: readonly (string | number)[]): string => path.join('.');

/** English names of the languages, for messages. */
const languageName = (key: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(key) ?? key;

interface Resolved {
  readonly data: Record<string, unknown>;
  readonly fields: Record<string, Record<string, string>>;
  /** The languages each field written per language names, with its path, for messages. */
  readonly maps: readonly { readonly path: (string | number)[]; readonly languages: readonly string[] }[];
}

/**
 * The fields with each `Translations` replaced by its text in `preferred` order (the default language first; for a
 * work's title its own language), the translations by path beside them.
 */
export function resolveFields(data: Record<string, unknown>, preferred: (path: string) => readonly string[]): Resolved {
  const fields: Record<string, Record<string, string>> = {};
  const maps: { path: (string | number)[]; languages: string[] }[] = [];
  const visit = (value: unknown, path: (string | number)[]): unknown => {
    if (value instanceof Translations) {
      const key = pathKey(path);
      const languages = Object.keys(value.byLanguage);
      fields[key] = { ...value.byLanguage };
      maps.push({ path, languages });
      const chosen = [...preferred(key), ...languages].find((language) => value.byLanguage[language] !== undefined)!;
      return value.byLanguage[chosen];
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...path, index]));
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visit(item, [...path, key])]));
    }
    return value;
  };
  return { data: visit(data, []) as Record<string, unknown>, fields, maps };
}

/** The settings with their own fields written per language (topic labels, navigation labels) resolved, their translations beside them. */
export function resolveSettingsFields(data: Record<string, unknown>): { settings: Record<string, unknown>; translations: EntryTranslations['fields'] } {
  const [byDefault] = siteLanguageKeys(data as unknown as Settings);
  const resolved = resolveFields(data, () => [byDefault!]);
  return { settings: resolved.data, translations: resolved.fields };
}

export interface TranslatedTree {
  /** The entries, translation files merged into them, every field its text. */
  readonly entries: ValidEntry[];
  /** The translation files, checked, for checks that read every text (the PDF's fonts). */
  readonly files: ValidEntry[];
  readonly problems: Problem[];
}

/**
 * Merges translation files into their entries and resolves every field written per language; problems with file, line and field. `broken`: ids with errors of their own, by section;
 * `siteLanguages`: the site's languages (keys, the default first) when they are not the folder's settings' (a group's member has the group's).
 */
export function translateTree(all: readonly ValidEntry[], broken: ReadonlyMap<string, ReadonlySet<string>>, siteLanguages?: readonly string[]): TranslatedTree {
  const brokenSettings = broken.has('settings');
  const settingsEntry = all.find((entry) => entry.section === 'settings');
  const settings = (settingsEntry?.data ?? { language: 'en' }) as unknown as Settings;
  const keys = siteLanguages === undefined ? siteLanguageKeys(settings) : [...siteLanguages];
  const [byDefault] = keys as [string];
  const severity: Problem['severity'] = settings.missingTranslations === 'error' ? undefined : 'warning';
  const problems: Problem[] = [];
  if (settingsEntry && settings.languages !== undefined && settingsEntry.yaml.document.has('language')) {
    problems.push({
      file: settingsEntry.file,
      line: lineOf(settingsEntry.yaml, ['languages']) ?? 1,
      field: 'languages',
      message: `expected either language (a site in one language) or languages (several, the default first), not both; write languages: [${keys.join(', ')}] alone`,
    });
  }
  // Each other language has the site under its code: a free page there would be hidden by it.
  for (const page of all.filter((entry) => entry.section === 'pages' && entry.language === undefined && keys.slice(1).includes(entry.id))) {
    problems.push({ file: page.file, message: `the page would be at /${page.id}/, where the ${languageName(page.id)} version of the site is; rename the file` });
  }
  const files = all.filter((entry) => entry.language !== undefined);
  const bodies = new Map<string, Record<string, string>>();
  for (const file of files) {
    const language = file.language!;
    const owner = all.find((entry) => entry.language === undefined && entry.section === file.section && entry.id === file.id);
    const own = `${file.id}.md`;
    if (!owner && broken.get(file.section)?.has(file.id)) continue;
    if (!owner) problems.push({ file: file.file, message: `a translation of ${own}, which does not exist; expected the entry's own file beside it` });
    else if (!brokenSettings && !keys.includes(language)) {
      problems.push({
        file: file.file,
        message: `a translation into ${languageName(language)} (${language}), which is not a language of the site; expected one of: ${keys.slice(1).join(', ') || `none (add languages: [${byDefault}, ${language}] to settings.yaml)`}`,
      });
    } else if (!brokenSettings && language === byDefault) {
      problems.push({
        file: file.file,
        message: `${languageName(language)} (${language}) is the site's default language, whose text is in ${own}; expected a translation into ${keys.slice(1).join(', ') || 'another language of the site'}`,
      });
    } else {
      const key = `${file.section}/${file.id}`;
      bodies.set(key, { ...bodies.get(key), [language]: file.body });
    }
  }
  const entries = all
    .filter((entry) => entry.language === undefined)
    .map((entry): ValidEntry => {
      if (entry.section === 'settings') {
        const { settings: resolved, translations } = resolveSettingsFields(entry.data);
        return { ...entry, data: resolved, ...(Object.keys(translations).length > 0 ? { translations: { fields: translations, bodies: {} } } : {}) };
      }
      const own = typeof entry.data['language'] === 'string' ? languageKey(entry.data['language']) : undefined;
      const resolved = resolveFields(entry.data, (path) => (own !== undefined && isOriginal(entry.section, path) ? [own, byDefault] : [byDefault]));
      const at = (path: readonly (string | number)[], message: string, level: Problem['severity']): Problem => ({
        file: entry.file,
        line: lineOf(entry.yaml, path) ?? 1,
        field: fieldName(path),
        message,
        ...(level ? { severity: level } : {}),
      });
      for (const { path, languages } of resolved.maps) {
        if (brokenSettings) continue;
        // A work's title may keep the language it was published in beside the site's.
        const allowed = own !== undefined && isOriginal(entry.section, pathKey(path)) ? [...keys, own] : keys;
        for (const language of languages.filter((name) => !allowed.includes(name))) {
          problems.push(
            at(
              [...path, language],
              `a translation into ${languageName(language)} (${language}), which is not a language of the site; expected one of: ${keys.join(', ')} (settings.yaml's languages)`,
              undefined,
            ),
          );
        }
        const missing = keys.filter((language) => !languages.includes(language));
        if (missing.length > 0 && !isOriginal(entry.section, pathKey(path))) {
          problems.push(
            at(
              path,
              `no translation into ${missing.map((language) => `${languageName(language)} (${language})`).join(', ')}; those pages show the ${languageName(languages.includes(byDefault) ? byDefault : languages[0]!)} text`,
              severity,
            ),
          );
        }
      }
      const translatedBodies = bodies.get(`${entry.section}/${entry.id}`) ?? {};
      if (!brokenSettings && entry.body !== '' && !WORKS.has(entry.section)) {
        const missing = keys.slice(1).filter((language) => translatedBodies[language] === undefined);
        if (missing.length > 0) {
          const names = missing.map((language) => `${entry.id}.${language}.md`).join(', ');
          problems.push({
            file: entry.file,
            line: entry.bodyLine,
            message: `the text has no translation into ${missing.map(languageName).join(', ')} (${names} beside it); those pages show the ${languageName(byDefault)} text`,
            ...(severity ? { severity } : {}),
          });
        }
      }
      const translated = Object.keys(resolved.fields).length > 0 || Object.keys(translatedBodies).length > 0;
      return { ...entry, data: resolved.data, ...(translated ? { translations: { fields: resolved.fields, bodies: translatedBodies } } : {}) };
    });
  return { entries, files, problems };
}
