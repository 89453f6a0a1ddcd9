/**
 * What the BibTeX and CSL-JSON readers share: the shape of one reference read
 * from a file, and the rules that turn source values into the schema's values
 * (CV-style author names, hyphenated page ranges, bare DOIs and arXiv ids).
 * Pure: text in, values out.
 */
import type { z } from 'zod';
import { publicationKind, type PublicationKind, type PublicationStatus, type publicationSchema } from '../../src/schemas/publication.ts';
import { defined } from '../../src/lib/defined.ts';
import { ARXIV_ID_SOURCE, bareDoi, INITIALS, PAGES, unversionedArxiv } from '../../src/schemas/atoms.ts';
import { excerpt } from './bibtexGuard.ts';

/** Publication fields as read from a source, before the schema checks them. */
export type PublicationDraft = Partial<z.input<typeof publicationSchema>>;

/** An exporter's status table read backwards (lower case): where two statuses share a word, the first keeps it. */
export function statusByWord(written: Readonly<Record<PublicationStatus, string | undefined>>): Readonly<Record<string, PublicationStatus>> {
  const statuses: Record<string, PublicationStatus> = {};
  for (const [status, word] of Object.entries(written) as [PublicationStatus, string | undefined][]) if (word !== undefined) statuses[word.toLowerCase()] ??= status;
  return statuses;
}

/** One reference read from a BibTeX or CSL-JSON file, mapped to publication fields but not yet given an id. */
export interface SourceEntry {
  /** The BibTeX key or CSL id. */
  readonly key: string;
  /** The entry type as the source names it (`article`, `paper-conference`). */
  readonly type: string;
  /** 1-based line where the entry starts, for formats that have lines. */
  readonly line?: number;
  /** Where it came from, for entries fetched by identifier ("doi 10.1038/…", "arXiv 2206.03208"); files are named by path and line. */
  readonly origin?: string;
  readonly data: PublicationDraft;
  /** The abstract, which becomes the Markdown body. */
  readonly body: string;
  /** Source fields the schema has no place for. */
  readonly notImported: readonly string[];
  /** Remarks that do not stop the import ("and others" dropped). */
  readonly notices: readonly string[];
  /** Reasons the entry cannot be imported as it is. */
  readonly errors: readonly string[];
  /** A DOI to import instead: the journal version arXiv lists for a preprint. */
  readonly journalDoi?: string;
  /** Keys of the entries that crossref this one, when it is only their container (a @proceedings). */
  readonly containerOf?: readonly string[];
}

/** Source entry type → publication kind, from `--kind-map type=kind,type=kind`. */
export type KindMap = Readonly<Record<string, PublicationKind>>;

/** Parses `--kind-map` values ("book=book-chapter,techreport=preprint"); several values add up. */
export function parseKindMap(specs: readonly string[]): { kindMap: KindMap } | { error: string } {
  const kindMap: Record<string, PublicationKind> = {};
  for (const pair of specs.flatMap((spec) => spec.split(',')).filter((pair) => pair.trim() !== '')) {
    const [type, kind, extra] = pair.split('=').map((part) => part.trim());
    const parsed = publicationKind.safeParse(kind);
    if (!type || extra !== undefined || !parsed.success) {
      return { error: `--kind-map: "${pair}" is not type=kind; kinds are ${publicationKind.options.join(', ')}` };
    }
    kindMap[type.toLowerCase()] = parsed.data;
  }
  return { kindMap };
}

/** A JSON object (not null, not a list): what an API answer's records and names must be. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value of an answer as a message quotes it: JSON on one line, cut short. */
export function shownValue(value: unknown): string {
  return excerpt(JSON.stringify(value) ?? String(value));
}

/** `map(value)`, or undefined when there is no value. */
export function mapOptional<T, U>(value: T | undefined, map: (value: T) => U): U | undefined {
  return value === undefined ? undefined : map(value);
}

/** One line of text as the schema wants it: NFC, runs of spaces and line breaks as one space, trimmed. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** Removes the styling wrappers the BibTeX parser emits (<span style|class>, <a href>), which titles do not allow; keeps their text. */
export function withoutStyling(html: string): string {
  return html.replace(/<\/?(?:span|a)\b[^>]*>/g, '');
}

/**
 * An author in CV style: "Müller K-R" when the source gives initials ("K.-R."),
 * "Ekstrøm, Claus Thorn" when it gives a given name; a lone family name stays alone.
 */
export function authorName(family: string, given: string): string {
  const tokens = cleanText(given).split(' ').filter(Boolean);
  const name = cleanText(family);
  if (tokens.length === 0) return name;
  if (tokens.every((token) => INITIALS.test(token))) {
    // "G.N." is two initials, "G.-N." one hyphenated pair: a dot between letters separates them.
    return `${name} ${tokens.map((token) => token.replace(/\.(?=\p{Lu})/gu, ' ').replaceAll('.', '')).join(' ')}`;
  }
  return `${name}, ${tokens.join(' ')}`;
}

/** An author list entry as the publication schema reads it: a name, or an organisation. */
export type DraftAuthor = NonNullable<PublicationDraft['authors']>[number];

/** A corporate author ("{World Health Organization}", a CSL literal) as the schema writes an organisation. */
export const organization = (name: string): DraftAuthor => ({ organization: cleanText(name) });

/**
 * Pages and article number from a source's `pages` and `eid`: a `pages` that is no page
 * range but one designation such as "dyac078" or "e0130140" (Oxford and PLOS write their
 * article numbers there) is the article number, with a notice; our own export repeats
 * the article number in `pages`, which is then no page at all.
 */
export function pagesOrArticleNumber(pages: string | undefined, articleNumber: string | undefined): { pages?: string; articleNumber?: string; notice?: string } {
  if (pages === undefined || pages === articleNumber) return defined({ articleNumber });
  if (articleNumber !== undefined || PAGES.test(pageRange(pages)) || !/^[\p{L}\d]*\d[\p{L}\d]*$/u.test(pages)) return defined({ pages, articleNumber });
  return { articleNumber: pages, notice: `pages "${pages}" is no page range; read as the article number` };
}

/** "154--176" and "154–176" → "154-176". */
export function pageRange(value: string): string {
  return value.replace(/\s*[-–—]+\s*/g, '-');
}

const ARXIV_FORMS = [String.raw`arxiv\.org/(?:abs|pdf)/`, String.raw`arXiv:\s*`, '^abs/', String.raw`^10\.48550/arXiv\.`].map(
  (prefix) => new RegExp(`${prefix}(${ARXIV_ID_SOURCE})`, 'i'),
);

/** The arXiv id in "arXiv:2211.17174", "abs/2211.17174" (CoRR), an arxiv.org URL or an arXiv DOI. */
export function arxivIdIn(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  for (const form of ARXIV_FORMS) {
    const match = form.exec(value.trim());
    if (match) return match[1];
  }
  return undefined;
}

/** Whether a venue names arXiv (CoRR is DBLP's name for it). */
export function isArxivVenue(venue: string | undefined): boolean {
  return venue !== undefined && (/^corr$/i.test(venue) || /arxiv/i.test(venue));
}

/** A preprint's venue: "CoRR" when the source says CoRR, "arXiv" for arXiv in any spelling, else as written. */
export function preprintVenue(venue: string | undefined, arxiv: string | undefined): string | undefined {
  if (venue !== undefined && /^corr$/i.test(venue)) return 'CoRR';
  if (isArxivVenue(venue) || (venue === undefined && arxiv !== undefined)) return 'arXiv';
  return venue;
}

/** The publisher, unless it only repeats the venue (Zotero's "arXiv" for an arXiv preprint): the page would read "arXiv. arXiv, 2020". */
export function publisherBesides(publisher: string | undefined, venue: string | undefined): string | undefined {
  return publisher !== undefined && publisher.toLowerCase() === venue?.toLowerCase() ? undefined : publisher;
}

/** The note, unless it only restates the arXiv id (Zotero's "arXiv:2010.01234 [q-bio]"), which the page already links. */
export function noteBesides(note: string | undefined, arxiv: string | undefined): string | undefined {
  const restated = arxiv !== undefined && note !== undefined && new RegExp(`^arxiv:\\s*${arxiv.replaceAll('.', '\\.')}(?:v\\d+)?(?:\\s*\\[[^\\]]*\\])?$`, 'i').test(note.trim());
  return restated ? undefined : note;
}

/** A month 1–12 from "3" or "03"; undefined for anything else. */
export function monthNumber(value: string): number | undefined {
  const month = /^\d{1,2}$/.test(value.trim()) ? Number(value) : 0;
  return month >= 1 && month <= 12 ? month : undefined;
}

/** A year from "2019" (or the start of "2019-03-05"); undefined when there is none. */
export function yearNumber(value: string): number | undefined {
  const match = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

/** A link as the publication schema reads it. */
export type DraftLink = NonNullable<PublicationDraft['links']>[number];

function urlIdentifiers(url: string): { doi?: string; arxiv?: string } {
  if (/^https?:\/\/(?:dx\.)?doi\.org\//i.test(url)) return { doi: bareDoi(url) };
  return /^https?:\/\/(?:www\.)?arxiv\.org\//i.test(url) ? defined({ arxiv: arxivIdIn(url) }) : {};
}

/**
 * A source's `url`: when it resolves to the entry's DOI or arXiv id it adds nothing
 * (or supplies the missing id); any other page becomes a website link.
 */
export function readUrl(url: string | undefined, ids: { doi: string | undefined; arxiv: string | undefined }) {
  const resolved = url === undefined ? {} : urlIdentifiers(url);
  const isDoi = resolved.doi !== undefined && (ids.doi === undefined || resolved.doi.toLowerCase() === ids.doi.toLowerCase());
  const isArxiv = resolved.arxiv !== undefined && (ids.arxiv === undefined || unversionedArxiv(resolved.arxiv) === unversionedArxiv(ids.arxiv));
  const links: DraftLink[] = url === undefined || isDoi || isArxiv ? [] : [{ kind: 'website', url }];
  return { doi: ids.doi ?? resolved.doi, arxiv: ids.arxiv ?? resolved.arxiv, links };
}

/** Lowercase particles that belong to the family name when a name is written given-first ("Ludwig van Beethoven"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'ter', 'ten', 'zu', 'dos', 'das', 'y']);

/**
 * A name written given-first ("Reduan Achtibat", "Klaus-Robert Müller", "Ludwig van
 * Beethoven"), as arXiv and ORCID write them, in CV style: "Achtibat, Reduan".
 */
export function givenFirstName(name: string): string {
  const tokens = cleanText(name).split(' ').filter(Boolean);
  if (tokens.length < 2) return tokens.join(' ');
  let split = tokens.length - 1;
  while (split > 1 && PARTICLES.has(tokens[split - 1]!)) split--;
  return authorName(tokens.slice(split).join(' '), tokens.slice(0, split).join(' '));
}

/**
 * `--old-site https://ada.github.io`: a link into the site being left (al-folio's `html`, a
 * `url` to an academicpages page) is no link to keep but the entry's old address, recorded
 * under `redirectFrom` so the new site redirects from it.
 */
export function withOldAddresses(entry: SourceEntry, origin: URL | undefined): SourceEntry {
  if (origin === undefined || entry.data.links === undefined) return entry;
  const base = origin.pathname.replace(/\/?$/, '/');
  const isOld = (url: string) => {
    const target = /^https?:\/\//.test(url) ? URL.parse(url) : null;
    return target !== null && target.host === origin.host && target.pathname.startsWith(base) && target.pathname !== base;
  };
  const old = entry.data.links.filter((link) => isOld(link.url));
  if (old.length === 0) return entry;
  const links = entry.data.links.filter((link) => !isOld(link.url));
  // The new site lives at the old one's address: the old path, less the old base path, is where the redirect goes.
  const paths = old.map((link) => `/${new URL(link.url).pathname.slice(base.length)}`);
  return { ...entry, data: { ...entry.data, links: links.length > 0 ? links : undefined, redirectFrom: [...new Set([...(entry.data.redirectFrom ?? []), ...paths])] } };
}
