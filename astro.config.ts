import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { bodyProcessor } from './src/lib/markdown.ts';
import { loadSiteSettings } from './src/site.config.ts';

const settings = loadSiteSettings();

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: bodyProcessor,
  },
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
});
