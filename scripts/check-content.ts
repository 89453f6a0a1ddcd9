/**
 * `npm run check:content`: validates every file under content/ exactly as the
 * build and the dev server do, and prints every problem (file:line field: message)
 * at once. Exit 0 when clean (warnings allowed), 1 on any problem.
 */
import { parseArgs } from 'node:util';
import { contentRoots } from '../src/pipeline/contentFolder.ts';
import { checkGroupFolder } from '../src/pipeline/group.ts';
import { formatProblem, isError, problemSummary } from '../src/pipeline/problems.ts';

const USAGE = `usage: npm run check:content -- [content-folder]

Checks every file of the content folder (default: $VITA_CONTENT, else ./content),
and on a group's site every member's folder (settings.yaml, members), against the content reference, printing each problem as
  content/<file>:<line> <field>: expected …; found …
Exit status: 0 when the content is valid (warnings allowed), 1 otherwise.

environment
  VITA_CONTENT  the content folder (default: content)
  VITA_PUBLIC   the public folder, where files the content names must exist, such as
                the portrait (default: public)`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const roots = contentRoots();
const checked = checkGroupFolder(positionals[0] ?? roots.content, { publicDir: roots.public });
if ('error' in checked) {
  console.error(checked.error);
  process.exit(1);
}
const { problems, entries, files, shownRoot } = checked;
for (const problem of problems) console.error(formatProblem(problem, shownRoot));
const errors = problems.filter(isError);
const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;
if (errors.length > 0) {
  console.error(`\n${problemSummary(problems)}.`);
  process.exit(1);
}
const warnings = problems.length - errors.length;
const warned = warnings > 0 ? ` (${plural(warnings, 'warning', 'warnings')})` : '';
console.log(`content ok: ${plural(entries.length, 'entry', 'entries')} in ${plural(files, 'file', 'files')}${warned}`);
