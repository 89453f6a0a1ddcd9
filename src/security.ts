/**
 * The security policy, defined once: Astro puts the CSP in a <meta> tag on every
 * page (with hashes for anything it inlines), and the build writes the same
 * policy plus the other headers to dist/_headers for Netlify and Cloudflare Pages.
 */

/** CSP directives besides script-src and style-src, which Astro manages ('self' plus hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  // Same-origin fetches only; tools such as Lighthouse read /robots.txt from inside the page.
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
] as const;

/**
 * Where scripts may come from: this origin only. With the search on, Pagefind's index reader
 * is WebAssembly, which a browser compiles only under 'wasm-unsafe-eval' (it allows no eval()
 * of JavaScript and no inline script).
 */
export const scriptSources = (search: boolean): string[] => ["'self'", ...(search ? ["'wasm-unsafe-eval'"] : [])];

/** The header form: the same directives, script and style from this origin only, and framing forbidden (meta tags cannot say that). */
const cspHeader = (search: boolean) =>
  [...CSP_DIRECTIVES, `script-src ${scriptSources(search).join(' ')}`, "style-src 'self'", "frame-ancestors 'none'", 'upgrade-insecure-requests'].join('; ');

/** The security headers of a site with the search on or off. */
export const securityHeaders = (search: boolean): Readonly<Record<string, string>> => ({
  'Content-Security-Policy': cspHeader(search),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/** Those of a site without search (the default). */
export const CSP_HEADER = cspHeader(false);
export const SECURITY_HEADERS = securityHeaders(false);

/** `_headers` in Netlify / Cloudflare Pages syntax, for every path under the base. */
export function headersFile(base: string, search: boolean): string {
  const lines = Object.entries(securityHeaders(search)).map(([name, value]) => `  ${name}: ${value}`);
  return `${base}*\n${lines.join('\n')}\n`;
}
