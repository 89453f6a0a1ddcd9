/**
 * The marks of the works the owner's ORCID record lists (content/orcid.json, the result of
 * `npm run orcid` or `npm run sync`), when the settings ask for them (`orcidMarks`): which
 * works carry one, what a screen reader says for it, and the key the lists give once. Pure.
 */
import type { Locale } from '../i18n/index.ts';
import type { OrcidWorks } from '../schemas/orcidWorks.ts';
import { phrase, type Rich, text } from './rich.ts';

export interface OrcidMarks {
  /** The publication ids the record lists. */
  readonly listed: ReadonlySet<string>;
  /** Read out after each marked work: "listed in ORCID". */
  readonly label: string;
  /** "Listed in the ORCID record 0000-0002-1825-0097 (as of 5 Dec 2026)", the iD linking to the record: once per list. */
  readonly key: Rich;
}

/** The marks of the works `works` lists, in the page's language. */
export function orcidMarks(works: OrcidWorks, locale: Locale): OrcidMarks {
  const { t } = locale;
  return {
    listed: new Set(Object.keys(works.publications)),
    label: t.publication.inOrcid,
    key: phrase(t.publication.orcidKey, [[text(works.orcid, { link: `https://orcid.org/${works.orcid}` })], [text(locale.date(works.retrieved))]]),
  };
}
