/**
 * Builds the README's content reference from the schemas themselves: every
 * field, whether it is required, its type, and its doc comment. The doc
 * comments are read from the schema sources, so documentation cannot drift.
 */
import ts from 'typescript';
import type { z } from 'zod';

/** Doc comments by property chain: `patentMember.number`, `profileSchema.contact.email`. */
export function docComments(source: string): Map<string, string> {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const comments = new Map<string, string>();
  const commentOf = (node: ts.Node): string | undefined => {
    const ranges = ts.getLeadingCommentRanges(source, node.getFullStart()) ?? [];
    const last = ranges.at(-1);
    const text = last ? source.slice(last.pos, last.end) : '';
    return text.startsWith('/**') ? text.replace(/^\/\*\*\s*|\s*\*\/$/g, '').replace(/\s*\n\s*\*\s*/g, ' ').trim() : undefined;
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
      return Object.values(def.entries ?? {}).map((value) => `\`${value}\``).join(' \\| ');
    case 'array':
      return `list of ${typeWord(unwrap(def.element!).core)}`;
    case 'object':
      return 'fields below';
    case 'union': {
      const withVisibility = visibilityValue(schema);
      if (withVisibility) return `${typeWord(withVisibility)}, or { value, visibility }`;
      return (def.options ?? []).map((option) => typeWord(unwrap(option).core)).join(' or ');
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

/**
 * One row per field, nested objects flattened as `parent.child` and list items
 * as `parent[].child`. `namesOf` names a schema object declared on its own (its
 * variable name), so its fields' doc comments can be found.
 */
export function fieldRows(
  schema: AnySchema,
  root: string,
  comments: ReadonlyMap<string, string>,
  namesOf: (schema: AnySchema) => string | undefined,
): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (object: AnySchema, chain: string, prefix: string) => {
    for (const [key, field] of Object.entries(defOf(object).shape ?? {})) {
      const { core, fallback } = unwrap(field);
      const ownName = namesOf(core);
      const description = comments.get(`${chain}.${key}`) ?? '';
      const required = field._zod.optin !== 'optional' && fallback === undefined;
      const type = typeWord(core) + (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0) && typeof fallback !== 'object' ? ` (default \`${String(fallback)}\`)` : '');
      rows.push({ field: `${prefix}${key}`, required, type, description });
      const valueOfVisibility = visibilityValue(core);
      if (valueOfVisibility && defOf(valueOfVisibility).type === 'object') {
        walk(valueOfVisibility, namesOf(valueOfVisibility) ?? `${chain}.${key}`, `${prefix}${key}.`);
      }
      const def = defOf(core);
      if (def.type === 'object') walk(core, ownName ?? `${chain}.${key}`, `${prefix}${key}.`);
      if (def.type === 'array') {
        const element = unwrap(def.element!).core;
        if (defOf(element).type === 'object') walk(element, namesOf(element) ?? `${chain}.${key}`, `${prefix}${key}[].`);
      }
    }
  };
  walk(schema, root, '');
  return rows;
}

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly FieldRow[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|').replaceAll('<', '&lt;');
  return [
    '| field | required | type | meaning |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| \`${row.field}\` | ${row.required ? 'yes' : ''} | ${row.type} | ${escape(row.description)} |`),
  ].join('\n');
}
