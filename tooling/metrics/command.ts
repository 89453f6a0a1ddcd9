/**
 * `npm run metrics`: looks up the citation count of every publication with a DOI
 * or arXiv id in OpenAlex and writes content/metrics.json (the build only reads
 * it). Nothing is written unless every lookup answered; each count is checked
 * with the schema the content check reads the file with, and one it would refuse
 * is left out and named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createProgress } from '../net/http.ts';
import { commandClient, contactAddress, existingPublications, inContent, targetFolder } from '../import/command.ts';
import { citationCounts, metricsFileText, DEFAULT_OPENALEX_ENDPOINT } from './openAlex.ts';

export interface MetricsOptions {
  readonly publications: string | undefined;
  readonly file: string | undefined;
  readonly dryRun: boolean;
  readonly mailto: string | undefined;
  readonly timeoutSeconds: string | undefined;
}

/** Today in UTC, or the day SOURCE_DATE_EPOCH names (reproducible runs and tests). */
export function today(env: NodeJS.ProcessEnv): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10);
}

export async function runMetrics(options: MetricsOptions, context: { cwd: string; env: NodeJS.ProcessEnv; version: string }): Promise<number> {
  const publicationsFolder = inContent(context, 'publications');
  const { folder, shown } = targetFolder(options.publications ?? publicationsFolder, context.cwd, `the publications folder (default: ${publicationsFolder})`);
  const file = resolve(context.cwd, options.file ?? inContent(context, 'metrics.json'));
  const shownFile = relative(context.cwd, file).startsWith('..') ? file : relative(context.cwd, file);
  const mailto = contactAddress(options.mailto, context);
  const client = commandClient(options.timeoutSeconds, mailto, context);
  const publications = existingPublications(folder, shown);
  let progress: ReturnType<typeof createProgress> | undefined;
  const result = await citationCounts(publications, {
    client,
    endpoint: context.env['VITA_OPENALEX_ENDPOINT'] || DEFAULT_OPENALEX_ENDPOINT,
    mailto,
    retrieved: today(context.env),
    onRequest: (total, label) => (progress ??= createProgress(total)).step(label),
  });
  for (const error of result.errors) console.error(`failed ${error}`);
  if (result.errors.length > 0) {
    console.error(`\n${result.errors.length} ${result.errors.length === 1 ? 'lookup' : 'lookups'} failed; ${shownFile} was not changed. Try again later.`);
    return 1;
  }
  const text = metricsFileText(result.metrics);
  let previous: string | undefined;
  try {
    previous = readFileSync(file, 'utf8');
  } catch {
    previous = undefined;
  }
  const counted = Object.keys(result.metrics).length;
  if (!options.dryRun && text !== previous) writeFileSync(file, text);
  for (const missing of result.notFound) console.log(`not in OpenAlex: ${missing}`);
  for (const refused of result.refused) console.error(`skipped ${refused}`);
  if (result.unidentified.length > 0) console.log(`no DOI or arXiv id, not looked up: ${result.unidentified.join(', ')}`);
  const verb = options.dryRun ? 'would write' : text === previous ? 'unchanged:' : 'wrote';
  console.log(`${verb} ${shownFile}: ${counted} of ${publications.length} publications counted (OpenAlex)${options.dryRun ? ' (dry run)' : ''}`);
  if (options.dryRun) console.log(text.replace(/^/gm, '    ').trimEnd());
  return 0;
}
