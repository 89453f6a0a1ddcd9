/** Grouping dated items by year, newest year first, order within a year kept. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number): { year: number; items: T[] }[] {
  const years = [...new Set(items.map(yearOf))].sort((a, b) => b - a);
  return years.map((year) => ({ year, items: items.filter((item) => yearOf(item) === year) }));
}
