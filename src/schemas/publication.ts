/** A publication: one file per paper in `content/publications/<id>.md`; the body is the abstract. */
import { z } from 'zod';
import { ARXIV_ID, bareDoi, DOI, isIsbn, isIssn, PAGES, PMCID, PMID } from './atoms.ts';
import { contributor, languageTag, link, localized, redirectFrom, text, topicIds, year } from './common.ts';
import { KIND_ORDER, PUBLICATION_KINDS, THESIS_TYPES, type PublicationKind } from './publicationKinds.ts';

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

/** An ISBN-13 or ISBN-10 as printed (hyphens and spaces allowed), whose check digit is right. */
export const isbn = text.refine(isIsbn, { error: 'expected an ISBN such as 978-3-8353-3245-0 (13 or 10 digits with a right check digit; a typo?)' });

/** An ISSN such as 0340-613X, whose check digit is right. */
export const issn = text.refine(isIssn, { error: 'expected an ISSN such as 0340-613X (4 digits, a hyphen, 3 digits and a check digit or X; a typo?)' });

/** A PubMed id such as 31462775 (digits only). */
export const pmid = z
  .union([z.int().positive(), z.string()])
  .transform((value) => String(value).trim())
  .pipe(z.string().regex(PMID, { error: 'expected a PubMed id such as 31462775 (digits only, without "PMID:")' }));

/** A PubMed Central id such as PMC6712345; "pmc6712345" is written PMC6712345. */
export const pmcid = z
  .string()
  .transform((value) => value.trim().replace(/^pmc/i, 'PMC'))
  .pipe(z.string().regex(PMCID, { error: 'expected a PubMed Central id such as PMC6712345' }));

/** What a thesis was written for: bachelor, master, phd or habilitation. */
export const thesisType = z.enum(THESIS_TYPES);

export const publicationSchema = z
  .strictObject({
    /** Which list the publication belongs to. */
    kind: publicationKind,
    /** Title; inline Markdown and <sup>/<sub>/<i> are allowed (e.g. "ECQ<sup>X</sup>"). */
    title: localized,
    /** Authors in print order (editors for an edited volume; the original's authors for a translation): "Family Initials" ("Lovelace A") or "Family, Given"; { name, equal, coSenior, corresponding } to mark co-first authors, co-senior authors or the corresponding author; { organization } for a collaboration or institution. */
    authors: z.array(contributor).min(1, { error: 'expected at least one author' }),
    /** The source lists only the first authors ("and others"): the list ends in "et al." instead of pretending to be complete. */
    etAl: z.boolean().default(false),
    /** Editors of the book or proceedings a chapter or paper appeared in, written like authors ("Schmidt-Funke, Julia A."); an edited volume lists its editors under `authors`. */
    editors: z.array(contributor).default([]),
    /** Translators, written like authors; a book the owner translated is kind `translation` with the owner here. */
    translators: z.array(contributor).default([]),
    /** Year of publication (for work not yet published: of submission or acceptance). */
    year,
    /** `submitted`, `under-review`, `accepted`, `in-press` or `published` (the default). */
    status: publicationStatus.default('published'),
    /** Month of publication (1–12), when known. */
    month: z.int().min(1).max(12).optional(),
    /** Journal, proceedings, book or repository (e.g. "Nature Communications", "CoRR"). */
    venue: text.optional(),
    /** Journal a conference paper appeared in when the proceedings are an issue of one (e.g. "Journal of Physics: Conference Series"); volume and issue are the journal's. */
    journal: text.optional(),
    /** Book series, e.g. "Lecture Notes in Electrical Engineering". */
    series: text.optional(),
    /** Number of the book (or the book a chapter is in) within its series, e.g. 47 for "Norm und Struktur, 47". */
    seriesNumber: designation.optional(),
    /** Edition, e.g. 2 for the second, or as printed ("2nd, revised"). */
    edition: designation.optional(),
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
    /** PubMed id, e.g. 31462775: links to PubMed. */
    pmid: pmid.optional(),
    /** PubMed Central id, e.g. PMC6712345: links to the free full text. */
    pmcid: pmcid.optional(),
    /** ISBN of a book (or of the book a chapter is in), e.g. 978-3-8353-3245-0. */
    isbn: isbn.optional(),
    /** ISSN of the journal or series, e.g. 0340-613X. */
    issn: issn.optional(),
    /** Version of software or a dataset, e.g. 2.1.0. */
    version: designation.optional(),
    /** What a thesis was written for: bachelor, master, phd or habilitation. */
    thesisType: thesisType.optional(),
    /** Title of the original of a translation, e.g. "The Widow's Press". */
    originalTitle: text.optional(),
    /** Language of the original of a translation, e.g. en. */
    originalLanguage: languageTag.optional(),
    /** The title translated into a language that is not one of the site's (on a site in that language, write the title as a map { de: …, en: … } with `language` instead), shown after the title in brackets as references give one, e.g. { title: "On the widow's press", language: en }; the language may be left out when unknown. */
    translatedTitle: z.strictObject({ title: text, language: languageTag.optional() }).optional(),
    /** Code repositories, project pages, PDFs and other links; a file on this site is /files/paper.pdf (under public/) or paper.pdf (beside this file). */
    links: z.array(link).default([]),
    /** Topics from the settings' `topics`, e.g. [machine-learning]; each topic has a page listing its entries. */
    topics: topicIds,
    /** Old addresses of this publication on a previous site, e.g. /publication/2019-clever-hans/: each redirects here. */
    redirectFrom,
    /** Award this paper received, as the CV names it. */
    award: localized.optional(),
    /** Free-form remark shown after the citation. */
    note: localized.optional(),
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
    if (publication.kind === 'translation' && publication.translators.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['translators'], message: 'expected the translators of a translation (the owner among them)', input: undefined });
    }
    // Fields that belong to one kind only: elsewhere they would be exported where no reader looks for them.
    const only = (field: 'editors' | 'thesisType' | 'version' | 'journal', allowed: boolean, expected: string) => {
      const value = publication[field];
      if (!allowed && value !== undefined && !(Array.isArray(value) && value.length === 0)) ctx.addIssue({ code: 'custom', path: [field], message: expected, input: value });
    };
    only('editors', publication.kind !== 'edited-volume', 'expected no editors: an edited volume lists its editors under authors');
    only('thesisType', publication.kind === 'thesis', `expected thesisType only on a thesis (this is a ${publication.kind})`);
    only('version', publication.kind === 'software' || publication.kind === 'dataset', `expected version only on software or a dataset (this is a ${publication.kind})`);
    only(
      'journal',
      publication.kind === 'conference-paper',
      `expected journal only on a conference paper whose proceedings are a journal issue; a ${publication.kind} names its journal as venue`,
    );
  });
export type Publication = z.infer<typeof publicationSchema>;
