/**
 * The PDF CV of this build: typeset once from the presentation model, served by
 * /cv.pdf and described (pages, date) on the pages that link to it.
 */
import { join } from 'node:path';
import template from '../pdf/cv.typ?raw';
import { pdfCacheFolder, pdfCacheKey, readCachedPdf, writeCachedPdf } from '../pdf/cache.ts';
import type { CompiledPdf } from '../pdf/compile.ts';
import type { CvDocument } from '../pdf/cvDocument.ts';
import { cvDocument, type CvPdfOptions } from '../pdf/document.ts';
import { typstSource } from '../pdf/typst.ts';
import { CACHE_LIFETIME_MS, pruneUnused } from '../buildCache.ts';
import { paths } from '../lib/routes.ts';
import { DEFAULT_ACCENT } from '../lib/contrast.ts';
import { contentRoots } from '../pipeline/contentFolder.ts';
import { shorteningOf } from '../model/authors.ts';
import type { SiteData } from '../model/site.ts';
import { absoluteUrl } from './routes.ts';
import { locale, settings } from './settings.ts';
import { getSiteData } from './views.ts';

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
async function printPortrait(site: SiteData): Promise<ReadonlyMap<string, Uint8Array>> {
  const { portrait } = site.profile;
  if (!settings.pdf.portrait || portrait === undefined) return new Map();
  const { default: sharp } = await import('sharp');
  const bytes = await sharp(join(contentRoots().public, portrait)).rotate().resize({ width: 480, withoutEnlargement: true }).jpeg({ quality: 85 }).toBuffer();
  return new Map([[PORTRAIT_FILE, new Uint8Array(bytes)]]);
}

async function buildCvPdf(): Promise<CvPdf> {
  const site = await getSiteData();
  const date = site.updated!;
  const files = await printPortrait(site);
  const options: CvPdfOptions = {
    paper: settings.pdf.paper,
    ...excerpts(site),
    date,
    accent: (settings.accent ?? DEFAULT_ACCENT).light,
    authors: shorteningOf(settings.lists),
    origin: settings.site,
    siteUrl: absoluteUrl(paths.home()),
    publicationsUrl: absoluteUrl(paths.publications()),
    talksUrl: absoluteUrl(paths.talks()),
    ...(files.has(PORTRAIT_FILE) ? { portraitFile: PORTRAIT_FILE } : {}),
  };
  const { bytes, pages } = await typeset(cvDocument(site, options, locale), files);
  return { bytes, pages, date };
}

/** The PDF of `doc`, from the cache (src/pdf/cache.ts) when this CV was typeset before; the compiler loads only when it is needed. */
async function typeset(doc: CvDocument, files: ReadonlyMap<string, Uint8Array>): Promise<CompiledPdf> {
  const root = process.cwd();
  const folder = pdfCacheFolder(root);
  pruneUnused(folder, Date.now() - CACHE_LIFETIME_MS);
  const key = pdfCacheKey(root, typstSource(doc), template, files);
  const cached = readCachedPdf(folder, key);
  if (cached !== undefined) return cached;
  const { compilePdf } = await import('../pdf/compile.ts');
  const pdf = compilePdf(doc, template, files);
  writeCachedPdf(folder, key, pdf);
  return pdf;
}

let built: Promise<CvPdf> | undefined;

/** The PDF CV, typeset once per build. */
export function cvPdf(): Promise<CvPdf> {
  built ??= buildCvPdf();
  return built;
}
