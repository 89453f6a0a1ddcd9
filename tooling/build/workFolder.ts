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
 * running (killed ones) are cleared when the next build starts.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
export const workFolders = (project: string): string => join(project, '.astro', 'builds');

/** Removes the working folders of builds that no longer run. */
function clearStale(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!isRunning(Number(name.split('-')[0]))) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

/** Working files for a build of the project at `project`. */
export function createWorkFolder(project: string): WorkFolder {
  const folder = workFolders(project);
  mkdirSync(folder, { recursive: true });
  clearStale(folder);
  const root = mkdtempSync(join(folder, `${process.pid}-`));
  return { root, site: join(root, 'site'), remove: () => rmSync(root, { recursive: true, force: true }) };
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
