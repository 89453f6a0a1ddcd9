/**
 * Checks a whole content tree: every file on its own, then what only the whole
 * tree can tell (ids unique where they share a page, references that resolve,
 * the profile present, files the content names present under public/). Pure:
 * file bytes in, problems and valid entries out.
 */
import { DEFAULT_METRICS_MAX_AGE_DAYS, freshnessWarning, metricsFreshness } from '../lib/metrics.ts';
import { isNavigablePage, pageHasContent } from '../lib/routes.ts';
import type { Metrics } from '../schemas/metrics.ts';
import type { Settings } from '../schemas/settings.ts';
import { sections, type SectionName } from '../schemas/sections.ts';
import { emptySections, itemFacts, type SectionItems, variantFormat } from '../model/variants.ts';
import type { Narrative } from '../schemas/narrative.ts';
import { NARRATIVE_FILE } from '../schemas/sections.ts';
import type { SiteIndex } from '../lib/markdown/contentLinks.ts';
import { checkFile, classify, isDataFile, type FileResult, type ValidEntry } from './checkFile.ts';
import { type Ids, referenceProblems } from './crossReferences.ts';
import { byFileAndLine, type Problem } from './problems.ts';
import type { AttachmentFile, ContentFile } from './readTree.ts';
import { lineOf } from './yaml.ts';
import { checkWorks } from './checkWorks.ts';
import { pdfTextProblems } from './pdfText.ts';
import { translateTree } from './translations.ts';

export interface TreeOptions {
  /** Today (YYYY-MM-DD, UTC), to tell whether citation counts are too old to show without a warning. */
  readonly today?: string;
  /** Whether a site path such as /files/paper.pdf names a file under public/; without it, such paths are not checked. */
  readonly publicFileExists?: (sitePath: string) => boolean;
  /** Whether a portrait's path names a file, when portraits come from another public folder than linked files (a group's member's own); default: `publicFileExists`. */
  readonly portraitExists?: (sitePath: string) => boolean;
  /** The site's languages (keys, the default first) when the folder's settings do not decide them (a group's member has the group's). */
  readonly languages?: readonly string[];
  /** A group's members' sites by id, checked with their folders: where the group's links to them may lead. */
  readonly memberSites?: ReadonlyMap<string, SiteIndex>;
  /** How messages name the public folder whose files links name (default "public/"; a group's member's: the group's). */
  readonly publicFolder?: string;
  /** Results of earlier checks of unchanged files, by path and bytes (the dev server re-checks only what changed). */
  readonly checkOne?: (file: ContentFile) => FileResult;
  /** Files beside the entries (PDFs, slides) that links may name, with their paths in the content folder. */
  readonly attachments?: readonly AttachmentFile[];
  /** Files the reader refused (an SVG, a link out of the folder), with their own messages: a link to one is not published. */
  readonly refused?: readonly string[];
}

export interface TreeResult {
  readonly problems: Problem[];
  readonly entries: ValidEntry[];
  /** The pages and files the site will have (a group's check of links into its members' sites reads theirs). */
  readonly site: SiteIndex;
}

/** The id namespace of a section: sections that share a page (talks, lectures) share one. */
const idGroupOf = (section: SectionName) => ('idGroup' in sections[section] ? sections[section].idGroup : section);

function duplicateIds(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const place = classify(file.path);
    if ('error' in place || isDataFile(place) || place.section === 'style' || place.language !== undefined) continue;
    const key = `${idGroupOf(place.section)}/${place.id}`;
    const first = seen.get(key);
    if (first) problems.push({ file: file.path, message: `duplicate id "${place.id}": ${first} already uses it; rename one file` });
    else seen.set(key, file.path);
  }
  return problems;
}

function missingPublicFiles(entries: readonly ValidEntry[], exists: (sitePath: string) => boolean): Problem[] {
  return entries
    .filter((entry) => entry.section === 'profile' || entry.section === 'people')
    .flatMap((entry) => {
      const portrait = entry.data['portrait'];
      if (typeof portrait !== 'string' || exists(portrait)) return [];
      return [
        {
          file: entry.file,
          line: lineOf(entry.yaml, ['portrait']) ?? 1,
          field: 'portrait',
          message: `"${portrait}" names no file under public/; expected the path of an image in public/, e.g. /portrait.jpg for public/portrait.jpg`,
        },
      ];
    });
}

/** The ids of the entry files that have errors of their own, by section: references to them say so. */
function brokenIds(files: readonly ContentFile[], results: readonly FileResult[]): Ids {
  const broken = new Map<string, Set<string>>();
  files.forEach((file, index) => {
    const place = classify(file.path);
    if (!results[index]!.entry && !('error' in place) && !('language' in place && place.language !== undefined))
      broken.set(place.section, (broken.get(place.section) ?? new Set()).add(place.id));
  });
  return broken;
}

/** `pdf.portrait: true` with no portrait in the profile: the PDF cannot show one. */
function missingPdfPortrait(entries: readonly ValidEntry[]): Problem[] {
  const settings = entries.find((entry) => entry.section === 'settings');
  const profile = entries.find((entry) => entry.section === 'profile');
  if (!settings || (settings.data as Settings).pdf.portrait !== true || typeof profile?.data['portrait'] === 'string') return [];
  return [
    {
      file: settings.file,
      line: lineOf(settings.yaml, ['pdf', 'portrait']) ?? 1,
      field: 'pdf.portrait',
      severity: 'warning',
      message: 'the PDF is to show the portrait, but profile.md names none; expected portrait: /portrait.jpg (an image in public/) and portraitAlt in profile.md',
    },
  ];
}

/** A citation style named as a file is a .csl file in the content folder. */
function missingStyle(entries: readonly ValidEntry[], files: readonly ContentFile[]): Problem[] {
  const settings = entries.find((entry) => entry.section === 'settings');
  const style = settings?.data['citationStyle'];
  if (!settings || typeof style !== 'string' || !style.endsWith('.csl') || files.some((file) => file.path === style)) return [];
  return [
    {
      file: settings.file,
      line: lineOf(settings.yaml, ['citationStyle']) ?? 1,
      field: 'citationStyle',
      message: `"${style}" names no file in the content folder; expected a .csl file beside settings.yaml (content/${style}), or a bundled style`,
    },
  ];
}

/** A CV variant's section whose filters match none of its entries: the variant would leave it out. */
function emptyVariantSections(entries: readonly ValidEntry[]): Problem[] {
  const settings = entries.find((entry) => entry.section === 'settings');
  const variants = (settings?.data as Settings | undefined)?.cv.variants ?? [];
  if (!settings) return [];
  const items: SectionItems = (section) => entries.filter((entry) => entry.section === section).map((entry) => itemFacts(section, entry.id, entry.data));
  return variants.flatMap((variant, v) =>
    variant.sections === undefined
      ? []
      : emptySections({ sections: variant.sections }, items).map(
          (index): Problem => ({
            file: settings.file,
            line: lineOf(settings.yaml, ['cv', 'variants', v, 'sections', index]) ?? 1,
            field: `cv.variants[${v}].sections[${index}]`,
            severity: 'warning',
            message: `the filters of ${variant.sections![index]!.section} in variant "${variant.name}" match none of its ${items(variant.sections![index]!.section).length} entries, so the variant leaves the section out; expected filters that keep at least one`,
          }),
        ),
  );
}

/** A narrative CV (format r4ri) without the owner's narrative: its modules would show only the evidence. */
function missingNarrative(entries: readonly ValidEntry[]): Problem[] {
  const settings = entries.find((entry) => entry.section === 'settings');
  const narrative = entries.find((entry) => entry.section === 'narrative')?.data as Narrative | undefined;
  if (!settings || narrative?.r4ri !== undefined) return [];
  return (settings.data as Settings).cv.variants.flatMap((variant, v): Problem[] =>
    variantFormat(variant) === 'r4ri'
      ? [
          {
            file: settings.file,
            line: lineOf(settings.yaml, ['cv', 'variants', v]) ?? 1,
            field: `cv.variants[${v}]`,
            severity: 'warning',
            message: `variant "${variant.name}" is UKRI's narrative CV (r4ri), but content/${NARRATIVE_FILE} has no r4ri texts, so its modules show only the evidence; expected your narrative per module in content/${NARRATIVE_FILE} (r4ri: knowledge, development, community, society)`,
          },
        ]
      : [],
  );
}

/** A navigation entry for a page that will not be built (its sections are empty) is left out: say so. */
function emptyNavigationPages(entries: readonly ValidEntry[]): Problem[] {
  const settings = entries.find((entry) => entry.section === 'settings');
  const navigation = settings?.data['navigation'] as readonly { page: string }[] | undefined;
  if (!settings || !navigation) return [];
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[entry.section] = (counts[entry.section] ?? 0) + 1;
  return navigation.flatMap((item, index): Problem[] =>
    // Free pages (and names that are none) are checked with the other references.
    !isNavigablePage(item.page) || pageHasContent(item.page, counts)
      ? []
      : [
          {
            file: settings.file,
            line: lineOf(settings.yaml, ['navigation', index]) ?? 1,
            field: `navigation[${index}]`,
            severity: 'warning',
            message: `"${item.page}" has no entries yet, so the page is not built and the link is left out`,
          },
        ],
  );
}

/**
 * Citation counts for publications that no longer exist (a file with errors of its own still exists), and
 * counts older than the settings allow: warnings, never errors.
 */
function metricsWarnings(entries: readonly ValidEntry[], broken: Ids, today: string | undefined): Problem[] {
  const file = entries.find((entry) => entry.section === 'metrics');
  if (!file) return [];
  const metrics = file.data as Metrics;
  const settings = entries.find((entry) => entry.section === 'settings')?.data as Settings | undefined;
  const maxAge = settings?.metrics.maxAgeDays ?? DEFAULT_METRICS_MAX_AGE_DAYS;
  const stale = today === undefined ? undefined : freshnessWarning(metricsFreshness(metrics, new Date(`${today}T00:00:00Z`), maxAge), maxAge);
  return [
    ...orphanWarnings(file, entries, broken, 'its count is not shown (npm run metrics rewrites the file)'),
    ...(stale ? [{ file: file.file, severity: 'warning' as const, message: stale }] : []),
  ];
}

/** Ids of a data file's `publications` that name no publication (a file with errors of its own still exists): warnings saying what is not shown. */
function orphanWarnings(file: ValidEntry | undefined, entries: readonly ValidEntry[], broken: Ids, notShown: string): Problem[] {
  if (!file) return [];
  const publications = new Set(entries.filter((entry) => entry.section === 'publications').map((entry) => entry.id));
  return Object.keys(file.data['publications'] as object)
    .filter((id) => !publications.has(id) && !broken.get('publications')?.has(id))
    .map((id) => ({
      file: file.file,
      line: lineOf(file.yaml, ['publications', id]) ?? 1,
      field: `publications.${id}`,
      severity: 'warning',
      message: `"${id}" names no file in content/publications/; ${notShown}`,
    }));
}

/** Checks every file, then ids, references and required files across the tree. All problems, sorted by file and line. */
export function checkContentTree(files: readonly ContentFile[], options: TreeOptions = {}): TreeResult {
  const results = files.map(options.checkOne ?? checkFile);
  const problems = results.flatMap((result) => result.problems);
  const broken = brokenIds(files, results);
  // Translation files join their entries; fields written per language become their text in the default language.
  const translated = translateTree(
    results.flatMap((result) => (result.entry ? [result.entry] : [])),
    broken,
    options.languages,
  );
  problems.push(...translated.problems);
  // Topics, files on the site and old addresses; links to files beside an entry become site paths.
  const works = checkWorks(
    translated.entries,
    { files: options.attachments ?? [], refused: new Set(options.refused) },
    { publicFileExists: options.publicFileExists, memberSites: options.memberSites, publicFolder: options.publicFolder },
    broken.has('settings'),
  );
  const entries = works.entries;
  problems.push(...works.problems);

  problems.push(...duplicateIds(files), ...referenceProblems(entries, broken, works.site));
  if (!files.some((file) => file.path === sections.profile.path)) {
    problems.push({ file: sections.profile.path, message: 'missing; expected content/profile.md with your name and bio' });
  }
  problems.push(
    ...emptyNavigationPages(entries),
    ...emptyVariantSections(entries),
    ...missingNarrative(entries),
    ...metricsWarnings(entries, broken, options.today),
    ...orphanWarnings(
      entries.find((entry) => entry.section === 'orcid'),
      entries,
      broken,
      'it is not marked as listed in ORCID (npm run orcid rewrites the file)',
    ),
    ...missingPdfPortrait(entries),
    ...pdfTextProblems([...entries, ...translated.files]),
    ...missingStyle(entries, files),
  );
  const portraitExists = options.portraitExists ?? options.publicFileExists;
  if (portraitExists) problems.push(...missingPublicFiles(entries, portraitExists));
  problems.sort(byFileAndLine);
  return { problems, entries, site: works.site };
}
