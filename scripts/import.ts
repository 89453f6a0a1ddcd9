/**
 * `npm run import`: fills content/ from a bibliography, a JSON Resume or open
 * scholarly identifiers. The work is done in tooling/import/command.ts; this
 * file reads the arguments. Run with --help for the options.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CommandError } from '../tooling/commandLine.ts';
import { runImport } from '../tooling/import/command.ts';

const HELP = `usage: npm run import -- <refs.bib | refs.json | resume.json> [options]
       npm run import -- --doi <doi> [--doi …] [--arxiv <id> …] [--orcid <iD> …] [--dblp …] [--pubmed …]
                         [--openalex …] [--zotero …] [options]

Writes one content file per new entry, after checking every file as npm run check does;
nothing is written when any entry is invalid (unless --skip-invalid), and nothing is overwritten.

sources
  refs.bib, refs.json       BibTeX or CSL-JSON: publications into content/publications
  resume.json               a JSON Resume: the whole CV into content/ (every section; a vita site's own
                            cv.json whole, with its ids, Markdown bodies and settings)
  --doi <doi>               a publication by DOI (CSL-JSON from doi.org); repeatable
  --arxiv <id>              a preprint by arXiv id (arXiv API); repeatable
  --orcid <iD>              an ORCID record (ORCID public API): every work into publications, and its
                            employment, education, funding and peer review into experience, education,
                            grants and service (beside the publications folder); repeatable
  --dblp <pid>              every record of a DBLP person (06/3498, from dblp.org/pid/06/3498); repeatable
  --pubmed <PMID|query>     a PubMed article by PMID, or every article a search finds: an ORCID iD is
                            searched as the author's iD, anything else as a PubMed query ("Lovelace A[au]")
  --openalex <author id>    every work OpenAlex attributes to an author (A5023888391): what a Google
                            Scholar profile would give, from an open source; repeatable
  --zotero <library>        a Zotero library, users/<id> or groups/<id> (Zotero Web API; a private library
                            needs ZOTERO_API_KEY); repeatable

options
  --dry-run                 print what would be written, write nothing
  --skip-invalid            write the valid entries and list the others
  --update                  update publications already imported (matched by DOI, arXiv id, title and year
                            or key) with the source's changed fields, add new ones, print each change
  --kind-map type=kind,…    give a kind to source types vita has none for (e.g. patent=report)
  --old-site <url>          the site you are leaving (https://ada.github.io): links into it (al-folio's html,
                            an academicpages url) become the entry's redirectFrom, so old addresses keep working
  --into <folder>           where to write (default content/publications; for a JSON Resume, content)
  --mailto <address>        contact address sent to the APIs (default: the e-mail in content/profile.md)
  --timeout <seconds>       per request (default 20)
  -h, --help                this text

environment
  VITA_CONTENT              the content folder (default: content), as for npm run dev and build: the
                            default of --into is its publications folder (for a JSON Resume, itself),
                            and --mailto's default is the e-mail in its profile.md
  ZOTERO_API_KEY            the key of a private Zotero library (zotero.org/settings/keys, read access)
  NCBI_API_KEY              optional: NCBI's key raises PubMed's rate limit from 3 to 10 requests a second
  VITA_DOI_ENDPOINT (https://doi.org), VITA_ARXIV_ENDPOINT (https://export.arxiv.org/api/query),
  VITA_ORCID_ENDPOINT (https://pub.orcid.org/v3.0), VITA_DBLP_ENDPOINT (https://dblp.org),
  VITA_PUBMED_ENDPOINT (https://eutils.ncbi.nlm.nih.gov/entrez/eutils), VITA_OPENALEX_ENDPOINT
  (https://api.openalex.org), VITA_ZOTERO_ENDPOINT (https://api.zotero.org): where requests go.`;

const USAGE =
  'usage: npm run import -- <refs.bib | refs.json | resume.json> [--doi …] [--arxiv …] [--orcid …] [--dry-run] [--skip-invalid] [--update] [--kind-map type=kind,…] [--into folder] (--help for more)';

const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };

/** `npm run import -- <args>`, run from `cwd`: prints what it does and returns the exit status (the tests run it in their own process). */
export async function importCommand(args: readonly string[], { cwd, env }: { cwd: string; env: NodeJS.ProcessEnv }): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        'dry-run': { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        update: { type: 'boolean', default: false },
        'kind-map': { type: 'string', multiple: true, default: [] },
        'old-site': { type: 'string' },
        into: { type: 'string' },
        doi: { type: 'string', multiple: true, default: [] },
        arxiv: { type: 'string', multiple: true, default: [] },
        orcid: { type: 'string', multiple: true, default: [] },
        dblp: { type: 'string', multiple: true, default: [] },
        pubmed: { type: 'string', multiple: true, default: [] },
        openalex: { type: 'string', multiple: true, default: [] },
        zotero: { type: 'string', multiple: true, default: [] },
        mailto: { type: 'string' },
        timeout: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { positionals, values } = options;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const identifiers = {
    dois: values.doi,
    arxivIds: values.arxiv,
    orcids: values.orcid,
    dblp: values.dblp,
    pubmed: values.pubmed,
    openalex: values.openalex,
    zotero: values.zotero,
    bibtexUrls: [],
  };
  const identifierCount = Object.values(identifiers).reduce((sum, list) => sum + list.length, 0);
  if (positionals.length > 1 || (positionals.length === 0 && identifierCount === 0)) {
    console.error(USAGE);
    return 1;
  }
  try {
    return await runImport(
      {
        source: positionals[0],
        identifiers,
        dryRun: values['dry-run'],
        skipInvalid: values['skip-invalid'],
        update: values.update,
        kindMap: values['kind-map'],
        oldSite: values['old-site'],
        into: values.into,
        mailto: values.mailto,
        timeoutSeconds: values.timeout,
      },
      { cwd, env, version },
    );
  } catch (error) {
    console.error(error instanceof CommandError ? error.message : `import failed: ${(error as Error).message}`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await importCommand(process.argv.slice(2), { cwd: process.cwd(), env: process.env });
