/**
 * vita:card-images, the Astro integration behind the preview images. When the
 * build starts, it starts the render pool, whose workers load while Vite
 * bundles the pages (when the cache is empty); the pages' bundle renders the
 * cards on it (see src/cards/images.ts). After the build, each card's PNG is copied from the
 * cache into dist/og/<card path>.png as the /og/cards.json manifest lists it
 * (the manifest, a build-only file, is removed).
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheFolder, isEmptyCache, rendererFingerprint } from './cache.ts';
import { createRenderPool, shareRenderPool, type RenderPool } from './pool.ts';

/** Where the build leaves the manifest, below the output folder. */
export const MANIFEST_PATH = 'og/cards.json';

/** What the build's pages tell the integration: which cached PNG becomes which /og/<card path>.png. */
export interface CardManifest {
  /** The renderer's folder below .cache/cards/. */
  readonly folder: string;
  /** Card path → card key. */
  readonly cards: Readonly<Record<string, string>>;
}

/** Copies every card of the manifest in `outDir` from the cache (.cache/cards/) into place; returns how many. */
export function publishCardImages(outDir: string, cacheRoot: string): number {
  const manifestFile = join(outDir, MANIFEST_PATH);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CardManifest;
  const cache = join(cacheRoot, manifest.folder);
  for (const [path, key] of Object.entries(manifest.cards)) {
    const target = join(outDir, 'og', `${path}.png`);
    mkdirSync(dirname(target), { recursive: true });
    // Never write through an old link into the cache.
    rmSync(target, { force: true });
    // A hard link costs no copy (250 MB at 5,000 cards); the cache never changes a file in place, it renames new ones over.
    // Where the output is on another file system, a copy.
    try {
      linkSync(join(cache, `${key}.png`), target);
    } catch {
      copyFileSync(join(cache, `${key}.png`), target);
    }
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
        publishCardImages(fileURLToPath(dir), cacheFolder(root));
        shareRenderPool(undefined);
        await pool?.close();
      },
    },
  };
}
