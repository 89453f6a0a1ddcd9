/** What every citation export needs of a publication: the validated fields plus its id, plain-text title and page URL. */
import type { Publication } from '../schemas/publication.ts';

export type Citable = Publication & {
  /** Stable key: the file name, e.g. lovelace1843notes. */
  readonly id: string;
  /** Title as plain text (inline markup removed). */
  readonly titleText: string;
  /** Venue as plain text. */
  readonly venueText: string | undefined;
  /** Absolute URL of the publication's page; undefined when the site has no URL configured. */
  readonly url: string | undefined;
};

/** "154-176" → ["154", "176"]; "7" → ["7", undefined]. */
export function pageRange(pages: string | undefined): [string | undefined, string | undefined] {
  if (!pages) return [undefined, undefined];
  const [first, last] = pages.split('-');
  return [first, last];
}

/** The first link of a kind, e.g. the PDF. */
export function linkOf(publication: Pick<Publication, 'links'>, kind: Publication['links'][number]['kind']): string | undefined {
  return publication.links.find((link) => link.kind === kind)?.url;
}
