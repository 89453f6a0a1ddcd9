/**
 * `npm run docs`: writes the README's "Content reference" from the schemas (every
 * field, required or not, type, doc comment) and the starter's example files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentReference, END, START, withReference } from '../tooling/docs/contentReference.ts';

const USAGE = `usage: npm run docs [-- --check]

Writes the content reference into README.md from src/schemas/ and tooling/starter/.
  --check  change nothing; exit 1 if README.md is out of date`;

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const readmePath = join(import.meta.dirname, '..', 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = withReference(readme, await contentReference());
if (updated === undefined) {
  console.error(`README.md: markers for the content reference not found; expected the lines\n${START}\n${END}`);
  process.exit(1);
}
if (values.check) {
  if (updated !== readme) {
    console.error('README.md: the content reference is out of date; run npm run docs');
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log('README.md: content reference updated');
}
