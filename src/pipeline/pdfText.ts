/**
 * Text the PDF CV cannot set. Its fonts (src/pdf/fonts.ts) cover Latin, Greek, Cyrillic,
 * Hebrew, Chinese, Japanese, Korean, Arabic, several Indic scripts, Thai, Armenian, Georgian
 * and emoji; a character none of them has would print as an empty box, so the check refuses
 * it where it stands, in the files whose text the PDF shows.
 */
import { characterName, scriptName } from '../lib/text/characters.ts';
import { PDF_SCRIPTS, uncovered } from '../pdf/fonts.ts';
import { CV_SECTIONS, type CvSectionName } from '../schemas/settings.ts';
import type { ValidEntry } from './checkFile.ts';
import { fieldName } from './issues.ts';
import type { Problem } from './problems.ts';
import { lineOf } from './yaml.ts';

/** Sections whose Markdown body the PDF prints under the entry (the others' bodies are on the website only). */
const PRINTED_BODIES: ReadonlySet<string> = new Set<CvSectionName>(['experience', 'education', 'projects', 'grants', 'teaching', 'supervision']);

/** "ᠮ (U+182E, Mongolian)". */
function described(character: string): string {
  const script = scriptName(character);
  const code = characterName(character).split(' ')[0];
  return `"${character}" (${code}${script ? `, ${script}` : ''})`;
}

function message(missing: readonly string[]): string {
  const shown = missing.slice(0, 5).map(described).join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  return `the PDF CV has no font for ${shown}${more}; expected text in a script it can set (${PDF_SCRIPTS.join(', ')}), or the text transliterated into one of them`;
}

/** Every string in a parsed YAML value, with its path. */
function* strings(value: unknown, path: (string | number)[] = []): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/**
 * Whether every field of a front matter is text the PDF can set, seen from its source alone: a
 * value is a piece of the source, unless a backslash escape (\u182E) in it makes a character.
 * Most files pass, and their front matter is not parsed again (src/pipeline/checkCache.ts).
 */
const fieldsCovered = (source: string): boolean => !source.includes('\\') && uncovered(source.normalize('NFC')).length === 0;

/** Characters the PDF has no font for, in the profile, the people and the CV sections the PDF shows: each field and body line once. */
export function pdfTextProblems(entries: readonly ValidEntry[]): Problem[] {
  const settings = entries.find((entry) => entry.section === 'settings')?.data as { cv?: { sections?: readonly string[] } } | undefined;
  const printed = new Set<string>(['profile', 'people', ...(settings?.cv?.sections ?? CV_SECTIONS)]);
  return entries
    .filter((entry) => printed.has(entry.section))
    .flatMap((entry): Problem[] => {
      const fields = (fieldsCovered(entry.yaml.source) ? [] : [...strings(entry.yaml.document.toJS())]).flatMap(([value, path]): Problem[] => {
        const missing = uncovered(value.normalize('NFC'));
        return missing.length === 0 ? [] : [{ file: entry.file, line: lineOf(entry.yaml, path) ?? 1, field: fieldName(path), message: message(missing) }];
      });
      const body = PRINTED_BODIES.has(entry.section)
        ? entry.body.split('\n').flatMap((line, index): Problem[] => {
            const missing = uncovered(line.normalize('NFC'));
            return missing.length === 0 ? [] : [{ file: entry.file, line: entry.bodyLine + index, message: message(missing) }];
          })
        : [];
      return [...fields, ...body];
    });
}
