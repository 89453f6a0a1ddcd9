/**
 * `npm run sync`: brings the site up to date with the sources the owner lists
 * under `sync:` in settings.yaml. It imports what is new, updates what changed
 * by `npm run import -- --update`'s rules (a value the owner changed by hand
 * stays), adds ORCID's employment, education, funding and peer review, refreshes
 * the citation counts, and describes all of it for a pull request. Entries that
 * cannot be imported are left out and named; nothing is written when nothing
 * changed, so the weekly workflow opens no pull request then. A failed lookup is
 * named in the description; with nothing changed, it makes the run fail (exit 1),
 * so the owner hears of it without a pull request.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CommandError } from '../commandLine.ts';
import { contentRoots } from '../../src/pipeline/contentFolder.ts';
import { checkFile } from '../../src/pipeline/checkFile.ts';
import { formatProblem, isError, type Problem } from '../../src/pipeline/problems.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { METRICS_FILE, ORCID_FILE, SETTINGS_FILE } from '../../src/schemas/sections.ts';
import { compareWithRecord, orcidWorksFileText } from '../orcid/command.ts';
import { citationCounts, metricsFileText, DEFAULT_OPENALEX_ENDPOINT, OPENALEX_SOURCE } from '../metrics/openAlex.ts';
import { today } from '../metrics/command.ts';
import { commandClient, contactAddress, existingPublications, labelOf, planPublications, planSections, readFileSource } from '../import/command.ts';
import { WorkIndex, type Outcome } from '../import/plan.ts';
import type { HttpClient } from '../net/http.ts';
import type { ResumeOutcome } from '../import/resumePlan.ts';
import type { PublicationDraft, SourceEntry } from '../import/sourceEntry.ts';
import { fetchSources, NO_SOURCES, readSources, type SourceArguments } from '../import/sources.ts';
import { writeAll, WriteFailure, type FileWrite } from '../import/writeFiles.ts';
import { hasChanges, syncDescription, type CitationChange, type NewEntry, type SyncReport } from './report.ts';

export interface SyncOptions {
  readonly dryRun: boolean;
  /** Where to write the pull request's description (only when something changed). */
  readonly description: string | undefined;
  readonly mailto: string | undefined;
  readonly timeoutSeconds: string | undefined;
}

function fail(message: string): never {
  throw new CommandError(message);
}

/** "Title (Venue, 2021)". */
function publicationLabel(data: PublicationDraft): string {
  const where = [data.venue, data.year].filter((part) => part !== undefined).join(', ');
  return `${data.title ?? '(no title)'}${where === '' ? '' : ` (${where})`}`;
}

/** A position, degree, grant or service in a line, as its section names it. */
function entryLabel(outcome: Extract<ResumeOutcome, { status: 'new' }>): string {
  const data = outcome.entry.data as Record<string, string | number | undefined>;
  const parts: Record<string, (string | number | undefined)[]> = {
    experience: [data['role'], data['organization']],
    education: [data['degree'], data['institution']],
    grants: [data['title'], data['funder']],
    service: [data['kind'], data['venue']],
  };
  return (parts[outcome.entry.section] ?? [outcome.entry.idWords]).filter((part) => part !== undefined).join(', ');
}

/** Why an entry was not imported, in one line: its own errors, else the check's (which follow from them when there are both). */
function whyNot(entry: Pick<SourceEntry, 'errors'>, problems: readonly Problem[]): string {
  return (entry.errors.length > 0 ? entry.errors : problems.filter(isError).map((problem) => formatProblem(problem))).join('; ');
}

/** The citation counts a metrics file holds, by publication id; none for no file or one that cannot be read. */
function countsIn(path: string): Map<string, number> {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { publications?: Record<string, { citedBy?: unknown }> };
    return new Map(Object.entries(json.publications ?? {}).flatMap(([id, metric]) => (typeof metric.citedBy === 'number' ? [[id, metric.citedBy] as const] : [])));
  } catch {
    return new Map();
  }
}

/** The publications an ORCID file lists (content/orcid.json); none for no file or one that cannot be read. */
function listedIn(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    return (JSON.parse(text) as { publications?: Record<string, unknown> }).publications;
  } catch {
    return undefined;
  }
}

/** The settings' sources as `npm run import` takes them; files (not addresses) among the BibTeX ones apart. */
function sourcesOf(sync: NonNullable<ReturnType<typeof resolveSettings>['sync']>): { raw: SourceArguments; files: string[] } {
  const isAddress = (value: string) => /^https?:\/\//i.test(value);
  return {
    raw: {
      ...NO_SOURCES,
      dois: sync.dois,
      arxivIds: sync.arxiv,
      orcids: sync.orcid === undefined ? [] : [sync.orcid],
      dblp: sync.dblp,
      pubmed: sync.pubmed,
      openalex: sync.openalex,
      zotero: sync.zotero,
      bibtexUrls: sync.bibtex.filter(isAddress),
    },
    files: sync.bibtex.filter((value) => !isAddress(value)),
  };
}

export async function runSync(options: SyncOptions, context: { cwd: string; env: NodeJS.ProcessEnv; version: string }): Promise<number> {
  const content = contentRoots(context.env, context.cwd).content;
  const shown = (path: string) => {
    const fromHere = relative(context.cwd, path).split(sep).join('/');
    return fromHere.startsWith('..') ? path : fromHere;
  };
  const settingsPath = join(content, SETTINGS_FILE);
  const settingsCheck = existsSync(settingsPath) ? checkFile({ path: SETTINGS_FILE, bytes: readFileSync(settingsPath) }).problems.filter(isError) : [];
  if (settingsCheck.length > 0) fail(settingsCheck.map((problem) => formatProblem(problem, shown(content))).join('\n'));
  const settings = resolveSettings(content, {});
  if (settings.sync === undefined)
    fail(
      `${shown(settingsPath)}: no sync: section; list your sources there, e.g.\n\nsync:\n  orcid: 0000-0002-1825-0097\n  openalex: A5023888391\n\n(the README's "Keeping the site current" lists them all)`,
    );
  const { raw, files } = sourcesOf(settings.sync);
  const read = readSources(raw);
  if ('errors' in read) fail(read.errors.map((error) => `${shown(settingsPath)} sync: ${error}`).join('\n'));

  const publicationsFolder = join(content, 'publications');
  const shownPublications = shown(publicationsFolder);
  const existing = existingPublications(publicationsFolder, shownPublications);
  const mailto = contactAddress(options.mailto, context);
  // Every request counted, to tell a machine that reaches no source (no network) from sources that answered.
  const traffic = { requests: 0, reached: 0 };
  const http = commandClient(options.timeoutSeconds, mailto, context);
  const client: HttpClient = {
    get: async (request) => {
      const answer = await http.get(request);
      traffic.requests++;
      if (answer.ok || answer.status !== undefined) traffic.reached++;
      return answer;
    },
  };
  const fromFiles = files.flatMap((file) => {
    const source = readFileSource(resolve(context.cwd, file), {}, settings.language);
    if (source.kind === 'resume') fail(`${shown(settingsPath)} sync: ${file} is a JSON Resume; sync reads BibTeX or CSL-JSON files`);
    return source.kind === 'publications' ? source.entries.map((entry) => ({ ...entry, origin: labelOf(entry, file) })) : [];
  });
  // Every work is fetched in full (no known works), so changes to those already here show.
  const fetched = await fetchSources(read.sources, { client, env: context.env, kindMap: {}, siteLanguage: settings.language, mailto, known: new WorkIndex() });
  const plan = planPublications([...fromFiles, ...fetched.entries], {
    folder: publicationsFolder,
    shownFolder: shownPublications,
    existing,
    source: 'sync',
    siteLanguage: settings.language,
    siteLanguages: settings.languages,
    update: true,
  });
  const others = planSections(fetched.drafts, content, shown(content), settings.language);

  const added: NewEntry[] = [
    ...plan.outcomes.flatMap((outcome) =>
      outcome.status === 'new'
        ? [{ file: `${shownPublications}/${outcome.id}.md`, label: publicationLabel(outcome.entry.data), from: outcome.entry.origin ?? outcome.entry.key }]
        : [],
    ),
    ...others.outcomes.flatMap((outcome) =>
      outcome.status === 'new'
        ? [{ file: shown(join(content, outcome.file)), section: outcome.entry.section, label: entryLabel(outcome), from: outcome.entry.origin ?? outcome.entry.key }]
        : [],
    ),
  ];
  const invalid = [...plan.outcomes, ...others.outcomes].flatMap((outcome: Outcome | ResumeOutcome) =>
    outcome.status === 'invalid' ? [`${outcome.entry.origin ?? outcome.entry.key}: ${whyNot(outcome.entry, outcome.problems)}`] : [],
  );

  // Citation counts of every publication the site will have, compared with the file's.
  const metricsPath = join(content, METRICS_FILE);
  const failures = [...fetched.failures];
  let citations: CitationChange | undefined;
  let metricsWrite: FileWrite[] = [];
  if (settings.sync.metrics) {
    const countable = [
      ...existing,
      ...plan.outcomes.flatMap((outcome) => (outcome.status === 'new' ? [{ id: outcome.id, doi: outcome.entry.data.doi, arxiv: outcome.entry.data.arxiv }] : [])),
    ];
    const counted = await citationCounts(countable, {
      client,
      endpoint: context.env['VITA_OPENALEX_ENDPOINT'] || DEFAULT_OPENALEX_ENDPOINT,
      mailto,
      retrieved: today(context.env),
    });
    failures.push(...counted.errors);
    if (counted.errors.length === 0) {
      const before = countsIn(metricsPath);
      const after = Object.entries(counted.metrics);
      const changed = after.filter(([id, metric]) => before.get(id) !== metric.citedBy);
      const gone = [...before.keys()].filter((id) => counted.metrics[id] === undefined);
      if (changed.length > 0 || gone.length > 0) {
        citations = { works: changed.length, delta: changed.reduce((sum, [id, metric]) => sum + metric.citedBy - (before.get(id) ?? 0), 0), source: OPENALEX_SOURCE };
        const previous = existsSync(metricsPath) ? readFileSync(metricsPath, 'utf8') : undefined;
        metricsWrite = [{ path: metricsPath, text: metricsFileText(counted.metrics), previous }];
      }
    }
  }

  // The publications the ORCID record lists (content/orcid.json, for the marks): rewritten when the list changed, not for its date alone.
  const orcidPath = join(content, ORCID_FILE);
  let orcidListed: SyncReport['orcid'];
  let orcidWrite: FileWrite[] = [];
  const [orcid] = read.sources.orcids;
  if (orcid !== undefined) {
    const site = [
      ...existing,
      ...plan.outcomes.flatMap((outcome) => (outcome.status === 'new' ? [{ ...outcome.entry.data, id: outcome.id, file: `${shownPublications}/${outcome.id}.md` }] : [])),
    ];
    const compared = await compareWithRecord(orcid, site, { client, env: context.env });
    if ('error' in compared) failures.push(compared.error);
    else {
      const previous = existsSync(orcidPath) ? readFileSync(orcidPath, 'utf8') : undefined;
      const before = listedIn(previous);
      const { listed } = compared.comparison;
      if (before === undefined || JSON.stringify(before) !== JSON.stringify(listed)) {
        orcidListed = { listed: Object.keys(listed).length, before: before && Object.keys(before).length };
        orcidWrite = [{ path: orcidPath, text: orcidWorksFileText(orcid, today(context.env), listed), previous }];
      }
    }
  }

  const report: SyncReport = {
    date: today(context.env),
    added,
    updated: plan.changed.map((update) => ({ file: update.file.file, title: update.file.title ?? update.file.id, changes: update.changes })),
    kept: plan.updates.reduce((sum, update) => sum + update.kept.length, 0),
    citations,
    orcid: orcidListed,
    leftOut: [...invalid, ...plan.refusals],
    failures,
  };
  const changes = hasChanges(report);
  if (traffic.requests > 0 && traffic.reached === 0 && !changes)
    fail(
      `sync: no source could be reached (${traffic.requests} lookups, none answered: is this machine offline?); nothing was written.\n${failures.map((line) => `  ${line}`).join('\n')}`,
    );
  const description = syncDescription(report);
  // Nothing changed: nothing is written (not even the import record), so no pull request opens.
  if (changes && !options.dryRun) {
    try {
      writeAll([...plan.writes, ...others.writes, ...metricsWrite, ...orcidWrite], shown);
    } catch (error) {
      if (error instanceof WriteFailure) fail(error.message);
      throw error;
    }
  }
  if (options.description !== undefined && changes) writeFileSync(resolve(context.cwd, options.description), description);
  console.log(description.trimEnd());
  if (options.dryRun) {
    for (const update of plan.updates) for (const value of update.kept) console.log(`kept in ${update.file.file}: ${value.field} (the source has ${JSON.stringify(value.after)})`);
    console.log('\n(dry run: nothing was written)');
  }
  // A failed lookup is told in the pull request; with none to open, the run fails, so the owner hears of it.
  if (!changes && failures.length > 0) {
    console.error(
      `sync: nothing changed, but ${failures.length === 1 ? '1 lookup' : `${failures.length} lookups`} failed (listed above): fix the source in settings.yaml or try again later.`,
    );
    return 1;
  }
  return 0;
}
