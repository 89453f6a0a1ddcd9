/**
 * Typeset CVs kept across builds (see src/buildCache.ts): .cache/pdf/<key>.pdf and <key>.json
 * (its page count and the PDF's SHA-256). The key hashes everything the bytes depend on: the
 * Typst entry source (which holds the whole CV document, its date included), the template,
 * src/pdf/compile.ts, the compiler's version (its text face ships inside it) and the versions of
 * the fallback font packages (src/pdf/fonts.ts). A build whose CV did not change neither loads
 * the compiler nor typesets. The PDF is written before its record, and read back only when its
 * checksum holds, so a reader finds both whole or misses: a file damaged on disk is typeset
 * again, never published.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheFolder, installedVersion, markUsed, writeToCache } from '../buildCache.ts';
import type { CompiledPdf } from './compile.ts';
import { fallbackVersions } from './fonts.ts';

/** The cache folder of a project. */
export const pdfCacheFolder = (root: string): string => buildCacheFolder(root, 'pdf');

const COMPILER_PACKAGE = '@myriaddreamin/typst-ts-node-compiler';
const COMPILER_SOURCE = 'src/pdf/compile.ts';

/**
 * The cache key of the PDF that `entrySource` (typstSource of the document), `template` and
 * `files` (the portrait) typeset, with the project at `root`.
 */
export function pdfCacheKey(root: string, entrySource: string, template: string, files: ReadonlyMap<string, Uint8Array> = new Map()): string {
  const hash = createHash('sha256');
  for (const part of [
    `${COMPILER_PACKAGE}@${installedVersion(root, COMPILER_PACKAGE)}`,
    readFileSync(join(root, COMPILER_SOURCE), 'utf8'),
    fallbackVersions(),
    template,
    entrySource,
  ])
    hash.update(`${part.length}:${part}`);
  for (const [path, bytes] of files) hash.update(`${path}:${bytes.length}:`).update(bytes);
  return hash.digest('hex').slice(0, 32);
}

/** What is kept beside a cached PDF. */
interface PdfRecord {
  readonly pages: number;
  /** SHA-256 of the PDF, hex. */
  readonly sha256: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The cached PDF of `key`, or undefined when there is none (or it is incomplete or damaged); marks it as in use. */
export function readCachedPdf(folder: string, key: string): CompiledPdf | undefined {
  try {
    const record = JSON.parse(readFileSync(join(folder, `${key}.json`), 'utf8')) as Partial<PdfRecord>;
    const bytes = new Uint8Array(readFileSync(join(folder, `${key}.pdf`)));
    if (typeof record.pages !== 'number' || record.sha256 !== sha256(bytes)) return undefined;
    for (const extension of ['pdf', 'json']) markUsed(join(folder, `${key}.${extension}`));
    return { bytes, pages: record.pages };
  } catch {
    // Missing, half pruned or unreadable: typeset it again.
    return undefined;
  }
}

/** Stores a typeset PDF under `key`, when the cache can be written (see writeToCache). */
export function writeCachedPdf(folder: string, key: string, pdf: CompiledPdf): void {
  const record: PdfRecord = { pages: pdf.pages, sha256: sha256(pdf.bytes) };
  if (writeToCache(join(folder, `${key}.pdf`), pdf.bytes)) writeToCache(join(folder, `${key}.json`), JSON.stringify(record));
}
