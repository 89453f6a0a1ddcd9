/**
 * `npm run import`: what the command does, apart from reading its arguments.
 * Sources: a BibTeX or CSL-JSON file, a JSON Resume (the whole CV), DOIs, arXiv
 * ids and ORCID records. Every entry is planned and checked exactly as
 * `npm run check` checks it before any file is written; then all files are
 * written, or none (see writeFiles.ts). Messages go to stdout (what was done) and
 * stderr (what failed); the exit code is 0 on success, 1 otherwise.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { checkFile } from '../../src/pipeline/checkFile.ts';
import { contentRoots } from '../../src/pipeline/contentFolder.ts';
import { formatProblem, type Problem } from '../../src/pipeline/problems.ts';
import { SETTINGS_FILE, sections, type SectionName } from '../../src/schemas/sections.ts';
import { createHttpClient, createProgress, userAgent, DEFAULT_TIMEOUT_MS, type HttpClient } from '../net/http.ts';
import { fetchArxiv, readArxivArgument, DEFAULT_ARXIV_ENDPOINT } from './arxiv.ts';
import { readBibtex } from './bibtex.ts';
import { readCslJson } from './cslJson.ts';
import { fetchDoi, readDoiArgument, DEFAULT_DOI_ENDPOINT } from './doi.ts';
import { isJsonResume, readJsonResume, type ResumeDraft } from './jsonResume.ts';
import { fetchOrcidWorks, readOrcidArgument, DEFAULT_ORCID_ENDPOINT } from './orcid.ts';
import { planImport, WorkIndex, type ExistingPublication, type Outcome } from './plan.ts';
import { planResume, type ExistingEntry, type ResumeOutcome } from './resumePlan.ts';
import { parseKindMap, withOldAddresses, type KindMap, type SourceEntry } from './sourceEntry.ts';
import { changeLines, matchForUpdate, updatedFile, type FieldChange } from './update.ts';
import { writeAll, WriteFailure, type FileWrite } from './writeFiles.ts';

/** A reason to stop, already worded for the person running the command. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

function fail(message: string): never {
  throw new CommandError(message);
}

export interface ImportOptions {
  readonly source: string | undefined;
  readonly dois: readonly string[];
  readonly arxivIds: readonly string[];
  readonly orcids: readonly string[];
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

/** Where requests go; each overridable by an environment variable so tests can answer locally. */
export interface Endpoints {
  readonly doi: string;
  readonly arxiv: string;
  readonly orcid: string;
}

export function endpointsFrom(env: NodeJS.ProcessEnv): Endpoints {
  return {
    doi: env['VITA_DOI_ENDPOINT'] || DEFAULT_DOI_ENDPOINT,
    arxiv: env['VITA_ARXIV_ENDPOINT'] || DEFAULT_ARXIV_ENDPOINT,
    orcid: env['VITA_ORCID_ENDPOINT'] || DEFAULT_ORCID_ENDPOINT,
  };
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
function readFileSource(source: string, kindMap: KindMap): FileSource {
  const text = readSource(source);
  const format = extname(source).toLowerCase();
  let entries: SourceEntry[];
  if (format === '.bib' || format === '.bibtex') {
    const bibtex = readBibtex(text, kindMap);
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

function labelOf(entry: Reported, source: string): string {
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

/** Entries fetched by identifier; failed lookups come back as one line each. */
async function fetchIdentified(options: ImportOptions, context: { client: HttpClient; endpoints: Endpoints; kindMap: KindMap; known: WorkIndex }) {
  const entries: SourceEntry[] = [];
  const failures: string[] = [];
  const { client, endpoints, kindMap } = context;
  const progress = createProgress(options.dois.length + options.arxivIds.length);
  for (const doi of options.dois) {
    const result = await fetchDoi(doi, client, endpoints.doi, kindMap);
    progress.step(`doi ${doi}`);
    if ('entry' in result) entries.push(result.entry);
    else failures.push(result.error);
  }
  for (const arxiv of options.arxivIds) {
    const result = await fetchArxiv(arxiv, client, endpoints.arxiv);
    progress.step(`arXiv ${arxiv}`);
    if ('entry' in result) entries.push(result.entry);
    else failures.push(result.error);
  }
  for (const orcid of options.orcids) {
    let orcidProgress: ReturnType<typeof createProgress> | undefined;
    const result = await fetchOrcidWorks(orcid, {
      client,
      endpoints,
      known: context.known,
      kindMap,
      onRequest: (total, label) => (orcidProgress ??= createProgress(total)).step(label),
    });
    entries.push(...result.entries);
    failures.push(...result.errors);
  }
  return { entries, failures };
}

/** The publications import: files and identifiers into the publications folder, or --update. */
async function importPublications(
  options: ImportOptions,
  entriesFromFile: SourceEntry[],
  context: { cwd: string; env: NodeJS.ProcessEnv; version: string; kindMap: KindMap },
): Promise<number> {
  const publications = inContent(context, 'publications');
  const { folder, shown: shownFolder } = targetFolder(options.into ?? publications, context.cwd, `the publications folder (default: ${publications})`);
  const existing = existingPublications(folder, shownFolder);
  const source = options.source ?? 'identifiers';

  const identifiers = options.dois.length + options.arxivIds.length + options.orcids.length;
  let fetched: { entries: SourceEntry[]; failures: string[] } = { entries: [], failures: [] };
  if (identifiers > 0) {
    const timeout = options.timeoutSeconds === undefined ? undefined : Number(options.timeoutSeconds);
    if (timeout !== undefined && !(timeout > 0)) fail(`--timeout: "${options.timeoutSeconds}" is not a number of seconds`);
    const client = createHttpClient({
      userAgent: userAgent(context.version, contactAddress(options.mailto, context)),
      timeoutMs: timeout === undefined ? Number(context.env['VITA_HTTP_TIMEOUT_MS'] || DEFAULT_TIMEOUT_MS) : timeout * 1000,
      ...(context.env['VITA_HTTP_BACKOFF_MS'] ? { backoffMs: Number(context.env['VITA_HTTP_BACKOFF_MS']) } : {}),
    });
    fetched = await fetchIdentified(options, { client, endpoints: endpointsFrom(context.env), kindMap: context.kindMap, known: new WorkIndex(existing) });
  }
  for (const failure of fetched.failures) console.error(`failed ${failure}`);
  const entries = [...entriesFromFile, ...fetched.entries];

  // --update: entries matching a file change it; the others are imported as new.
  const updates: { entry: SourceEntry; file: PublicationOnDisk; text: string; previous: string; changes: FieldChange[] }[] = [];
  const updateErrors: string[] = [];
  const unmatched = options.update
    ? entries.filter((entry) => {
        const file = matchForUpdate(entry, existing);
        if (file === undefined) return true;
        const previous = readFileSync(file.path, 'utf8');
        const result = updatedFile(previous, entry.data);
        if ('error' in result) updateErrors.push(`cannot update ${file.file} from ${labelOf(entry, source)}: ${result.error}`);
        else updates.push({ entry, file, previous, text: result.text, changes: result.changes });
        return false;
      })
    : entries;

  const outcomes = planImport(unmatched, existing);
  const count = (status: Outcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const invalid = count('invalid') + updateErrors.length;
  const failed = fetched.failures.length;
  const writing = (invalid === 0 && failed === 0) || options.skipInvalid;
  const changed = updates.filter((update) => update.changes.length > 0);
  const writes: FileWrite[] = writing
    ? [
        ...changed.map((update) => ({ path: update.file.path, text: update.text, previous: update.previous })),
        ...outcomes.flatMap((outcome) => (outcome.status === 'new' ? [{ path: join(folder, `${outcome.id}.md`), text: outcome.fileText }] : [])),
      ]
    : [];
  const written = writing && writeOrFail(writes, options.dryRun, (path) => `${shownFolder}/${relative(folder, path).split(sep).join('/')}`);

  const printContext = { source, shownFolder, written, dryRun: options.dryRun };
  for (const update of updates) {
    if (update.changes.length === 0) console.log(`unchanged ${update.file.file} (${labelOf(update.entry, source)})`);
    else console.log([`${written ? 'updated' : 'would update'} ${update.file.file} from ${labelOf(update.entry, source)}`, ...changeLines(update.changes)].join('\n'));
  }
  for (const error of updateErrors) console.error(error);
  for (const outcome of outcomes) printOutcome(outcome, printContext);

  const journalDois = entries.flatMap((entry) => (entry.journalDoi === undefined ? [] : [entry.journalDoi]));
  const summary = [
    `${plural(count('new'), 'publication')} ${written ? 'written' : 'would be written'}${options.dryRun ? ' (dry run)' : ''}`,
    ...(options.update ? [`${changed.length} updated, ${updates.length - changed.length} unchanged`] : []),
    `${count('duplicate')} skipped as already present`,
    ...(count('container') > 0 ? [`${plural(count('container'), 'crossref container')} skipped`] : []),
    `${invalid} invalid${invalid > 0 && options.skipInvalid ? ' and skipped' : ''}`,
    ...(failed > 0 ? [`${plural(failed, 'lookup')} failed`] : []),
  ];
  console.log(`\n${summary.join(', ')}`);
  for (const line of notImportedSummary(outcomes)) console.log(line);
  if (journalDois.length > 0) console.log(`arXiv lists a journal version: npm run import -- ${journalDois.map((doi) => `--doi ${doi}`).join(' ')}`);
  if (!writing) {
    const what = [...(invalid > 0 ? [`${invalid} invalid ${invalid === 1 ? 'entry' : 'entries'}`] : []), ...(failed > 0 ? [plural(failed, 'failed lookup')] : [])].join(' and ');
    console.error(`\n${what}; nothing was written. Fix ${invalid > 0 ? `them in ${source}` : 'the lookups (or try again later)'}, or pass --skip-invalid to import the rest.`);
    return 1;
  }
  return 0;
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
  const { drafts, sectionsLeftOut, siteUrl } = readJsonResume(json);
  const outcomes = planResume(
    drafts.map((draft): ResumeDraft => ({ ...draft, origin: `${source} ${draft.key}` })),
    existingEntries(folder, shownFolder),
  );
  const invalid = outcomes.filter((outcome) => outcome.status === 'invalid').length;
  const writing = invalid === 0 || options.skipInvalid;
  // A resume exported by vita names its site: it becomes the new folder's settings, unless there are some.
  const settingsPath = join(folder, SETTINGS_FILE);
  const settings = siteUrl !== undefined && !existsSync(settingsPath) ? [{ path: settingsPath, text: `url: ${siteUrl}\n` }] : [];
  const entries = outcomes.flatMap((outcome) => (outcome.status === 'new' ? [{ path: join(folder, outcome.file), text: outcome.fileText }] : []));
  const writes = writing ? [...entries, ...settings] : [];
  const written = writing && writeOrFail(writes, options.dryRun, (path) => `${shownFolder}/${relative(folder, path).split(sep).join('/')}`);
  const printContext = { source, shownFolder, written, dryRun: options.dryRun };
  for (const outcome of outcomes) printOutcome(outcome, printContext);

  const newBySection = new Map<string, number>();
  for (const outcome of outcomes) if (outcome.status === 'new') newBySection.set(outcome.entry.section, (newBySection.get(outcome.entry.section) ?? 0) + 1);
  const created = [...newBySection.values()].reduce((sum, number) => sum + number, 0);
  const summary = [
    `${plural(created, 'file')} ${written ? 'written' : 'would be written'}${options.dryRun ? ' (dry run)' : ''}${created > 0 ? ` (${[...newBySection].map(([section, number]) => `${section} ${number}`).join(', ')})` : ''}`,
    `${outcomes.filter((outcome) => outcome.status === 'duplicate').length} skipped as already present`,
    `${invalid} invalid${invalid > 0 && options.skipInvalid ? ' and skipped' : ''}`,
  ];
  console.log(`\n${summary.join(', ')}`);
  if (writing && settings.length > 0) console.log(`${shownFolder}/${SETTINGS_FILE}: url ${siteUrl} (from meta.canonical)`);
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
  const check = <T>(values: readonly string[], read: (value: string) => T | { error: string }, pick: (value: T) => string) => {
    const results = values.map(read);
    const errors = results.flatMap((result) => (typeof result === 'object' && result !== null && 'error' in result ? [result.error] : []));
    if (errors.length > 0) fail(errors.join('\n'));
    return (results as T[]).map(pick);
  };
  const resolved: ImportOptions = {
    ...options,
    dois: check(options.dois, readDoiArgument, (value) => value.doi),
    arxivIds: check(options.arxivIds, readArxivArgument, (value) => value.arxiv),
    orcids: check(options.orcids, readOrcidArgument, (value) => value.orcid),
  };
  const fromFile = resolved.source === undefined ? undefined : readFileSource(resolved.source, parsedKinds.kindMap);
  if (fromFile?.kind === 'resume') {
    if (resolved.update || resolved.dois.length + resolved.arxivIds.length + resolved.orcids.length > 0) {
      fail(`${resolved.source}: a JSON Resume is imported on its own; --update, --doi, --arxiv and --orcid work with publications`);
    }
    return importResume(resolved, fromFile.json, context);
  }
  if (resolved.update && resolved.source === undefined) fail('--update needs a bibliography file to update from, e.g. npm run import -- refs.bib --update');
  const oldSite = options.oldSite === undefined ? undefined : (URL.parse(options.oldSite) ?? undefined);
  if (options.oldSite !== undefined && !/^https?:$/.test(oldSite?.protocol ?? '')) fail(`--old-site: "${options.oldSite}" is not an http(s) address such as https://ada.github.io`);
  const entries = (fromFile?.entries ?? []).map((entry) => withOldAddresses(entry, oldSite));
  return importPublications(resolved, entries, { ...context, kindMap: parsedKinds.kindMap });
}
