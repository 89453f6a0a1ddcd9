import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defineConfig } from 'astro/config';
import { vita } from './src/integrations/vita.ts';
import { splitBibtexFile } from './src/lib/formats/bibtex.ts';
import { bodyProcessor } from './src/lib/markdown/markdown.ts';
import { contentRoots } from './src/pipeline/contentFolder.ts';
import { resolveSettings } from './src/pipeline/settings.ts';
import { languageKey } from './src/schemas/settings.ts';
import { cardImages } from './src/cards/integration.ts';
import { siteFiles } from './src/integrations/siteFiles.ts';
import { searchIndex } from './src/integrations/search.ts';
import { CSP_DIRECTIVES, headersFile, scriptSources } from './src/security.ts';

// vita pins Astro (package-lock.json) and moves to a new version with a release of its own (README, Upgrading): Astro's "new version available" note at every `npm run dev` is not the owner's business.
process.env['ASTRO_DISABLE_UPDATE_CHECK'] ??= 'true';

const roots = contentRoots();
const workDir = process.env['VITA_WORK_DIR'];
const settings = resolveSettings(roots.content);

/** Writes dist/_headers (security headers for Netlify and Cloudflare Pages) after the build. */
const securityHeaders: AstroIntegration = {
  name: 'vita:security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(settings.base, settings.search)),
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
      // The site's own, and on a group site each member's under /<member>/.
      for (const site of ['', ...settings.members.map((member) => `${member.id}/`)]) {
        for (const { key, entry } of splitBibtexFile(readFileSync(new URL(`${site}publications.bib`, dir), 'utf8'))) {
          writeFileSync(new URL(`${site}publications/${key}.bib`, dir), entry);
        }
      }
    },
  },
};

export default defineConfig({
  ...(settings.site ? { site: settings.site } : {}),
  base: settings.base,
  publicDir: roots.public,
  // Builds that run side by side (npm run build's, the tests') each keep Astro's working files (.astro/, the content store, the image cache) in a folder of their own.
  ...(workDir ? { root: workDir, cacheDir: join(workDir, 'cache'), srcDir: fileURLToPath(new URL('src/', import.meta.url)) } : {}),
  trailingSlash: 'always',
  // Pages render while others are written to disk: without this the build mostly waits on I/O.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 6 },
  markdown: {
    processor: bodyProcessor,
    // Shiki highlights with inline styles, which the strict style-src forbids; code stays plain.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  // Components keep their styles beside their markup; the site still ships one stylesheet (one request, cached for every page).
  vite: { build: { cssCodeSplit: false } },
  integrations: [
    vita(settings, roots.content),
    // The sitemap needs absolute URLs: without a site URL there is none. It lists each page's versions in the other languages.
    ...(settings.site
      ? [
          sitemap({
            filter: (page) => !/\/404\/?$/.test(page),
            ...(settings.languages.length > 1
              ? { i18n: { defaultLocale: languageKey(settings.language), locales: Object.fromEntries(settings.languages.map((tag) => [languageKey(tag), tag])) } }
              : {}),
          }),
        ]
      : []),
    securityHeaders,
    perPublicationBibtex,
    // Preview images need absolute addresses: without a site URL there are none.
    ...(settings.site ? [cardImages()] : []),
    // With the search on: Pagefind indexes the built pages.
    ...(settings.search ? [searchIndex()] : []),
    // Last: files beside entries and redirect pages are written only where no other file is.
    siteFiles(),
  ],
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: scriptSources(settings.search) } } },
});
