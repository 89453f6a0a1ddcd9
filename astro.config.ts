import { readFileSync, writeFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defineConfig } from 'astro/config';
import { splitBibtexFile } from './src/lib/bibtex.ts';
import { bodyProcessor } from './src/lib/markdown.ts';
import { cardImages } from './src/cards/integration.ts';
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

/**
 * Writes publications/<id>.bib for every entry of the built publications.bib.
 * Thousands of tiny files are much cheaper to write here than to render as
 * routes (4 s of 20 at 5,000 publications); in dev the route serves them.
 */
const perPublicationBibtex: AstroIntegration = {
  name: 'vita:per-publication-bibtex',
  hooks: {
    'astro:build:done': ({ dir }) => {
      for (const { key, entry } of splitBibtexFile(readFileSync(new URL('publications.bib', dir), 'utf8'))) {
        writeFileSync(new URL(`publications/${key}.bib`, dir), entry);
      }
    },
  },
};

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  // Pages render while others are written to disk: without this the build mostly waits on I/O.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 6 },
  markdown: {
    processor: bodyProcessor,
    // Shiki highlights with inline styles, which the strict style-src forbids; code stays plain.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), securityHeaders, perPublicationBibtex, cardImages()],
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
});
