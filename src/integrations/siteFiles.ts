/**
 * vita:site-files, the Astro integration that writes the files whose paths the
 * content chooses (src/data/siteFiles.ts: files beside entries, redirect pages,
 * _redirects). After the build, last of all, it writes each one only where no
 * file is yet: an old address or a file beside an entry can never replace a
 * page, an export or a file of public/, nor share one file with it (the content
 * check refuses them first, with file, line and field). Files beside entries are
 * copied by the file system, never read into memory. In `npm run dev` it serves
 * them at the addresses the pages link, streamed, with their media type.
 */
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { constants, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteFile } from '../data/siteFiles.ts';
import { redirectFile } from '../lib/redirects.ts';
import { SITE_FILES_MANIFEST } from '../lib/routes.ts';
import { ATTACHMENT_TYPES, extensionOf } from '../pipeline/readTree.ts';

/** Writes every file into `outDir`, none over a file that is there; returns how many. Throws, naming the file, when one is taken. */
export async function writeSiteFiles(outDir: string, files: readonly SiteFile[]): Promise<number> {
  for (const file of files) {
    const target = join(outDir, file.path);
    try {
      await mkdir(dirname(target), { recursive: true });
      if ('copyOf' in file) await copyFile(file.copyOf, target, constants.COPYFILE_EXCL);
      else await writeFile(target, file.text, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'EISDIR' && code !== 'ENOTDIR') throw error;
      const what = 'copyOf' in file ? `the file beside an entry ${file.copyOf}` : 'a redirect page (an old address)';
      const failure = new Error(`/${file.path}: the build already wrote this file, and ${what} would replace it; nothing was replaced. npm run check:content names the entry.`);
      failure.stack = '';
      throw failure;
    }
  }
  return files.length;
}

/** What the dev server answers for a site path below the base: a file beside an entry, streamed, or a redirect page; false when neither. */
function serve(file: SiteFile | undefined, response: ServerResponse, headOnly: boolean): boolean {
  if (file === undefined) return false;
  const size = 'copyOf' in file ? statSync(file.copyOf).size : undefined;
  const type = 'copyOf' in file ? (ATTACHMENT_TYPES[extensionOf(file.path)] ?? 'application/octet-stream') : 'text/html; charset=utf-8';
  response.setHeader('Content-Type', type);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (!('copyOf' in file)) {
    response.end(headOnly ? undefined : file.text);
    return true;
  }
  response.setHeader('Content-Length', size!);
  if (headOnly) response.end();
  else
    createReadStream(file.copyOf)
      .on('error', () => response.destroy())
      .pipe(response);
  return true;
}

/** The integration, for astro.config.ts; list it last, after every integration that writes files. */
export function siteFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'vita:site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const module = fileURLToPath(new URL('../data/siteFiles.ts', import.meta.url));
        // The module runner the pages render with, so the files come from the same (fresh) content as the pages.
        const runner = (server.environments['ssr'] as { runner?: { import: (id: string) => Promise<unknown> } } | undefined)?.runner;
        if (!runner) return;
        server.middlewares.use((request, response, next) => {
          const { pathname } = new URL(request.url ?? '/', 'http://localhost');
          // Vite's own requests, and anything outside the site, go on to the next handler.
          if ((request.method !== 'GET' && request.method !== 'HEAD') || !pathname.startsWith(base) || /^\/(?:@|__|node_modules\/|src\/)/.test(pathname.slice(base.length - 1))) {
            next();
            return;
          }
          let path: string;
          try {
            path = redirectFile(decodeURIComponent(pathname.slice(base.length - 1)));
          } catch {
            next();
            return;
          }
          const answer = async () => {
            const { siteFiles: list } = (await runner.import(module)) as typeof import('../data/siteFiles.ts');
            return serve(
              (await list()).find((file) => file.path === path),
              response,
              request.method === 'HEAD',
            );
          };
          // Content with errors has no files to serve: its pages show the errors instead.
          answer().then(
            (served) => {
              if (!served) next();
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const manifest = join(fileURLToPath(dir), SITE_FILES_MANIFEST.slice(1));
        const files = JSON.parse(await readFile(manifest, 'utf8')) as SiteFile[];
        await rm(manifest);
        logger.info(`${await writeSiteFiles(fileURLToPath(dir), files)} files beside entries and redirect pages written`);
      },
    },
  };
}
