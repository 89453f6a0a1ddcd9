/**
 * Writes an entry of any section as a content file: YAML front matter with the
 * fields in the schema's order (quoted only where YAML needs it), then the body.
 * Publications keep their own format (publicationFile.ts), matching the shipped files.
 */
import { stringify } from 'yaml';
import { sectionFields, type SectionName } from '../../src/schemas/sections.ts';
import { publicationFile } from './publicationFile.ts';
import type { PublicationDraft } from './sourceEntry.ts';

/** The Markdown file for one entry of `section`; `siteLanguage` is the language a publication's title need not name. */
export function entryFile(section: SectionName, data: Readonly<Record<string, unknown>>, body = '', siteLanguage = 'en'): string {
  if (section === 'publications') return publicationFile(data as PublicationDraft, body, siteLanguage);
  const order = Object.keys(sectionFields(section));
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const ordered = Object.fromEntries(
    Object.entries(data)
      .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
      .sort(([a], [b]) => rank(a) - rank(b)),
  );
  const yaml = Object.keys(ordered).length === 0 ? '' : stringify(ordered, { lineWidth: 0, schema: 'core' });
  return `---\n${yaml}---\n${body.trim() === '' ? '' : `${body.trim()}\n`}`;
}
