/**
 * Checks one content file on its own: where it belongs, its encoding, its front
 * matter (YAML 1.2 core schema), and its fields against the section's schema.
 * Pure: bytes in, problems and the validated entry out. The content check, the
 * Astro loader (build and dev server) and the importers all use this one path.
 */
import matter from 'gray-matter';
import type { Nodes as HastNode } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes as MdastNode } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { z } from 'zod';
import { CONTROL, characterName } from '../lib/text/characters.ts';
import { shorten } from '../lib/text/documentTitle.ts';
import { INLINE_TAGS } from '../lib/markdown/inlineTags.ts';
import { formulasIn, texProblem } from '../lib/markdown/math.ts';
import { foreignSources, isForeign } from '../lib/markdown/sameHostMedia.ts';
import { ENTRY_ID, MAX_ID_LENGTH } from '../schemas/atoms.ts';
import { metricsSchema } from '../schemas/metrics.ts';
import { orcidWorksSchema } from '../schemas/orcidWorks.ts';
import { METRICS_FILE, NARRATIVE_FILE, ORCID_FILE, SETTINGS_FILE, sections, type SectionName } from '../schemas/sections.ts';
import { narrativeSchema } from '../schemas/narrative.ts';
import { settingsSchema } from '../schemas/settings.ts';
import { type EntryTranslations, Translations } from '../schemas/translations.ts';
import { fieldName, issuesToProblems, knownKeys } from './issues.ts';
import { badLanguageTags, blockMarkup, disallowedMarkup, tooDeep } from './markup.ts';
import type { Problem } from './problems.ts';
import { MAX_FILE_BYTES, tooLarge, type ContentFile } from './readTree.ts';
import { cutByComment, lineOf, parseYaml, sourceText, yamlErrorMessage, type ParsedYaml } from './yaml.ts';
import { bundledLocales, styleProblems } from './citationStyle.ts';

/** Where a file belongs: a section entry (or its text in another language), or one of the data files (settings, citation counts). */
export type Place =
  | { readonly section: SectionName; readonly id: string; readonly language?: string }
  | { readonly section: 'settings'; readonly id: 'settings' }
  | { readonly section: 'metrics'; readonly id: 'metrics' }
  | { readonly section: 'orcid'; readonly id: 'orcid' }
  | { readonly section: 'narrative'; readonly id: 'narrative' }
  | { readonly section: 'style'; readonly id: string };

/** The data files beside the sections: no front matter, all fields (JSON is YAML too). */
const DATA_FILES = {
  [SETTINGS_FILE]: { section: 'settings', schema: settingsSchema },
  [METRICS_FILE]: { section: 'metrics', schema: metricsSchema },
  [ORCID_FILE]: { section: 'orcid', schema: orcidWorksSchema },
  [NARRATIVE_FILE]: { section: 'narrative', schema: narrativeSchema },
} as const;

export interface ValidEntry {
  readonly section: Place['section'];
  readonly id: string;
  readonly file: string;
  /** The fields as the schema outputs them (defaults filled, values normalised). */
  readonly data: Record<string, unknown>;
  /** The Markdown body, trimmed. */
  readonly body: string;
  /** The file line the body starts on, to point at a line of it. */
  readonly bodyLine: number;
  /** The parsed front matter, to point at a field's line in cross-file problems. */
  readonly yaml: ParsedYaml;
  /** The language of a translation file (`<id>.<lang>.md`), which holds only the entry's text in that language. */
  readonly language?: string;
  /** The entry's fields written per language and its text in other languages, once the tree is checked (./translations.ts). */
  readonly translations?: EntryTranslations;
}

export interface FileResult {
  readonly problems: Problem[];
  readonly entry?: ValidEntry;
}

/** Whether a place is one of the data files (settings, citation counts, the ORCID comparison, the narrative). */
export const isDataFile = (place: Place): place is Extract<Place, { section: (typeof DATA_FILES)[keyof typeof DATA_FILES]['section'] }> =>
  (Object.values(DATA_FILES) as { section: string }[]).some((data) => data.section === place.section);

/** `<name>.<lang>.md`: the text of an entry in another language. */
const TRANSLATION_FILE = /^(.+)\.([a-z]{2,3})\.md$/;

/** Which section a path belongs to, and the entry id it defines (with the language of a translation file). */
export function classify(path: string): Place | { error: string } {
  if (path === SETTINGS_FILE) return { section: 'settings', id: 'settings' };
  if (path === METRICS_FILE) return { section: 'metrics', id: 'metrics' };
  if (path === ORCID_FILE) return { section: 'orcid', id: 'orcid' };
  if (path === NARRATIVE_FILE) return { section: 'narrative', id: 'narrative' };
  // A citation style the settings may name (citationStyle: my-journal.csl).
  if (!path.includes('/') && path.endsWith('.csl')) return { section: 'style', id: path };
  const translation = TRANSLATION_FILE.exec(path);
  if (translation) {
    const place = classify(`${translation[1]}.md`);
    return 'error' in place || isDataFile(place) || place.section === 'style' ? place : { ...place, language: translation[2]! };
  }
  for (const [name, section] of Object.entries(sections) as [SectionName, (typeof sections)[SectionName]][]) {
    if (section.shape === 'file' && path === section.path) return { section: name, id: name };
    if (section.shape === 'folder' && path.startsWith(`${section.path}/`)) {
      const base = path.slice(path.lastIndexOf('/') + 1);
      if (!base.endsWith('.md')) return { error: 'unexpected file type; content files are Markdown with a .md extension' };
      const id = base.slice(0, -3);
      if (!ENTRY_ID.test(id)) {
        const odd = [...id].findIndex((character) => !/[a-z0-9-]/.test(character));
        const which = odd >= 0 ? `; ${characterName([...id][odd]!)} at position ${odd + 1} is not one` : '';
        return { error: `file name "${base}" must use lowercase letters, digits and hyphens only, starting with a letter or digit (it becomes the page URL)${which}` };
      }
      if (id.length > MAX_ID_LENGTH) return { error: `file name "${base}" is ${id.length} characters long before .md; expected at most ${MAX_ID_LENGTH}` };
      return { section: name, id };
    }
  }
  const known = [...Object.values(sections).map((section) => section.path), ...Object.keys(DATA_FILES), '<style>.csl'].join(', ');
  return { error: `not part of any content section; expected one of: ${known}` };
}

/**
 * Images in a body that a browser would fetch from another host, with their 1-based line in the body:
 * Markdown images (inline and by reference) read by the Markdown parser, and every src, srcset and poster
 * of raw HTML read by the HTML parser the renderer uses, each address resolved as a browser resolves it.
 */
function foreignMedia(body: string): { address: string; line: number }[] {
  const found: { address: string; line: number }[] = [];
  if (body.includes('![')) {
    const tree = fromMarkdown(body);
    const definitions = new Map<string, string>();
    const images: { line: number; url: () => string | undefined }[] = [];
    const visit = (node: MdastNode) => {
      const line = node.position?.start.line ?? 1;
      if (node.type === 'definition') definitions.set(node.identifier, node.url);
      else if (node.type === 'image') images.push({ line, url: () => node.url });
      else if (node.type === 'imageReference') images.push({ line, url: () => definitions.get(node.identifier) });
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
    for (const image of images) {
      const url = image.url();
      if (url !== undefined && isForeign(url)) found.push({ address: url, line: image.line });
    }
  }
  if (/\b(?:src|srcset|poster)\s*=/i.test(body)) {
    const visit = (node: HastNode) => {
      if (node.type === 'element') for (const address of foreignSources(node)) found.push({ address, line: node.position?.start.line ?? 1 });
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(fromHtml(body, { fragment: true }));
  }
  return found.sort((a, b) => a.line - b.line);
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The first front-matter line with an odd number of unescaped double quotes, 1-based in the file. */
function unbalancedQuoteLine(source: string): number | undefined {
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  const index = lines.slice(1, end < 0 ? undefined : end).findIndex((line) => (line.match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1);
  return index < 0 ? undefined : index + 2;
}

/** Every string in the parsed front matter in Unicode NFC, so "GÜ" typed as G + U + ◌̈ (macOS) is the "GÜ" the schema expects. */
function normalised(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalised);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, normalised(field)]));
  }
  return value;
}

type Split = { yaml: ParsedYaml; data: unknown; body: string } | { problem: { message: string; line?: number } };

/** A Markdown file's front matter (between --- lines) and body. */
function splitMarkdown(source: string): Split {
  if (!source.startsWith('---\n')) return { problem: { message: 'no front matter; expected the file to start with a line "---", the fields, then "---"', line: 1 } };
  if (!/\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.test(source.slice(3))) {
    return { problem: { message: 'the front matter has no closing "---" line; expected the fields between two lines "---"', line: 1 } };
  }
  let yaml: ParsedYaml | undefined;
  try {
    // Passing options also turns off gray-matter's cache, which would share objects between files.
    const parsed = matter(source, {
      engines: {
        yaml: (text: string) => {
          // gray-matter's YAML text starts on the opening --- line, so its line numbers are file line numbers.
          yaml = parseYaml(text);
          const [error] = yaml.document.errors;
          if (error) throw error;
          return (yaml.document.toJS() ?? {}) as object;
        },
      },
    });
    return { yaml: yaml ?? parseYaml(''), data: parsed.data, body: parsed.content.trim() };
  } catch (error) {
    return { problem: yamlProblem(error as YamlError, source) };
  }
}

type YamlError = { linePos?: [{ line: number }]; code?: string; message: string };

function yamlProblem(error: YamlError, source: string): { message: string; line?: number } {
  // YAML notices an unclosed quote only where the text ends; point at the line that opened it instead.
  const line = error.code === 'MISSING_CHAR' ? (unbalancedQuoteLine(source) ?? error.linePos?.[0].line) : error.linePos?.[0].line;
  const text = line === undefined ? '' : (source.split('\n')[line - 1] ?? '');
  return { message: `front matter is not valid YAML: ${yamlErrorMessage(error, text)}`, ...(line === undefined ? {} : { line }) };
}

/** A YAML file (the settings): all of it is fields, there is no body. */
function splitYaml(source: string): Split {
  const yaml = parseYaml(source);
  try {
    const [error] = yaml.document.errors;
    if (error) throw error;
    return { yaml, data: yaml.document.toJS() ?? {}, body: '' };
  } catch (error) {
    const { message, line } = yamlProblem(error as YamlError, source);
    return { problem: { message: message.replace('front matter is', 'the file is'), ...(line === undefined ? {} : { line }) } };
  }
}

/** A sentence for each formula (`$…$`) that Temml cannot render, quoting at most its beginning. */
function formulaProblems(text: string): string[] {
  if (!text.includes('$')) return [];
  return formulasIn(text).flatMap((tex) => {
    const problem = texProblem(tex);
    return problem === undefined
      ? []
      : [`the formula $${shorten(tex, 60)}$ cannot be rendered: ${shorten(problem, 160)}; write it in TeX as Temml reads it, or \\$ for a dollar sign`];
  });
}

/** The locales a style may ask for: vita's bundled ones, read once. */
let locales: Record<string, string> | undefined;

/** A citation style in the content folder: a CSL file citeproc can format with (see citationStyle.ts). */
function checkStyleFile(file: ContentFile): FileResult {
  if (file.bytes.length > MAX_FILE_BYTES) return { problems: [{ file: file.path, message: tooLarge(file.bytes.length) }] };
  locales ??= bundledLocales(process.cwd());
  const xml = new TextDecoder('utf-8').decode(file.bytes);
  const problems = styleProblems(file.path, xml, locales);
  return problems.length > 0 ? { problems } : { problems, entry: { section: 'style', id: file.path, file: file.path, data: {}, body: '', bodyLine: 1, yaml: parseYaml('') } };
}

/** Decodes and splits, validates against the section's schema; all problems of the file at once. */
export function checkFile(file: ContentFile): FileResult {
  const at = (message: string, line?: number, field?: string, severity?: 'warning'): Problem => ({
    file: file.path,
    message,
    ...(line === undefined ? {} : { line }),
    ...(field === undefined ? {} : { field }),
    ...(severity === undefined ? {} : { severity }),
  });
  const place = classify(file.path);
  if ('error' in place) return { problems: [at(place.error)] };
  if (place.section === 'style') return checkStyleFile(file);
  const language = 'language' in place ? place.language : undefined;
  const isData = isDataFile(place);
  const schema: z.ZodType = isData ? DATA_FILES[file.path as keyof typeof DATA_FILES].schema : sections[place.section as SectionName].schema;

  if (file.bytes.length > MAX_FILE_BYTES) return { problems: [at(tooLarge(file.bytes.length))] };
  if (file.bytes.subarray(0, 8192).includes(0)) return { problems: [at('binary file; expected a Markdown text file')] };
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    const valid = new TextDecoder('utf-8').decode(file.bytes);
    return { problems: [at('invalid UTF-8 byte sequence; expected the file saved as UTF-8', lineOfOffset(valid, valid.indexOf('\uFFFD')))] };
  }
  source = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim() === '' && !isData) return { problems: [at('empty file; expected front matter between --- lines')] };

  if (language !== undefined && /^---[ \t]*\n/.test(source)) {
    return {
      problems: [at(`a translation file holds only the text in ${language}, without front matter; write translated fields in ${place.id}.md as { en: …, ${language}: … }`, 1)],
    };
  }
  const split: Split = isData ? splitYaml(source) : language !== undefined ? { yaml: parseYaml(''), data: {}, body: source.trim() } : splitMarkdown(source);
  if ('problem' in split) return { problems: [at(split.problem.message, split.problem.line)] };
  const { yaml, body } = split;

  const problems: Problem[] = [];
  const requiredBody = isData ? false : language !== undefined ? 'the text in this language' : sections[place.section as SectionName].bodyRequired;
  if (requiredBody && body === '') problems.push(at(`the text after the front matter is empty; expected the Markdown body (${requiredBody})`));
  const bodyStart = lineOfOffset(source, source.indexOf(body));
  [...body].forEach((character, index) => {
    if (CONTROL.test(character) && character !== '\n' && character !== '\t' && problems.length < 20) {
      problems.push(
        at(`the body contains ${characterName(character)}; expected text without control characters (paste it again as plain text)`, bodyStart + lineOfOffset(body, index) - 1),
      );
    }
  });

  const deep = tooDeep(body, true);
  for (const { message, index } of [...badLanguageTags(body), ...(deep ? [deep] : [])]) problems.push(at(`the body has ${message}`, bodyStart + lineOfOffset(body, index) - 1));

  for (const { address, line } of foreignMedia(body)) {
    problems.push(
      at(
        `image from another host (${address.replace(/\p{Cc}/gu, (character) => JSON.stringify(character).slice(1, -1))}): visitors' browsers would fetch it from there; put the file under public/ and write its path, e.g. /images/figure.png`,
        bodyStart + line - 1,
      ),
    );
  }

  for (const { path, value, rest } of cutByComment(yaml)) {
    const key = path.at(-1);
    const quoted = `${typeof key === 'string' ? `${key}: ` : ''}${JSON.stringify(value === '' ? rest : `${value} ${rest}`)}`;
    problems.push(at(`YAML read "${rest}" as a comment and left it out; to keep it, quote the value: ${quoted}`, lineOf(yaml, path), fieldName(path), 'warning'));
  }

  // A translation file has no fields: its text is all there is.
  const result = language !== undefined ? ({ success: true, data: {} } as const) : schema.safeParse(normalised(split.data), { reportInput: true });
  if (!result.success) {
    const issues = issuesToProblems(
      result.error.issues,
      (path, unknown) => knownKeys(schema, path, unknown),
      (path) => sourceText(yaml, path),
    );
    for (const issue of issues) problems.push(at(issue.message, lineOf(yaml, issue.path), fieldName(issue.path) || undefined));
  }
  // Formulas in the body are checked whatever the fields hold: a broken one shows on the page as TeX.
  const bodyFormulas = formulaProblems(body).map((message) => at(message, bodyStart));
  if (problems.length > 0 || !result.success) return { problems: [...problems, ...bodyFormulas] };

  const data = result.data as Record<string, unknown>;
  const markup = isData
    ? []
    : sections[place.section as SectionName].markupFields.flatMap((field) => {
        const value = data[field];
        if (value instanceof Translations) return Object.entries(value.byLanguage).map(([language, text]) => ({ field, value: text, line: lineOf(yaml, [field, language]) }));
        return typeof value === 'string' ? [{ field, value, line: lineOf(yaml, [field]) }] : [];
      });
  for (const { field, value, line = 1 } of markup) {
    const blocks = blockMarkup(value);
    if (blocks.length > 0) {
      problems.push(at(`block markup is not allowed in a one-line field: ${blocks.join(' ')}; allowed are ${INLINE_TAGS.map((tag) => `<${tag}>`).join(' ')}`, line, field));
      continue;
    }
    problems.push(...formulaProblems(value).map((message) => at(message, line, field)));
    const deepField = tooDeep(value, false);
    problems.push(...[...badLanguageTags(value), ...(deepField ? [deepField] : [])].map(({ message }) => at(message, line, field)));
    const removed = disallowedMarkup(value);
    if (removed.length > 0) {
      problems.push(at(`markup that will be removed: ${removed.join(' ')}; allowed are ${INLINE_TAGS.map((tag) => `<${tag}>`).join(' ')} and <span lang>`, line, field, 'warning'));
    }
  }
  problems.push(...bodyFormulas);
  return {
    problems,
    ...(problems.some((problem) => problem.severity !== 'warning')
      ? {}
      : { entry: { section: place.section, id: place.id, file: file.path, data, body, bodyLine: bodyStart, yaml, ...(language === undefined ? {} : { language }) } }),
  };
}
