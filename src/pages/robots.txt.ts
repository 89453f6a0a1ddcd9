import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/routes.ts';
import { paths } from '../lib/routes.ts';

/** Everything may be crawled; the sitemap is named when the site URL is known (it has none otherwise). */
export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(paths.sitemap());
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
