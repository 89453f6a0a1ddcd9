/**
 * The funders' CV forms as documents for the PDF template: the structure each funder's
 * current guidance asks for, filled from the presentation model (the same entries as the
 * CV page and /cv.pdf), with the headings from the locale's catalogue. Rules and sources:
 * "Funders' formats" in the README.
 *
 * - DFG (form 53.200, mandatory since 1 March 2023; FAQ on lists of publications): academic
 *   career (qualifications, positions), scientific results in category A (quality-assured
 *   publications) and B (other publications: preprints, data, software, patents), each at
 *   most ten, and engagement in the research system.
 * - ERC (Work Programme since 2024): CV and track record in one part of at most four pages:
 *   personal details, education and positions; at most ten research outputs and selected
 *   peer recognition; additional information (contributions to the research community).
 * - UKRI's Résumé for Research and Innovation (R4RI guidance): personal details, then the four
 *   modules, each the owner's narrative (content/narrative.yaml) and its evidence from the
 *   entries, then additional information; the word limit is the funding opportunity's.
 */
import type { Locale } from '../i18n/index.ts';
import type { CvEntry as ModelEntry } from '../model/entries.ts';
import type { SiteData } from '../model/site.ts';
import { text } from '../model/rich.ts';
import { filterItems, modelItems, type Variant, variantSelection } from '../model/variants.ts';
import type { Narrative, R4riModule } from '../schemas/narrative.ts';
import { R4RI_MODULES } from '../schemas/narrative.ts';
import type { PublicationKind } from '../schemas/publication.ts';
import type { CvSectionName } from '../schemas/settings.ts';
import type { CvBlock, CvDocument, CvSection } from './cvDocument.ts';
import { cvDocument, type CvPdfOptions, document, entriesBlock, keptTogether, pdfEntry, publicationEntry, sectionBlocks } from './document.ts';

/** The most publications each of the DFG's categories lists, and the most research outputs of the ERC's form. */
export const DFG_PER_CATEGORY = 10;
export const ERC_OUTPUTS = 10;

/** DFG category A: articles in journals and publication organs with scientific quality assurance, books, contributions to edited volumes. */
const QUALITY_ASSURED: ReadonlySet<PublicationKind> = new Set(['journal-article', 'review-article', 'conference-paper', 'book', 'edited-volume', 'book-chapter']);

/** A work that has appeared or is accepted: only these count as publications of category A. */
const appeared = (status: string) => status === 'published' || status === 'in-press' || status === 'accepted';

const section = (heading: string, blocks: readonly CvBlock[]): CvSection[] => (blocks.some((block) => block.kind === 'entries') ? [{ heading, blocks: keptTogether(blocks) }] : []);

/** The entries of the career sections (and projects, grants…) with these ids, as PDF entries under `heading`. */
function careerBlock(site: SiteData, id: keyof SiteData['entries'], options: CvPdfOptions, heading?: string): CvBlock[] {
  return site.entries[id].flatMap((group) =>
    entriesBlock(
      group.entries.map((entry) => pdfEntry(entry, options.origin, true)),
      heading && site.entries[id].length === 1 ? heading : group.heading,
      group.compact,
    ),
  );
}

/** The ids of at most `max` publications passing `keep`, the selected first, then the newest (filterItems). */
function chosen(site: SiteData, keep: (kind: PublicationKind, status: string) => boolean, max: number): ReadonlySet<string> {
  const items = modelItems(site.cv)('publications').filter((item) => {
    const publication = site.publicationById.get(item.id)!;
    return keep(publication.kind, publication.status);
  });
  return new Set(filterItems(items, { section: 'publications', max, prefer: 'selected' }));
}

/** Numbered publication entries ("A1", "A2", …) of the ids in `ids`, in the model's order. */
function numbered(site: SiteData, ids: ReadonlySet<string>, prefix: string, options: CvPdfOptions, locale: Locale): ModelEntry[] {
  // A form lists references: no citation counts, no links to code and slides.
  return site.publications.filter((item) => ids.has(item.id)).map((item, i) => publicationEntry(item, `${prefix}${locale.numeral(i + 1)}`, { ...options, brief: true }, locale));
}

/** The DFG's CV (form 53.200) of `site`. */
export function dfgDocument(site: SiteData, options: CvPdfOptions, locale: Locale): CvDocument {
  const t = locale.t.funders.dfg;
  const a = chosen(site, (kind, status) => QUALITY_ASSURED.has(kind) && appeared(status), DFG_PER_CATEGORY);
  const bPublications = chosen(site, (kind) => !QUALITY_ASSURED.has(kind), DFG_PER_CATEGORY);
  const b = [...numbered(site, bPublications, 'B', options, locale), ...site.patents.map((patent) => patent.entry)].slice(0, DFG_PER_CATEGORY);
  // Patents follow the other publications of B; each keeps the number of its place.
  const bEntries = b.map((entry, i) => ({ ...entry, when: [text(`B${i + 1}`)] }));
  const entries = (list: readonly ModelEntry[], heading: string) =>
    entriesBlock(
      list.map((entry) => pdfEntry(entry, options.origin)),
      heading,
    );
  const sections = [
    ...section(t.career, [...careerBlock(site, 'education', options, t.qualifications), ...careerBlock(site, 'experience', options, t.positions)]),
    ...section(t.results, [...entries(numbered(site, a, 'A', options, locale), t.categoryA), ...entries(bEntries, t.categoryB)]),
    ...section(t.engagement, [...careerBlock(site, 'service', options), ...careerBlock(site, 'supervision', options)]),
    ...section(t.further, [...careerBlock(site, 'awards', options, locale.t.cv.sections.awards), ...careerBlock(site, 'grants', options, locale.t.cv.sections.grants)]),
  ];
  return document(site, options, locale, sections);
}

/** Talks given as keynotes or invited talks: the recognition a talk list can show. */
const INVITED = new Set(['keynote', 'invited-talk']);
/** How many invited talks the ERC's peer recognition names: a selection, as the form asks, the newest. */
export const ERC_INVITED_TALKS = 5;

/** The ERC's CV and track record (one part, at most four pages) of `site`. */
export function ercDocument(site: SiteData, options: CvPdfOptions, locale: Locale): CvDocument {
  const t = locale.t.funders.erc;
  const outputs = chosen(site, () => true, ERC_OUTPUTS);
  const invited = site.talks.filter((talk) => INVITED.has(talk.kind)).slice(0, ERC_INVITED_TALKS);
  const sections = [
    ...section(t.personal, [...careerBlock(site, 'education', options, t.education), ...careerBlock(site, 'experience', options, t.positions)]),
    ...section(t.achievements, [
      ...entriesBlock(
        numbered(site, outputs, '', options, locale).map((entry) => pdfEntry(entry, options.origin)),
        t.outputs,
      ),
      ...entriesBlock(
        [...site.awards.map((award) => award.entry), ...invited.map((talk) => talk.entry)].map((entry) => pdfEntry(entry, options.origin, true)),
        t.recognition,
      ),
    ]),
    ...section(t.additional, [...careerBlock(site, 'service', options, t.community), ...careerBlock(site, 'supervision', options)]),
  ];
  return document(site, options, locale, sections);
}

/**
 * Where each CV section's entries go in an R4RI: the personal details, or the evidence of one
 * module, by the module's examples in UKRI's guidance (outputs, funding and communicated results
 * for new knowledge; supervision and teaching for the development of others; reviewing, editing
 * and committees for the community; patents and public lectures for users and society).
 */
export const R4RI_PART: Readonly<Record<CvSectionName, 'personal' | R4riModule>> = {
  experience: 'personal',
  education: 'personal',
  skills: 'personal',
  publications: 'knowledge',
  grants: 'knowledge',
  awards: 'knowledge',
  projects: 'knowledge',
  talks: 'knowledge',
  supervision: 'development',
  teaching: 'development',
  service: 'community',
  patents: 'society',
  lectures: 'society',
};

/** A plain text of content/narrative.yaml as paragraphs (separated by a blank line; a single line break is a space). */
const paragraphs = (value: string | undefined): CvBlock[] =>
  value === undefined ? [] : [{ kind: 'paragraphs', paragraphs: value.split(/\n\s*\n/).map((paragraph) => [text(paragraph.replace(/\s*\n\s*/g, ' '))]) }];

/** UKRI's R4RI of `site`: personal details, the four modules (narrative, then evidence, of the variant's sections), additional information. */
export function r4riDocument(site: SiteData, narrative: Narrative['r4ri'], options: CvPdfOptions, locale: Locale): CvDocument {
  const t = locale.t.funders.r4ri;
  // Each list under its heading (the section's, where the section has no groups of its own), without
  // the "5 of 51 publications" of a shortened list: the R4RI weighs evidence, not counts.
  const evidence = (part: 'personal' | R4riModule) =>
    (options.sections ?? [])
      .filter((name) => R4RI_PART[name] === part)
      .flatMap((name) =>
        sectionBlocks(name, site, options, locale).flatMap((block) =>
          block.kind === 'entries' ? [block.heading === undefined ? { ...block, heading: locale.t.cv.sections[name] } : block] : [],
        ),
      );
  const part = (heading: string, blocks: readonly CvBlock[]): CvSection[] => (blocks.length > 0 ? [{ heading, blocks: keptTogether(blocks) }] : []);
  const sections = [
    ...part(t.personal, evidence('personal')),
    ...R4RI_MODULES.flatMap((module) => part(t.modules[module], [...paragraphs(narrative?.[module]), ...evidence(module)])),
    ...part(t.additional, paragraphs(narrative?.additional)),
  ];
  return document(site, options, locale, sections);
}

/** The document of a variant typeset as a PDF (format cv, dfg, erc or r4ri), its filters applied, on its paper, under its title; an R4RI with the owner's narrative. */
export function variantDocument(site: SiteData, variant: Variant, base: CvPdfOptions, locale: Locale, narrative?: Narrative): CvDocument {
  const options: CvPdfOptions = {
    ...base,
    paper: variant.paper,
    title: variant.title,
    sections: variant.sections.map((spec) => spec.section),
    only: variantSelection(variant, modelItems(site.cv)),
    brief: !variant.details,
  };
  switch (variant.format) {
    case 'dfg':
      return dfgDocument(site, options, locale);
    case 'erc':
      return ercDocument(site, options, locale);
    case 'r4ri':
      return r4riDocument(site, narrative?.r4ri, options, locale);
    default:
      return cvDocument(site, options, locale);
  }
}
