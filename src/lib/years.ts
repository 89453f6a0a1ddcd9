/** Grouping dated items by year, newest year first, order within a year kept. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number): { year: number; items: T[] }[] {
  const years = [...new Set(items.map(yearOf))].sort((a, b) => b - a);
  return years.map((year) => ({ year, items: items.filter((item) => yearOf(item) === year) }));
}

/** Years as a CV writes them, runs of consecutive years as ranges: [2019, 2020, 2021, 2023] → "2019–2021, 2023". Input sorted ascending. */
export function compressYears(years: readonly number[], format: (year: number) => string = String): string {
  const runs: [number, number][] = [];
  for (const year of years) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([first, last]) => (first === last ? format(first) : `${format(first)}–${format(last)}`)).join(', ');
}
