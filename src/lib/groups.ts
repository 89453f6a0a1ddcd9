/** Grouping entries under the values of a fixed list (service by kind, supervision by level), in the list's order. */
export function groupInOrder<T, K extends string>(items: readonly T[], order: readonly K[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  return order.flatMap((key) => {
    const matching = items.filter((item) => keyOf(item) === key);
    return matching.length > 0 ? [{ key, items: matching }] : [];
  });
}
