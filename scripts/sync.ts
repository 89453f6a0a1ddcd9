/**
 * `npm run sync`: imports what is new in the sources listed under `sync:` in
 * content/settings.yaml, updates what changed, refreshes the citation counts and
 * describes it all for a pull request (.github/workflows/sync.yml runs it weekly).
 * The work is in tooling/sync/.
 */
import { commandOf, runCommandLine } from '../tooling/commandLine.ts';
import { runSync } from '../tooling/sync/command.ts';

const HELP = `usage: npm run sync -- [options]

Reads the sources listed under sync: in content/settings.yaml (ORCID, BibTeX files or addresses,
DOIs, arXiv ids, an OpenAlex author, a DBLP person, PubMed, a Zotero library), imports what is
new, updates what changed by the rules of npm run import -- --update (a value you changed by hand
stays), adds ORCID's employment, education, funding and peer review, refreshes the citation
counts from OpenAlex, and prints what changed in words, as the weekly pull request describes it.
Entries that cannot be imported are left out and named. When nothing changed, nothing is written.

options
  --dry-run                 print what would change, write nothing (and list the values kept)
  --description <file>      also write the description to a file when something changed (the workflow's
                            pull request body)
  --mailto <address>        contact address sent to the APIs (default: the e-mail in content/profile.md)
  --timeout <seconds>       per request (default 20)
  -h, --help                this text

environment
  VITA_CONTENT              the content folder (default: content)
  ZOTERO_API_KEY            the key of a private Zotero library; NCBI_API_KEY, optional, for PubMed
  VITA_*_ENDPOINT           where requests go, as for npm run import and npm run metrics`;

/** `npm run sync` as a function (tests run it in their own process). */
export const syncCommand = commandOf({
  name: 'sync',
  help: HELP,
  usage: 'usage: npm run sync -- [--dry-run] [--description file] [--mailto address] [--timeout seconds]',
  options: {
    'dry-run': { type: 'boolean', default: false },
    description: { type: 'string' },
    mailto: { type: 'string' },
    timeout: { type: 'string' },
  },
  run: (values, context) => runSync({ dryRun: values['dry-run'], description: values.description, mailto: values.mailto, timeoutSeconds: values.timeout }, context),
});

if (import.meta.main) await runCommandLine(syncCommand);
