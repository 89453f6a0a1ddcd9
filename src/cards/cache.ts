/**
 * Rendered cards kept across builds (see src/buildCache.ts): .cache/cards/<renderer
 * fingerprint>/<card key>.png. A new design or renderer version starts a new folder,
 * so no stale image is served. A cached PNG is used only when it is whole and its own
 * checksums hold (every PNG chunk carries a CRC-32): a damaged file is rendered again.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { buildCacheFolder, installedVersion, markUsed, writeAtomically, writeToCache } from '../buildCache.ts';

export interface CardCache {
  /** Where an intact PNG of the card key is kept, marking it as in use; undefined when there is none, or only a damaged one. */
  find(key: string): string | undefined;
  /** The intact cached PNG of a card key, or undefined when there is none. */
  read(key: string): Uint8Array<ArrayBuffer> | undefined;
  /** Stores a card's PNG under its key; returns where it is kept. */
  write(key: string, png: Uint8Array): string;
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

/** Whether `bytes` are a whole PNG: the signature, then chunks whose CRC-32 holds, the last one IEND, ending the file. */
export function isIntactPng(bytes: Uint8Array): boolean {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) return false;
  // Each chunk: length (4 bytes), type (4), data (length), CRC-32 of type and data (4).
  for (let offset = 8; offset + 12 <= png.length; ) {
    const end = offset + 12 + png.readUInt32BE(offset);
    if (end > png.length || crc32(png.subarray(offset + 4, end - 4)) !== png.readUInt32BE(end - 4)) return false;
    if (png.toString('latin1', offset + 4, offset + 8) === 'IEND') return end === png.length;
    offset = end;
  }
  return false;
}

/** The PNG in `file` when it is intact, marked as in use; undefined when it is missing, damaged or unreadable. */
function readIntact(file: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const png = readFileSync(file);
    if (!isIntactPng(png)) return undefined;
    markUsed(file);
    return png;
  } catch {
    // Missing, or removed by a concurrent prune: render it again.
    return undefined;
  }
}

/**
 * The cache in `folder`, created on first write. When `folder` cannot be written, the
 * cards of this process go to a temporary folder of its own (removed when it exits), so
 * the build publishes them all the same.
 */
export function openCardCache(folder: string): CardCache {
  let fallback: string | undefined;
  const places = (key: string) => [folder, ...(fallback ? [fallback] : [])].map((place) => join(place, `${key}.png`));
  const locate = (key: string) => {
    for (const file of places(key)) {
      const png = readIntact(file);
      if (png) return { file, png };
    }
    return undefined;
  };
  return {
    find: (key) => locate(key)?.file,
    read: (key) => locate(key)?.png,
    write(key, png) {
      const [file] = places(key) as [string];
      if (fallback === undefined && writeToCache(file, png)) return file;
      if (fallback === undefined) {
        const made = mkdtempSync(join(tmpdir(), 'vita-cards-'));
        process.once('exit', () => rmSync(made, { recursive: true, force: true }));
        fallback = made;
      }
      const kept = join(fallback, `${key}.png`);
      writeAtomically(kept, png);
      return kept;
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
