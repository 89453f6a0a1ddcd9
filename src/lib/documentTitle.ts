/** The <title>: page and site name when they fit in `max` characters, else the page title alone, shortened at a word. */
export function documentTitle(page: string, site: string, max = 70): string {
  if (page === site) return page;
  const full = `${page} · ${site}`;
  if (full.length <= max) return full;
  if (page.length <= max) return page;
  const cut = page.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,:;.–-]+$/, '')}…`;
}
