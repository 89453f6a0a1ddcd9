/**
 * The site's key numbers as phrases in the page's language ("51 publications",
 * "21 journal articles", "3 patent families"): what the section cards show, so
 * that a shared link says more than a page's name.
 */
import type { Locale } from '../i18n/index.ts';
import { KIND_ORDER } from '../schemas/publicationKinds.ts';
import type { Cv } from './content.ts';

export interface SiteFacts {
  /** "51 publications"; none without publications. */
  readonly publications: string | undefined;
  /** "21 journal articles", one per kind present, the most numerous first (ties in the kinds' order). */
  readonly publicationKinds: readonly string[];
  /** "3 patent families". */
  readonly patentFamilies: string | undefined;
  /** "12 documents": the patents and applications of all families. */
  readonly patentDocuments: string | undefined;
  /** "23 talks". */
  readonly talks: string | undefined;
  /** "4 lectures". */
  readonly lectures: string | undefined;
}

export function siteFacts(cv: Pick<Cv, 'publications' | 'patents' | 'talks' | 'lectures'>, locale: Locale): SiteFacts {
  const { t } = locale;
  const counted = (count: number, forms: Parameters<Locale['count']>[1]) => (count > 0 ? locale.count(count, forms) : undefined);
  const kinds = KIND_ORDER.map((kind) => ({ kind, count: cv.publications.filter((publication) => publication.kind === kind).length }))
    .filter(({ count }) => count > 0)
    // A stable sort: equal counts keep the kinds' order.
    .sort((a, b) => b.count - a.count);
  return {
    publications: counted(cv.publications.length, t.publications.count),
    publicationKinds: kinds.map(({ kind, count }) => locale.count(count, t.publicationKinds[kind].count)),
    patentFamilies: counted(cv.patents.length, t.patents.familyCount),
    patentDocuments: counted(
      cv.patents.reduce((sum, patent) => sum + patent.members.length, 0),
      t.patents.documentCount,
    ),
    talks: counted(cv.talks.length, t.talks.talkCount),
    lectures: counted(cv.lectures.length, t.talks.lectureCount),
  };
}
