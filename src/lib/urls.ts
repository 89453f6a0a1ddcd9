/** Internal URLs: every link, asset and feed goes through here so the site works under any base path. */

/** Joins the configured base ("/" or "/vita/") and a site path ("/publications/"); keeps #fragments. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The fragment id of a talk or lecture on the talks page (HTML ids must start with a letter; talk ids start with the date). */
export const talkAnchor = (id: string): string => `talk-${id}`;
