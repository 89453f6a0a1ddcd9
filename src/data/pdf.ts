/**
 * The PDF CVs of this build, one per language: typeset once each from the
 * presentation model, served by /cv.pdf (/de/cv.pdf) and described (pages, date)
 * on the pages that link to it; and the files of the CV variants (cv.variants),
 * each made once while the pages render, PDFs from the same cache: a variant over
 * its page limit stops the build.
 */
import { join } from 'node:path';
import template from '../pdf/cv.typ?raw';
import { pdfCacheFolder, pdfCacheKey, readCachedPdf, writeCachedPdf } from '../pdf/cache.ts';
import type { CompiledPdf } from '../pdf/compile.ts';
import type { CvDocument } from '../pdf/cvDocument.ts';
import { cvDocument, type CvPdfOptions } from '../pdf/document.ts';
import { typstSource } from '../pdf/typst.ts';
import { CACHE_LIFETIME_MS, pruneUnused } from '../buildCache.ts';
import { cached } from '../lib/cached.ts';
import { paths } from '../lib/routes.ts';
import { DEFAULT_ACCENT } from '../lib/contrast.ts';
import { contentRoots } from '../pipeline/contentFolder.ts';
import { shorteningOf } from '../model/authors.ts';
import type { SiteData } from '../model/site.ts';
import { routesOf } from './routes.ts';
import { contentFolderOf, defaultLanguage, languages, localeOf, settings, settingsOf } from './settings.ts';
import { getSiteData } from './views.ts';
import { biography } from '../model/biography.ts';
import { coaCsv, coaRows } from '../model/coa.ts';
import { modelItems, resolveVariant, type Variant, variantFiles, variantSelection } from '../model/variants.ts';
import { variantDocument } from '../pdf/formats.ts';
import { documentMarkdown } from '../pdf/markdown.ts';
import { overLimit, overWordLimit } from '../pdf/pageLimit.ts';
import { readNarrative } from '../pipeline/narrative.ts';
import { languageKey } from '../schemas/settings.ts';

export interface CvPdf {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly pages: number;
  /** The day the content last changed, `YYYY-MM-DD`: the PDF's date and the "updated" of the links to it. */
  readonly date: string;
}

/** How many publications, talks and lectures the PDF lists past the list limit. */
const EXCERPT = 50;

/**
 * Past the list limit, where the website splits its lists by year, the PDF lists the
 * selected publications (or the newest 50) and the newest 50 talks and lectures, and
 * points to the website for the rest: all 5,000 publications of a generated CV make
 * 650 pages and take 8 to 15 s to typeset.
 */
function excerpts(site: SiteData): Pick<CvPdfOptions, 'publications' | 'talks'> {
  const selected = site.publications.some((publication) => publication.selected);
  return {
    publications: site.split.publications ? (selected ? 'selected' : { recent: EXCERPT }) : 'all',
    talks: site.split.talks ? { recent: EXCERPT } : 'all',
  };
}

/** Where the portrait is in the compiler's workspace. */
const PORTRAIT_FILE = '/portrait.jpg';

/**
 * The profile's portrait for print, when the settings ask for it: at most 480 pixels wide
 * (2.6 cm at 470 dpi), as a JPEG without the camera's metadata, whatever its format on the site.
 */
async function printPortrait(site: SiteData, member?: string): Promise<ReadonlyMap<string, Uint8Array>> {
  const { portrait } = site.profile;
  if (!settingsOf(member).pdf.portrait || portrait === undefined) return new Map();
  const { default: sharp } = await import('sharp');
  const bytes = await sharp(join(member === undefined ? contentRoots().public : join(contentFolderOf(member), '..', 'public'), portrait))
    .rotate()
    .resize({ width: 480, withoutEnlargement: true })
    .jpeg({ quality: 85 })
    .toBuffer();
  return new Map([[PORTRAIT_FILE, new Uint8Array(bytes)]]);
}

/** The options of a PDF of `site` on `paper`, with the files it shows, linking the site's pages in `language` (a language of the site, by code), a group's member's when `member` is given. */
function pdfOptions(site: SiteData, paper: CvPdfOptions['paper'], files: ReadonlyMap<string, Uint8Array>, language: string, member?: string): CvPdfOptions {
  const { absoluteUrl } = routesOf(language, member);
  const settings = settingsOf(member);
  return {
    paper,
    ...excerpts(site),
    date: site.updated!,
    accent: (settings.accent ?? DEFAULT_ACCENT).light,
    authors: shorteningOf(settings.lists),
    origin: settings.site,
    siteUrl: absoluteUrl(paths.home()),
    publicationsUrl: absoluteUrl(paths.publications()),
    talksUrl: absoluteUrl(paths.talks()),
    ...(files.has(PORTRAIT_FILE) ? { portraitFile: PORTRAIT_FILE } : {}),
  };
}

async function buildCvPdf(language: string, member: string | undefined): Promise<CvPdf> {
  const site = await getSiteData(language, member);
  const files = await printPortrait(site, member);
  const { bytes, pages } = await typeset(cvDocument(site, pdfOptions(site, settingsOf(member).pdf.paper, files, language, member), localeOf(language)), files);
  return { bytes, pages, date: site.updated! };
}

/** The PDF of `doc`, from the cache (src/pdf/cache.ts) when this CV was typeset before; the compiler loads only when it is needed. */
async function typeset(doc: CvDocument, files: ReadonlyMap<string, Uint8Array>): Promise<CompiledPdf> {
  const root = process.cwd();
  const folder = pdfCacheFolder(root);
  pruneUnused(folder, Date.now() - CACHE_LIFETIME_MS);
  const key = pdfCacheKey(root, typstSource(doc), template, files);
  const stored = readCachedPdf(folder, key);
  if (stored !== undefined) return stored;
  const { compilePdf } = await import('../pdf/compile.ts');
  const pdf = compilePdf(doc, template, files);
  writeCachedPdf(folder, key, pdf);
  return pdf;
}

const built = new Map<string, Promise<CvPdf>>();

/** The PDF CV in one language of the site (by code), of a group's member when `member` is given, typeset once per build. */
export function cvPdf(language = defaultLanguage, member?: string): Promise<CvPdf> {
  return cached(built, `${member ?? ''}/${language}`, () => buildCvPdf(language, member));
}

/** The CV variants of the settings (cv.variants), with their presets applied. */
export const variants: readonly Variant[] = settings.cv.variants.map((variant) => resolveVariant(variant, { sections: settings.cv.sections, paper: settings.pdf.paper }));

/** The files of one variant, by file name ("short.pdf"): a PDF (an R4RI also as Markdown), a biography as text and Markdown, or a CSV table. */
export interface VariantOutput {
  readonly variant: Variant;
  readonly files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>;
  /** Its pages, for a PDF. */
  readonly pages: number | undefined;
}

const encoder = new TextEncoder();
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The media type of a variant's file, by its extension. */
export const mediaType = (file: string): string => MEDIA_TYPES[file.slice(file.lastIndexOf('.') + 1)]!;

/** Stops the build with `message`, a variant over its limit, when there is one. */
function stopIf(message: string | undefined): void {
  if (message === undefined) return;
  const failure = new Error(message);
  // One line is the whole story: where in the build it was found says nothing more.
  failure.stack = '';
  throw failure;
}

async function buildVariant(variant: Variant): Promise<VariantOutput> {
  // Its words in its own language (any catalogue language, by tag); its links to the site's pages in that language when the site has it.
  const language = variant.language ?? settings.language;
  const site = await getSiteData(language);
  const variantLocale = localeOf(language);
  const linked = languages.includes(languageKey(language)) ? languageKey(language) : defaultLanguage;
  const [file] = variantFiles(variant);
  switch (variant.format) {
    case 'biography': {
      const selection = variantSelection(variant, modelItems(site.cv));
      const text = biography(site, selection.get('publications') ?? new Set(), variantLocale);
      const [txt, md] = variantFiles(variant);
      return {
        variant,
        pages: undefined,
        files: new Map([
          [txt!, encoder.encode(text.text)],
          [md!, encoder.encode(text.markdown)],
        ]),
      };
    }
    case 'nsf-coa':
      return { variant, pages: undefined, files: new Map([[file!, encoder.encode(coaCsv(coaRows(site.cv, site.isOwner, site.updated!)))]]) };
    default: {
      const files = variant.format === 'cv' ? await printPortrait(site) : new Map<string, Uint8Array>();
      const narrative = variant.format === 'r4ri' ? readNarrative(contentRoots().content) : undefined;
      const doc = variantDocument(site, variant, pdfOptions(site, variant.paper, files, linked), variantLocale, narrative);
      // The words an R4RI's limit counts: its modules and additional information, not the personal details.
      stopIf(
        overWordLimit(
          variant,
          doc.sections.filter((section) => section.heading !== variantLocale.t.funders.r4ri.personal),
        ),
      );
      const pdf = await typeset(doc, files);
      stopIf(
        overLimit(
          variant,
          pdf.pages,
          doc.sections.map((section, i) => ({ heading: section.heading, room: pdf.room[i] ?? 0 })),
        ),
      );
      const [, md] = variantFiles(variant);
      return { variant, pages: pdf.pages, files: new Map([[file!, pdf.bytes], ...(md ? [[md, encoder.encode(documentMarkdown(doc))] as const] : [])]) };
    }
  }
}

const builtVariants = new Map<string, Promise<VariantOutput>>();

/** A variant's files, made once per build. */
export function variantOutput(variant: Variant): Promise<VariantOutput> {
  return cached(builtVariants, variant.name, () => buildVariant(variant));
}
