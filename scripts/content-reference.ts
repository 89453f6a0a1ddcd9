/**
 * `npm run docs`: writes the README's "Content reference" from the schemas (every
 * field, required or not, type, doc comment) and the starter's example files, and the
 * JSON Schemas editors use (schemas/*.schema.json) from the same schemas and comments.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentReference, END, schemaDocs, START, withReference } from '../tooling/docs/contentReference.ts';
import { jsonSchemaFiles, SCHEMA_FOLDER } from '../tooling/docs/jsonSchemas.ts';

const USAGE = `usage: npm run docs [-- --check]

Writes the content reference into README.md from src/schemas/ and tooling/starter/, and
the JSON Schemas of the content for editors into ${SCHEMA_FOLDER}/.
  --check  change nothing; exit 1 if README.md or ${SCHEMA_FOLDER}/ is out of date`;

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const root = join(import.meta.dirname, '..');
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = withReference(readme, await contentReference());
if (updated === undefined) {
  console.error(`README.md: markers for the content reference not found; expected the lines\n${START}\n${END}`);
  process.exit(1);
}

const folder = join(root, SCHEMA_FOLDER);
mkdirSync(folder, { recursive: true });
const wanted = jsonSchemaFiles(await schemaDocs());
const present = new Map(readdirSync(folder).map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
const changed = wanted.filter(({ file, text }) => present.get(file) !== text).map(({ file }) => file);
const extra = [...present.keys()].filter((file) => !wanted.some((schema) => schema.file === file));

if (values.check) {
  const stale = [...(updated === readme ? [] : ['README.md: the content reference']), ...[...changed, ...extra].map((file) => `${SCHEMA_FOLDER}/${file}`)];
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')}; run npm run docs`);
    process.exit(1);
  }
} else {
  if (updated !== readme) {
    writeFileSync(readmePath, updated);
    console.log('README.md: content reference updated');
  }
  for (const { file, text } of wanted.filter((schema) => changed.includes(schema.file))) writeFileSync(join(folder, file), text);
  for (const file of extra) rmSync(join(folder, file));
  if (changed.length + extra.length > 0) console.log(`${SCHEMA_FOLDER}/: ${changed.length} written, ${extra.length} removed`);
}
