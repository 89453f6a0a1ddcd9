/** Dates for people: formatted with Intl in UTC from the ISO strings the schemas produce, never from the clock. */

import { intl } from './intl.ts';

const utc = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };

/** "2022-10-21" → "21 Oct 2022" (en-GB) or "21. Okt. 2022" (de); "2020-08" → "Aug 2020"; "2019" → "2019". */
export function formatIsoDate(iso: string, language: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  return intl(Intl.DateTimeFormat, language, iso.length === 7 ? MONTH : DAY).format(utc(iso));
}

/**
 * Days of one month: ["2021-12-13", "2021-12-14", "2021-12-16"] → "13, 14 and 16 Dec 2021"
 * (en-GB) or "13., 14. und 16. Dez. 2021" (de): the last day's full date with the earlier days
 * listed in its place, each written as the language writes a day.
 */
export function formatDays(dates: readonly string[], language: string): string {
  const last = dates.at(-1)!;
  if (dates.length === 1) return formatIsoDate(last, language);
  const parts = intl(Intl.DateTimeFormat, language, DAY).formatToParts(utc(last));
  const dayIndex = parts.findIndex((part) => part.type === 'day');
  // The literal after the day ("." in German) belongs to every day of the list.
  const suffix = /^\./.test(parts[dayIndex + 1]?.value ?? '') ? '.' : '';
  const days = dates.map((date) => `${Number(date.slice(8, 10))}`);
  const listed = intl(Intl.ListFormat, language, { type: 'conjunction' }).format(days.map((day, i) => (i < days.length - 1 ? `${day}${suffix}` : day)));
  return parts.map((part, i) => (i === dayIndex ? listed : part.value)).join('');
}

/** The dash of a range, one rule everywhere: unspaced between bare years ("2013–2018"), spaced otherwise ("Oct 2014 – Dec 2018", "2021 – present"). */
export function rangeDash(start: string | number, end: string | number | undefined): string {
  const bareYear = (value: string | number | undefined) => value !== undefined && /^\d{4}$/.test(String(value));
  return bareYear(start) && bareYear(end) ? '–' : ' – ';
}

/** A period of months or years: "Jan 2021 – present", "Oct 2014 – Dec 2018", "2013–2018". */
export function formatPeriod(start: string | number, end: string | number | undefined, language: string, present: string): string {
  return `${formatIsoDate(String(start), language)}${rangeDash(start, end)}${end === undefined ? present : formatIsoDate(String(end), language)}`;
}
