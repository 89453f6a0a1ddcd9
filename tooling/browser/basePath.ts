/**
 * The base path a built site was made for (settings.yaml's `base`), for tools that serve dist/:
 * as given on the command line, else the one the home page links to as the site's home.
 */

/** `/vita/` from `--base /vita/`, else from the built home page's `<a class="site-name" href="/vita/">`; `/` when neither says. */
export function builtBasePath(homeHtml: string, given: string | undefined): { readonly base: string } | { readonly error: string } {
  const base = given ?? /<a class="site-name" href="([^"]*)"/.exec(homeHtml)?.[1] ?? '/';
  return /^\/(?:[\w.~-]+\/)*$/.test(base) ? { base } : { error: `--base ${base}: expected a path from / ending in /, e.g. /vita/` };
}
