/** Long author lists stay readable: a few names up front, the owner always visible, the rest behind a disclosure. */

export interface AbbreviatedList<T> {
  /** Names shown inline, with `null` where names were left out. */
  readonly shown: readonly (T | null)[];
  /** Whether the list was shortened (then the full list goes in a disclosure). */
  readonly shortened: boolean;
}

/**
 * Lists longer than `limit` keep the first `head` names, the owner (if later in
 * the list) and the last name, with gaps marked by `null`.
 */
export function abbreviate<T>(names: readonly T[], isOwner: (name: T) => boolean, limit = 12, head = Math.max(1, Math.min(8, limit - 2))): AbbreviatedList<T> {
  if (names.length <= limit) return { shown: names, shortened: false };
  const keep = new Set<number>([...Array.from({ length: head }, (_, i) => i), names.length - 1]);
  names.forEach((name, i) => {
    if (isOwner(name)) keep.add(i);
  });
  const shown: (T | null)[] = [];
  names.forEach((name, i) => {
    if (keep.has(i)) shown.push(name);
    else if (shown.at(-1) !== null) shown.push(null);
  });
  return { shown, shortened: true };
}
