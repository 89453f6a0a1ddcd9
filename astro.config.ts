import { defineConfig } from 'astro/config';
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
});
