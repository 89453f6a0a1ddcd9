/**
 * The PDF CV of this build: typeset once from the site's data, served by
 * /cv.pdf and described (pages, date) on the pages that link to it.
 */
import template from '../pdf/cv.typ?raw';
import { pdfCacheFolder, pdfCacheKey, readCachedPdf, writeCachedPdf } from '../pdf/cache.ts';
import type { CompiledPdf } from '../pdf/compile.ts';
import type { CvDocument } from '../pdf/cvDocument.ts';
import { contentDate, cvDocument, type CvPdfLabels, type CvPdfOptions } from '../pdf/fromSite.ts';
import { typstSource } from '../pdf/typst.ts';
import { CACHE_LIFETIME_MS, pruneUnused } from '../buildCache.ts';
import type { Plural } from '../i18n/plural.ts';
import { paths } from '../lib/routes.ts';
import { KIND_ORDER, type PublicationKind } from '../schemas/publicationKinds.ts';
import type { LanguageLevel } from '../schemas/skills.ts';
import { sourceDay } from './buildDate.ts';
import { absoluteUrl } from './routes.ts';
import { locale, settings, t } from './settings.ts';
import { getSiteData, type SiteData } from './views.ts';

/** Every word of the PDF, from the site language's catalogue. */
function pdfLabels(): CvPdfLabels {
  const kinds = t.publicationKinds;
  const byKind = <T>(pick: (kind: (typeof kinds)[PublicationKind]) => T) => Object.fromEntries(KIND_ORDER.map((kind) => [kind, pick(kinds[kind])])) as Record<PublicationKind, T>;
  const part = (count: Plural) => (shown: number, total: number) => t.pdf.part(locale.number(shown), locale.count(total, count));
  return {
    sections: t.cv.sections,
    publicationKinds: byKind((kind) => kind.heading),
    numberPrefixes: byKind((kind) => kind.prefix),
    // Talks and lectures are what their sections say they are: only the other kinds are named.
    talkKinds: { ...t.talks.kinds, talk: undefined, lecture: undefined },
    patentStatus: t.pdf.patentStatus,
    date: (iso) => locale.date(iso),
    days: (dates) => locale.days(dates),
    present: t.present,
    and: t.and,
    etAl: t.works.etAl,
    list: (items) => locale.list(items),
    documentTitle: t.pdf.documentTitle,
    running: t.pdf.running,
    page: t.pdf.page,
    formerNames: t.person.formerly,
    born: (date, place) => (date && place ? t.person.bornIn(date, place) : date ? t.person.born(date) : place ? t.person.bornPlace(place) : ''),
    nationality: t.person.nationality,
    degree: (degree, field) => (field ? t.entries.degreeIn(degree, field) : degree),
    thesis: (title, supervisors) => `${t.entries.thesis} ${t.quote(title)}${supervisors ? `, ${t.entries.supervisedBy(supervisors)}` : ''}.`,
    supervisors: t.entries.withPeople,
    leadingRole: t.projects.leadingRole,
    fundedBy: t.projects.fundedBy,
    projectWebsite: t.projects.website,
    awardedPaper: t.cv.forPaper,
    inventors: t.pdf.inventors,
    languages: t.cv.languages,
    languageLevel: (level) => t.languageLevels[level as LanguageLevel] ?? level,
    shortened: { publications: part(t.publications.count), talks: part(t.talks.talkCount), lectures: part(t.talks.lectureCount) },
    allAt: t.pdf.allAt,
    career: {
      grantRoles: t.grants.roles,
      grantNumber: t.grants.number,
      grantWebsite: t.grants.website,
      grantOfProject: t.grants.grant,
      teachingRoles: t.teaching.roles,
      teachingLevels: t.teaching.levels,
      taughtIn: t.teaching.taughtIn,
      supervisionLevels: t.supervision.levels,
      supervisionStatus: t.supervision.status,
      coSupervision: t.supervision.coSupervision,
      next: t.supervision.next,
      serviceKinds: t.service.kinds,
    },
  };
}

export interface CvPdf {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly pages: number;
  /** The document's date `YYYY-MM-DD`; undefined when neither SOURCE_DATE_EPOCH nor the content gives one, so no page claims an "updated" day. */
  readonly date: string | undefined;
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

async function buildCvPdf(): Promise<CvPdf> {
  const site = await getSiteData();
  // SOURCE_DATE_EPOCH's day (reproducible builds), else the newest date in the content: never the clock.
  const date = sourceDay() ?? contentDate(site);
  const options: CvPdfOptions = {
    lang: locale.language,
    paper: settings.pdf.paper,
    sections: settings.pdf.sections,
    ...excerpts(site),
    // The PDF's metadata needs a day even for a profile without any date.
    date: date ?? '1970-01-01',
    siteUrl: absoluteUrl(paths.home()),
    publicationsUrl: absoluteUrl(paths.publications()),
    talksUrl: absoluteUrl(paths.talks()),
  };
  const doc = cvDocument(site, options, pdfLabels());
  const { bytes, pages } = await typeset(doc);
  return { bytes, pages, date };
}

/** The PDF of `doc`, from the cache (src/pdf/cache.ts) when this CV was typeset before; the compiler loads only when it is needed. */
async function typeset(doc: CvDocument): Promise<CompiledPdf> {
  const root = process.cwd();
  const folder = pdfCacheFolder(root);
  pruneUnused(folder, Date.now() - CACHE_LIFETIME_MS);
  const key = pdfCacheKey(root, typstSource(doc), template);
  const cached = readCachedPdf(folder, key);
  if (cached !== undefined) return cached;
  const { compilePdf } = await import('../pdf/compile.ts');
  const pdf = compilePdf(doc, template);
  writeCachedPdf(folder, key, pdf);
  return pdf;
}

let built: Promise<CvPdf> | undefined;

/** The PDF CV, typeset once per build. */
export function cvPdf(): Promise<CvPdf> {
  built ??= buildCvPdf();
  return built;
}
