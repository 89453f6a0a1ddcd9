/**
 * Astro's working files for one build, apart from every other build of the project, so that
 * builds into different output folders can run at once (G10):
 *
 * - its root (VITA_WORK_DIR, see astro.config.ts): `.astro/`, the content store and Astro's
 *   image cache, which builds side by side would otherwise write over each other;
 * - the folder Astro builds the site into, `site/`. Astro writes its server bundle into
 *   `<outDir>/.prerender/` only when outDir is inside the folder the build runs in (any other
 *   outDir gets `.astro/.prerender/` of the project, which all builds share and which the first
 *   to finish deletes under the others), and the bundle must be inside the project to find its
 *   packages in node_modules/. The finished site then moves to the build's scratch folder
 *   (moveSite), after removeServerBundle has deleted the bundle.
 *
 * They live in `.astro/builds/<pid>-<random>/` of the project; those of builds no longer
 * running (killed ones) are cleared when the next build starts. The images Astro optimizes
 * (a portrait in AVIF and WebP, figures in pages) are kept across builds in `.cache/images/`:
 * copied into the work folder's image cache before the build and moved back after it, so a
 * build re-encodes only images it has not seen (a copy, not a link: Astro rewrites its cache
 * files in place, which another build may be reading).
 */
import { constants, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheFolder, markUsed, WORK_FOLDERS, writeToCache } from '../../src/buildCache.ts';
import { isRunning } from './buildLock.ts';

export interface WorkFolder {
  /** Astro's root for this build. */
  readonly root: string;
  /** Where Astro builds the site. */
  readonly site: string;
  /** Removes the working files. */
  remove(): void;
}

/** The folder holding every build's working files in the project at `project`. */
export const workFolders = (project: string): string => join(project, WORK_FOLDERS);

/** Removes the working folders of builds that no longer run. */
function clearStale(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!isRunning(Number(name.split('-')[0]))) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

/** Where builds keep the images Astro optimized, in the project at `project`. */
export const imageCache = (project: string): string => buildCacheFolder(project, 'images');

/** Working files for a build of the project at `project`; `remove` moves the images Astro optimized into the project's image cache first. */
export function createWorkFolder(project: string): WorkFolder {
  const folder = workFolders(project);
  mkdirSync(folder, { recursive: true });
  clearStale(folder);
  const root = mkdtempSync(join(folder, `${process.pid}-`));
  // Astro's own image cache is the `assets/` folder of its cacheDir (astro.config.ts: <root>/cache).
  const images = join(root, 'cache', 'assets');
  copyFiles(imageCache(project), images);
  return {
    root,
    site: join(root, 'site'),
    remove: () => {
      keepFiles(images, imageCache(project));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Copies the files of `from` (if any) into `to`, marking each as used. */
function copyFiles(from: string, to: string): void {
  const names = existsSync(from) ? readdirSync(from).filter((name) => !name.endsWith('.tmp')) : [];
  if (names.length === 0) return;
  mkdirSync(to, { recursive: true });
  for (const name of names) {
    try {
      copyFileSync(join(from, name), join(to, name), constants.COPYFILE_FICLONE);
      markUsed(join(from, name));
    } catch {
      // Gone since it was listed (pruned by another build): Astro makes it again.
    }
  }
}

/** Moves the files of `from` (if any) into `to`, each renamed into place whole; a cache that cannot be written only costs time. */
function keepFiles(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const name of readdirSync(from, { withFileTypes: true }).flatMap((item) => (item.isFile() ? [item.name] : []))) {
    try {
      mkdirSync(to, { recursive: true });
      renameSync(join(from, name), join(to, name));
    } catch {
      writeToCache(join(to, name), readFileSync(join(from, name)));
    }
  }
}

/** Moves the built site into the (empty) scratch folder: a rename, or a copy where the scratch folder is on another file system. */
export function moveSite(site: string, scratch: string): void {
  rmdirSync(scratch);
  try {
    renameSync(site, scratch);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(site, scratch, { recursive: true });
  }
}
