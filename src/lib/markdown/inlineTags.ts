/** The tags short fields (titles, venues) may use: typographic markup and <span lang> for other languages. */
export const INLINE_TAGS = ['sup', 'sub', 'i', 'em', 'b', 'strong', 'span', 'code'] as const;
