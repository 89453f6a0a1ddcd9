/**
 * `npm run import`: reads a BibTeX or CSL-JSON file and writes one
 * content/publications/<id>.md per new entry, in the shipped files' format.
 * Every file is checked exactly as `npm run check` checks it before any is
 * written; publications already present (same DOI, arXiv id, or title and year)
 * are skipped, never overwritten.
 *
 * Usage: node scripts/import.ts <refs.bib | refs.json> [--dry-run] [--skip-invalid]
 *          [--kind-map type=kind,…] [--into folder]   (default folder: content/publications)
 * Exit 0 on success, 1 on bad input or invalid entries (unless --skip-invalid).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { readBibtex } from '../tooling/import/bibtex.ts';
import { readCslJson } from '../tooling/import/cslJson.ts';
import { planImport, type ExistingPublication, type Outcome } from '../tooling/import/plan.ts';
import { parseKindMap, type KindMap, type SourceEntry } from '../tooling/import/sourceEntry.ts';
import { checkFile } from '../src/pipeline/checkFile.ts';
import { formatProblem, type Problem } from '../src/pipeline/problems.ts';

const USAGE = 'usage: npm run import -- <refs.bib | refs.json> [--dry-run] [--skip-invalid] [--kind-map type=kind,…] [--into folder]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function listMarkdown(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    if (item.name.startsWith('.')) return [];
    const path = join(folder, item.name);
    return item.isDirectory() ? listMarkdown(path) : item.name.endsWith('.md') ? [path] : [];
  });
}

/** The publications already in the folder, with what duplicate detection compares. */
function existingPublications(folder: string, shownFolder: string): ExistingPublication[] {
  return listMarkdown(folder).map((path) => {
    const relativePath = relative(folder, path).split(sep).join('/');
    const data = checkFile({ path: `publications/${relativePath}`, bytes: readFileSync(path) }).entry?.data ?? {};
    const text = (field: string) => (typeof data[field] === 'string' ? data[field] : undefined);
    return {
      id: relativePath.slice(relativePath.lastIndexOf('/') + 1, -'.md'.length),
      file: `${shownFolder}/${relativePath}`,
      doi: text('doi'),
      arxiv: text('arxiv'),
      title: text('title'),
      year: typeof data['year'] === 'number' ? data['year'] : undefined,
    };
  });
}

/** The source file's text; each way it can be unusable has its own message. */
function readSource(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`${path}: no such file`);
    if (code === 'EISDIR') fail(`${path}: is a folder; expected a .bib or CSL-JSON .json file`);
    fail(`${path}: cannot be read (${code === 'EACCES' ? 'permission denied' : (code ?? String(error))})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    fail(`${path}: not UTF-8 text; save it as UTF-8 and try again`);
  }
  if (text.trim() === '') fail(`${path}: empty file; expected BibTeX entries or a CSL-JSON list`);
  return text;
}

function parseOptions() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        'kind-map': { type: 'string', multiple: true, default: [] },
        into: { type: 'string', default: join('content', 'publications') },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
}

/** The entries of a BibTeX or CSL-JSON file; bad input stops here with its message. */
function readEntries(source: string, kindMap: KindMap): SourceEntry[] {
  const text = readSource(source);
  const format = extname(source).toLowerCase();
  let entries: SourceEntry[];
  if (format === '.bib' || format === '.bibtex') {
    const bibtex = readBibtex(text, kindMap);
    if (bibtex.syntaxErrors.length > 0) fail(bibtex.syntaxErrors.map((error) => `${source}:${error.line}: ${error.entry}: ${error.message}`).join('\n'));
    entries = bibtex.entries;
  } else if (format === '.json') {
    const csl = readCslJson(text, kindMap);
    if ('error' in csl) fail(`${source}: ${csl.error}; expected a .bib or CSL-JSON .json file`);
    entries = csl.entries;
  } else {
    fail(`${source}: unknown format "${format || 'no extension'}"; expected a .bib or CSL-JSON .json file`);
  }
  if (entries.length === 0) fail(`${source}: no entries found; expected BibTeX entries (@article{…}) or CSL-JSON items`);
  return entries;
}

/** The folder to import into, and how messages show it (relative to here when inside it). */
function targetFolder(into: string): { folder: string; shown: string } {
  const folder = resolve(into);
  const fromHere = relative(process.cwd(), folder);
  const shown = fromHere.startsWith('..') ? folder : fromHere || '.';
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) fail(`${shown}: no such folder; expected the publications folder (default: content/publications)`);
  return { folder, shown };
}

/** Prints one entry's outcome: written or not, skipped and why, or invalid with every problem. */
function printOutcome(outcome: Outcome, context: { source: string; shownFolder: string; written: boolean; dryRun: boolean }): void {
  const { entry } = outcome;
  const label = `${context.source}${entry.line === undefined ? '' : `:${entry.line}`} ${entry.key}`;
  const show = (problem: Problem, id: string) => `  ${formatProblem({ ...problem, file: `${id}.md` }, context.shownFolder)}`;
  const remarks = [...(entry.notImported.length > 0 ? [`  not imported: ${entry.notImported.join(', ')}`] : []), ...entry.notices.map((notice) => `  ${notice}`)];
  switch (outcome.status) {
    case 'duplicate':
      console.log(`skipped ${label}: already present as ${outcome.existing}`);
      break;
    case 'container':
      console.log(`skipped ${label}: @${entry.type} is the crossref container of ${outcome.children.join(', ')}, not a publication itself`);
      break;
    case 'invalid':
      console.error([`invalid ${label}:`, ...entry.errors.map((error) => `  ${error}`), ...outcome.problems.map((problem) => show(problem, outcome.id)), ...remarks].join('\n'));
      break;
    case 'new':
      console.log(`${context.written ? 'wrote' : 'would write'} ${context.shownFolder}/${outcome.id}.md from ${label}`);
      for (const line of [...outcome.warnings.map((warning) => show(warning, outcome.id)), ...remarks]) console.log(line);
      if (context.dryRun) console.log(outcome.fileText.replace(/^/gm, '    ').trimEnd());
  }
}

function main(): void {
  const { positionals, values: options } = parseOptions();
  if (positionals.length !== 1) fail(USAGE);
  const source = positionals[0]!;
  const kindMap = parseKindMap(options['kind-map']);
  if ('error' in kindMap) fail(kindMap.error);
  const entries = readEntries(source, kindMap.kindMap);
  const { folder, shown: shownFolder } = targetFolder(options.into);

  const outcomes = planImport(entries, existingPublications(folder, shownFolder));
  const count = (status: Outcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const invalid = count('invalid');
  const writing = invalid === 0 || options['skip-invalid'];
  const written = writing && !options['dry-run'];
  if (written) {
    for (const outcome of outcomes) {
      // 'wx' refuses to replace a file, should one have appeared since the folder was read.
      if (outcome.status === 'new') writeFileSync(join(folder, `${outcome.id}.md`), outcome.fileText, { flag: 'wx' });
    }
  }
  for (const outcome of outcomes) printOutcome(outcome, { source, shownFolder, written, dryRun: options['dry-run'] });

  const notImported = new Map<string, number>();
  for (const outcome of outcomes) {
    if (outcome.status === 'new' || outcome.status === 'invalid') for (const field of outcome.entry.notImported) notImported.set(field, (notImported.get(field) ?? 0) + 1);
  }
  const summary = [
    `${plural(count('new'), 'publication')} ${written ? 'written' : 'would be written'}${options['dry-run'] ? ' (dry run)' : ''}`,
    `${count('duplicate')} skipped as already present`,
    ...(count('container') > 0 ? [`${plural(count('container'), 'crossref container')} skipped`] : []),
    `${invalid} invalid${invalid > 0 && options['skip-invalid'] ? ' and skipped' : ''}`,
  ];
  console.log(`\n${summary.join(', ')}`);
  if (notImported.size > 0) console.log(`fields not imported: ${[...notImported].map(([field, number]) => `${field} (${number})`).join(', ')}`);
  if (!writing) fail(`\n${invalid} invalid ${invalid === 1 ? 'entry' : 'entries'}; nothing was written. Fix them in ${source}, or pass --skip-invalid to import the rest.`);
}

try {
  main();
} catch (error) {
  fail(`import failed: ${(error as Error).message}`);
}
