/**
 * Which publications your public ORCID record lists (`content/orcid.json`), written by
 * `npm run orcid` and `npm run sync` from their comparison of the site with the record,
 * and only read by the build (which never asks ORCID). With the setting `orcidMarks`,
 * the lists, the publication pages and cv.json mark these publications.
 */
import { z } from 'zod';
import { ENTRY_ID, MAX_ID_LENGTH } from './atoms.ts';
import { isoDay } from './common.ts';
import { orcid } from './profile.ts';

/** How a publication was found in the record: by its DOI, its arXiv id, or its title. */
export const ORCID_MATCHES = ['doi', 'arxiv', 'title'] as const;

/** One publication the record lists. */
export const orcidWork = z.strictObject({
  /** The work's put-code in the record, e.g. 1001. */
  putCode: z.int({ error: 'expected a put-code, a whole number such as 1001' }).positive({ error: 'expected a put-code, a whole number such as 1001' }),
  /** `doi`, `arxiv` or `title`: what the site and the record share. */
  matchedBy: z.enum(ORCID_MATCHES),
});
export type OrcidWork = z.infer<typeof orcidWork>;

export const orcidWorksSchema = z.strictObject({
  /** Format version of this file. */
  version: z.literal(1),
  /** The record compared, e.g. 0000-0002-1825-0097. */
  orcid,
  /** Day of the comparison, `YYYY-MM-DD` (UTC). */
  retrieved: isoDay,
  /** The publications the record lists, by publication id (the file name in content/publications/ without .md). */
  publications: z.record(
    z.string().regex(ENTRY_ID, { error: 'expected a publication id: a file name in content/publications/ without .md, such as lovelace1843notes' }).max(MAX_ID_LENGTH),
    orcidWork,
  ),
});
export type OrcidWorks = z.infer<typeof orcidWorksSchema>;
