/**
 * `npm run upgrade`: takes a newer release of vita into this copy (a fork or a
 * template copy), leaving content/ and public/ alone, and says what the owner must
 * do. The work is in tooling/upgrade/.
 */
import { commandOf, runCommandLine } from '../tooling/commandLine.ts';
import { runUpgrade } from '../tooling/upgrade/command.ts';

const HELP = `usage: npm run upgrade -- --from <repository> [options]

Fetches a release of vita with git and takes every file of it outside content/ and public/ (yours,
never touched), installs the dependencies when package-lock.json changed, runs the new version's
content check on your content, and prints what you must do: the CHANGELOG's content-format entries
of the releases in between and each edit the check asks for. Review the result with git diff and
commit it; git checkout HEAD -- . undoes it. Works for a fork and for a copy made from the template.

options
  --from <repository>       vita's repository: a git address (https://github.com/<owner>/vita) or a path
                            (default: $VITA_UPSTREAM)
  --ref <release>           the tag or branch to take (default main)
  --dry-run                 print what would change, change nothing
  --description <file>      also write the report to a file (the weekly pull request's description)
  --without-workflows       leave .github/workflows/ as it is and name what changed there (the weekly pull
                            request: GitHub lets no workflow's token change workflows)
  -h, --help                this text`;

/** `npm run upgrade` as a function (tests run it in their own process). */
export const upgradeCommand = commandOf({
  name: 'upgrade',
  help: HELP,
  usage: 'usage: npm run upgrade -- --from <repository> [--ref release] [--dry-run] [--description file] [--without-workflows]',
  options: {
    from: { type: 'string' },
    ref: { type: 'string', default: 'main' },
    'dry-run': { type: 'boolean', default: false },
    description: { type: 'string' },
    'without-workflows': { type: 'boolean', default: false },
  },
  run: (values, context) =>
    runUpgrade({ from: values.from, ref: values.ref, dryRun: values['dry-run'], description: values.description, withoutWorkflows: values['without-workflows'] }, context),
});

if (import.meta.main) await runCommandLine(upgradeCommand);
