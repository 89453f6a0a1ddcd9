/**
 * The site settings as the build uses them: content/settings.yaml (validated like
 * every content file; an absent file means all defaults) with the environment's
 * overrides for deployment: SITE_URL, BASE_PATH, LIST_LIMIT.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS_FILE } from '../schemas/sections.ts';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import type { EntryTranslations } from '../schemas/translations.ts';
import { checkFile } from './checkFile.ts';
import { resolveSettingsFields } from './translations.ts';

export interface ResolvedSettings extends Settings {
  /** The default language (the first of `languages`, or `language`). */
  readonly language: string;
  /** Every language of the site, the default first: `languages`, or `language` alone. */
  readonly languages: string[];
  /** Settings written per language (topic and navigation labels), by path: language → text. */
  readonly translations: EntryTranslations['fields'];
  /** Public origin of the site, when known (https://example.org); without it, absolute URLs are left out. */
  readonly site: string | undefined;
  /** Path the site lives under: "/" or "/vita/". */
  readonly base: string;
}

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/**
 * Reads the settings of a content folder. Invalid settings fall back to the
 * defaults here: the content check (and so the build) reports them with file,
 * line and field like any other content problem.
 */
export function resolveSettings(contentRoot: string, env: Record<string, string | undefined> = process.env): ResolvedSettings {
  const path = join(contentRoot, SETTINGS_FILE);
  const entry = existsSync(path) ? checkFile({ path: SETTINGS_FILE, bytes: readFileSync(path) }).entry : undefined;
  const { settings: checked, translations } = entry ? resolveSettingsFields(entry.data) : { settings: settingsSchema.parse({}), translations: {} };
  const settings = checked as Settings;
  const languages = settings.languages ?? [settings.language];
  const configured = settings.url === undefined ? undefined : new URL(settings.url);
  const siteUrl = env['SITE_URL'] ?? configured?.origin;
  const limit = Number(env['LIST_LIMIT']);
  return {
    ...settings,
    language: languages[0]!,
    languages,
    translations,
    site: siteUrl === undefined ? undefined : new URL(siteUrl).origin,
    base: withSlash(env['BASE_PATH'] ?? configured?.pathname ?? '/'),
    lists: { ...settings.lists, ...(Number.isInteger(limit) && limit > 0 ? { pageLimit: limit } : {}) },
  };
}
