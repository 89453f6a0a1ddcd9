/**
 * The JSON Schemas editors check content with (schemas/*.schema.json, written by npm run docs): the
 * committed files are what the generator makes; every fixture site, the shipped content and the
 * starter pass them; the malformed corpus is refused wherever one file's front matter shows the fault,
 * read as an editor reads it (YAML 1.2 core, the front matter cut as Astro's language server cuts it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/pipeline/checkFile.ts';
import { readContentTree } from '../../src/pipeline/readTree.ts';
import { parseYaml } from '../../src/pipeline/yaml.ts';
import { eventDate, isoDay, isoMonth } from '../../src/schemas/common.ts';
import { fieldRows, NARRATIVE_EXAMPLE, schemaDocs } from '../../tooling/docs/contentReference.ts';
import { contentSchemas, jsonSchemaFiles, SCHEMA_FOLDER, schemaFile } from '../../tooling/docs/jsonSchemas.ts';
import { newSiteFiles } from '../../tooling/starter/newSite.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const docs = await schemaDocs();
const generated = jsonSchemaFiles(docs);
const committed = (file: string) => readFileSync(join(ROOT, SCHEMA_FOLDER, file), 'utf8');

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map(contentSchemas.map(({ name }) => [name, ajv.compile(JSON.parse(committed(schemaFile(name))))]));

/** The front matter as the Astro language server cuts it out of a Markdown file. */
const FRONT_MATTER = /^---(.*?)^---/ms;

/**
 * What an editor reports for a content file: YAML errors, else the schema's errors as
 * "<path> <message>" (a data file whole, a Markdown file's front matter); undefined for a file without a schema.
 */
function editorProblems(path: string, text: string): string[] | undefined {
  const place = classify(path);
  // A translation file (<id>.<lang>.md) holds an entry's text alone: no front matter to check.
  if ('error' in place || place.section === 'style' || ('language' in place && place.language !== undefined)) return undefined;
  const source = text.replace(/^\uFEFF/, '');
  const yaml = parseYaml(path.endsWith('.md') ? (FRONT_MATTER.exec(source)?.[1] ?? '') : source).document;
  if (yaml.errors.length > 0) return yaml.errors.map((error) => `YAML ${error.code}`);
  const validate = validators.get(place.section)!;
  return validate(yaml.toJS()) ? [] : (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message}`);
}

it('the committed schemas are what npm run docs writes (run it after changing src/schemas/)', () => {
  expect(readdirSync(join(ROOT, SCHEMA_FOLDER)).sort()).toEqual(generated.map((schema) => schema.file).sort());
  for (const { file, text } of generated) expect(committed(file), file).toBe(text);
});

it('every field carries the doc comment the content reference shows', () => {
  const talks = JSON.parse(committed('talks.schema.json'));
  expect(talks.description).toBe('A talk or lecture: one file per event in `content/talks/` or `content/lectures/`.');
  expect(talks.properties.date.description).toBe('Day `2022-10-21`, month `2020-08`, or several days `2021-12-13/14/16`.');
  // Nested objects and the items of a list take the comments of their own declarations.
  expect(talks.properties.links.items.properties.kind.description).toBe('What the link points to.');
  const settings = JSON.parse(committed('settings.schema.json'));
  expect(settings.properties.lists.properties.homeTalks).toEqual({
    description: 'Recent talks and lectures on the home page.',
    default: 4,
    type: 'integer',
    exclusiveMinimum: 0,
    maximum: 9007199254740991,
  });
  // The input side: a field with a default may be left out, and an author may be a plain name.
  const publications = JSON.parse(committed('publications.schema.json'));
  expect(publications.required).toEqual(['kind', 'title', 'authors', 'year']);
  expect(publications.properties.authors.items.anyOf[0]).toMatchObject({ type: 'string' });
});

it.each(contentSchemas.map((content) => [content.name, content] as const))('%s: each field the content reference describes has that description', (name, content) => {
  const json = JSON.parse(committed(schemaFile(name)));
  /** The JSON Schemas a field path (`contact.email`, `links[].kind`) leads to, through every alternative on the way. */
  const at = (node: Record<string, unknown>, path: string[]): Record<string, unknown>[] => {
    const forms = [node, ...((node['anyOf'] as Record<string, unknown>[] | undefined) ?? []).flatMap((option) => at(option, []))];
    if (path.length === 0) return forms;
    const [step, ...rest] = path as [string, ...string[]];
    return forms.flatMap((form) => {
      const property = (form['properties'] as Record<string, Record<string, unknown>> | undefined)?.[step.replace('[]', '')];
      if (!property) return [];
      return step.endsWith('[]') ? at(property, []).flatMap((list) => (list['items'] ? at(list['items'] as Record<string, unknown>, rest) : [])) : at(property, rest);
    });
  };
  const rows = fieldRows(content.schema, docs.nameOf(content.schema) ?? name, docs.comments, docs.nameOf).filter((row) => row.description !== '');
  expect(rows.length).toBeGreaterThan(0);
  const missing = rows.filter((row) => !at(json, row.field.split('.')).some((field) => field['description'] === row.description));
  expect(missing.map((row) => row.field)).toEqual([]);
});

describe.each([
  ...readdirSync(join(ROOT, 'tests', 'fixtures', 'sites')).map((site) => [`tests/fixtures/sites/${site}`, join(ROOT, 'tests', 'fixtures', 'sites', site)]),
  ['content/', join(ROOT, 'content')],
])('%s', (_, folder) => {
  it('passes the schemas, file by file', () => {
    const { files } = readContentTree(folder);
    const checked = files.map((file) => [file.path, editorProblems(file.path, new TextDecoder().decode(file.bytes))] as const).filter(([, problems]) => problems !== undefined);
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.filter(([, problems]) => problems!.length > 0)).toEqual([]);
  });
});

it.each(['en', 'de'])('the starter npm run new writes in %s passes the schemas, examples included', (language) => {
  const files = newSiteFiles({ name: 'Ada Lovelace', email: 'ada@example.org', language });
  const checked = files.map((file) => [file.path, editorProblems(file.path.replace(/^_examples\//, ''), file.text)] as const);
  expect(checked.filter(([, problems]) => problems === undefined)).toEqual([]);
  expect(checked.filter(([, problems]) => problems!.length > 0)).toEqual([]);
  // One example of every section, the profile and the settings (the tools write metrics.json and orcid.json).
  expect(new Set(files.map((file) => classify(file.path.replace(/^_examples\//, ''))).map((place) => ('error' in place ? place.error : place.section)))).toEqual(
    new Set([...contentSchemas.map((schema) => schema.name).filter((name) => name !== 'metrics' && name !== 'orcid' && name !== 'narrative')]),
  );
});

it("content/narrative.yaml (a UKRI R4RI): the README's example passes, a misspelt module is flagged", () => {
  expect(editorProblems('narrative.yaml', NARRATIVE_EXAMPLE)).toEqual([]);
  expect(editorProblems('narrative.yaml', NARRATIVE_EXAMPLE.replace('knowledge:', 'knowlege:'))).toEqual(['/r4ri must NOT have additional properties']);
});

/** The malformed corpus: [fixture, where it goes, what an editor says, or [] where only the content check can tell]. */
const MALFORMED: [string, string, string[]][] = [
  ['unclosed-quote', 'talks/unclosed-quote.md', ['YAML MISSING_CHAR']],
  ['tab-indentation', 'talks/tab-indentation.md', ['YAML TAB_AS_INDENT']],
  ['duplicate-key', 'talks/duplicate-key.md', ['YAML DUPLICATE_KEY']],
  ['wrong-type-number', 'publications/wrong-type-number.md', ['/year must be integer']],
  ['wrong-type-list', 'publications/wrong-type-list.md', ['/authors must be array']],
  // A title is a text, or one text per language.
  ['wrong-type-text', 'publications/wrong-type-text.md', ['/title must be string', '/title must be object', '/title must match a schema in anyOf']],
  ['wrong-type-boolean', 'publications/wrong-type-boolean.md', ['/selected must be boolean']],
  ['wrong-type-date', 'talks/wrong-type-date.md', ['/date must be string']],
  ['impossible-date', 'talks/impossible-date.md', [`/date must match pattern "${JSON.parse(committed('talks.schema.json')).properties.date.pattern}"`]],
  ['unknown-key', 'publications/unknown-key.md', ["/ must have required property 'title'", '/ must NOT have additional properties']],
  ['unknown-enum', 'talks/unknown-enum.md', ['/kind must be equal to one of the allowed values']],
  ['empty', 'talks/empty.md', ['/ must be object']],
  // Beyond one file's front matter: another file (a missing publication, an id taken), two fields compared, the body.
  ['dangling-reference', 'awards/dangling-reference.md', []],
  ['duplicate-id', 'publications/lapuschkin2019unmasking.md', []],
  ['end-before-start', 'projects/end-before-start.md', []],
  ['front-matter-only', 'profile.md', []],
  // Valid: a byte-order mark and Windows line endings.
  ['bom-crlf', 'talks/bom-crlf.md', []],
];

describe('the malformed corpus (tests/fixtures/malformed/)', () => {
  const folder = join(ROOT, 'tests', 'fixtures', 'malformed');

  it('is covered file by file', () => {
    expect(readdirSync(folder).sort()).toEqual(MALFORMED.map(([name]) => `${name}.md`).sort());
  });

  it.each(MALFORMED)('%s', (name, target, expected) => {
    expect(editorProblems(target, readFileSync(join(folder, `${name}.md`), 'utf8'))).toEqual(expected);
  });
});

describe('date patterns: an editor never refuses a date vita takes, and flags every impossible day but 29 February of a common year', () => {
  const pattern = (schema: unknown) => new RegExp((schema as { meta(): { pattern: string } }).meta().pattern);
  const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const candidates = [1900, 2000, 2023, 2024].flatMap((year) =>
    Array.from({ length: 14 * 33 }, (_, i) => `${year}-${String(Math.floor(i / 33)).padStart(2, '0')}-${String(i % 33).padStart(2, '0')}`),
  );

  it.each([
    ['isoDay', isoDay, candidates],
    ['eventDate', eventDate, [...candidates, ...candidates.map((day) => `${day}/30`), '2021-12-13/14/16', '2021-02-27/28/29']],
  ])('%s', (_, schema, dates) => {
    const disagreements = dates.filter((date) => schema.safeParse(date).success !== pattern(schema).test(date));
    // Only 29 February of common years, and lists vita refuses for their order or a day past the month, pass the pattern alone.
    expect(disagreements.filter((date) => !(date.slice(5, 10) === '02-29' && !leap(Number(date.slice(0, 4)))) && !date.includes('/'))).toEqual([]);
    expect(disagreements.every((date) => pattern(schema).test(date))).toBe(true);
    expect(pattern(schema).test('2022-02-30')).toBe(false);
  });

  it('isoMonth', () => {
    const months = Array.from({ length: 14 }, (_, month) => `2024-${String(month).padStart(2, '0')}`);
    expect(months.filter((month) => isoMonth.safeParse(month).success !== pattern(isoMonth).test(month))).toEqual([]);
  });
});
