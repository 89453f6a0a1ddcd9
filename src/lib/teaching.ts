/** Shaping courses for display: their terms compressed into a few phrases, courses newest first. */
import type { Term, TermKind } from '../schemas/calendar.ts';
import { compressYears } from './years.ts';

/** How a winter semester's year is written: it spans two calendar years, 2021 → "2021/22". */
const academicYear = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;

/**
 * The terms of a course as phrases, one per kind of term in the order they were first
 * taught, consecutive years as ranges: 2019-WS, 2020-WS, 2021-WS, 2022-SS →
 * ["Winter term 2019/20–2021/22", "Summer term 2022"]. `label` words a kind and its years
 * in the site's language (German: "WiSe 2019/20–2021/22").
 */
export function termPhrases(terms: readonly Term[], label: (kind: TermKind, years: string) => string): string[] {
  const kinds = [...new Set(terms.map((term) => term.kind))];
  return kinds.map((kind) => {
    const years = terms.filter((term) => term.kind === kind).map((term) => term.year);
    return label(
      kind,
      compressYears(
        [...new Set(years)].sort((a, b) => a - b),
        kind === 'WS' ? academicYear : String,
      ),
    );
  });
}

/** The sort key of a course: the start of its latest term (newest courses first on the CV). */
export const latestTerm = (course: { readonly terms: readonly Term[] }): string => course.terms.at(-1)!.sortKey;
