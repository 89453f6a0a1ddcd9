/**
 * vita:card-images, the Astro integration behind the preview images. When the
 * build starts, it starts the render pool, whose workers load while Vite
 * bundles the pages (when the cache is empty); the pages' bundle renders the
 * cards on it (see src/cards/images.ts). After the build, each card's PNG is copied from the
 * cache into dist/og/<card path>.png as the /og/cards.json manifest lists it
 * (the manifest, a build-only file, is removed).
 */
import { constants, copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheFolder, isEmptyCache, rendererFingerprint } from './cache.ts';
import { createRenderPool, shareRenderPool, type RenderPool } from './pool.ts';

/** Where the build leaves the manifest, below the output folder. */
export const MANIFEST_PATH = 'og/cards.json';

/** What the build's pages tell the integration: which PNG (in the cache, as a rule) becomes which /og/<card path>.png. */
export interface CardManifest {
  /** Card path → the file holding its PNG. */
  readonly cards: Readonly<Record<string, string>>;
}

/**
 * Copies every card of the manifest in `outDir` into place; returns how many. Copies, not
 * links: a published image and the cache never share a file, so neither a damaged cache
 * nor an image optimiser working on the output changes the other (a file system that can
 * clone, such as Btrfs or XFS, makes the copy without duplicating the data).
 */
export function publishCardImages(outDir: string): number {
  const manifestFile = join(outDir, MANIFEST_PATH);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CardManifest;
  for (const [path, file] of Object.entries(manifest.cards)) {
    const target = join(outDir, 'og', `${path}.png`);
    mkdirSync(dirname(target), { recursive: true });
    // Never write through a link left in the output.
    rmSync(target, { force: true });
    copyFileSync(file, target, constants.COPYFILE_FICLONE);
  }
  rmSync(manifestFile);
  return Object.keys(manifest.cards).length;
}

/** The integration, for astro.config.ts. */
export function cardImages(): AstroIntegration {
  let root = process.cwd();
  let pool: RenderPool | undefined;
  return {
    name: 'vita:card-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The project (where src/ and node_modules/ are), which is not Astro's root when builds keep their working files apart.
        root = fileURLToPath(new URL('..', config.srcDir));
      },
      'astro:build:start': () => {
        pool = createRenderPool(join(root, 'src', 'cards', 'worker.ts'));
        // With no card of this design cached, every card renders: start a worker now. Otherwise few
        // (if any) cards are new, and workers start only when one is.
        if (isEmptyCache(join(cacheFolder(root), rendererFingerprint(root)))) pool.warmUp();
        shareRenderPool(pool);
      },
      'astro:build:done': async ({ dir }) => {
        publishCardImages(fileURLToPath(dir));
        shareRenderPool(undefined);
        await pool?.close();
      },
    },
  };
}
