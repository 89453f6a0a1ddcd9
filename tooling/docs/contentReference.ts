/**
 * Builds the README's content reference from the schemas themselves: every
 * field, whether it is required, its type, and its doc comment. The doc
 * comments are read from the schema sources, so documentation cannot drift.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { z } from 'zod';
import { narrativeSchema } from '../../src/schemas/narrative.ts';
import { NARRATIVE_FILE, SETTINGS_FILE, sections } from '../../src/schemas/sections.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { isTranslatable } from '../../src/schemas/translations.ts';
import { starterExamples, starterSettings } from '../starter/newSite.ts';

/** Doc comments by property chain: `patentMember.number`, `profileSchema.contact.email`. */
export function docComments(source: string): Map<string, string> {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const comments = new Map<string, string>();
  const commentOf = (node: ts.Node): string | undefined => {
    const ranges = ts.getLeadingCommentRanges(source, node.getFullStart()) ?? [];
    const last = ranges.at(-1);
    const text = last ? source.slice(last.pos, last.end) : '';
    return text.startsWith('/**')
      ? text
          .replace(/^\/\*\*\s*|\s*\*\/$/g, '')
          .replace(/\s*\n\s*\*\s*/g, ' ')
          .trim()
      : undefined;
  };
  const visit = (node: ts.Node, chain: string): void => {
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isIdentifier(node.name)) {
      const key = `${chain}.${node.name.text}`;
      const comment = commentOf(node);
      if (comment) comments.set(key, comment);
      if (ts.isPropertyAssignment(node)) ts.forEachChild(node.initializer, (child) => visit(child, key));
      return;
    }
    ts.forEachChild(node, (child) => visit(child, chain));
  };
  file.statements.forEach((statement) => {
    if (!ts.isVariableStatement(statement)) return;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) visit(declaration.initializer, declaration.name.text);
    }
  });
  return comments;
}

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string>;
  options?: AnySchema[];
  defaultValue?: unknown;
}
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** Strips optional/default/pipe wrappers, remembering a default value if there is one. */
function unwrap(schema: AnySchema): { core: AnySchema; fallback?: unknown } {
  let current = schema;
  let fallback: unknown;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'default') fallback = def.defaultValue;
    // A pipe is described by its input, unless that input is a preprocess step (then by its output).
    const pipeSide = def.in && defOf(def.in).type === 'transform' ? (def as { out?: AnySchema }).out : def.in;
    const next = def.innerType ?? (def.type === 'pipe' ? pipeSide : undefined);
    if (!next) return fallback === undefined ? { core: current } : { core: current, fallback };
    current = next;
  }
}

/** Whether a field may be left out; a preprocess step takes anything, so its output schema decides. */
function acceptsAbsence(schema: AnySchema): boolean {
  const def = defOf(schema) as Def & { out?: AnySchema };
  if (def.type === 'pipe' && def.in) return defOf(def.in).type === 'transform' && def.out ? acceptsAbsence(def.out) : acceptsAbsence(def.in);
  return schema._zod.optin === 'optional';
}

/** The value schema of a `withVisibility(value)` union, recognised by its `{ value, visibility }` branch. */
function visibilityValue(schema: AnySchema): AnySchema | undefined {
  const shapes = (defOf(schema).options ?? []).map((option) => defOf(unwrap(option).core).shape);
  const shape = shapes.find((candidate) => candidate && Object.keys(candidate).join() === 'value,visibility');
  return shape ? unwrap(shape['value']!).core : undefined;
}

/** A short type description for the reference table. */
function typeWord(schema: AnySchema): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true / false';
    case 'enum':
      return Object.values(def.entries ?? {})
        .map((value) => `\`${value}\``)
        .join(' \\| ');
    case 'array':
      return `list of ${typeWord(unwrap(def.element!).core)}`;
    case 'object':
      return 'fields below';
    case 'union': {
      if (isTranslatable(schema)) return `${typeWord(unwrap(def.options![0]!).core)} (or one per language, { en: …, de: … })`;
      const withVisibility = visibilityValue(schema);
      if (withVisibility) return `${typeWord(withVisibility)}, or { value, visibility }`;
      return [...new Set((def.options ?? []).map((option) => typeWord(unwrap(option).core)))].join(' or ');
    }
    case 'record': {
      const { valueType } = def as unknown as { valueType: AnySchema };
      return `mapping of names to ${typeWord(unwrap(valueType).core)}`;
    }
    default:
      return def.type;
  }
}

export interface FieldRow {
  readonly field: string;
  readonly required: boolean;
  readonly type: string;
  readonly description: string;
}

/** One field of an object schema as the walk meets it. */
export interface FieldVisit {
  /** The object schema the field belongs to. */
  readonly object: AnySchema;
  readonly key: string;
  /** The field's schema as declared (with its optional/default wrappers). */
  readonly field: AnySchema;
  /** `parent.child` for nested objects, `parent[].child` for list items. */
  readonly path: string;
  /** Its doc comment, or ''. */
  readonly description: string;
}

/**
 * Visits every field of `schema` (the object a cross-field check pipes from, for such a schema), nested
 * objects, list items and the forms of a list of alternatives included. `namesOf` names a schema object
 * declared on its own (its variable name), so its fields' doc comments can be found.
 */
export function visitFields(
  schema: AnySchema,
  root: string,
  comments: ReadonlyMap<string, string>,
  namesOf: (schema: AnySchema) => string | undefined,
  visit: (field: FieldVisit) => void,
): void {
  const walk = (object: AnySchema, chain: string, prefix: string) => {
    for (const [key, field] of Object.entries(defOf(object).shape ?? {})) {
      const { core } = unwrap(field);
      visit({ object, key, field, path: `${prefix}${key}`, description: comments.get(`${chain}.${key}`) ?? '' });
      const valueOfVisibility = visibilityValue(core);
      if (valueOfVisibility && defOf(valueOfVisibility).type === 'object') {
        walk(valueOfVisibility, namesOf(valueOfVisibility) ?? `${chain}.${key}`, `${prefix}${key}.`);
      }
      const def = defOf(core);
      if (def.type === 'object') walk(core, namesOf(core) ?? `${chain}.${key}`, `${prefix}${key}.`);
      if (def.type === 'array') {
        const element = unwrap(def.element!).core;
        if (defOf(element).type === 'object') walk(element, namesOf(element) ?? `${chain}.${key}`, `${prefix}${key}[].`);
        // A list of alternatives (an author: a name, a person with marks, an organisation): the fields of each form.
        if (defOf(element).type === 'union' && !visibilityValue(element)) {
          for (const option of defOf(element).options ?? []) {
            const form = unwrap(option).core;
            if (defOf(form).type === 'object') walk(form, namesOf(element) ?? `${chain}.${key}`, `${prefix}${key}[].`);
          }
        }
      }
    }
  };
  walk(unwrap(schema).core, root, '');
}

/** One row per field, nested objects flattened as `parent.child` and list items as `parent[].child`. */
export function fieldRows(schema: AnySchema, root: string, comments: ReadonlyMap<string, string>, namesOf: (schema: AnySchema) => string | undefined): FieldRow[] {
  const rows: FieldRow[] = [];
  visitFields(schema, root, comments, namesOf, ({ field, path, description }) => {
    const { core, fallback } = unwrap(field);
    const required = !acceptsAbsence(field) && fallback === undefined;
    const type =
      typeWord(core) + (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0) && typeof fallback !== 'object' ? ` (default \`${String(fallback)}\`)` : '');
    rows.push({ field: path, required, type, description });
  });
  return rows;
}

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly FieldRow[]): string {
  const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('<', '&lt;');
  return [
    '| field | required | type | meaning |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| \`${row.field}\` | ${row.required ? 'yes' : ''} | ${row.type} | ${escapeCell(row.description)} |`),
  ].join('\n');
}

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMAS = join(ROOT, 'src', 'schemas');
export const START = '<!-- content-reference:start (generated by npm run docs; edit src/schemas/ instead) -->';
export const END = '<!-- content-reference:end -->';

/** The example of a section in the English starter, the same file `npm run new` hands out (the richest one when there are several). */
function example(path: string): { shown: string; text: string } | undefined {
  const files = starterExamples('en')
    .filter((file) => file.path === path || file.path.startsWith(`${path}/`))
    .map((file) => ({ shown: `content/${file.path}`, text: file.text }));
  return files.sort((a, b) => b.text.split('\n---')[0]!.length - a.text.split('\n---')[0]!.length || a.shown.localeCompare(b.shown))[0];
}

/** What the schema sources say of themselves: doc comments by property chain, the name of each exported value, the module doc comment of each exported `…Schema`. */
export interface SchemaDocs {
  readonly comments: ReadonlyMap<string, string>;
  readonly nameOf: (schema: unknown) => string | undefined;
  readonly introOf: (schema: unknown) => string | undefined;
}

/** An R4RI narrative, for the reference's example of content/narrative.yaml. */
export const NARRATIVE_EXAMPLE = `r4ri:
  knowledge: |
    I develop statistical methods for spatial single-cell data; two of them are now
    standard tools in the field.

    A blank line starts a new paragraph.
  development: I supervise four doctoral students and teach spatial statistics.
  community: I review for two journals and co-organise a workshop series.
  society: Our methods are used in cancer diagnostics with clinical partners.
  additional: I worked part-time in 2020 while caring for a family member.
`;

/** Reads src/schemas/: every module's doc comments and exports. */
export async function schemaDocs(): Promise<SchemaDocs> {
  const comments = new Map<string, string>();
  const names = new Map<unknown, string>();
  const moduleDoc = new Map<unknown, string>();
  for (const name of readdirSync(SCHEMAS).filter((file) => file.endsWith('.ts'))) {
    const source = readFileSync(join(SCHEMAS, name), 'utf8');
    for (const [key, value] of docComments(source)) comments.set(key, value);
    // The module's doc comment, as one paragraph.
    const intro = (/^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '').replace(/\s*\n\s*\*\s?/g, ' ').trim();
    for (const [exportName, value] of Object.entries(await import(join(SCHEMAS, name)))) {
      if (!names.has(value)) names.set(value, exportName);
      if (exportName.endsWith('Schema')) moduleDoc.set(value, intro);
    }
  }
  return { comments, nameOf: (schema) => names.get(schema), introOf: (schema) => moduleDoc.get(schema) };
}

/** The README's content reference: settings and the narrative first, then every section, each with its fields and an example file. */
export async function contentReference(): Promise<string> {
  const { comments, nameOf, introOf } = await schemaDocs();
  const part = (heading: string, schema: AnySchema, where: string, sample: { shown: string; text: string } | undefined, language: string) =>
    [
      `### ${heading}`,
      '',
      `${introOf(schema)} File: ${where}.`,
      '',
      markdownTable(fieldRows(schema, nameOf(schema)!, comments, nameOf)),
      '',
      ...(sample ? [`Example (\`${sample.shown}\`):`, '', `\`\`\`${language}`, sample.text.trimEnd(), '```', ''] : []),
    ].join('\n');
  const settings = part('settings', settingsSchema, `\`content/${SETTINGS_FILE}\` (optional)`, { shown: `content/${SETTINGS_FILE}`, text: starterSettings('en') }, 'yaml');
  const narrative = part('narrative', narrativeSchema, `\`content/${NARRATIVE_FILE}\` (optional)`, { shown: `content/${NARRATIVE_FILE}`, text: NARRATIVE_EXAMPLE }, 'yaml');
  const parts = Object.entries(sections).map(([name, section]) => {
    const where = section.shape === 'file' ? `\`content/${section.path}\`` : `\`content/${section.path}/<id>.md\` (the file name is the id and the URL)`;
    return part(name, section.schema, `${where}${section.bodyRequired ? '; the body is required' : ''}`, example(section.path), 'markdown');
  });
  return `${START}\n\n${[settings, narrative, ...parts].join('\n')}\n${END}`;
}

/** The README with its content reference replaced; undefined when the markers are missing. */
export function withReference(readme: string, generated: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < 0 ? undefined : readme.slice(0, start) + generated + readme.slice(end + END.length);
}
