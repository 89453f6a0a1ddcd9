/**
 * JSON Schemas of the content, for editors: one per section's front matter, one for the
 * settings and one for the citation counts. zod writes them from the schemas themselves, on
 * the input side (what an owner writes, before vita normalises it), and every field carries
 * the doc comment the content reference shows. `npm run docs` writes them into schemas/;
 * a test keeps the committed files equal to what this makes.
 */
import { z } from 'zod';
import { metricsSchema } from '../../src/schemas/metrics.ts';
import { orcidWorksSchema } from '../../src/schemas/orcidWorks.ts';
import { narrativeSchema } from '../../src/schemas/narrative.ts';
import { METRICS_FILE, NARRATIVE_FILE, ORCID_FILE, SETTINGS_FILE, sections } from '../../src/schemas/sections.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { type SchemaDocs, visitFields } from './contentReference.ts';
import { TRANSLATABLE } from '../../src/schemas/translations.ts';

export { SCHEMA_FOLDER } from '../../src/pipeline/editorManifest.ts';

/** The JSON Schema file of a content schema. */
export const schemaFile = (name: string): string => `${name}.schema.json`;

export interface ContentSchema {
  /** `settings`, `metrics` or a section's name. */
  readonly name: string;
  readonly schema: z.ZodType;
  /** The content files it describes, as globs relative to the content folder. */
  readonly files: readonly string[];
}

/** Every content file that has a schema: settings, citation counts, the narrative CV's texts, each section's front matter. */
export const contentSchemas: readonly ContentSchema[] = [
  { name: 'settings', schema: settingsSchema, files: [SETTINGS_FILE] },
  { name: 'metrics', schema: metricsSchema, files: [METRICS_FILE] },
  { name: 'orcid', schema: orcidWorksSchema, files: [ORCID_FILE] },
  { name: 'narrative', schema: narrativeSchema, files: [NARRATIVE_FILE] },
  ...Object.entries(sections).map(([name, section]) => ({
    name,
    schema: section.schema,
    files: section.shape === 'file' ? [section.path] : [`${section.path}/**/*.md`],
  })),
];

type JsonSchema = z.core.JSONSchema.BaseSchema;

/** A list marked `oneOrList` (common.ts) as editors should see it: its one item, or the list. */
function listOrItem(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(listOrItem);
  if (typeof node !== 'object' || node === null) return node;
  const { oneOrList, description, ...rest } = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, listOrItem(value)])) as JsonSchema;
  const described = description === undefined ? {} : { description };
  return oneOrList === true ? { ...described, anyOf: [rest.items, rest] } : { ...described, ...rest };
}

/** The schema without the content reference's marker of a field written per language, which is no JSON Schema keyword. */
function withoutMarker(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMarker);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (key === TRANSLATABLE ? [] : [[key, withoutMarker(item)]])));
}

/** The JSON Schema of one content schema, each field described by its doc comment. */
export function jsonSchema({ name, schema }: ContentSchema, docs: SchemaDocs): JsonSchema {
  const descriptions = new Map<unknown, Map<string, string>>();
  visitFields(schema, docs.nameOf(schema) ?? name, docs.comments, docs.nameOf, ({ object, key, description }) => {
    if (description !== '') descriptions.set(object, (descriptions.get(object) ?? new Map()).set(key, description));
  });
  const generated = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'input',
    // A refinement (a real calendar day, an ORCID check digit) has no JSON Schema form: the content check keeps it.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      for (const [key, description] of descriptions.get(zodSchema) ?? []) {
        const property = jsonSchema.properties?.[key];
        // A copy: zod shares one JSON object between the places a schema is used.
        if (typeof property === 'object') jsonSchema.properties![key] = { description, ...property };
      }
    },
  });
  const { $schema, ...rest } = withoutMarker(listOrItem(generated)) as JsonSchema;
  const intro = docs.introOf(schema);
  return { $schema: $schema!, title: `vita ${name}`, ...(intro ? { description: intro } : {}), ...rest };
}

/** The text of each schema file, by file name. */
export function jsonSchemaFiles(docs: SchemaDocs): { file: string; text: string }[] {
  return contentSchemas.map((content) => ({ file: schemaFile(content.name), text: `${JSON.stringify(jsonSchema(content, docs), null, 2)}\n` }));
}
