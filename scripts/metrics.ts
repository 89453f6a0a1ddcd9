/**
 * `npm run metrics`: citation counts from OpenAlex into content/metrics.json,
 * each with its source and the day of the lookup. Run it when you want fresh
 * counts; the build never makes a request. The work is in tooling/metrics/.
 */
import { commandOf, runCommandLine } from '../tooling/commandLine.ts';
import { runMetrics } from '../tooling/metrics/command.ts';

const HELP = `usage: npm run metrics -- [options]

Looks up each publication with a DOI or arXiv id in OpenAlex (open, no key) and writes the
citation counts, each with its source and the day of the lookup, to content/metrics.json.
The site shows "cited by 123 (OpenAlex, Nov 2026)"; the build only reads the file.
Google Scholar is not queried. Nothing is written unless every lookup answered; a count the
content check would refuse (negative, too large, a work address that is not http(s)) is left
out and named.

options
  --publications <folder>   where the publications are (default content/publications); relative or absolute
  --file <path>             the file to write (default content/metrics.json); relative or absolute
  --dry-run                 print the file instead of writing it
  --mailto <address>        contact address for OpenAlex's polite pool (default: the e-mail in content/profile.md)
  --timeout <seconds>       per request (default 20)
  -h, --help                this text

environment
  VITA_CONTENT              the content folder (default: content), as for npm run dev and build: the
                            defaults above are in it
  VITA_OPENALEX_ENDPOINT (https://api.openalex.org): where requests go.`;

/** `npm run metrics` as a function (tests run it in their own process). */
export const metricsCommand = commandOf({
  name: 'metrics',
  help: HELP,
  usage: 'usage: npm run metrics -- [--publications folder] [--file path] [--dry-run] [--mailto address] [--timeout seconds]',
  options: {
    'dry-run': { type: 'boolean', default: false },
    publications: { type: 'string' },
    file: { type: 'string' },
    mailto: { type: 'string' },
    timeout: { type: 'string' },
  },
  run: (values, context) =>
    runMetrics({ publications: values.publications, file: values.file, dryRun: values['dry-run'], mailto: values.mailto, timeoutSeconds: values.timeout }, context),
});

if (import.meta.main) await runCommandLine(metricsCommand);
