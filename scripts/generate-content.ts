/**
 * `npm run generate-content`: a synthetic content tree of N publications (with
 * talks, lectures, patents and a profile) for benchmarks and scale tests; with
 * --members, a group's site: the group's folder and one folder per member.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticContent, writeContent } from '../tooling/bench/syntheticContent.ts';
import { GROUP_FOLDER, syntheticGroup } from '../tooling/bench/syntheticGroup.ts';

const USAGE = `usage: npm run generate-content -- <count> <folder> [--members <n>]

Writes a deterministic content tree with <count> publications into <folder>, replacing it.
With --members: a group's site of <n> members sharing <count> publications (a third co-authored
by two or three members), the group's content folder in <folder>/${GROUP_FOLDER}, each member's in
<folder>/members/<id>; build it with VITA_CONTENT=<folder>/${GROUP_FOLDER}.`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, members: { type: 'string' } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [countArgument, folder] = positionals;
const count = Number(countArgument);
const members = values.members === undefined ? undefined : Number(values.members);
if (!Number.isInteger(count) || count < 1 || !folder || (members !== undefined && (!Number.isInteger(members) || members < 1))) {
  console.error(USAGE);
  process.exit(1);
}
const files = members === undefined ? syntheticContent(count) : syntheticGroup(members, count);
writeContent(resolve(folder), files);
console.log(
  members === undefined
    ? `${files.size} files (${count} publications) in ${folder}`
    : `${files.size} files (${members} members, ${count} publications) in ${folder}; the group's content folder is ${join(folder, GROUP_FOLDER)}`,
);
