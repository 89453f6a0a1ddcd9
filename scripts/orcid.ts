/**
 * `npm run orcid`: compares the site's publications with the public ORCID record
 * and writes a .bib of the works ORCID lacks, for ORCID's BibTeX import, and the
 * works it lists to content/orcid.json, for the site's marks. The work
 * is in tooling/orcid/.
 */
import { commandOf, runCommandLine } from '../tooling/commandLine.ts';
import { runOrcid } from '../tooling/orcid/command.ts';

const HELP = `usage: npm run orcid -- [options]

Compares the publications in content/ with your public ORCID record. Works are the same when they
share a DOI, an arXiv id, or a title. Works on the site that ORCID lacks are written to a .bib file
for ORCID's own BibTeX import (orcid.org → Works → Add → Import BibTeX); works in ORCID that the
site lacks are listed (npm run import -- --orcid <iD> imports them). The works ORCID lists are written
to content/orcid.json, which marks them on the site when settings.yaml has orcidMarks: true (the build
never asks ORCID itself). US biosketches (NIH, NSF) are
generated in SciENcv from ORCID, so a complete record is what a US applicant needs.

options
  --orcid <iD>              the record (default: sync.orcid in settings.yaml, else links.orcid in profile.md)
  --bib <path>              where the .bib goes (default orcid-missing.bib)
  --mailto <address>        contact address sent to ORCID (default: the e-mail in content/profile.md)
  --timeout <seconds>       per request (default 20)
  -h, --help                this text

environment
  VITA_CONTENT (default: content), VITA_ORCID_ENDPOINT (https://pub.orcid.org/v3.0)`;

/** `npm run orcid` as a function (tests run it in their own process). */
export const orcidCommand = commandOf({
  name: 'orcid',
  help: HELP,
  usage: 'usage: npm run orcid -- [--orcid iD] [--bib path] [--mailto address] [--timeout seconds]',
  options: {
    orcid: { type: 'string' },
    bib: { type: 'string' },
    mailto: { type: 'string' },
    timeout: { type: 'string' },
  },
  run: (values, context) => runOrcid({ orcid: values.orcid, bib: values.bib, mailto: values.mailto, timeoutSeconds: values.timeout }, context),
});

if (import.meta.main) await runCommandLine(orcidCommand);
