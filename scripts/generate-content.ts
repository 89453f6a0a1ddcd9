/**
 * `npm run generate-content`: a synthetic content tree of N publications (with
 * talks, lectures, patents and a profile) for benchmarks and scale tests.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticContent, writeContent } from '../tooling/bench/syntheticContent.ts';

const USAGE = `usage: npm run generate-content -- <count> <folder>

Writes a deterministic content tree with <count> publications into <folder>, replacing it.`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [countArgument, folder] = positionals;
const count = Number(countArgument);
if (!Number.isInteger(count) || count < 1 || !folder) {
  console.error(USAGE);
  process.exit(1);
}
const files = syntheticContent(count);
writeContent(resolve(folder), files);
console.log(`${files.size} files (${count} publications) in ${folder}`);
