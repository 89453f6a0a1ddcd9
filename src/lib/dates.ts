/** Dates for people: formatted in UTC from the ISO strings the schemas produce, never from the clock. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-10-21" → "21 Oct 2022"; "2020-08" → "Aug 2020"; "2019" → "2019". */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** Days of one month: ["2021-12-13", "2021-12-14", "2021-12-16"] → "13, 14 & 16 Dec 2021". */
export function formatDays(dates: readonly string[]): string {
  if (dates.length === 1) return formatIsoDate(dates[0]!);
  const [year, month] = dates[0]!.split('-');
  const days = dates.map((date) => String(Number(date.split('-')[2])));
  return `${days.slice(0, -1).join(', ')} & ${days.at(-1)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** A period of months or years: "Jan 2021 – present", "Oct 2014 – Dec 2018", "2013 – 2018". */
export function formatPeriod(start: string | number, end: string | number | undefined): string {
  return `${formatIsoDate(String(start))} – ${end === undefined ? 'present' : formatIsoDate(String(end))}`;
}

