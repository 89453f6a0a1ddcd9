import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { loadSiteSettings } from './src/site.config.ts';

const settings = loadSiteSettings();

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ smartypants: false }),
  },
  devToolbar: { enabled: false },
});
