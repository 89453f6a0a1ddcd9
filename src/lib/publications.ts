/** Shaping publications for display: grouping, the venue line, and the links a reader can follow. */
import type { Link } from '../schemas/common.ts';
import type { Publication, PublicationKind } from '../schemas/publication.ts';
import { doiUrl, pmcUrl, pubmedUrl } from '../schemas/atoms.ts';
import { KIND_ORDER } from '../schemas/publicationKinds.ts';

export interface YearGroup<T> {
  readonly year: number;
  readonly items: readonly T[];
}
export interface KindGroup<T> {
  readonly kind: PublicationKind;
  readonly count: number;
  readonly years: readonly YearGroup<T>[];
}

/** Kinds in display order (empty kinds left out), years newest first, input order kept within a year. */
export function groupByKindAndYear<T extends Pick<Publication, 'kind' | 'year'>>(publications: readonly T[]): KindGroup<T>[] {
  return KIND_ORDER.flatMap((kind) => {
    const ofKind = publications.filter((publication) => publication.kind === kind);
    if (ofKind.length === 0) return [];
    const years = [...new Set(ofKind.map((publication) => publication.year))].sort((a, b) => b - a);
    return [
      {
        kind,
        count: ofKind.length,
        years: years.map((year) => ({ year, items: ofKind.filter((publication) => publication.year === year) })),
      },
    ];
  });
}

/** The words around bare numbers: "pp. 516–520", "no. 7". */
export interface DetailLabels {
  readonly pages: (range: string) => string;
  readonly number: (number: string) => string;
}

/**
 * "24(34):1–11", "10:1069", "3(2):14:1–27", "pp. 516–520", "no. 7, pp. 1–10", "abs/2211.17174":
 * the numbers after the venue. Without a volume, an issue (a report's or a magazine's number) and
 * a page range are written out in the site's language.
 */
export function venueDetails(publication: Publication, labels: DetailLabels): string {
  const { volume, issue, articleNumber, pages, arxiv, venue } = publication;
  const range = pages?.replace('-', '–');
  if (volume === undefined) {
    if (arxiv && venue === 'CoRR') return `abs/${arxiv}`;
    const numbers = [articleNumber, range && (articleNumber ? range : labels.pages(range))].filter(Boolean).join(':');
    return [issue === undefined ? undefined : labels.number(issue), numbers].filter(Boolean).join(', ');
  }
  return [`${volume}${issue === undefined ? '' : `(${issue})`}`, articleNumber, range].filter(Boolean).join(':');
}

/** "Springer, Cham" for chapters and books; `comma` is the language's ("Springer، Cham" in Arabic). */
export function publisherLine(publication: Publication, comma = ', '): string | undefined {
  return [publication.publisher, publication.publisherPlace].filter(Boolean).join(comma) || undefined;
}

export interface ReaderLink {
  /** Visible text, unique within one publication so screen-reader link lists make sense. */
  readonly label: string;
  readonly url: string;
  readonly kind: Link['kind'] | 'doi' | 'arxiv' | 'pmid' | 'pmcid';
}

/** The labels of a publication's links: each kind's, and the PubMed ids' ("PMID 31462775"). */
export type ReaderLabels = Readonly<Record<Link['kind'], string>> & { readonly pmid?: (pmid: string) => string; readonly pmcid?: (pmcid: string) => string };

/** "github.com/albermax/innvestigate" → "albermax/innvestigate"; other hosts → the host name; a file on the site → its name. */
function shortUrl(url: string): string {
  if (url.startsWith('/')) return url.slice(url.lastIndexOf('/') + 1);
  const { hostname, pathname } = new URL(url);
  const path = pathname.replace(/\/+$/, '');
  if (hostname === 'github.com' || hostname === 'gitlab.com') return path.slice(1);
  return hostname.replace(/^www\./, '');
}

/** Links to the paper itself come first: its PDF, the publisher's page, its DOI, arXiv and PubMed ids; then code, data and the rest. */
const PAPER_FIRST: readonly ReaderLink['kind'][] = ['pdf', 'publisher', 'doi', 'arxiv', 'pmid', 'pmcid'];
const rank = (link: ReaderLink) => {
  const index = PAPER_FIRST.indexOf(link.kind);
  return index < 0 ? PAPER_FIRST.length : index;
};

/** The paper first (PDF, publisher, DOI, arXiv, PubMed), then the file's own links in their order; several of one kind are told apart by their target. */
export function readerLinks(publication: Pick<Publication, 'doi' | 'arxiv' | 'links'> & Partial<Pick<Publication, 'pmid' | 'pmcid'>>, labels: ReaderLabels): ReaderLink[] {
  const links: ReaderLink[] = [];
  if (publication.doi) links.push({ kind: 'doi', label: `DOI ${publication.doi}`, url: doiUrl(publication.doi) });
  if (publication.arxiv) links.push({ kind: 'arxiv', label: `arXiv:${publication.arxiv}`, url: `https://arxiv.org/abs/${publication.arxiv}` });
  if (publication.pmid && labels.pmid) links.push({ kind: 'pmid', label: labels.pmid(publication.pmid), url: pubmedUrl(publication.pmid) });
  if (publication.pmcid && labels.pmcid) links.push({ kind: 'pmcid', label: labels.pmcid(publication.pmcid), url: pmcUrl(publication.pmcid) });
  for (const link of publication.links) {
    const sameKind = publication.links.filter((other) => other.kind === link.kind).length;
    const needsTarget = link.label === undefined && (link.kind === 'code' || sameKind > 1);
    const label = link.label ?? labels[link.kind];
    links.push({ kind: link.kind, label: needsTarget ? `${label}: ${shortUrl(link.url)}` : label, url: link.url });
  }
  // A stable sort: links of one rank keep their order.
  return links.sort((a, b) => rank(a) - rank(b));
}
