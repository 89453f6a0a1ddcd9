/** Text shortened at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ') > max / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,:;.–-]+$/, '')}…`;
}

/** The <title>: page and site name when they fit in `max` characters, else the page title alone, shortened at a word. */
export function documentTitle(page: string, site: string, max = 70): string {
  if (page === site) return page;
  const full = `${page} · ${site}`;
  return full.length <= max ? full : shorten(page, max);
}
