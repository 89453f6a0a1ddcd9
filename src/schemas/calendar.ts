/**
 * Academic time as CVs write it: teaching terms (`2021-WS`, `2023-spring`) and
 * lists of years (`2019-2023`, `[2017, 2019-2021]`). Normalised here to values
 * that sort and print without further parsing.
 */
import { z } from 'zod';
import { oneOrList, year } from './common.ts';

/**
 * The kinds of term, each with the month it starts in (for sorting). `WS` and `SS`
 * are the German winter and summer semesters (WS 2021 runs from October 2021 into
 * 2022); seasons and quarters are the terms of the year they name; `year` is a
 * whole year (a course given once in 2023).
 */
export const TERM_STARTS = {
  winter: '01',
  Q1: '01',
  spring: '02',
  SS: '04',
  Q2: '04',
  summer: '06',
  Q3: '07',
  fall: '09',
  autumn: '09',
  WS: '10',
  Q4: '10',
  year: '00',
} as const;
export type TermKind = keyof typeof TERM_STARTS;

export interface Term {
  /** As written, in its canonical spelling: `2021-WS`, `2023-spring`, `2023`. */
  readonly code: string;
  readonly year: number;
  readonly kind: TermKind;
  /** `2021-10`: the term's first month (`2023-00` for a whole year), for sorting. */
  readonly sortKey: string;
}

const TERM = /^(\d{4})(?:-(ws|ss|spring|summer|fall|autumn|winter|q[1-4]))?$/i;

/** The canonical spelling of a term's kind: `ws` → `WS`, `Spring` → `spring`, `q1` → `Q1`. */
const canonicalKind = (written: string): TermKind => {
  const lower = written.toLowerCase();
  return (lower === 'ws' || lower === 'ss' || /^q\d$/.test(lower) ? lower.toUpperCase() : lower) as TermKind;
};

const TERM_ERROR = 'expected a term such as 2021-WS, 2022-SS, 2023-spring, 2023-summer, 2023-fall, 2023-winter, 2023-Q1 or a year';

/**
 * A term as printed rather than as vita spells it (`WS 2020/21`, `WiSe 2023/24`, `SoSe 2022`, `Fall 2020`,
 * `2021 Q1`), in vita's spelling (`2020-WS`), for the message that refuses it.
 */
function printedTerm(written: string): string | undefined {
  const kinds = 'wintersemester|sommersemester|wise|sose|ws|ss|spring|summer|fall|autumn|winter|q[1-4]';
  const academicYear = String.raw`(\d{4})(?:\s*/\s*\d{2}(?:\d{2})?)?`;
  const text = written.trim();
  const match = new RegExp(String.raw`^(${kinds})\.?\s*${academicYear}$`, 'i').exec(text) ?? new RegExp(String.raw`^()${academicYear}[\s_/]+(${kinds})$`, 'i').exec(text);
  if (!match) return undefined;
  const kind = (match[1] || match[3]!).toLowerCase();
  const german = /^w/.test(kind) && kind !== 'winter' ? 'WS' : /^s[os]/.test(kind) ? 'SS' : undefined;
  return `${match[2]}-${german ?? canonicalKind(kind)}`;
}

/** One term: `2021-WS`, `2022-SS`, `2023-spring`, `-summer`, `-fall`/`-autumn`, `-winter`, `2023-Q1`…`Q4`, or a year `2023`. */
export const term = z.union([z.int(), z.string()], { error: TERM_ERROR }).transform((value, ctx): Term => {
  const match = TERM.exec(String(value).trim());
  const termYear = Number(match?.[1]);
  if (!match || !year.safeParse(termYear).success) {
    const printed = printedTerm(String(value));
    ctx.addIssue({ code: 'custom', message: printed ? `${TERM_ERROR} (${String(value).trim()} is written ${printed})` : TERM_ERROR, input: value });
    return z.NEVER;
  }
  const kind = match[2] === undefined ? 'year' : canonicalKind(match[2]);
  return { code: kind === 'year' ? String(termYear) : `${termYear}-${kind}`, year: termYear, kind, sortKey: `${termYear}-${TERM_STARTS[kind]}` };
});

/** Terms in the order they were taught (oldest first), each once; a single term may be written without a list. */
export const termList = oneOrList(z.array(term, { error: 'expected terms such as [2021-WS, 2022-SS]' }).min(1, { error: 'expected at least one term, e.g. [2021-WS, 2022-SS]' }))
  .superRefine((terms, ctx) => {
    const seen = new Set<string>();
    terms.forEach((item, index) => {
      if (seen.has(item.code)) ctx.addIssue({ code: 'custom', path: [index], message: `expected each term once; ${item.code} is listed twice`, input: item.code });
      seen.add(item.code);
    });
  })
  .transform((terms) => [...terms].sort((a, b) => a.sortKey.localeCompare(b.sortKey)));

const YEARS_ERROR = 'expected years such as 2021, 2019-2023 or a list [2017, 2019-2021]';
const RANGE = /^(\d{4})\s*[-–]\s*(\d{4})$/;

/** One item of a year list: a year or a range `2019-2023`, as the years it covers. */
const yearsItem = z.union([z.int(), z.string()], { error: YEARS_ERROR }).transform((value, ctx): number[] => {
  const text = String(value).trim();
  const range = RANGE.exec(text);
  const [first, last] = range ? [Number(range[1]), Number(range[2])] : /^\d{4}$/.test(text) ? [Number(text), Number(text)] : [NaN, NaN];
  if (!year.safeParse(first).success || !year.safeParse(last).success) {
    ctx.addIssue({ code: 'custom', message: YEARS_ERROR, input: value });
    return z.NEVER;
  }
  if (last < first) {
    ctx.addIssue({ code: 'custom', message: `expected a range whose end is not before its start (${first})`, input: value });
    return z.NEVER;
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
});

/** Years as CVs list them (`2021`, `2019-2023`, `[2017, 2019-2021]`), as the sorted years they cover, each once. */
export const yearList = oneOrList(z.array(yearsItem, { error: YEARS_ERROR }).min(1, { error: YEARS_ERROR })).transform((items) => [...new Set(items.flat())].sort((a, b) => a - b));
