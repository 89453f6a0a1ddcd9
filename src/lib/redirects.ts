/**
 * Redirects for people moving from another site: a static page per old address
 * (meta refresh, `rel=canonical`, a link to follow; no script, so the CSP holds)
 * and a `_redirects` file for Netlify and Cloudflare Pages, which answer with a
 * real 301 before any page loads.
 */
import { CSP_DIRECTIVES } from '../security.ts';
import { escapeHtml } from './text/entities.ts';

export interface Redirect {
  /** The old address, a site path ("/publication/2019-clever-hans/"). */
  readonly from: string;
  /** Where it lives now, a site path, possibly with a #fragment. */
  readonly to: string;
  /** The title of what it leads to, for the link on the redirect page. */
  readonly title: string;
}

/** The file a site path is written to: a folder's index.html, or the file itself when it names one (/index.php, /cv.html). */
export function redirectFile(from: string): string {
  const path = from.replace(/^\//, '');
  if (/\.[A-Za-z0-9]+$/.test(path)) return path;
  return path === '' ? 'index.html' : `${path.replace(/\/?$/, '/')}index.html`;
}

/**
 * The file of the output folder an old address is written to, as a static host finds it (percent-escapes
 * decoded), or why it cannot have one: a "." or ".." segment, which would leave its folder, or characters no
 * file name on a web server holds.
 */
export function oldAddressFile(from: string): { file: string } | { error: string } {
  let path: string;
  try {
    path = decodeURIComponent(from);
  } catch {
    return { error: 'expected a path whose %-escapes are UTF-8 (such as %C3%BC for ü)' };
  }
  const segments = path.split('/');
  if (segments.includes('..') || segments.includes('.')) return { error: 'expected a path without . or .. segments (%2e counts as a dot)' };
  if (segments.slice(1, -1).includes('')) return { error: 'expected a path without empty segments (//)' };
  if (/[\\\p{Cc}]/u.test(path)) return { error: 'expected a path without backslashes or control characters (nor their %-escapes)' };
  return { file: redirectFile(path) };
}

/**
 * The page written at an old address. `target` is the new address under the base
 * path, `canonical` its absolute URL when the site has one; `dir` the direction of the site's language.
 */
export function redirectPage(options: {
  target: string;
  canonical: string | undefined;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  labels: { movedTitle: string; moved: string };
}): string {
  const { target, canonical, title, lang, dir, labels } = options;
  const csp = [...CSP_DIRECTIVES, "script-src 'self'", "style-src 'self'"].join('; ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="content-security-policy" content="${escapeHtml(csp)}">`,
    `<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(canonical ?? target)}">`,
    `<title>${escapeHtml(labels.movedTitle)}</title>`,
    '</head>',
    '<body>',
    `<main><p>${escapeHtml(labels.moved)} <a href="${escapeHtml(target)}">${escapeHtml(title)}</a>.</p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** `_redirects` (Netlify, Cloudflare Pages): "old new 301" per line, both under the base path. */
export function redirectsFile(redirects: readonly Redirect[], under: (path: string) => string): string {
  return redirects.map((redirect) => `${under(redirect.from)} ${under(redirect.to)} 301\n`).join('');
}
