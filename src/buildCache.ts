/**
 * Files kept across builds in .cache/ (preview cards, the PDF CV), a folder the deploy
 * workflow restores with actions/cache. Safe when builds run side by side: a file is
 * written under a name of its own and renamed into place, so a reader finds it whole or
 * not at all; reading marks it as used, and files no build used for a while are pruned.
 * The cache only saves time: one that cannot be written (a volume not mounted, a link to
 * nothing, a read-only or full disk) is a warning, and the build goes on without it.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where a project keeps its cache, and where each build of it works (tooling/build/workFolder.ts), relative to the project. */
export const CACHE_FOLDER = '.cache';
export const WORK_FOLDERS = join('.astro', 'builds');

/** The cache folder `name` of the project at `root`. */
export const buildCacheFolder = (root: string, name: string): string => join(root, CACHE_FOLDER, name);

/** The version of an npm package installed under `root`: part of a cache key, so an upgrade never serves a stale file. */
export function installedVersion(root: string, name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Files no build has used for this long are pruned. */
export const CACHE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

let written = 0;

/** Writes `data` to `path` through a temporary file of this process and thread, creating the folder; throws when it cannot. */
export function writeAtomically(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${threadId}-${written++}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Cache folders this process could not write to, so each is told once. */
const unwritable = new Set<string>();

/**
 * Stores `data` at `path` in a cache folder; whether it could. When it cannot, it says so
 * once per folder (as a warning: the build goes on and renders what it needs again).
 */
export function writeToCache(path: string, data: string | Uint8Array): boolean {
  try {
    writeAtomically(path, data);
    return true;
  } catch (error) {
    const folder = dirname(path);
    if (!unwritable.has(folder)) {
      unwritable.add(folder);
      const shown = relative(process.cwd(), folder);
      console.warn(
        `warning: the build cache ${shown.startsWith('..') ? folder : shown} cannot be written (${(error as Error).message}); building without it, which only takes longer`,
      );
    }
    return false;
  }
}

/** Marks a cached file as used now, so pruning keeps it; in a cache that cannot be written, it stays unmarked. */
export function markUsed(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {
    // Read-only or gone: the file was read all the same.
  }
}

/**
 * Removes, from `folder` and the folders in it, files not used since `unusedSince` (a time
 * in ms) and temporary files left by interrupted builds, then the folders left empty;
 * returns how many files it removed. A symbolic link inside the cache is none of its
 * making: it is neither followed nor removed.
 */
export function pruneUnused(folder: string, unusedSince: number): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    const path = join(folder, name);
    try {
      const stats = lstatSync(path);
      if (stats.isSymbolicLink()) continue;
      if (stats.isDirectory()) {
        removed += pruneUnused(path, unusedSince);
        // Succeeds only once the folder is empty.
        rmdirSync(path);
      } else if (stats.mtimeMs < unusedSince) {
        rmSync(path, { force: true });
        removed++;
      }
    } catch {
      // Not empty, or already gone (another build pruned it).
    }
  }
  return removed;
}
