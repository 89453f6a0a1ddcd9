/**
 * vita:card-images, the Astro integration that publishes the preview images:
 * after the build, each card's PNG is copied from the cache into
 * dist/og/<card path>.png as the /og/cards.json manifest lists it (the
 * manifest, a build-only file, is removed).
 */
import { constants, copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheFolder } from './cache.ts';

/** Where the build leaves the manifest, below the output folder. */
export const MANIFEST_PATH = 'og/cards.json';

/** Copies every card of the manifest in `outDir` from the cache folder into place; returns how many. */
export function publishCardImages(outDir: string, cache: string): number {
  const manifestFile = join(outDir, MANIFEST_PATH);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
  for (const [path, key] of Object.entries(manifest)) {
    const target = join(outDir, 'og', `${path}.png`);
    mkdirSync(dirname(target), { recursive: true });
    // A copy-on-write clone where the file system has them (Btrfs, XFS, APFS), else a copy.
    copyFileSync(join(cache, `${key}.png`), target, constants.COPYFILE_FICLONE);
  }
  rmSync(manifestFile);
  return Object.keys(manifest).length;
}

/** The integration, for astro.config.ts; `root` is the project folder holding .cache/cards/. */
export function cardImages(root = process.cwd()): AstroIntegration {
  return {
    name: 'vita:card-images',
    hooks: {
      'astro:build:done': ({ dir }) => {
        publishCardImages(fileURLToPath(dir), cacheFolder(root));
      },
    },
  };
}
