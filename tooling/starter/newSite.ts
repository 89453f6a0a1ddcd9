/**
 * The files of a new site: a profile with the owner's name, its author-list form
 * and e-mail, the settings with every default written out, and one example file
 * per section under _examples/ (never built) to copy from, in the site's language:
 * the words of the bio and the examples come from the language's table in lang/.
 * Pure: options in, files or the reasons they cannot be made out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import type { CATALOGUE_LANGUAGES } from '../../src/i18n/index.ts';
import { displayName } from '../../src/lib/names.ts';
import { SCHEMA_FOLDER } from '../../src/pipeline/editorManifest.ts';
import { siteLanguage } from '../../src/schemas/settings.ts';
import { de } from './lang/de.ts';
import { en, type StarterTexts } from './lang/en.ts';

/** The starter's words in every language the site can be in: adding an interface language means adding its table here. */
const STARTER_TEXTS = { en, de } satisfies Record<(typeof CATALOGUE_LANGUAGES)[number], StarterTexts>;

export interface NewSite {
  readonly name: string;
  readonly email: string;
  readonly role?: string | undefined;
  readonly affiliation?: string | undefined;
  /** The site's language, a tag as `language` in the settings takes it (en, de, de-AT). */
  readonly language: string;
  /** Where vita's JSON Schemas are, relative to the new folder, for the editors' schema line in settings.yaml (default ../schemas). */
  readonly schemaFolder?: string | undefined;
}

export interface NewFile {
  /** Path inside the content folder, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

const STARTER = import.meta.dirname;
/** The folder the examples go to: folders starting with "_" are never built. */
export const EXAMPLES_FOLDER = '_examples';
/** The languages `--language` takes, without a region. */
export const STARTER_LANGUAGES = Object.keys(STARTER_TEXTS);

const oneLine = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !/[\n\r]/.test(value));

/** Why the options cannot make a site: one line each, empty when they can. */
export function newSiteProblems(site: { readonly [K in keyof NewSite]?: string | undefined }): string[] {
  const problems: string[] = [];
  if (!oneLine.safeParse(site.name ?? '').success) problems.push('--name: expected your name as it should appear on the site, e.g. --name "Ada Lovelace"');
  if (!z.email().safeParse(site.email?.trim() ?? '').success) problems.push(`--email: expected an e-mail address such as ada@example.org; found "${site.email ?? ''}"`);
  for (const field of ['role', 'affiliation'] as const) {
    if (site[field] !== undefined && !oneLine.safeParse(site[field]).success) problems.push(`--${field}: expected one line of text`);
  }
  if (site.language !== undefined && !siteLanguage.safeParse(site.language).success) {
    problems.push(`--language: expected a language the site can be in: ${STARTER_LANGUAGES.join(', ')} (optionally with a region, e.g. en-GB, de-AT); found "${site.language}"`);
  }
  return problems;
}

/** The table of a valid language tag. */
const textsOf = (language: string): StarterTexts => STARTER_TEXTS[siteLanguage.parse(language).split('-')[0] as keyof typeof STARTER_TEXTS];

/** `template` with every {{key}} replaced by its value; a key without one is a mistake in the starter. */
function filled(template: string, values: Readonly<Record<string, string>>, file: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`tooling/starter/${file}: {{${key}}} has no text in the starter's language table`);
    return value;
  });
}

/** A JSON string is a valid YAML double-quoted scalar: safe for any name. */
const yamlString = (text: string) => JSON.stringify(text.trim());

function profileText(site: NewSite): string {
  const { name, email, role, affiliation } = site;
  const texts = textsOf(site.language);
  const lines = [
    '---',
    `name: ${yamlString(name)}`,
    '# How your name appears in author lists; add former names or other spellings to have them emphasised too.',
    'aliases:',
    `  - ${yamlString(displayName(name.trim(), 'family-initials'))}`,
    ...(role ? [`role: ${yamlString(role)}`] : []),
    ...(affiliation ? [`affiliation: ${yamlString(affiliation)}`] : []),
    'contact:',
    `  email: ${yamlString(email)}`,
    '---',
    '',
  ];
  return `${lines.join('\n')}${texts.bio({ name: name.trim(), role, affiliation })}\n\n<!-- ${texts.replaceBio} -->\n`;
}

/** The settings file, every default written out, with `language`, and the schema line editors read (`schemaFolder` relative to the content folder). */
export function starterSettings(language: string, schemaFolder = `../${SCHEMA_FOLDER}`): string {
  const values = { language: siteLanguage.parse(language), schema: `${schemaFolder}/settings.schema.json` };
  return filled(readFileSync(join(STARTER, 'settings.yaml'), 'utf8'), values, 'settings.yaml');
}

/** The example files in a language, by their path in a content folder (awards/best-paper-2021.md). */
export function starterExamples(language: string): NewFile[] {
  const folder = join(STARTER, 'examples');
  const { examples } = textsOf(language);
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => {
      const path = relative(folder, join(item.parentPath, item.name)).split(sep).join('/');
      return { path, text: filled(readFileSync(join(folder, path), 'utf8'), examples, `examples/${path}`) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every file of the new content folder. */
export function newSiteFiles(site: NewSite): NewFile[] {
  return [
    { path: 'profile.md', text: profileText(site) },
    { path: 'settings.yaml', text: starterSettings(site.language, site.schemaFolder) },
    ...starterExamples(site.language).map((file) => ({ ...file, path: `${EXAMPLES_FOLDER}/${file.path}` })),
  ];
}
