/**
 * The interface catalogues and the formatting rules of the site language:
 * `localeFor('de-AT')` gives the German text with Austrian dates and numbers.
 */
import { formatDays, formatIsoDate, formatNumeral, formatPeriod } from '../lib/dates.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en, type UIStrings } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { countPhrase, type Plural } from './plural.ts';
import { pt } from './pt.ts';
import { ptPT } from './pt-PT.ts';
import { cached } from '../lib/cached.ts';
import type { CatalogueTag } from './languages.ts';

/**
 * Every interface catalogue: one per language, and a regional variant under its tag
 * (pt-PT), which takes its language's catalogue and replaces the words that differ.
 * A new language is its file, its line here and its tag in languages.ts (CONTRIBUTING.md).
 */
const CATALOGUES = { en, de, fr, es, it, pt, nl, ar, 'pt-PT': ptPT } as const satisfies Record<CatalogueTag, UIStrings>;

export { CATALOGUE_LANGUAGES, CATALOGUE_TAGS, type CatalogueLanguage } from './languages.ts';

/** The catalogue of a language tag: its region's variant when there is one (pt-PT), else its language's, else English. */
export function catalogueOf(tag: string): UIStrings {
  const { language, region } = new Intl.Locale(tag);
  const catalogues: Readonly<Record<string, UIStrings>> = CATALOGUES;
  return catalogues[`${language}-${region}`] ?? catalogues[language] ?? en;
}

export interface Locale {
  /** The BCP 47 tag, e.g. en-GB: for `lang` attributes, Intl and the feed. */
  readonly language: string;
  /** The language's name in itself, "Deutsch": the language switcher's link to it. */
  readonly name: string;
  /** The interface text. */
  readonly t: UIStrings;
  /** The writing direction, for `dir` and the layout of the PDF and the cards. */
  readonly direction: 'ltr' | 'rtl';
  /** Open Graph's locale form: en_GB, de_DE (a bare language gets its most likely region). */
  readonly ogLocale: string;
  /** "21 Oct 2022", "Aug 2020", "2019" from an ISO date, month or year. */
  date(iso: string | number): string;
  /** Several days of one month: "13, 14 and 16 Dec 2021". */
  days(dates: readonly string[]): string;
  /** "Jan 2021 – present". */
  period(start: string | number, end: string | number | undefined): string;
  /** "21 journal articles": a number with the plural form the language needs. */
  count(count: number, forms: Plural): string;
  /** "A, B and C" in the language's style. */
  list(items: readonly string[]): string;
  /** What joins the last two items of a list, `after` being the last: " and ", Spanish " e " before "Iglesias", Arabic " و". */
  and(before: string, after: string): string;
  /** A number as the language writes it (1,234 or 1.234). */
  number(value: number): string;
  /** A year or a page number: the locale's digits without grouping ("2024"; "٢٠٢٤" under ar-EG). */
  numeral(value: number): string;
  /** The locale's digits 0 to 9, for numbers only the PDF's typesetter knows (its page numbers). */
  readonly digits: readonly string[];
  /** Intl's name of those digits: `latn`, or `arab` (Arabic-Indic) under ar-EG; for numbers only CSS knows (its counters). */
  readonly numberingSystem: string;
  /** Arrows towards the start and the end of a line: ← and → left to right, mirrored right to left. */
  readonly arrows: { readonly back: string; readonly forward: string };
}

/** Each language's Locale, made once (its Intl formatters are costly to make). */
const locales = new Map<string, Locale>();

export function localeFor(language: string): Locale {
  return cached(locales, language, () => makeLocale(language));
}

function makeLocale(language: string): Locale {
  const t = catalogueOf(language);
  const { language: lang, region } = new Intl.Locale(language).maximize();
  const listFormat = new Intl.ListFormat(language, { type: 'conjunction' });
  const conjunctions = new Map<string, string>();
  const dateStyle = { day: t.dayOfMonth };
  const numberFormat = new Intl.NumberFormat(language);
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(lang) ?? lang;
  return {
    language,
    name: name.charAt(0).toLocaleUpperCase(language) + name.slice(1),
    t,
    direction: t.direction,
    ogLocale: `${lang}_${region ?? 'US'}`,
    date: (iso) => formatIsoDate(String(iso), language, dateStyle),
    days: (dates) => formatDays(dates, language, dateStyle),
    period: (start, end) => formatPeriod(start, end, language, t.present, dateStyle),
    count: (count, forms) => countPhrase(language, count, forms),
    list: (items) => listFormat.format(items),
    // The word depends on what follows it (Spanish "y" becomes "e" before an i- sound), never on what precedes it: one per following name.
    and: (_before, after) => cached(conjunctions, after, () => listFormat.formatToParts(['', after]).find((part) => part.type === 'literal')!.value),
    number: (value) => numberFormat.format(value),
    numeral: (value) => formatNumeral(value, language),
    digits: Array.from({ length: 10 }, (_, digit) => formatNumeral(digit, language)),
    numberingSystem: numberFormat.resolvedOptions().numberingSystem,
    arrows: t.direction === 'rtl' ? { back: '→', forward: '←' } : { back: '←', forward: '→' },
  };
}
