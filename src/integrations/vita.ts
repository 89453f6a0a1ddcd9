/**
 * vita's Astro integration: hands the resolved settings to the pages (the
 * `virtual:vita/settings` module, with a group's members and theirs), builds every page once more under each other
 * language's code (/de/…) and, on a group's site, under /[member]/ for each member (/ada/, /ada/de/), turns the accent colour and the publication kinds' chart
 * colours and the paper size into CSS (`virtual:vita/theme.css`, bundled with the site's stylesheet, so the strict
 * style policy holds), restarts the dev server when the settings file changes (and then has
 * the content checked again and says where the site is), and says once which features a
 * missing site URL turns off.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { CACHE_FOLDER, WORK_FOLDERS } from '../buildCache.ts';
import { inkOn } from '../lib/contrast.ts';
import { KIND_ORDER } from '../schemas/publicationKinds.ts';
import { MEMBER_ROUTE } from '../lib/routes.ts';
import { languageKey } from '../schemas/settings.ts';
import { SETTINGS_FILE } from '../schemas/sections.ts';
import { followWatcher, recheckContent, unwatched } from '../pipeline/devWatcher.ts';
import { groupMembers } from '../pipeline/group.ts';
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

/** Endpoints whose file speaks a language (the PDF CV, cv.json, the feed); the others (exports of the publications, the icon, robots.txt) are one for all. */
export const ENDPOINTS_PER_LANGUAGE: ReadonlySet<string> = new Set(['cv.pdf.ts', 'cv.json.ts', '[feed].xml.ts']);

interface PageRoute {
  readonly pattern: string;
  readonly entrypoint: string;
}

/** The routes of the files of `pagesDir` that `keep` keeps (by their path there: cv.astro, publications/[id].astro), each at its own address (/cv, /publications/[id]) under `prefix` (/de). */
function routesUnder(pagesDir: string, prefix: string, keep: (path: string) => boolean): PageRoute[] {
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name))
    .sort()
    .flatMap((file) => {
      const path = relative(pagesDir, file).split(sep).join('/');
      if (!keep(path)) return [];
      const route = path.replace(/\.astro$|\.ts$/, '').replace(/(^|\/)index$/, '');
      return [{ pattern: `${prefix}/${route}`.replace(/\/$/, ''), entrypoint: file }];
    });
}

/**
 * The routes of a language other than the default: every page of `pagesDir` (but the 404 page, which the server
 * serves for every address) and the endpoints that speak a language, under /<language>/.
 */
export const languageRoutes = (pagesDir: string, language: string): PageRoute[] =>
  routesUnder(pagesDir, `/${language}`, (path) => (path.endsWith('.astro') ? path !== '404.astro' : ENDPOINTS_PER_LANGUAGE.has(path)));

/** Endpoints a group's member has on its own besides those in a language (its exports of the publications, the stylesheet of its filters); the others (the icon, robots.txt, the search) are the group's. */
export const MEMBER_ENDPOINTS: ReadonlySet<string> = new Set([
  'publications.bib.ts',
  'publications.json.ts',
  'publications.ris.ts',
  'publications/[filters].css.ts',
  'publications/[id].bib.ts',
]);

/** Pages a group's member has not: the 404 page (the server's one for every address) and the search (the group's, with `search` on, covers the group's pages, its combined list among them). */
const NOT_PER_MEMBER: ReadonlySet<string> = new Set(['404.astro', 'search/[...index].astro']);

/**
 * The routes of a group's members' sites, under /[member]/: every page but the group's own (the 404 page, the
 * search), the endpoints in a language and the member's exports, in each language of the site (/[member]/,
 * /[member]/de/). One route per page for all members, whose getStaticPaths give each member's paths: Astro's build
 * walks every route for every page it writes, so routes per member would grow it with the square of the group.
 */
export function memberRoutes(pagesDir: string, languages: readonly string[]): PageRoute[] {
  const perMember = (path: string) => (path.endsWith('.astro') ? !NOT_PER_MEMBER.has(path) : ENDPOINTS_PER_LANGUAGE.has(path) || MEMBER_ENDPOINTS.has(path));
  const inLanguages = languages
    .slice(1)
    .flatMap((language) => languageRoutes(pagesDir, language).filter((route) => perMember(relative(pagesDir, route.entrypoint).split(sep).join('/'))));
  return [...routesUnder(pagesDir, MEMBER_ROUTE, perMember), ...inLanguages.map((route) => ({ ...route, pattern: `${MEMBER_ROUTE}${route.pattern}` }))];
}

/**
 * What `npm run dev` does not watch: the built site, vita's cache, the build work folders and the project's scratch
 * folder (tests, bench), but never the content folders or the public folder, wherever they are.
 */
function devUnwatched(config: AstroConfig, contentFolders: readonly string[]): (path: string) => boolean {
  const root = fileURLToPath(config.root);
  const generated = [fileURLToPath(config.outDir), join(root, CACHE_FOLDER), join(root, WORK_FOLDERS), join(root, 'tmp')];
  return unwatched(generated, [...contentFolders, fileURLToPath(config.publicDir)]);
}

export function vita(settings: ResolvedSettings, contentRoot: string): AstroIntegration {
  const members = groupMembers(contentRoot, settings);
  const modules: Record<string, string> = {
    [SETTINGS_MODULE]: `export default ${JSON.stringify(settings)};\nexport const members = ${JSON.stringify(members)};`,
    [THEME_MODULE]: themeCss(settings.accent) + kindClassesCss + paperCss(settings.pdf.paper),
  };
  return {
    name: 'vita',
    hooks: {
      'astro:config:setup': ({ addWatchFile, updateConfig, injectRoute, logger, command, config }) => {
        addWatchFile(join(contentRoot, SETTINGS_FILE));
        for (const language of settings.languages.slice(1).map(languageKey)) {
          for (const route of languageRoutes(fileURLToPath(new URL('pages/', config.srcDir)), language)) injectRoute({ ...route, prerender: true });
        }
        for (const member of members) addWatchFile(join(member.folder, SETTINGS_FILE));
        if (members.length > 0) {
          const languages = settings.languages.map(languageKey);
          for (const route of memberRoutes(fileURLToPath(new URL('pages/', config.srcDir)), languages)) injectRoute({ ...route, prerender: true });
        }
        if (!settings.site) {
          logger.warn(`No site URL (url in content/${SETTINGS_FILE}, or SITE_URL): canonical links, og:url, the sitemap, the feed and absolute links in the exports are left out.`);
        }
        updateConfig({
          vite: {
            ...(command === 'dev' ? { server: { watch: { ignored: devUnwatched(config, [contentRoot, ...members.map((member) => member.folder)]) } } } : {}),
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
