/**
 * The `search` setting's index: Pagefind reads the built pages (the parts marked
 * `data-pagefind-body`, see BaseLayout.astro) and writes its index and its reader,
 * pagefind/pagefind.js, into the output folder. It runs in `astro:build:done`, so
 * `npm run build` and a bare `astro build` both get it; the search page's script
 * (src/search/client.js) loads the reader only when a visitor types.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { paths } from '../lib/routes.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'vita:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        try {
          const site = fileURLToPath(dir);
          const created = await pagefind.createIndex({});
          if (!created.index) throw new Error(created.errors.join('\n'));
          const added = await created.index.addDirectory({ path: site });
          const written = await created.index.writeFiles({ outputPath: fileURLToPath(new URL(`.${paths.searchIndex().replace(/[^/]*$/, '')}`, dir)) });
          const errors = [...added.errors, ...written.errors];
          if (errors.length > 0) throw new Error(`the search index could not be written:\n${errors.join('\n')}`);
          logger.info(`search index of ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
