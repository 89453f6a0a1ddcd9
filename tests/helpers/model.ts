/**
 * The presentation model of a fixture content tree, without Astro: the content
 * check's entries, bodies rendered by the site's own Markdown processor, the
 * settings resolved as the build resolves them, in any interface language.
 */
import { localeFor } from '../../src/i18n/index.ts';
import { bodyProcessor, createInlineRenderer } from '../../src/lib/markdown/markdown.ts';
import { cvFromEntries } from '../../src/model/fromEntries.ts';
import type { ModelContext } from '../../src/model/context.ts';
import { siteData, type SiteData } from '../../src/model/site.ts';
import type { ValidEntry } from '../../src/pipeline/checkFile.ts';
import { checkContentTree } from '../../src/pipeline/checkTree.ts';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { checkGroupFolder } from '../../src/pipeline/group.ts';
import { formatProblem, type Problem } from '../../src/pipeline/problems.ts';
import { resolveSettings, type ResolvedSettings } from '../../src/pipeline/settings.ts';
import { citationFormatter } from '../../src/pipeline/citationStyle.ts';
import { languageKey } from '../../src/schemas/settings.ts';
import type { CvPdfOptions } from '../../src/pdf/document.ts';
import { FIXTURE_PUBLIC, ROOT, SHIPPED } from './build.ts';

export interface ModelOptions {
  /** Settings on top of the tree's own (its settings.yaml). */
  readonly settings?: Partial<ResolvedSettings>;
  /** The day the content last changed. */
  readonly updated?: string;
  /** The page's language, one of the site's (default: its default language). */
  readonly language?: string;
  /** The public folder the tree's paths (portraits) name; default: the fixtures' (tests/fixtures/public/). */
  readonly publicDir?: string;
  /** The URLs of the public files served outside the site's base path, as a group's member's site has them (ModelContext's publicFileUrl). */
  readonly publicFileUrl?: ModelContext['publicFileUrl'];
}

/** The PDF's options for a site without an address (tests name what differs, e.g. `pdfOptions(pdfAddresses('https://example.org/ada/'))`). */
export const pdfOptions = (overrides: Partial<CvPdfOptions> = {}): CvPdfOptions => ({
  paper: 'a4',
  publications: 'all',
  talks: 'all',
  date: '2026-12-01',
  accent: '#0a5a9c',
  authors: { limit: 12, last: 1 },
  origin: undefined,
  siteUrl: undefined,
  publicationsUrl: undefined,
  talksUrl: undefined,
  ...overrides,
});

/** The addresses a PDF links to for a site whose home is `home` ("https://example.org/ada/"). */
export const pdfAddresses = (home: string): Pick<CvPdfOptions, 'origin' | 'siteUrl' | 'publicationsUrl' | 'talksUrl'> => ({
  origin: new URL(home).origin,
  siteUrl: home,
  publicationsUrl: `${home}publications/`,
  talksUrl: `${home}talks/`,
});

const sites = new Map<string, Promise<SiteData>>();

/** The model of a content folder (checked first: a fixture with problems fails loudly); memoised per folder and options. */
export function modelOf(root = SHIPPED, options: ModelOptions = {}): Promise<SiteData> {
  const key = JSON.stringify([root, options]);
  let site = sites.get(key);
  if (site === undefined) {
    site = build(root, options);
    sites.set(key, site);
  }
  return site;
}

async function build(root: string, options: ModelOptions): Promise<SiteData> {
  // Languages given in the settings are the site's, as a group's are its members' (the check merges their translations).
  const languages = options.settings?.languages?.map(languageKey);
  const publicDir = options.publicDir ?? FIXTURE_PUBLIC;
  // A group's folder is checked with its members' (its texts link their sites); the model is the group's own entries.
  const group = resolveSettings(root, {}).members.length > 0;
  const checked = group ? checkGroupFolder(root, { publicDir }) : checkContentFolder(root, { publicDir, ...(languages ? { languages } : {}) });
  if ('error' in checked) throw new Error(checked.error);
  return fromEntries(
    root,
    checked.problems,
    group ? checked.entries.filter((entry) => !entry.id.includes('/')) : checked.entries,
    { ...resolveSettings(root, {}), ...options.settings },
    options.updated,
    root,
    options.language,
    options.publicFileUrl,
  );
}

const encoder = new TextEncoder();

/** The model of an in-memory content tree (path → text); `settings.yaml` among them is read as the build reads it. */
export async function modelOfFiles(files: Record<string, string>, options: ModelOptions = {}): Promise<SiteData> {
  const checked = checkContentTree(
    Object.entries(files).map(([path, text]) => ({ path, bytes: encoder.encode(text) })),
    { publicFileExists: () => false },
  );
  const settingsEntry = checked.entries.find((entry) => entry.section === 'settings');
  const fromFile = settingsEntry?.data as Partial<ResolvedSettings> | undefined;
  const defaults = resolveSettings('/nonexistent', {});
  const languages = fromFile?.languages ?? [fromFile?.language ?? defaults.language];
  const settings = { ...defaults, ...fromFile, language: languages[0]!, languages, translations: settingsEntry?.translations?.fields ?? {}, ...options.settings };
  return fromEntries('files', checked.problems, checked.entries, settings, options.updated, 'files', options.language, options.publicFileUrl);
}

async function fromEntries(
  name: string,
  problems: readonly Problem[],
  entries: readonly ValidEntry[],
  settings: ResolvedSettings,
  updated = '2026-12-01',
  content = name,
  language = settings.language,
  publicFileUrl?: ModelContext['publicFileUrl'],
): Promise<SiteData> {
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0) throw new Error(`${name} has problems:\n${errors.map((problem) => formatProblem(problem)).join('\n')}`);
  const renderer = await bodyProcessor.createRenderer({ syntaxHighlight: false });
  const cv = await cvFromEntries(entries, async (markdown) => (await renderer.render(markdown)).code);
  // Without the build's cache, as citeproc-js formats them (its engine for a style is made once per process, src/pipeline/citationStyle.ts).
  const citations = citationFormatter(settings.citationStyle, language, { project: ROOT, content }, false);
  // The build's day is the day the content last changed: which members of a group are current.
  return siteData(cv, { settings, locale: localeFor(language), renderInline: await createInlineRenderer(), updated, today: updated, citations, publicFileUrl });
}
