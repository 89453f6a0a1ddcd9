/** Lowercase words joined by hyphens, ASCII only: "Pied Piper 2013-12" → "pied-piper-2013-12", "Müller K-R" → "muller-k-r". */
export function slug(words: string): string {
  return words
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
