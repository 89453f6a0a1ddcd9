/**
 * `npm run orcid`: compares the site's publications with the public ORCID record.
 * Works are the same when they share a DOI, an arXiv id, or a title (and year,
 * else the title alone). Works on the site that ORCID lacks are written to a
 * .bib file for ORCID's own BibTeX import (orcid.org → Works → Add → Import
 * BibTeX); works ORCID has that the site lacks are listed with the import
 * command. The works the record lists go to content/orcid.json (version, iD, day, and by
 * publication id the put-code and what matched), which the site's marks read (`orcidMarks`).
 * Since 2026 US biosketches (NIH, NSF) are generated in SciENcv from
 * ORCID, so a complete record is what a US applicant needs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CommandError } from '../commandLine.ts';
import { toBibtex } from '../../src/lib/formats/bibtex.ts';
import { createInlineRenderer } from '../../src/lib/markdown/markdown.ts';
import { checkFile } from '../../src/pipeline/checkFile.ts';
import { contentRoots } from '../../src/pipeline/contentFolder.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import type { Publication } from '../../src/schemas/publication.ts';
import { commandClient, contactAddress, existingPublications, type PublicationOnDisk } from '../import/command.ts';
import { type ExistingPublication, normalisedTitle, WorkIndex, type WorkKey } from '../import/plan.ts';
import type { HttpClient } from '../net/http.ts';
import { today } from '../metrics/command.ts';
import { ORCID_FILE } from '../../src/schemas/sections.ts';
import type { OrcidWork, OrcidWorks } from '../../src/schemas/orcidWorks.ts';
import { readOrcidArgument, readOrcidWorkSummaries, DEFAULT_ORCID_ENDPOINT, ORCID_JSON_TYPE, type OrcidSummary } from '../import/orcid.ts';

export interface OrcidOptions {
  readonly orcid: string | undefined;
  /** Where the .bib of the works ORCID lacks goes. */
  readonly bib: string | undefined;
  readonly mailto: string | undefined;
  readonly timeoutSeconds: string | undefined;
}

function fail(message: string): never {
  throw new CommandError(message);
}

export interface Comparison<T extends ExistingPublication = PublicationOnDisk> {
  /** Publications of the site that the ORCID record lacks. */
  readonly missingFromOrcid: T[];
  /** Works of the ORCID record that the site lacks. */
  readonly missingFromSite: OrcidSummary[];
  readonly inBoth: number;
  /** The publications the record lists, by id: the work's put-code and what matched (content/orcid.json). */
  readonly listed: Readonly<Record<string, OrcidWork>>;
}

const MATCHED_BY = { DOI: 'doi', 'arXiv id': 'arxiv', 'title and year': 'title' } as const satisfies Record<WorkKey, OrcidWork['matchedBy']>;

/** The two lists compared: by DOI, arXiv id, title and year, then title alone. Pure. */
export function compareWithOrcid<T extends ExistingPublication>(site: readonly T[], orcid: readonly OrcidSummary[]): Comparison<T> {
  const index = new WorkIndex<T>(site);
  const byTitle = new Map(site.flatMap((publication) => (publication.title === undefined ? [] : [[normalisedTitle(publication.title), publication] as const])));
  const listed = new Map<T, OrcidWork>();
  const missingFromSite = orcid.filter((work) => {
    const match = index.match(work);
    const found = match?.found ?? (work.title === undefined ? undefined : byTitle.get(normalisedTitle(work.title)));
    // A publication two works of the record match keeps the first.
    if (found !== undefined && !listed.has(found)) listed.set(found, { putCode: work.putCode, matchedBy: match === undefined ? 'title' : MATCHED_BY[match.by] });
    return found === undefined;
  });
  return {
    missingFromOrcid: site.filter((publication) => !listed.has(publication)),
    missingFromSite,
    inBoth: orcid.length - missingFromSite.length,
    listed: Object.fromEntries([...listed].map(([publication, work]) => [publication.id, work]).sort(([a], [b]) => (a! < b! ? -1 : 1))),
  };
}

/** The record's works list (one request) compared with the site; an error names the request or the answer. */
export async function compareWithRecord<T extends ExistingPublication>(
  orcid: string,
  site: readonly T[],
  context: { client: HttpClient; env: NodeJS.ProcessEnv },
): Promise<{ works: number; comparison: Comparison<T> } | { error: string }> {
  const endpoint = context.env['VITA_ORCID_ENDPOINT'] || DEFAULT_ORCID_ENDPOINT;
  const answer = await context.client.get({ url: `${endpoint.replace(/\/+$/, '')}/${orcid}/works`, identifier: orcid, accept: ORCID_JSON_TYPE });
  if (!answer.ok) return { error: answer.message };
  const works = readOrcidWorkSummaries(answer.text);
  if ('error' in works) return { error: `${orcid}: ${new URL(endpoint).host} ${works.error}` };
  return { works: works.summaries.length, comparison: compareWithOrcid(site, works.summaries) };
}

/** content/orcid.json: the record, the day, and the publications it lists, by id. */
export function orcidWorksFileText(orcid: string, retrieved: string, listed: Readonly<Record<string, OrcidWork>>): string {
  const file: OrcidWorks = { version: 1, orcid, retrieved, publications: listed };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The iD to compare with: --orcid, else sync.orcid in settings.yaml, else the profile's ORCID link. */
function orcidOf(option: string | undefined, content: string): string {
  const given = option ?? resolveSettings(content, {}).sync?.orcid ?? profileOrcid(content);
  if (given === undefined) fail('no ORCID iD: pass --orcid <iD>, or set sync.orcid in settings.yaml or links.orcid in profile.md');
  const read = readOrcidArgument(given);
  if ('error' in read) fail(read.error);
  return read.orcid;
}

function profileOrcid(content: string): string | undefined {
  try {
    const data = checkFile({ path: 'profile.md', bytes: readFileSync(join(content, 'profile.md')) }).entry?.data as { links?: { orcid?: string } } | undefined;
    return data?.links?.orcid;
  } catch {
    return undefined;
  }
}

const line = (title: string | undefined, year: number | undefined) => `${title ?? '(no title)'}${year === undefined ? '' : ` (${year})`}`;

export async function runOrcid(options: OrcidOptions, context: { cwd: string; env: NodeJS.ProcessEnv; version: string }): Promise<number> {
  const content = contentRoots(context.env, context.cwd).content;
  const orcid = orcidOf(options.orcid, content);
  const shownContent = relative(context.cwd, content).startsWith('..') ? content : relative(context.cwd, content) || '.';
  const site = existingPublications(join(content, 'publications'), `${shownContent}/publications`);
  const client = commandClient(options.timeoutSeconds, contactAddress(options.mailto, context), context);
  const compared = await compareWithRecord(orcid, site, { client, env: context.env });
  if ('error' in compared) fail(`failed ${compared.error}`);
  const { missingFromOrcid, missingFromSite, inBoth, listed } = compared.comparison;

  console.log(`ORCID ${orcid}: ${compared.works} works; the site: ${site.length} publications; ${inBoth} in both.`);
  // The comparison, for the marks of the works ORCID lists (the build never asks ORCID itself).
  writeFileSync(join(content, ORCID_FILE), orcidWorksFileText(orcid, today(context.env), listed));
  const marked = Object.keys(listed).length;
  console.log(
    `${shownContent}/${ORCID_FILE}: ${marked} ${marked === 1 ? 'publication' : 'publications'} listed in ORCID${resolveSettings(content, {}).orcidMarks ? ', marked on the site' : ' (orcidMarks: true in settings.yaml marks them on the site)'}.`,
  );
  if (missingFromOrcid.length > 0) {
    const bibPath = resolve(context.cwd, options.bib ?? 'orcid-missing.bib');
    const render = await createInlineRenderer();
    const entries = await Promise.all(
      missingFromOrcid.map(async (publication) => {
        const data = checkFile({ path: `publications/${publication.id}.md`, bytes: readFileSync(publication.path) }).entry!.data as Publication;
        return toBibtex(data, publication.id, await render(data.title));
      }),
    );
    writeFileSync(bibPath, `${entries.join('\n\n')}\n`);
    const shownBib = relative(context.cwd, bibPath).startsWith('..') ? bibPath : relative(context.cwd, bibPath);
    console.log(`\nOn the site, not in ORCID (${missingFromOrcid.length}), written to ${shownBib} for ORCID's BibTeX import (orcid.org → Works → Add → Import BibTeX):`);
    for (const publication of missingFromOrcid) console.log(`  ${publication.file}  ${line(publication.title, publication.year)}`);
  }
  if (missingFromSite.length > 0) {
    console.log(`\nIn ORCID, not on the site (${missingFromSite.length}); npm run import -- --orcid ${orcid} imports them:`);
    for (const work of missingFromSite) console.log(`  work ${work.putCode}  ${line(work.title, work.year)}`);
  }
  if (missingFromOrcid.length + missingFromSite.length === 0) console.log('The site and the ORCID record list the same works.');
  console.log('\nUS biosketches (NIH, NSF) are generated in SciENcv from ORCID: keep the record complete.');
  return 0;
}
