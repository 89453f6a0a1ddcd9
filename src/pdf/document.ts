/**
 * The PDF CV from the presentation model: the CV's sections in the settings'
 * order, each entry as the model composed it for the CV page, publications
 * numbered per kind. The only words added here are the document's own (running
 * header, page label, "12 of 51 publications"), from the locale's catalogue.
 */
import type { Locale } from '../i18n/index.ts';
import { groupByKindAndYear } from '../lib/publications.ts';
import { displayAddress } from '../lib/routes.ts';
import { authorRuns, type Shortening } from '../model/authors.ts';
import type { CvEntry as ModelEntry } from '../model/entries.ts';
import { type Inline, joinRich, type Line, merge, type Rich, SEPARATOR, styled, text } from '../model/rich.ts';
import { cvSections } from '../model/cvSections.ts';
import type { PublicationView, SiteData } from '../model/site.ts';
import type { CvSectionName } from '../schemas/settings.ts';
import type { CvBlock, CvDocument, CvEntry, CvSection, Paper } from './cvDocument.ts';

/**
 * Which publications the PDF lists: all of them, the ones marked `selected`
 * (all when none is), or the newest N. A shortened list says so and links to the website.
 */
export type PublicationSelection = 'all' | 'selected' | { readonly recent: number };

export interface CvPdfOptions {
  readonly paper: Paper;
  readonly publications: PublicationSelection;
  /** All talks and lectures, or the newest N of each. */
  readonly talks: 'all' | { readonly recent: number };
  /** The day the content last changed, `YYYY-MM-DD`: the document's date and the "updated" of its running header. */
  readonly date: string;
  /** Colour of headings and links, #rrggbb. */
  readonly accent: string;
  /** How author lists longer than its limit are cut around the owner. */
  readonly authors: Shortening;
  /** The workspace file of the profile's portrait when the PDF shows it (`pdf.portrait`), else none. */
  readonly portraitFile?: string;
  /** The site's origin (https://example.org), to make its links absolute; none without a site URL. */
  readonly origin: string | undefined;
  /** Absolute URLs of the website's home page and complete lists (none without a site URL). */
  readonly siteUrl: string | undefined;
  readonly publicationsUrl: string | undefined;
  readonly talksUrl: string | undefined;
  /** A variant's sections in its order, instead of the settings' cv.sections. */
  readonly sections?: readonly CvSectionName[];
  /** A variant's filtered sections: the ids of the entries each shows (a section not named shows all). */
  readonly only?: ReadonlyMap<CvSectionName, ReadonlySet<string>>;
  /** A variant's title, for the running header and the document title. */
  readonly title?: string;
  /** Entries without the texts of their bodies (what a position involved, a project's aims): a short variant's or a funder's form. */
  readonly brief?: boolean;
}

/** The run as the PDF can use it: links absolute (a link within a page has no target in a PDF). */
function resolved(run: Inline, origin: string | undefined): Inline {
  const { link, datetime: _datetime, printUrl: _printUrl, ...rest } = run;
  if (link === undefined) return rest;
  if (/^(https?:|mailto:|tel:)/i.test(link)) return { ...rest, link };
  return link.startsWith('/') && origin !== undefined ? { ...rest, link: new URL(link, origin).href } : rest;
}

/** A date that stays on one line, so a long period breaks only after its dash. */
const unbroken = (runs: Rich): Rich => runs.map((run) => (run.datetime ? { ...run, text: run.text.replaceAll(' ', '\u00A0') } : run));

/** Past this many lines or characters an entry may break across pages: kept whole, it could be taller than a page. */
const BREAKABLE_LINES = 4;
const BREAKABLE_CHARACTERS = 600;

export function pdfEntry(entry: ModelEntry, origin: string | undefined, brief = false): CvEntry {
  const runs = (value: Rich) => merge(value.map((run) => resolved(run, origin)));
  const lines: Line[] = entry.parts.flatMap((part) => ('body' in part ? (brief ? [] : part.body.lines) : [part])).map((line) => ({ ...line, runs: runs(line.runs) }));
  const characters = lines.reduce((sum, line) => sum + line.runs.reduce((length, run) => length + run.text.length, 0), 0);
  return {
    ...(entry.when ? { when: runs(unbroken(entry.when)) } : {}),
    title: runs(entry.title),
    ...(entry.where ? { where: runs(entry.where) } : {}),
    lines,
    ...(lines.length > BREAKABLE_LINES || characters > BREAKABLE_CHARACTERS ? { breakable: true } : {}),
  };
}

export const entriesBlock = (entries: readonly CvEntry[], heading?: string, compact?: boolean): CvBlock[] =>
  entries.length > 0 ? [{ kind: 'entries', entries, ...(heading ? { heading } : {}), ...(compact ? { compact } : {}) }] : [];

/** "12 of 51 publications; all of them at https://…": a shortened list points to the complete one. */
function shortenedNote(list: 'publications' | 'talks' | 'lectures', shown: number, total: number, url: string | undefined, locale: Locale): CvBlock[] {
  if (shown >= total) return [];
  const { t } = locale;
  const where = url === undefined ? [text('.')] : [text(`${t.semicolon}${t.pdf.allAt} `), text(url, { link: url })];
  return [{ kind: 'paragraphs', paragraphs: [[text(t.pdf.shortened[list](locale.number(shown), locale.number(total))), ...where]], keepWithNext: true }];
}

function selectPublications(all: readonly PublicationView[], selection: PublicationSelection): readonly PublicationView[] {
  if (selection === 'all') return all;
  if (selection === 'selected') {
    const selected = all.filter((publication) => publication.selected);
    return selected.length > 0 ? selected : all;
  }
  return all.slice(0, selection.recent);
}

/**
 * A publication as a numbered entry: its title (linked to its page), authors, reference, status,
 * award and links; in a CSL style, the style's whole reference in place of the first three.
 */
export function publicationEntry(item: PublicationView, label: string, options: CvPdfOptions, locale: Locale): ModelEntry {
  const after = [...(item.statusLabel ? [text(` ${item.statusLabel}.`)] : []), ...(item.note ? [text(` ${item.note}.`)] : [])];
  const reference: Inline[] = [...item.reference, ...after];
  return {
    id: item.id,
    when: [text(label)],
    title: item.styled ? [...item.styled, ...after] : item.url ? styled(item.titleRuns, { link: item.url, subtle: true }) : item.titleRuns,
    parts: [
      ...(item.styled ? [] : [{ runs: authorRuns(item.authorList, options.authors, locale) }, { runs: reference }]),
      ...(item.award ? [{ runs: [text(item.award, { italic: true, bold: true })] }] : []),
      ...(item.citation && !options.brief ? [{ runs: [text(item.citation, { muted: true })] }] : []),
      ...(item.readerLinks.length > 0 && !options.brief
        ? [
            {
              runs: joinRich(
                item.readerLinks.map((link) => [text(link.label, { link: link.url })]),
                SEPARATOR,
              ),
            },
          ]
        : []),
    ],
  };
}

function publications(site: SiteData, options: CvPdfOptions, locale: Locale): CvBlock[] {
  const { t } = locale;
  // Numbered oldest first within each kind, over the complete list: a paper keeps its number as
  // the list grows, and a shortened list still tells how many came before.
  const numbers = new Map(
    groupByKindAndYear(site.publications).flatMap((group) => {
      const items = group.years.flatMap((year) => year.items);
      return items.map((item, i) => [item.id, `${t.publicationKinds[group.kind].prefix}${locale.numeral(items.length - i)}`] as const);
    }),
  );
  const only = options.only?.get('publications');
  const shown = selectPublications(site.publications, options.publications).filter((item) => only === undefined || only.has(item.id));
  const groups = groupByKindAndYear(shown).flatMap((group) =>
    entriesBlock(
      group.years.flatMap((year) => year.items).map((item) => pdfEntry(publicationEntry(item, numbers.get(item.id)!, options, locale), options.origin)),
      t.publicationKinds[group.kind].heading,
      // A style's references read as a bibliography: one paragraph each.
      site.publications.some((item) => item.styled !== undefined),
    ),
  );
  // The citation counts' key numbers, with source and day, when the owner asks for them (`metrics.pdf`).
  const impact: CvBlock[] = site.impact?.inPdf ? [{ kind: 'paragraphs', paragraphs: [[text(site.impact.pdfLine)]] }] : [];
  const summary: CvBlock[] = site.authorshipSummary ? [{ kind: 'paragraphs', paragraphs: [[text(site.authorshipSummary)]] }] : [];
  return [...impact, ...summary, ...shortenedNote('publications', shown.length, site.publications.length, options.publicationsUrl, locale), ...groups];
}

function talks(section: 'talks' | 'lectures', site: SiteData, options: CvPdfOptions, locale: Locale): CvBlock[] {
  const only = options.only?.get(section);
  const list = site[section];
  const shown = (options.talks === 'all' ? list : list.slice(0, options.talks.recent)).filter((talk) => only === undefined || only.has(talk.id));
  return [
    ...shortenedNote(section, shown.length, list.length, options.talksUrl, locale),
    ...entriesBlock(shown.map((talk) => pdfEntry(talk.entry, options.origin, options.brief))),
  ];
}

/** The blocks of one CV section: its entries (a variant's only), publications grouped by kind. */
export function sectionBlocks(id: CvSectionName, site: SiteData, options: CvPdfOptions, locale: Locale): CvBlock[] {
  const only = options.only?.get(id);
  const shown = (entry: { readonly id: string }) => only === undefined || only.has(entry.id);
  switch (id) {
    case 'publications':
      return publications(site, options, locale);
    case 'talks':
    case 'lectures':
      return talks(id, site, options, locale);
    case 'patents':
      return entriesBlock(site.patents.filter(shown).map((patent) => pdfEntry(patent.entry, options.origin, options.brief)));
    default:
      return site.entries[id].flatMap((group) =>
        entriesBlock(
          group.entries.filter(shown).map((entry) => pdfEntry(entry, options.origin, options.brief)),
          group.heading,
          group.compact,
        ),
      );
  }
}

export function header(site: SiteData, options: CvPdfOptions): CvDocument['header'] {
  const { profile } = site;
  const linkRun = (label: string, url: string): Inline[] => [text(label, { link: url })];
  // The contact line is one colour: its links (e-mail, phone) in the text's, as the address beside them has no link.
  const reach = joinRich(
    profile.contactDetails.map((detail) => [text(detail.value, detail.href ? { link: detail.href, subtle: true } : {})]),
    SEPARATOR,
  );
  const website = profile.links.website === undefined && options.siteUrl ? [linkRun(displayAddress(options.siteUrl), options.siteUrl)] : [];
  const links = joinRich([...website, ...profile.profileLinks.map((link) => linkRun(link.label, link.url))], SEPARATOR);
  // On paper every detail shows: `cv` ones are meant for it.
  const paper = (runs: Rich) => runs.map(({ printOnly: _printOnly, ...run }) => run);
  return {
    name: profile.fullName,
    ...(profile.formerly ? { nameNote: profile.formerly } : {}),
    subtitle: profile.position ? [text(profile.position)] : [],
    lines: [reach, links, paper(profile.personal ?? [])].filter((line) => line.length > 0),
    ...(options.portraitFile && profile.portraitAlt ? { portrait: { file: options.portraitFile, alt: profile.portraitAlt } } : {}),
  };
}

/** An entry of at most one line under its title: alone at the head or foot of a page, it looks left behind. */
const isShort = (entry: CvEntry) => !entry.breakable && entry.lines.length <= 1;

/**
 * A section's blocks with its short first and last entries, and those of each of its lists,
 * kept on one page with their neighbour, so that no page starts or ends with a lone short
 * entry of a list (a widow or orphan, as a typesetter says of lines). A longer entry stands
 * alone well enough, and keeping it would leave a gap at the foot of the page before.
 */
export function keptTogether(blocks: readonly CvBlock[]): CvBlock[] {
  const flat = blocks.flatMap((block) => (block.kind === 'entries' ? block.entries.map((entry, i) => ({ entry, i, length: block.entries.length })) : []));
  const kept = new Set<CvEntry>();
  flat.forEach(({ entry, i, length }, k) => {
    const next = flat[k + 1];
    if (next === undefined || entry.breakable) return;
    const first = (k === 0 || (i === 0 && length >= 2)) && isShort(entry);
    const beforeLast = (k === flat.length - 2 || i === length - 2) && isShort(next.entry);
    if (first || beforeLast) kept.add(entry);
  });
  return blocks.map((block) =>
    block.kind === 'entries' ? { ...block, entries: block.entries.map((entry) => (kept.has(entry) ? { ...entry, keepWithNext: true } : entry)) } : block,
  );
}

/** The document for the PDF CV: the sections with entries, in the model's order. */
export function cvDocument(site: SiteData, options: CvPdfOptions, locale: Locale): CvDocument {
  const sections: CvSection[] = (options.sections ? cvSections(site, options.sections, locale) : site.cvSections)
    .map((section) => ({ heading: section.heading, blocks: keptTogether(sectionBlocks(section.id, site, options, locale)) }))
    .filter((section) => section.blocks.length > 0);
  return document(site, options, locale, sections);
}

/** A document of `sections` under the profile's header, with the running header and metadata of the CV or of a variant (its title). */
export function document(site: SiteData, options: CvPdfOptions, locale: Locale, sections: readonly CvSection[]): CvDocument {
  const { t } = locale;
  const { profile } = site;
  const top = header(site, options);
  return {
    lang: locale.language,
    dir: locale.direction,
    paper: options.paper,
    accent: options.accent,
    metadata: {
      title: options.title ? t.pdf.variantTitle(options.title, top.name) : t.pdf.documentTitle(top.name),
      author: profile.name,
      subject: profile.position ?? '',
      keywords: [profile.name, ...profile.formerNames, profile.role, profile.affiliation, ...sections.map((section) => section.heading)].filter((word) => word !== undefined),
      date: options.date,
    },
    running: {
      left: top.name,
      right: options.title ? t.pdf.variantRunning(options.title, locale.date(options.date)) : t.pdf.running(locale.date(options.date)),
      page: t.pdf.page,
      digits: locale.digits,
    },
    header: top,
    sections,
  };
}
