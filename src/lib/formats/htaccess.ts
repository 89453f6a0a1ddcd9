/**
 * `.htaccess` for an Apache web server (a university web space, most shared hosting), which
 * reads neither `_headers` nor `_redirects`: the 404 page, the security headers of
 * src/security.ts, and every redirect as a real 301 for exactly its old address. Apache
 * applies it to the folder it is uploaded to and below, so a site under /~ada/ works in a
 * web space of its own. Every directive is one `AllowOverride FileInfo` permits; those of
 * modules a server may lack sit in `<IfModule>`.
 */
import { securityHeaders } from '../../security.ts';
import type { Redirect } from '../redirects.ts';

/** An argument in double quotes, as Apache's configuration reads it. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** The path a request names, as Apache compares it: percent escapes decoded. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A regular expression matching exactly `path`. */
const exactly = (path: string) => `^${decodedPath(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

/** The file's text; `under` puts a site path under the base path ("/404.html" → "/~ada/404.html"); `search` allows the search's WebAssembly. */
export function htaccessFile(redirects: readonly Redirect[], under: (path: string) => string, search = false): string {
  const section = (module: string, lines: readonly string[]) => (lines.length === 0 ? [] : ['', `<IfModule ${module}>`, ...lines.map((line) => `  ${line}`), '</IfModule>']);
  return [
    '# Written by npm run build because content/settings.yaml says deploy: { htaccess: true }.',
    `ErrorDocument 404 ${under('/404.html')}`,
    ...section(
      'mod_headers.c',
      Object.entries(securityHeaders(search)).map(([name, value]) => `Header always set ${name} ${quoted(value)}`),
    ),
    // Servers with an older list of file types send AVIF images (the portrait) as unknown data.
    ...section('mod_mime.c', ['AddType image/avif .avif']),
    ...section(
      'mod_alias.c',
      redirects.map((redirect) => `RedirectMatch 301 ${quoted(exactly(under(redirect.from)))} ${quoted(under(redirect.to))}`),
    ),
    '',
  ].join('\n');
}
