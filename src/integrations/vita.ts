/**
 * vita's Astro integration: hands the resolved settings to the pages (the
 * `virtual:vita/settings` module), turns the accent colour and the publication kinds' chart
 * colours and the paper size into CSS (`virtual:vita/theme.css`, bundled with the site's stylesheet, so the strict
 * style policy holds), restarts the dev server when the settings file changes (and then has
 * the content checked again and says where the site is), and says once which features a
 * missing site URL turns off.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inkOn } from '../lib/contrast.ts';
import { KIND_ORDER } from '../schemas/publicationKinds.ts';
import { SETTINGS_FILE } from '../schemas/sections.ts';
import { followWatcher, recheckContent } from '../pipeline/devWatcher.ts';
import type { ResolvedSettings } from '../pipeline/settings.ts';
import { nativeContentModules } from './nativeContentModules.ts';

const SETTINGS_MODULE = 'virtual:vita/settings';
const THEME_MODULE = 'virtual:vita/theme.css';

/** Custom properties for the accent colour of each scheme; empty when the default palette stays. */
export function themeCss(accent: ResolvedSettings['accent']): string {
  if (!accent) return '';
  const vars = (colour: string) => `--accent: ${colour}; --accent-ink: ${inkOn(colour)};`;
  return `:root { ${vars(accent.light)} }\n@media (prefers-color-scheme: dark) { :root { ${vars(accent.dark)} } }\n`;
}

/** The chart's colour class of every publication kind in the kinds table, and of the small kinds folded together; the colours are the --kind-* properties of global.css. */
export const kindClassesCss = [...KIND_ORDER, 'other'].map((kind) => `.kind-${kind} { fill: var(--kind-${kind}); background: var(--kind-${kind}); }\n`).join('');

/** The printed CV page's paper when it is not global.css's A4. */
export const paperCss = (paper: ResolvedSettings['pdf']['paper']): string => (paper === 'us-letter' ? '@media print { @page { size: letter; } }\n' : '');

export function vita(settings: ResolvedSettings, contentRoot: string): AstroIntegration {
  const modules: Record<string, string> = {
    [SETTINGS_MODULE]: `export default ${JSON.stringify(settings)};`,
    [THEME_MODULE]: themeCss(settings.accent) + kindClassesCss + paperCss(settings.pdf.paper),
  };
  return {
    name: 'vita',
    hooks: {
      'astro:config:setup': ({ addWatchFile, updateConfig, logger, command, config }) => {
        addWatchFile(join(contentRoot, SETTINGS_FILE));
        if (!settings.site) {
          logger.warn(`No site URL (url in content/${SETTINGS_FILE}, or SITE_URL): canonical links, og:url, the sitemap, the feed and absolute links in the exports are left out.`);
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'vita:virtual-modules',
                resolveId: (id: string) => (id in modules ? `\0${id}` : undefined),
                load: (id: string) => (id.startsWith('\0') && id.slice(1) in modules ? modules[id.slice(1)] : undefined),
              },
              ...(command === 'build' ? [nativeContentModules(join(fileURLToPath(config.srcDir), 'content.config.ts'))] : []),
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!followWatcher(server.watcher)) return;
        // A restart: once the new server listens, the settings it was restarted for are checked with the content, and its address told.
        server.httpServer?.once('listening', () => {
          recheckContent();
          const address = server.httpServer?.address();
          if (typeof address === 'object' && address !== null) {
            const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
            logger.info(`the site is at http://${host}:${address.port}${settings.base}`);
          }
        });
      },
    },
  };
}
