/** Internal URLs: every link, asset and feed goes through here so the site works under any base path. */

/** Joins the configured base ("/" or "/vita/") and a site path ("/publications/"); keeps #fragments. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}
