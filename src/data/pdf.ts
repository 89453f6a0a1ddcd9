/**
 * The PDF CV of this build: typeset once from the site's data, served by
 * /cv.pdf and described (pages, date) on the pages that link to it.
 */
import template from '../pdf/cv.typ?raw';
import { compilePdf } from '../pdf/compile.ts';
import { contentDate, CV_SECTIONS, cvDocument, type CvPdfLabels, type CvPdfOptions } from '../pdf/fromSite.ts';
import { formatDays, formatIsoDate } from '../lib/dates.ts';
import { KIND_HEADINGS } from '../lib/publications.ts';
import { absoluteUrl } from './routes.ts';
import { getSiteData, type SiteData } from './views.ts';

/** English words of the PDF, until the language catalogue provides them. */
const PDF_LABELS_EN: CvPdfLabels = {
  sections: {
    experience: 'Experience',
    education: 'Education',
    projects: 'Research projects',
    awards: 'Awards',
    patents: 'Patents',
    skills: 'Skills',
    talks: 'Talks',
    lectures: 'Lectures',
    publications: 'Publications',
  },
  publicationKinds: KIND_HEADINGS,
  numberPrefixes: { 'journal-article': 'J', 'conference-paper': 'C', 'book-chapter': 'B', preprint: 'P', thesis: 'T' },
  talkKinds: {
    talk: undefined,
    lecture: undefined,
    keynote: 'Keynote',
    'invited-talk': 'Invited talk',
    'paper-presentation': 'Paper presentation',
    'lecture-series': 'Lecture series',
    webinar: 'Webinar',
  },
  patentStatus: { published: 'published', granted: 'granted' },
  date: formatIsoDate,
  days: formatDays,
  present: 'present',
  and: 'and',
  documentTitle: (name) => `Curriculum vitae of ${name}`,
  running: (date) => `Curriculum vitae, ${date}`,
  page: 'Page {page} of {pages}',
  formerNames: (families) => `né ${families}`,
  born: (date, place) => ['Born', date, place && `in ${place}`].filter(Boolean).join(' '),
  nationality: (nationality) => `Nationality: ${nationality}`,
  degree: (degree, field) => (field ? `${degree} in ${field}` : degree),
  thesis: (title, supervisors) => `Thesis: “${title}”${supervisors ? `, supervised by ${supervisors}` : ''}.`,
  supervisors: (names) => `With ${names}.`,
  leadingRole: 'leading role',
  fundedBy: (funder) => `funded by ${funder}`,
  projectWebsite: 'Project website',
  awardedPaper: 'For the paper',
  inventors: 'Inventors: ',
  languages: 'Languages',
  languageLevel: (level) => level,
  shortened: {
    publications: (shown, total) => `${shown} of ${total} publications; all of them at`,
    talks: (shown, total) => `The latest ${shown} of ${total} talks; all of them at`,
    lectures: (shown, total) => `The latest ${shown} of ${total} lectures; all of them at`,
  },
};

export interface CvPdf {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly pages: number;
  /** The document's date `YYYY-MM-DD`. */
  readonly date: string;
}

/** SOURCE_DATE_EPOCH's day when set (reproducible builds), else the newest date in the content: never the clock. */
function documentDate(fromContent: string, env: Record<string, string | undefined> = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return epoch ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : fromContent;
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
  const date = documentDate(contentDate(site));
  const options: CvPdfOptions = {
    lang: 'en',
    paper: 'a4',
    sections: CV_SECTIONS,
    ...excerpts(site),
    date,
    siteUrl: absoluteUrl('/'),
    publicationsUrl: absoluteUrl('/publications/'),
    talksUrl: absoluteUrl('/talks/'),
  };
  const { bytes, pages } = compilePdf(cvDocument(site, options, PDF_LABELS_EN), template);
  return { bytes, pages, date };
}

let built: Promise<CvPdf> | undefined;

/** The PDF CV, typeset once per build. */
export function cvPdf(): Promise<CvPdf> {
  built ??= buildCvPdf();
  return built;
}
