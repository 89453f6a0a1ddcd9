/**
 * Validates a whole content tree: every file on its own (encoding, front matter,
 * schema), then across files (unique ids, references that resolve, required
 * files present). Pure: takes file bytes, returns problems with file and line.
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import { ENTRY_ID, MAX_ID_LENGTH } from '../schemas/atoms.ts';
import { references, sections, type SectionName } from '../schemas/sections.ts';
import { INLINE_TAGS } from '../lib/inlineTags.ts';
import { fieldName, issuesToProblems, knownKeys } from './issues.ts';
import { disallowedMarkup } from './markup.ts';

export interface ContentFile {
  /** Path relative to the content folder, with forward slashes: `publications/foo.md`. */
  readonly path: string;
  /** Raw file contents. */
  readonly bytes: Uint8Array;
}

export interface Problem {
  /** Path relative to the content folder. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
  /** Front-matter field, when the problem is about one. */
  readonly field?: string;
  /** What was found and what was expected. */
  readonly message: string;
  /** Warnings are printed but do not fail the check. */
  readonly severity?: 'warning';
}

export interface ValidEntry {
  readonly section: SectionName;
  readonly id: string;
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** The parsed front matter, to point at a field's line in cross-file problems. */
  readonly yaml: ReturnType<typeof parseYaml>;
}

/** Content files above this size are rejected: no CV entry is that long, and it protects the build. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Which section a path belongs to, and the entry id it defines. */
function classify(path: string): { section: SectionName; id: string } | { error: string } {
  for (const [name, section] of Object.entries(sections) as [SectionName, (typeof sections)[SectionName]][]) {
    if (section.shape === 'file' && path === section.path) return { section: name, id: name };
    if (section.shape === 'folder' && path.startsWith(`${section.path}/`)) {
      const base = path.slice(path.lastIndexOf('/') + 1);
      if (!base.endsWith('.md')) return { error: `unexpected file type; content files are Markdown with a .md extension` };
      const id = base.slice(0, -3);
      if (!ENTRY_ID.test(id)) {
        return { error: `file name "${base}" must use lowercase letters, digits and hyphens only (it becomes the page URL)` };
      }
      if (id.length > MAX_ID_LENGTH) return { error: `file name "${base}" is ${id.length} characters long; expected at most ${MAX_ID_LENGTH} before .md` };
      return { section: name, id };
    }
  }
  const known = Object.values(sections).map((section) => section.path).join(', ');
  return { error: `not part of any content section; expected one of: ${known}` };
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Parses front matter with the YAML 1.2 core schema: dates stay the strings the
 * author wrote (js-yaml would silently turn 2022-02-30 into 2 March), tabs and
 * duplicate keys are errors.
 */
function parseYaml(yamlText: string): { document: Document.Parsed; lines: LineCounter } {
  const lines = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: lines, schema: 'core', uniqueKeys: true, prettyErrors: true });
  return { document, lines };
}

/** The line of the deepest YAML node on `path` (the key's line for a map entry), 1-based within the YAML text. */
function locate({ document, lines }: ReturnType<typeof parseYaml>, path: readonly PropertyKey[]): number | undefined {
  const lineOf = (node: unknown) => ((node as Node | null)?.range ? lines.linePos((node as Node).range![0]).line : undefined);
  let node: unknown = document.contents;
  let line = lineOf(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      line = lineOf(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = lineOf(node) ?? line;
    } else break;
  }
  return line;
}

/** The first front-matter line with an odd number of unescaped double quotes, 1-based in the file. */
function unbalancedQuoteLine(source: string): number | undefined {
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  const index = lines.slice(1, end < 0 ? undefined : end).findIndex((line) => (line.match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1);
  return index < 0 ? undefined : index + 2;
}

interface FileResult {
  readonly problems: Problem[];
  readonly entry?: ValidEntry;
}

/** Decode, split front matter, validate against the section schema. */
export function checkFile(file: ContentFile): FileResult {
  const at = (message: string, line?: number, field?: string): Problem => ({
    file: file.path,
    message,
    ...(line === undefined ? {} : { line }),
    ...(field === undefined ? {} : { field }),
  });
  const place = classify(file.path);
  if ('error' in place) return { problems: [at(place.error)] };
  const section = sections[place.section];

  if (file.bytes.length > MAX_FILE_BYTES) {
    const size = (file.bytes.length / 1024 / 1024).toFixed(1);
    return { problems: [at(`file is ${size} MB; expected a content file under 1 MB`)] };
  }
  if (file.bytes.subarray(0, 8192).includes(0)) return { problems: [at('binary file; expected a Markdown text file')] };
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    const valid = new TextDecoder('utf-8').decode(file.bytes);
    const line = lineOfOffset(valid, valid.indexOf('\uFFFD'));
    return { problems: [at('invalid UTF-8 byte sequence; expected the file saved as UTF-8', line)] };
  }
  source = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim() === '') return { problems: [at('empty file; expected front matter between --- lines')] };
  if (!source.startsWith('---\n')) {
    return { problems: [at('no front matter; expected the file to start with a line "---", the fields, then "---"', 1)] };
  }

  let yaml: ReturnType<typeof parseYaml> | undefined;
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options also turns off gray-matter's cache, which would share objects between files.
    parsed = matter(source, {
      engines: {
        yaml: (text: string) => {
          yaml = parseYaml(text);
          const [error] = yaml.document.errors;
          if (error) throw error;
          return yaml.document.toJS() ?? {};
        },
      },
    });
  } catch (error) {
    const yamlError = error as { linePos?: [{ line: number }]; code?: string; message: string };
    const reason = yamlError.code === 'DUPLICATE_KEY' ? 'the same field appears twice' : yamlError.message.split(' at line')[0]!.replace('"quote', 'quote mark');
    // gray-matter's YAML text starts on the opening --- line, so its line numbers are file line numbers.
    // YAML notices an unclosed quote only where the text ends; point at the line that opened it instead.
    const line = yamlError.code === 'MISSING_CHAR' ? (unbalancedQuoteLine(source) ?? yamlError.linePos?.[0].line) : yamlError.linePos?.[0].line;
    return { problems: [at(`front matter is not valid YAML: ${reason}`, line)] };
  }
  const body = parsed.content.trim();
  const yamlDocument = yaml ?? parseYaml('');

  const problems: Problem[] = [];
  if (section.bodyRequired && body === '') {
    problems.push(at('the text after the front matter is empty; expected the Markdown body (e.g. the short bio)'));
  }
  const result = section.schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    for (const issue of issuesToProblems(result.error.issues, (path) => knownKeys(section.schema, path))) {
      const field = fieldName(issue.path);
      problems.push(at(issue.message, locate(yamlDocument, issue.path), field || undefined));
    }
  }
  if (problems.length > 0 || !result.success) return { problems };
  const data = result.data as Record<string, unknown>;
  for (const field of section.markupFields) {
    const value = data[field];
    const removed = typeof value === 'string' ? disallowedMarkup(value) : [];
    if (removed.length > 0) {
      problems.push({
        file: file.path,
        line: locate(yamlDocument, [field]) ?? 1,
        field,
        severity: 'warning',
        message: `markup that will be removed: ${removed.join(' ')}; allowed are ${INLINE_TAGS.map((tag) => `<${tag}>`).join(' ')} and <span lang>`,
      });
    }
  }
  return {
    problems,
    entry: { section: place.section, id: place.id, file: file.path, data, body, yaml: yamlDocument },
  };
}

/** Checks every file, then ids, references and required files across the tree. All problems, sorted by file and line. */
export function checkContentTree(files: readonly ContentFile[]): { problems: Problem[]; entries: ValidEntry[] } {
  const results = files.map(checkFile);
  const problems = results.flatMap((result) => result.problems);
  const entries = results.flatMap((result) => (result.entry ? [result.entry] : []));

  const seen = new Map<string, string>();
  for (const file of files) {
    const place = classify(file.path);
    if ('error' in place) continue;
    const key = `${place.section}/${place.id}`;
    const first = seen.get(key);
    if (first) problems.push({ file: file.path, message: `duplicate id "${place.id}": ${first} already uses it; rename one file` });
    else seen.set(key, file.path);
  }

  if (!files.some((file) => file.path === sections.profile.path)) {
    problems.push({ file: sections.profile.path, message: 'missing; expected content/profile.md with your name and bio' });
  }

  for (const reference of references) {
    const targets = new Set(entries.filter((entry) => entry.section === reference.to).map((entry) => entry.id));
    for (const entry of entries.filter((candidate) => candidate.section === reference.from)) {
      const target = entry.data[reference.field];
      if (typeof target === 'string' && !targets.has(target)) {
        problems.push({
          file: entry.file,
          line: locate(entry.yaml, [reference.field]) ?? 1,
          field: reference.field,
          message: `"${target}" names no file in content/${sections[reference.to].path}/; expected the id (file name without .md) of an existing entry`,
        });
      }
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, entries };
}

/** `content/publications/foo.md:12 authors[2]: expected …; found …` (warnings say so). */
export function formatProblem(problem: Problem, root = 'content'): string {
  const where = `${root}/${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}`;
  return `${where}${problem.field ? ` ${problem.field}` : ''}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}
