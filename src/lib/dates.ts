/** Dates for people: formatted with Intl in UTC from the ISO strings the schemas produce, never from the clock. */

import { intl } from './intl.ts';
import { cached } from './cached.ts';

const utc = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };

/** How a language writes dates beyond what Intl knows: the catalogue's `dayOfMonth` (French "1er" for the first). */
export interface DateStyle {
  /** The day of the month as written in a date, from Intl's numeral ("1" → "1er"). */
  readonly day?: (day: string) => string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter of a full date or a month in `language`: with the short month name, or the long one
 * where the language writes the short month as a number (pt-PT's "01/03/2024" becomes "1 de março de 2024").
 */
function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(formats, `${language}|${options.day ?? ''}`, () => {
    const short = intl(Intl.DateTimeFormat, language, options);
    const numericMonth = /\d/.test(short.formatToParts(utc('2024-03-01')).find((part) => part.type === 'month')?.value ?? '');
    return numericMonth ? intl(Intl.DateTimeFormat, language, { ...options, month: 'long' }) : short;
  });
}

/** A number as the language writes a year or a day: its digits (Arabic-Indic under ar-EG), no grouping ("2024", "٢٠٢٤"). */
export function formatNumeral(value: number, language: string): string {
  return intl(Intl.NumberFormat, language, { useGrouping: false }).format(value);
}

/** "2022-10-21" → "21 Oct 2022" (en-GB), "21. Okt. 2022" (de) or "1er mars 2024" (fr); "2020-08" → "Aug 2020"; "2019" → "2019" ("٢٠١٩" under ar-EG). */
export function formatIsoDate(iso: string, language: string, style: DateStyle = {}): string {
  if (/^\d{4}$/.test(iso)) return formatNumeral(Number(iso), language);
  const parts = dateFormat(language, iso.length === 7 ? MONTH : DAY).formatToParts(utc(iso));
  return parts.map((part) => (part.type === 'day' && style.day ? style.day(part.value) : part.value)).join('');
}

/**
 * Days of one month: ["2021-12-13", "2021-12-14", "2021-12-16"] → "13, 14 and 16 Dec 2021"
 * (en-GB) or "13., 14. und 16. Dez. 2021" (de): the last day's full date with the earlier days
 * listed in its place, each written as the language writes a day.
 */
export function formatDays(dates: readonly string[], language: string, style: DateStyle = {}): string {
  const last = dates.at(-1)!;
  if (dates.length === 1) return formatIsoDate(last, language, style);
  const format = dateFormat(language, DAY);
  const dayOf = (date: string) => {
    const day = format.formatToParts(utc(date)).find((part) => part.type === 'day')!.value;
    return style.day ? style.day(day) : day;
  };
  const parts = format.formatToParts(utc(last));
  const dayIndex = parts.findIndex((part) => part.type === 'day');
  // The literal after the day ("." in German) belongs to every day of the list.
  const suffix = /^\./.test(parts[dayIndex + 1]?.value ?? '') ? '.' : '';
  const days = dates.map(dayOf);
  const listed = intl(Intl.ListFormat, language, { type: 'conjunction' }).format(days.map((day, i) => (i < days.length - 1 ? `${day}${suffix}` : day)));
  return parts.map((part, i) => (i === dayIndex ? listed : part.value)).join('');
}

/** The dash of a range, one rule everywhere: unspaced between bare years ("2013–2018"), spaced otherwise ("Oct 2014 – Dec 2018", "2021 – present"). */
export function rangeDash(start: string | number, end: string | number | undefined): string {
  const bareYear = (value: string | number | undefined) => value !== undefined && /^\d{4}$/.test(String(value));
  return bareYear(start) && bareYear(end) ? '–' : ' – ';
}

/** A period of months or years: "Jan 2021 – present", "Oct 2014 – Dec 2018", "2013–2018". */
export function formatPeriod(start: string | number, end: string | number | undefined, language: string, present: string, style: DateStyle = {}): string {
  return `${formatIsoDate(String(start), language, style)}${rangeDash(start, end)}${end === undefined ? present : formatIsoDate(String(end), language, style)}`;
}
