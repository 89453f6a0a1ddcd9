/**
 * `npm run import`: what the command does, apart from reading its arguments.
 * Sources: a BibTeX or CSL-JSON file, a JSON Resume (the whole CV), DOIs, arXiv
 * ids and ORCID records. Every entry is planned and checked exactly as
 * `npm run check` checks it before any file is written; then all files are
 * written, or none (see writeFiles.ts). Messages go to stdout (what was done) and
 * stderr (what failed); the exit code is 0 on success, 1 otherwise.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { CommandError } from '../commandLine.ts';
import { checkFile } from '../../src/pipeline/checkFile.ts';
import { contentRoots } from '../../src/pipeline/contentFolder.ts';
import { formatProblem, isError, type Problem } from '../../src/pipeline/problems.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { METRICS_FILE, ORCID_FILE, SETTINGS_FILE, sections, type SectionName } from '../../src/schemas/sections.ts';
import { createHttpClient, userAgent, DEFAULT_TIMEOUT_MS, type HttpClient } from '../net/http.ts';
import { readBibtex } from './bibtex.ts';
import { readCslJson } from './cslJson.ts';
import { isJsonResume, readJsonResume, type ResumeDraft } from './jsonResume.ts';
import { ImportedSite } from './oldAddresses.ts';
import { planImport, WorkIndex, type ExistingPublication, type Outcome } from './plan.ts';
import { planResume, type ExistingEntry, type ResumeOutcome } from './resumePlan.ts';
import { parseKindMap, withOldAddresses, type KindMap, type SourceEntry } from './sourceEntry.ts';
import { fetchSources, readSources, sourceCount, type Fetched, type SourceArguments, type Sources } from './sources.ts';
import { readRecord, recordEntry, recordText, RECORD_FILE, type ImportRecord } from './importRecord.ts';
import { changeLines, matchForUpdate, updatedFile, type FieldChange, type MatchedBy } from './update.ts';
import { writeAll, WriteFailure, type FileWrite } from './writeFiles.ts';

function fail(message: string): never {
  throw new CommandError(message);
}

export interface ImportOptions {
  readonly source: string | undefined;
  /** DOIs, arXiv ids, ORCID iDs, DBLP persons, PubMed ids or searches, OpenAlex authors, Zotero libraries, as typed. */
  readonly identifiers: SourceArguments;
  readonly dryRun: boolean;
  readonly skipInvalid: boolean;
  readonly update: boolean;
  readonly kindMap: readonly string[];
  /** The address of the site being left: links into it become old addresses (`redirectFrom`). */
  readonly oldSite?: string | undefined;
  /** The publications folder, or for a JSON Resume the content folder; defaults differ. */
  readonly into: string | undefined;
  readonly mailto: string | undefined;
  readonly timeoutSeconds: string | undefined;
}

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

function listMarkdown(folder: string): string[] {
  let items;
  try {
    items = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return items.flatMap((item) => {
    if (item.name.startsWith('.')) return [];
    const path = join(folder, item.name);
    return item.isDirectory() ? listMarkdown(path) : item.name.endsWith('.md') ? [path] : [];
  });
}

/** A publication file as duplicate detection and --update see it. */
export interface PublicationOnDisk extends ExistingPublication {
  readonly path: string;
}

/** The publications already in the folder, with what duplicate detection compares. */
export function existingPublications(folder: string, shownFolder: string): PublicationOnDisk[] {
  return listMarkdown(folder).map((path) => {
    const relativePath = relative(folder, path).split(sep).join('/');
    const data = checkFile({ path: `publications/${relativePath}`, bytes: readFileSync(path) }).entry?.data ?? {};
    const text = (field: string) => (typeof data[field] === 'string' ? data[field] : undefined);
    return {
      id: relativePath.slice(relativePath.lastIndexOf('/') + 1, -'.md'.length),
      file: `${shownFolder}/${relativePath}`,
      path,
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
    if (code === 'EISDIR') fail(`${path}: is a folder; expected a .bib, CSL-JSON or JSON Resume .json file`);
    fail(`${path}: cannot be read (${code === 'EACCES' ? 'permission denied' : (code ?? String(error))})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    fail(`${path}: not UTF-8 text; save it as UTF-8 and try again`);
  }
  if (text.trim() === '') fail(`${path}: empty file; expected BibTeX entries, a CSL-JSON list or a JSON Resume`);
  return text;
}

type FileSource = { readonly kind: 'publications'; readonly entries: SourceEntry[] } | { readonly kind: 'resume'; readonly json: Record<string, unknown> };

/** A file's entries: BibTeX, CSL-JSON, or a JSON Resume; bad input stops here with its message. */
export function readFileSource(source: string, kindMap: KindMap, siteLanguage: string): FileSource {
  const text = readSource(source);
  const format = extname(source).toLowerCase();
  let entries: SourceEntry[];
  if (format === '.bib' || format === '.bibtex') {
    const bibtex = readBibtex(text, kindMap, siteLanguage);
    if (bibtex.syntaxErrors.length > 0) fail(bibtex.syntaxErrors.map((error) => `${source}:${error.line}: ${error.entry}: ${error.message}`).join('\n'));
    entries = bibtex.entries;
  } else if (format === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      fail(`${source}: not valid JSON (${(error as Error).message}); expected a CSL-JSON list or a JSON Resume`);
    }
    if (isJsonResume(json)) return { kind: 'resume', json: json as Record<string, unknown> };
    const csl = readCslJson(text, kindMap);
    if ('error' in csl) fail(`${source}: ${csl.error}; expected a .bib, CSL-JSON or JSON Resume .json file`);
    entries = csl.entries;
  } else {
    fail(`${source}: unknown format "${format || 'no extension'}"; expected a .bib, CSL-JSON or JSON Resume .json file`);
  }
  if (entries.length === 0) fail(`${source}: no entries found; expected BibTeX entries (@article{…}) or CSL-JSON items`);
  return { kind: 'publications', entries };
}

/** Where a command runs: its working folder and environment. */
export interface CommandPlace {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** A path in the content folder ($VITA_CONTENT, else content/, as check, build and dev read it), relative to the working folder when inside it. */
export function inContent(place: CommandPlace, ...path: string[]): string {
  const absolute = join(contentRoots(place.env, place.cwd).content, ...path);
  const fromHere = relative(place.cwd, absolute);
  return fromHere.startsWith('..') ? absolute : fromHere || '.';
}

/** The folder to import into, and how messages show it (relative to here when inside it). */
export function targetFolder(into: string, cwd: string, expected: string, create = false): { folder: string; shown: string } {
  const folder = resolve(cwd, into);
  const fromHere = relative(cwd, folder);
  const shown = fromHere.startsWith('..') ? folder : fromHere || '.';
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = create;
  }
  if (!isFolder) fail(`${shown}: no such folder; expected ${expected}`);
  return { folder, shown };
}

/** The contact address for the APIs' etiquette: --mailto, else the e-mail in the content folder's profile. */
export function contactAddress(mailto: string | undefined, place: CommandPlace): string | undefined {
  if (mailto !== undefined) return mailto;
  try {
    const data = checkFile({ path: 'profile.md', bytes: readFileSync(resolve(place.cwd, inContent(place, 'profile.md'))) }).entry?.data ?? {};
    const email = (data['contact'] as { email?: { value?: string } } | undefined)?.email?.value;
    return typeof email === 'string' ? email : undefined;
  } catch {
    return undefined;
  }
}

interface PrintContext {
  readonly source: string;
  readonly shownFolder: string;
  readonly written: boolean;
  readonly dryRun: boolean;
}

type Reported = Pick<SourceEntry, 'key' | 'line' | 'origin' | 'notImported' | 'notices' | 'errors'>;

export function labelOf(entry: Reported, source: string): string {
  return entry.origin ?? `${source}${entry.line === undefined ? '' : `:${entry.line}`} ${entry.key}`;
}

function remarksOf(entry: Reported): string[] {
  return [...(entry.notImported.length > 0 ? [`  not imported: ${entry.notImported.join(', ')}`] : []), ...entry.notices.map((notice) => `  ${notice}`)];
}

/** Prints one entry's outcome: written or not, skipped and why, or invalid with every problem. */
function printOutcome(outcome: Outcome | ResumeOutcome, context: PrintContext): void {
  const { entry } = outcome;
  const label = labelOf(entry, context.source);
  const show = (problem: Problem, file: string) => `  ${formatProblem({ ...problem, file }, context.shownFolder)}`;
  switch (outcome.status) {
    case 'duplicate':
      console.log(`skipped ${label}: already present as ${outcome.existing}`);
      break;
    case 'container':
      console.log(`skipped ${label}: @${outcome.entry.type} is the crossref container of ${outcome.children.join(', ')}, not a publication itself`);
      break;
    case 'invalid': {
      const file = 'file' in outcome ? outcome.file : `${outcome.id}.md`;
      console.error([`invalid ${label}:`, ...entry.errors.map((error) => `  ${error}`), ...outcome.problems.map((problem) => show(problem, file)), ...remarksOf(entry)].join('\n'));
      break;
    }
    case 'new': {
      const file = 'file' in outcome ? outcome.file : `${outcome.id}.md`;
      console.log(`${context.written ? 'wrote' : 'would write'} ${context.shownFolder}/${file} from ${label}`);
      for (const line of [...outcome.warnings.map((warning) => show(warning, file)), ...remarksOf(entry)]) console.log(line);
      if (context.dryRun) console.log(outcome.fileText.replace(/^/gm, '    ').trimEnd());
    }
  }
}

/** "fields not imported: abbr (2), keywords (1)" over every entry that was or would have been written. */
function notImportedSummary(outcomes: readonly (Outcome | ResumeOutcome)[]): string[] {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    if (outcome.status === 'new' || outcome.status === 'invalid') for (const field of outcome.entry.notImported) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return counts.size === 0 ? [] : [`fields not imported: ${[...counts].map(([field, number]) => `${field} (${number})`).join(', ')}`];
}

/** Writes the files unless it is a dry run; a failed write is undone and reported. Returns whether files were written. */
function writeOrFail(writes: readonly FileWrite[], dryRun: boolean, shown: (path: string) => string): boolean {
  if (dryRun || writes.length === 0) return !dryRun;
  try {
    writeAll(writes, shown);
  } catch (error) {
    if (error instanceof WriteFailure) fail(error.message);
    throw error;
  }
  return true;
}

/** A file --update changes (or finds unchanged): the entry, the match, the text before and after, what changed and what was kept. */
interface Update {
  readonly entry: SourceEntry;
  readonly file: PublicationOnDisk;
  readonly by: MatchedBy;
  readonly previous: string;
  readonly text: string;
  readonly changes: FieldChange[];
  readonly kept: FieldChange[];
}

/** How a message says why an entry belongs to a file. */
const MATCHED_BY: Readonly<Record<MatchedBy, string>> = {
  DOI: 'same DOI as',
  'arXiv id': 'same arXiv id as',
  'title and year': 'same title and year as',
  key: 'its key names',
};

/**
 * --update: each entry that matches a file is an update of it (its record set to what the
 * source says now), a refusal with the reason, or a second entry for a file already updated;
 * the others are imported as new.
 */
function planUpdates(
  entries: readonly SourceEntry[],
  context: { existing: readonly PublicationOnDisk[]; record: ImportRecord; source: string; siteLanguage: string; site: ImportedSite | undefined },
) {
  const { existing, record, source, siteLanguage, site } = context;
  const works = new WorkIndex(existing);
  const byId = new Map(existing.map((file) => [file.id, file]));
  const updatedFrom = new Map<string, string>();
  const updates: Update[] = [];
  const refusals: string[] = [];
  const alreadyUpdated: string[] = [];
  const unmatched = entries.filter((entry) => {
    const match = matchForUpdate(entry, works, byId);
    if (match === undefined) return true;
    const label = labelOf(entry, source);
    const { file, by } = match;
    const earlier = updatedFrom.get(file.path);
    if ('refused' in match) {
      const advice = by === 'key' ? 'If it is another work, give the entry another key and it is imported as new.' : 'Compare the two and edit the file by hand.';
      refusals.push(`refused ${label}: ${MATCHED_BY[by]} ${file.file}, but ${match.refused}; not updated. ${advice}`);
    } else if (earlier !== undefined) alreadyUpdated.push(`skipped ${label}: ${MATCHED_BY[by]} ${file.file}, which ${earlier} updates`);
    else {
      updatedFrom.set(file.path, label);
      const previous = readFileSync(file.path, 'utf8');
      // Old addresses (--old-site) are kept only where the new site has no page or file, and only once.
      const kept = site?.keepFree(entry, file.path) ?? entry;
      const result = updatedFile(previous, kept.data, { base: record.get(file.id), siteLanguage });
      if ('error' in result) refusals.push(`cannot update ${file.file} from ${label}: ${result.error}`);
      else {
        updates.push({ entry, file, by, previous, ...result });
        record.set(file.id, recordEntry(entry.data));
      }
    }
    return false;
  });
  return { unmatched, updates, refusals, alreadyUpdated };
}

/** A client for a command: --timeout (else VITA_HTTP_TIMEOUT_MS, else 20 s), VITA_HTTP_BACKOFF_MS (for tests) and the User-Agent with the contact address. */
export function commandClient(timeoutSeconds: string | undefined, mailto: string | undefined, context: { env: NodeJS.ProcessEnv; version: string }): HttpClient {
  const timeout = timeoutSeconds === undefined ? undefined : Number(timeoutSeconds);
  if (timeout !== undefined && !(timeout > 0)) fail(`--timeout: "${timeoutSeconds}" is not a number of seconds`);
  return createHttpClient({
    userAgent: userAgent(context.version, mailto),
    timeoutMs: timeout === undefined ? Number(context.env['VITA_HTTP_TIMEOUT_MS'] || DEFAULT_TIMEOUT_MS) : timeout * 1000,
    ...(context.env['VITA_HTTP_BACKOFF_MS'] ? { backoffMs: Number(context.env['VITA_HTTP_BACKOFF_MS']) } : {}),
  });
}

/** Everything an import of publications does, planned and checked before anything is written. */
export interface PublicationPlan {
  /** Files matched for --update, changed or not. */
  readonly updates: readonly Update[];
  /** The updates that change their file. */
  readonly changed: readonly Update[];
  readonly refusals: readonly string[];
  readonly alreadyUpdated: readonly string[];
  readonly outcomes: readonly Outcome[];
  /** The changed files, the new files and the import record, written together or not at all. */
  readonly writes: readonly FileWrite[];
  /** Remarks on the import record (unreadable, written anew). */
  readonly remarks: readonly string[];
}

/** Plans an import of publications into `folder`: updates (with `update`), new files, duplicates, refusals, and the import record. */
export function planPublications(
  entries: readonly SourceEntry[],
  context: {
    folder: string;
    shownFolder: string;
    existing: readonly PublicationOnDisk[];
    source: string;
    siteLanguage: string;
    siteLanguages?: readonly string[];
    update: boolean;
  },
): PublicationPlan {
  const { folder, shownFolder, existing, source, siteLanguage } = context;
  // Old addresses (--old-site) are kept only where the new site has no page or file, and only once.
  const site = entries.some((entry) => (entry.data.redirectFrom ?? []).length > 0) ? ImportedSite.around(folder) : undefined;

  // What the source said when each file was last imported: --update tells the source's changes from the owner's by it.
  const recordPath = join(folder, RECORD_FILE);
  const recordBefore = existsSync(recordPath) ? readFileSync(recordPath, 'utf8') : undefined;
  const readBack = readRecord(recordBefore);
  const remarks = 'error' in readBack ? [`${shownFolder}/${RECORD_FILE}: ${readBack.error}; it is written anew, and --update keeps every value that differs from the source`] : [];
  const record: ImportRecord = 'record' in readBack ? readBack.record : new Map();

  const { unmatched, updates, refusals, alreadyUpdated } = context.update
    ? planUpdates(entries, { existing, record, source, siteLanguage, site })
    : { unmatched: entries, updates: [], refusals: [], alreadyUpdated: [] };

  const planned = planImport(unmatched, existing, siteLanguage, context.siteLanguages);
  const outcomes = site ? site.keepFreeInPlan(planned, folder, siteLanguage) : planned;
  const changed = updates.filter((update) => update.changes.length > 0);
  for (const outcome of outcomes) if (outcome.status === 'new') record.set(outcome.id, recordEntry(outcome.entry.data));
  // Files that are gone take their record with them.
  const ids = new Set([...existing.map((file) => file.id), ...outcomes.flatMap((outcome) => (outcome.status === 'new' ? [outcome.id] : []))]);
  for (const id of record.keys()) if (!ids.has(id)) record.delete(id);
  const recordAfter = recordText(record);
  const writes: FileWrite[] = [
    ...changed.map((update) => ({ path: update.file.path, text: update.text, previous: update.previous })),
    ...outcomes.flatMap((outcome) => (outcome.status === 'new' ? [{ path: join(folder, `${outcome.id}.md`), text: outcome.fileText }] : [])),
    ...(record.size > 0 && recordAfter !== recordBefore ? [{ path: recordPath, text: recordAfter, previous: recordBefore }] : []),
  ];
  return { updates, changed, refusals, alreadyUpdated, outcomes, writes, remarks };
}

/** Entries of other sections (ORCID's employment, education, funding, peer review) planned into the content folder. */
export function planSections(drafts: readonly ResumeDraft[], contentFolder: string, shownFolder: string, siteLanguage: string): { outcomes: ResumeOutcome[]; writes: FileWrite[] } {
  if (drafts.length === 0) return { outcomes: [], writes: [] };
  const outcomes = planResume(drafts, existingEntries(contentFolder, shownFolder), siteLanguage);
  return { outcomes, writes: outcomes.flatMap((outcome) => (outcome.status === 'new' ? [{ path: join(contentFolder, outcome.file), text: outcome.fileText }] : [])) };
}

const NOTHING_FETCHED: Fetched = { entries: [], drafts: [], failures: [] };

/** The publications import: files and remote sources into the publications folder (other sections beside it), or --update. */
async function importPublications(
  options: ImportOptions,
  entriesFromFile: SourceEntry[],
  context: { cwd: string; env: NodeJS.ProcessEnv; version: string; kindMap: KindMap; siteLanguage: string; siteLanguages: readonly string[]; sources: Sources },
): Promise<number> {
  const publications = inContent(context, 'publications');
  // A folder that does not exist yet is made by the first file written into it.
  const { folder, shown: shownFolder } = targetFolder(options.into ?? publications, context.cwd, `the publications folder (default: ${publications})`, true);
  const existing = existingPublications(folder, shownFolder);
  const source = options.source ?? 'identifiers';

  const mailto = sourceCount(context.sources) === 0 ? undefined : contactAddress(options.mailto, context);
  const fetched =
    sourceCount(context.sources) === 0
      ? NOTHING_FETCHED
      : await fetchSources(context.sources, {
          client: commandClient(options.timeoutSeconds, mailto, context),
          env: context.env,
          kindMap: context.kindMap,
          siteLanguage: context.siteLanguage,
          mailto,
          // With --update every work is fetched in full, to compare; otherwise works already here are not asked for again.
          known: new WorkIndex(options.update ? [] : existing),
        });
  for (const failure of fetched.failures) console.error(`failed ${failure}`);
  const entries = [...entriesFromFile, ...fetched.entries];
  const plan = planPublications(entries, {
    folder,
    shownFolder,
    existing,
    source,
    siteLanguage: context.siteLanguage,
    siteLanguages: context.siteLanguages,
    update: options.update,
  });
  for (const remark of plan.remarks) console.error(remark);
  const { updates, changed, refusals, alreadyUpdated, outcomes } = plan;
  // ORCID's employment, education, funding and peer review go beside the publications folder (by default: content/).
  const sectionFolder = dirname(shownFolder);
  const others = planSections(fetched.drafts, dirname(folder), sectionFolder, context.siteLanguage);

  const count = (status: Outcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const invalidSections = others.outcomes.filter((outcome) => outcome.status === 'invalid').length;
  const invalidPublications = count('invalid') + refusals.length;
  const invalid = invalidPublications + invalidSections;
  const failed = fetched.failures.length;
  const writing = (invalid === 0 && failed === 0) || options.skipInvalid;
  const writes = writing ? [...plan.writes, ...others.writes] : [];
  const shownPath = (path: string) =>
    relative(folder, path).startsWith('..')
      ? `${sectionFolder}/${relative(dirname(folder), path).split(sep).join('/')}`
      : `${shownFolder}/${relative(folder, path).split(sep).join('/')}`;
  const written = writing && writeOrFail(writes, options.dryRun, shownPath);

  const printContext = { source, shownFolder, written, dryRun: options.dryRun };
  for (const update of updates) {
    const from = `${labelOf(update.entry, source)} (matched by ${update.by})`;
    const head = update.changes.length === 0 ? `unchanged ${update.file.file} from ${from}` : `${written ? 'updated' : 'would update'} ${update.file.file} from ${from}`;
    console.log([head, ...changeLines(update.changes, update.kept)].join('\n'));
  }
  for (const line of alreadyUpdated) console.log(line);
  for (const refusal of refusals) console.error(refusal);
  for (const outcome of outcomes) printOutcome(outcome, printContext);
  for (const outcome of others.outcomes) printOutcome(outcome, { ...printContext, shownFolder: sectionFolder });

  const journalDois = entries.flatMap((entry) => (entry.journalDoi === undefined ? [] : [entry.journalDoi]));
  const kept = updates.reduce((sum, update) => sum + update.kept.length, 0);
  const summary = [
    `${plural(count('new'), 'publication')} ${written ? 'written' : 'would be written'}${options.dryRun ? ' (dry run)' : ''}`,
    ...(options.update ? [`${changed.length} updated, ${updates.length - changed.length} unchanged`] : []),
    ...(kept > 0 ? [`${plural(kept, 'value')} kept that ${kept === 1 ? 'differs' : 'differ'} from the source`] : []),
    `${count('duplicate')} skipped as already present`,
    ...(count('container') > 0 ? [`${plural(count('container'), 'crossref container')} skipped`] : []),
    `${invalidPublications} invalid${invalidPublications > 0 && options.skipInvalid ? ' and skipped' : ''}`,
    ...(failed > 0 ? [`${plural(failed, 'lookup')} failed`] : []),
  ];
  console.log(`\n${summary.join(', ')}`);
  if (others.outcomes.length > 0) console.log(sectionSummary(others.outcomes, written, options.dryRun));
  for (const line of notImportedSummary([...outcomes, ...others.outcomes])) console.log(line);
  if (kept > 0)
    console.log("kept values are yours or older than the record of the last import; to take the source's instead, delete the line from the file and run --update again");
  if (journalDois.length > 0) console.log(`arXiv lists a journal version: npm run import -- ${journalDois.map((doi) => `--doi ${doi}`).join(' ')}`);
  if (!writing) {
    const what = [...(invalid > 0 ? [`${invalid} invalid ${invalid === 1 ? 'entry' : 'entries'}`] : []), ...(failed > 0 ? [plural(failed, 'failed lookup')] : [])].join(' and ');
    console.error(`\n${what}; nothing was written. Fix ${invalid > 0 ? `them in ${source}` : 'the lookups (or try again later)'}, or pass --skip-invalid to import the rest.`);
    return 1;
  }
  return 0;
}

/** "3 files written (experience 2, grants 1)". */
function filesWritten(outcomes: readonly ResumeOutcome[], written: boolean, dryRun: boolean): string {
  const newBySection = new Map<string, number>();
  for (const outcome of outcomes) if (outcome.status === 'new') newBySection.set(outcome.entry.section, (newBySection.get(outcome.entry.section) ?? 0) + 1);
  const created = [...newBySection.values()].reduce((sum, number) => sum + number, 0);
  return `${plural(created, 'file')} ${written ? 'written' : 'would be written'}${dryRun ? ' (dry run)' : ''}${created > 0 ? ` (${[...newBySection].map(([section, number]) => `${section} ${number}`).join(', ')})` : ''}`;
}

/** The ORCID record's other sections: "2 files written (experience 1, service 1), 1 skipped as already present, 1 invalid". */
function sectionSummary(outcomes: readonly ResumeOutcome[], written: boolean, dryRun: boolean): string {
  const count = (status: ResumeOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  return `other sections: ${filesWritten(outcomes, written, dryRun)}, ${count('duplicate')} skipped as already present, ${count('invalid')} invalid`;
}

/** The entries already in a content folder, section by section. */
function existingEntries(contentFolder: string, shownFolder: string): ExistingEntry[] {
  return (Object.keys(sections) as SectionName[]).flatMap((section) => {
    const { path, shape } = sections[section];
    const files = shape === 'file' ? [join(contentFolder, path)].filter((file) => existsSync(file)) : listMarkdown(join(contentFolder, path));
    return files.map((file) => {
      const relativePath = relative(contentFolder, file).split(sep).join('/');
      const data = checkFile({ path: relativePath, bytes: readFileSync(file) }).entry?.data ?? {};
      return { section, id: relativePath.replace(/^.*\//, '').replace(/\.md$/, ''), file: `${shownFolder}/${relativePath}`, data };
    });
  });
}

/** The whole-CV import from a JSON Resume into the content folder. */
function importResume(options: ImportOptions, json: Record<string, unknown>, place: CommandPlace): number {
  const content = inContent(place);
  const { folder, shown: shownFolder } = targetFolder(options.into ?? content, place.cwd, `the content folder (default: ${content})`, true);
  const source = options.source!;
  const { drafts, sectionsLeftOut, siteUrl, settings: exportedSettings, metrics, orcid } = readJsonResume(json);
  // The site's language decides which titles need a language of their own: the exported settings', else the folder's.
  const exportedLanguage = exportedSettings && typeof exportedSettings === 'object' && !Array.isArray(exportedSettings) ? exportedSettings['language'] : undefined;
  const siteLanguage = typeof exportedLanguage === 'string' ? exportedLanguage : resolveSettings(folder, {}).language;
  const outcomes = planResume(
    drafts.map((draft): ResumeDraft => ({ ...draft, origin: `${source} ${draft.key}` })),
    existingEntries(folder, shownFolder),
    siteLanguage,
  );
  // A resume exported by vita carries its settings, or at least names its site: they become the new folder's settings, unless it has some.
  const settingsPath = join(folder, SETTINGS_FILE);
  const settingsText = existsSync(settingsPath)
    ? undefined
    : exportedSettings !== undefined
      ? stringify(exportedSettings, { lineWidth: 0, schema: 'core' })
      : siteUrl !== undefined
        ? `url: ${siteUrl}\n`
        : undefined;
  const settingsProblems = settingsText === undefined ? [] : checkFile({ path: SETTINGS_FILE, bytes: new TextEncoder().encode(settingsText) }).problems.filter(isError);
  for (const problem of settingsProblems) console.error(`invalid ${source} x-settings:\n  ${formatProblem({ ...problem, file: SETTINGS_FILE }, shownFolder)}`);
  const invalid = outcomes.filter((outcome) => outcome.status === 'invalid').length + (settingsProblems.length > 0 ? 1 : 0);
  const writing = invalid === 0 || options.skipInvalid;
  const settings = settingsText === undefined || settingsProblems.length > 0 ? [] : [{ path: settingsPath, text: settingsText }];
  // The citation counts and the ORCID comparison come with it too (content/metrics.json, orcid.json), unless the folder has its own.
  const carried = [
    { data: metrics, file: METRICS_FILE, what: 'the citation counts it carries (x-metrics)' },
    { data: orcid, file: ORCID_FILE, what: 'the works its ORCID record lists (x-orcid)' },
  ].filter(({ data, file }) => data !== undefined && !existsSync(join(folder, file)));
  const counts = carried.map(({ data, file }) => ({ path: join(folder, file), text: `${JSON.stringify(data, null, 2)}\n` }));
  const entries = outcomes.flatMap((outcome) => (outcome.status === 'new' ? [{ path: join(folder, outcome.file), text: outcome.fileText }] : []));
  const writes = writing ? [...entries, ...settings, ...counts] : [];
  const written = writing && writeOrFail(writes, options.dryRun, (path) => `${shownFolder}/${relative(folder, path).split(sep).join('/')}`);
  const printContext = { source, shownFolder, written, dryRun: options.dryRun };
  for (const outcome of outcomes) printOutcome(outcome, printContext);

  const summary = [
    filesWritten(outcomes, written, options.dryRun),
    `${outcomes.filter((outcome) => outcome.status === 'duplicate').length} skipped as already present`,
    `${invalid} invalid${invalid > 0 && options.skipInvalid ? ' and skipped' : ''}`,
  ];
  console.log(`\n${summary.join(', ')}`);
  if (writing && settings.length > 0)
    console.log(
      `${shownFolder}/${SETTINGS_FILE}: ${exportedSettings === undefined ? `url ${siteUrl} (from meta.canonical)` : 'the settings of the site it was exported from (x-settings)'}`,
    );
  if (writing) for (const { file, what } of carried) console.log(`${shownFolder}/${file}: ${what}`);
  for (const line of sectionsLeftOut) console.log(line);
  for (const line of notImportedSummary(outcomes)) console.log(line);
  if (!writing) {
    console.error(`\n${invalid} invalid ${invalid === 1 ? 'entry' : 'entries'}; nothing was written. Fix them in ${source}, or pass --skip-invalid to import the rest.`);
    return 1;
  }
  return 0;
}

/** Runs the import; returns the exit code. Throws CommandError for input it cannot use. */
export async function runImport(options: ImportOptions, context: { cwd: string; env: NodeJS.ProcessEnv; version: string }): Promise<number> {
  const parsedKinds = parseKindMap(options.kindMap);
  if ('error' in parsedKinds) fail(parsedKinds.error);
  const read = readSources(options.identifiers);
  if ('errors' in read) fail(read.errors.join('\n'));
  const { sources } = read;
  // The site's language (from the settings beside the publications folder) decides which titles need a language of their own.
  const { language: siteLanguage, languages: siteLanguages } = resolveSettings(dirname(resolve(context.cwd, options.into ?? inContent(context, 'publications'))), {});
  const fromFile = options.source === undefined ? undefined : readFileSource(options.source, parsedKinds.kindMap, siteLanguage);
  if (fromFile?.kind === 'resume') {
    if (options.update || sourceCount(sources) > 0) {
      fail(`${options.source}: a JSON Resume is imported on its own; --update and the identifier options (--doi, --orcid …) work with publications`);
    }
    return importResume(options, fromFile.json, context);
  }
  if (options.update && options.source === undefined && sourceCount(sources) === 0) fail('--update needs a source to update from, e.g. npm run import -- refs.bib --update');
  const oldSite = options.oldSite === undefined ? undefined : (URL.parse(options.oldSite) ?? undefined);
  if (options.oldSite !== undefined && !/^https?:$/.test(oldSite?.protocol ?? '')) fail(`--old-site: "${options.oldSite}" is not an http(s) address such as https://ada.github.io`);
  const entries = (fromFile?.entries ?? []).map((entry) => withOldAddresses(entry, oldSite));
  return importPublications(options, entries, { ...context, kindMap: parsedKinds.kindMap, siteLanguage, siteLanguages, sources });
}
