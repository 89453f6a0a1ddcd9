/**
 * What a sync changed, and the pull request's description that says it in words
 * a person reads: "New: …", "Updated: … volume 12 → 13", "Citations: +31 across 12
 * works". Pure: the changes in, Markdown out; the same changes, the same text.
 */
import { changeWords, type FieldChange } from '../import/update.ts';

/** A file the sync writes anew. */
export interface NewEntry {
  /** The content file, as the repository names it (content/publications/x.md). */
  readonly file: string;
  /** The section, for entries that are not publications. */
  readonly section?: string;
  /** What it is, in a line: a publication's title, venue and year; a position's role and organisation. */
  readonly label: string;
  /** Where it came from ("ORCID 0000-…", "OpenAlex W…"). */
  readonly from: string;
}

/** A publication whose file the sync changes. */
export interface UpdatedEntry {
  readonly file: string;
  readonly title: string;
  readonly changes: readonly FieldChange[];
}

/** Citation counts before and after. */
export interface CitationChange {
  /** Works whose count changed (or that are counted for the first time). */
  readonly works: number;
  /** The sum of the changes. */
  readonly delta: number;
  readonly source: string;
}

export interface SyncReport {
  /** The day of the run, YYYY-MM-DD. */
  readonly date: string;
  readonly added: readonly NewEntry[];
  readonly updated: readonly UpdatedEntry[];
  /** Values that differ from a source but stay, because they are the owner's. */
  readonly kept: number;
  readonly citations: CitationChange | undefined;
  /** How many publications the ORCID record lists now and before (content/orcid.json, for the marks), when that changed. */
  readonly orcid?: { readonly listed: number; readonly before: number | undefined } | undefined;
  /** Entries the sources have that were not imported, each with why. */
  readonly leftOut: readonly string[];
  /** Lookups that failed; what they would have brought waits for the next run. */
  readonly failures: readonly string[];
}

/** Whether the sync changes any file. */
export const hasChanges = (report: SyncReport): boolean => report.added.length > 0 || report.updated.length > 0 || report.citations !== undefined || report.orcid !== undefined;

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;
const signed = (number: number) => (number >= 0 ? `+${number.toLocaleString('en')}` : `−${(-number).toLocaleString('en')}`);

/** The first line: what changed, counted. */
function headline(report: SyncReport): string {
  const parts = [
    ...(report.added.length > 0 ? [`${report.added.length} new`] : []),
    ...(report.updated.length > 0 ? [`${report.updated.length} updated`] : []),
    ...(report.citations === undefined ? [] : [`citations ${signed(report.citations.delta)}`]),
    ...(report.orcid === undefined ? [] : [`${report.orcid.listed} listed in ORCID`]),
  ];
  return `Weekly update from your sources (npm run sync, ${report.date}): ${parts.length === 0 ? 'nothing changed' : parts.join(', ')}.`;
}

/** The pull request's description, in Markdown. */
export function syncDescription(report: SyncReport): string {
  const section = (title: string, lines: readonly string[]) => (lines.length === 0 ? [] : ['', `### ${title}`, '', ...lines]);
  const added = report.added.map((entry) => `- New${entry.section === undefined ? '' : ` in ${entry.section}`}: ${entry.label}, from ${entry.from} → \`${entry.file}\``);
  const updated = report.updated.map((entry) => `- Updated: ${entry.title} (\`${entry.file}\`): ${entry.changes.map(changeWords).join('; ')}`);
  const citations =
    report.citations === undefined
      ? []
      : [
          `- Citations: ${signed(report.citations.delta)} across ${plural(report.citations.works, 'work')} (${report.citations.source}, ${report.date}), in \`content/metrics.json\``,
        ];
  const orcid =
    report.orcid === undefined
      ? []
      : [
          `- Listed in your ORCID record: ${plural(report.orcid.listed, 'publication')}${report.orcid.before === undefined ? '' : ` (before: ${report.orcid.before})`}, in \`content/orcid.json\` (the marks of \`orcidMarks\`)`,
        ];
  const leftOut = [...report.leftOut.map((line) => `- Not imported: ${line}`), ...report.failures.map((line) => `- Lookup failed: ${line}`)];
  const kept =
    report.kept === 0
      ? []
      : [
          '',
          `${plural(report.kept, 'value')} in your files ${report.kept === 1 ? 'differs' : 'differ'} from the sources and ${report.kept === 1 ? 'stays' : 'stay'}: values you changed by hand are never overwritten (npm run sync -- --dry-run lists them).`,
        ];
  return [
    headline(report),
    ...section('New', added),
    ...section('Updated', updated),
    ...section('Citations', citations),
    ...section('ORCID', orcid),
    ...section('Left out', leftOut),
    ...kept,
    ...(hasChanges(report)
      ? [
          '',
          'Check the changes (edit the files on this branch if something is off) and merge; `npm run check` runs on the site as the build does. Next week brings what is new then.',
        ]
      : []),
    '',
  ].join('\n');
}
