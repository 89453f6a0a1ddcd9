/**
 * `npm run check:content`: validates every file under content/ exactly as the
 * build and the dev server do, and prints every problem (file:line field: message)
 * at once. Exit 0 when clean (warnings allowed), 1 on any problem.
 */
import { resolve } from 'node:path';
import { CommandError, commandOf, runCommandLine } from '../tooling/commandLine.ts';

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

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** `npm run check:content` as a function (tests run it in their own process). */
export const checkContentCommand = commandOf({
  name: 'check:content',
  help: USAGE,
  usage: 'usage: npm run check:content -- [content-folder]',
  options: {},
  positionals: true,
  run: async (_values, { cwd, env }, [folder]) => {
    const roots = contentRoots(env, cwd);
    const checked = checkGroupFolder(folder === undefined ? roots.content : resolve(cwd, folder), { publicDir: roots.public });
    if ('error' in checked) throw new CommandError(checked.error);
    const { problems, entries, files, shownRoot } = checked;
    for (const problem of problems) console.error(formatProblem(problem, shownRoot));
    const errors = problems.filter(isError);
    if (errors.length > 0) {
      console.error(`\n${problemSummary(problems)}.`);
      return 1;
    }
    const warnings = problems.length - errors.length;
    const warned = warnings > 0 ? ` (${plural(warnings, 'warning', 'warnings')})` : '';
    console.log(`content ok: ${plural(entries.length, 'entry', 'entries')} in ${plural(files, 'file', 'files')}${warned}`);
    return 0;
  },
});

if (import.meta.main) await runCommandLine(checkContentCommand);
