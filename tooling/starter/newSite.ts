/**
 * The files of a new site: a profile with the owner's name, its author-list form
 * and e-mail, the settings with every default written out, and one example file
 * per section under _examples/ (never built) to copy from. Pure: options in,
 * files or the reasons they cannot be made out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { displayName } from '../../src/lib/names.ts';

export interface NewSite {
  readonly name: string;
  readonly email: string;
  readonly role?: string | undefined;
  readonly affiliation?: string | undefined;
}

export interface NewFile {
  /** Path inside the content folder, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

const STARTER = import.meta.dirname;
/** The folder the examples go to: folders starting with "_" are never built. */
export const EXAMPLES_FOLDER = '_examples';

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
  return problems;
}

/** A JSON string is a valid YAML double-quoted scalar: safe for any name. */
const yamlString = (text: string) => JSON.stringify(text.trim());

function profileText({ name, email, role, affiliation }: NewSite): string {
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
  const position = role && affiliation ? `, ${role} at ${affiliation}` : role || affiliation ? `, ${role ?? affiliation}` : '';
  return `${lines.join('\n')}This is the website of ${name.trim()}${position}.\n\n<!-- Replace this with a few sentences about your work, in Markdown. -->\n`;
}

function examples(): NewFile[] {
  const folder = join(STARTER, 'examples');
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => {
      const path = join(item.parentPath, item.name);
      return { path: `${EXAMPLES_FOLDER}/${relative(folder, path).split(sep).join('/')}`, text: readFileSync(path, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every file of the new content folder. */
export function newSiteFiles(site: NewSite): NewFile[] {
  return [{ path: 'profile.md', text: profileText(site) }, { path: 'settings.yaml', text: readFileSync(join(STARTER, 'settings.yaml'), 'utf8') }, ...examples()];
}
