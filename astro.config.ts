import { writeFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defineConfig } from 'astro/config';
import { bodyProcessor } from './src/lib/markdown.ts';
import { loadSiteSettings } from './src/site.config.ts';
import { CSP_DIRECTIVES, headersFile } from './src/security.ts';

const settings = loadSiteSettings();

/** Writes dist/_headers (security headers for Netlify and Cloudflare Pages) after the build. */
const securityHeaders: AstroIntegration = {
  name: 'vita:security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(settings.base)),
  },
};

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  // Pages render while others are written to disk: without this the build mostly waits on I/O.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  markdown: {
    processor: bodyProcessor,
    // Shiki highlights with inline styles, which the strict style-src forbids; code stays plain.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), securityHeaders],
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
});
