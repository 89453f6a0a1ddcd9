/**
 * Rendered cards kept across builds (see src/buildCache.ts): .cache/cards/<renderer
 * fingerprint>/<card key>.png. A new design or renderer version starts a new folder,
 * so no stale image is served.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheFolder, installedVersion, markUsed, writeAtomically } from '../buildCache.ts';

export interface CardCache {
  /** Where the PNG of a card key is (or would be) kept. */
  file(key: string): string;
  /** Whether the card key has a PNG in the cache; marks it as in use, so pruning keeps it. */
  has(key: string): boolean;
  /** The cached PNG of a card key, or undefined when there is none (or it is unreadable). */
  read(key: string): Uint8Array<ArrayBuffer> | undefined;
  /** Stores a card's PNG under its key. */
  write(key: string, png: Uint8Array): void;
}

/** The cache folder of a project, one subfolder per renderer fingerprint. */
export const cacheFolder = (root: string): string => buildCacheFolder(root, 'cards');

/** Whether a folder holds no card (or does not exist). */
export function isEmptyCache(folder: string): boolean {
  try {
    return !readdirSync(folder).some((name) => name.endsWith('.png'));
  } catch {
    return true;
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The cache in `folder`, created on first write. */
export function openCardCache(folder: string): CardCache {
  const file = (key: string) => join(folder, `${key}.png`);
  return {
    file,
    has(key) {
      try {
        markUsed(file(key));
        return true;
      } catch {
        return false;
      }
    },
    read(key) {
      try {
        const png = readFileSync(file(key));
        if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
        markUsed(file(key));
        return png;
      } catch {
        // Missing, or removed by a concurrent prune: render it again.
        return undefined;
      }
    },
    write(key, png) {
      writeAtomically(file(key), png);
    },
  };
}

/** Packages whose versions change the drawing: the shaper, the rasteriser and the fonts. */
const RENDERER_PACKAGES = ['harfbuzzjs', '@resvg/resvg-js', '@fontsource/source-serif-4', '@fontsource/source-sans-3'] as const;

/** The source of the card's design and drawing, relative to the project. */
const RENDERER_SOURCES = ['src/cards/render.ts', 'src/cards/layout.ts', 'src/cards/fonts.ts', 'src/cards/raster.ts'] as const;

/**
 * A fingerprint of everything that draws a card besides the card itself: the
 * source of the layout and the versions of the renderer and font packages
 * installed under `root`. Names the cache folder, so an edited design or an
 * upgrade never serves a stale image and needs no version number bumped.
 */
export function rendererFingerprint(root: string, sources: readonly string[] = RENDERER_SOURCES): string {
  const hash = createHash('sha256');
  for (const source of sources) hash.update(readFileSync(join(root, source)));
  for (const name of RENDERER_PACKAGES) hash.update(`${name}@${installedVersion(root, name)}\n`);
  return hash.digest('hex').slice(0, 16);
}
