/** A publication: one file per paper in `content/publications/<id>.md`; the body is the abstract. */
import { z } from 'zod';
import { ARXIV_ID, bareDoi, DOI, PAGES } from './atoms.ts';
import { contributor, languageTag, link, redirectFrom, text, topicIds, year } from './common.ts';
import { KIND_ORDER, PUBLICATION_KINDS, type PublicationKind } from './publicationKinds.ts';

export type { PublicationKind };

/** The kinds of publication a CV lists, in the order the site groups them (see publicationKinds.ts). */
export const publicationKind = z.enum(KIND_ORDER as [PublicationKind, ...PublicationKind[]]);

/** Where a publication stands; everything but `published` is shown as such and never gets Google Scholar tags. */
export const PUBLICATION_STATUSES = ['submitted', 'under-review', 'accepted', 'in-press', 'published'] as const;
export const publicationStatus = z.enum(PUBLICATION_STATUSES);
export type PublicationStatus = z.infer<typeof publicationStatus>;

/** Whether a publication has appeared (only then is it offered to Google Scholar). */
export const isPublished = (publication: { readonly status: PublicationStatus }): boolean => publication.status === 'published';

/** An arXiv identifier: new style `2211.17174` or old style `cs/0112017`, optionally versioned (`v2`). */
export const arxivId = z.string().regex(ARXIV_ID, { error: 'expected an arXiv id such as 2211.17174 (without "arXiv:" or "abs/")' });

/** A DOI such as `10.1038/s41467-019-08987-4`; a pasted https://doi.org/… link is reduced to the DOI. */
export const doi = z
  .string()
  .transform(bareDoi)
  .pipe(z.string().regex(DOI, { error: 'expected a DOI such as 10.1038/s41467-019-08987-4 (10., a registrant number, /, then no spaces or braces)' }));

/** Page range `154-176` or a single page `7`; written with a hyphen or en dash. */
const pages = z
  .union([z.int().positive(), z.string()])
  .transform(String)
  .pipe(
    z
      .string()
      .regex(PAGES, { error: 'expected pages such as 154-176 or 7' })
      .transform((value) => value.replace('–', '-')),
  );

/** A volume, issue or article number: printed as given ("10", "S1", "e0130140"). */
const designation = z.union([z.int().nonnegative(), text]).transform(String);

export const publicationSchema = z
  .strictObject({
    /** Which list the publication belongs to. */
    kind: publicationKind,
    /** Title; inline Markdown and <sup>/<sub>/<i> are allowed (e.g. "ECQ<sup>X</sup>"). */
    title: text,
    /** Authors in print order (editors for an edited volume): "Family Initials" ("Lovelace A") or "Family, Given"; { name, equal, corresponding } to mark equal contribution or the corresponding author; { organization } for a collaboration or institution. */
    authors: z.array(contributor).min(1, { error: 'expected at least one author' }),
    /** The source lists only the first authors ("and others"): the list ends in "et al." instead of pretending to be complete. */
    etAl: z.boolean().default(false),
    /** Year of publication (for work not yet published: of submission or acceptance). */
    year,
    /** `submitted`, `under-review`, `accepted`, `in-press` or `published` (the default). */
    status: publicationStatus.default('published'),
    /** Month of publication (1–12), when known. */
    month: z.int().min(1).max(12).optional(),
    /** Journal, proceedings, book or repository (e.g. "Nature Communications", "CoRR"). */
    venue: text.optional(),
    /** Book series, e.g. "Lecture Notes in Electrical Engineering". */
    series: text.optional(),
    /** Volume. */
    volume: designation.optional(),
    /** Issue or number. */
    issue: designation.optional(),
    /** Pages, e.g. 154-176. */
    pages: pages.optional(),
    /** Article number or e-locator, e.g. 119504, e0130140. */
    articleNumber: designation.optional(),
    /** Publisher, e.g. Springer. */
    publisher: text.optional(),
    /** Place of publication, e.g. Cham. */
    publisherPlace: text.optional(),
    /** Digital Object Identifier. */
    doi: doi.optional(),
    /** arXiv identifier; for "CoRR abs/2211.17174" write 2211.17174. */
    arxiv: arxivId.optional(),
    /** Code repositories, project pages, PDFs and other links; a file on this site is /files/paper.pdf (under public/) or paper.pdf (beside this file). */
    links: z.array(link).default([]),
    /** Topics from the settings' `topics`, e.g. [machine-learning]; each topic has a page listing its entries. */
    topics: topicIds,
    /** Old addresses of this publication on a previous site, e.g. /publication/2019-clever-hans/: each redirects here. */
    redirectFrom,
    /** Award this paper received, as the CV names it. */
    award: text.optional(),
    /** Free-form remark shown after the citation. */
    note: text.optional(),
    /** Language of the title when it is not the site's language, e.g. de. */
    language: languageTag.optional(),
    /** Feature this publication on the home page. */
    selected: z.boolean().default(false),
  })
  .superRefine((publication, ctx) => {
    // Work under submission or review may keep its venue to itself.
    const venueKnown = publication.status !== 'submitted' && publication.status !== 'under-review';
    if (PUBLICATION_KINDS[publication.kind].needsVenue && venueKnown && publication.venue === undefined) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: `expected a venue: a ${publication.kind} needs one`, input: undefined });
    }
    if (publication.kind === 'preprint' && publication.venue === 'CoRR' && publication.arxiv === undefined) {
      ctx.addIssue({ code: 'custom', path: ['arxiv'], message: 'expected the arXiv id of a CoRR preprint (e.g. 2211.17174)', input: undefined });
    }
  });
export type Publication = z.infer<typeof publicationSchema>;
