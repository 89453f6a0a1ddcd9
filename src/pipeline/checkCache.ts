/**
 * Checked content files kept across builds in .cache/content/ (see src/buildCache.ts). What
 * checkFile says of a file depends only on its path, its bytes and vita's own code, so a build
 * takes the result of a file unchanged since an earlier build by the same code from here
 * instead of parsing and checking it again (at 5,000 publications, most of the content layer's
 * time). The key is a fingerprint of the code: every file under src/, the installed packages
 * (package-lock.json) and the Node version; any change starts a new cache file. An entry's
 * front matter is kept as its text and parsed again only when a problem found across files
 * asks for a line of it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { buildCacheFolder, CACHE_LIFETIME_MS, markUsed, pruneUnused, writeToCache } from '../buildCache.ts';
import type { FileResult, ValidEntry } from './checkFile.ts';
import { reparsedYaml } from './yaml.ts';

/** A checked file as stored: the entry's front matter as text. */
type Stored = { readonly digest: string; readonly problems: FileResult['problems']; readonly entry?: Omit<ValidEntry, 'yaml'> & { yaml: { source: string; lineOffset: number } } };

export interface CheckCache {
  /** The stored result of the file at `path` whose contents have `digest`. */
  get(path: string, digest: string): FileResult | undefined;
  /** Keeps a result for `save`. */
  set(path: string, digest: string, result: FileResult): void;
  /** Writes what this build checked or used, when anything was new; files not used for a while are pruned. */
  save(): void;
}

/** A fingerprint of the code that checks content: the source files, the installed packages, Node. */
function codeFingerprint(project: string): string {
  const hash = createHash('sha256').update(process.version);
  const src = join(project, 'src');
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(src, file);
    try {
      hash.update(`\u0000${relative(project, path)}\u0000`).update(readFileSync(path));
    } catch {
      // A folder.
    }
  }
  return hash
    .update(readFileSync(join(project, 'package-lock.json')))
    .digest('hex')
    .slice(0, 32);
}

const toStored = (digest: string, { problems, entry }: FileResult): Stored => ({
  digest,
  problems,
  ...(entry ? { entry: { ...entry, yaml: { source: entry.yaml.source, lineOffset: entry.yaml.lineOffset } } } : {}),
});

const fromStored = ({ problems, entry }: Stored): FileResult => ({
  problems,
  ...(entry ? { entry: { ...entry, yaml: reparsedYaml(entry.yaml.source, entry.yaml.lineOffset) } } : {}),
});

/** The cache of the project at `project`; an unreadable or missing one is an empty one. */
export function openCheckCache(project: string): CheckCache {
  const folder = buildCacheFolder(project, 'content');
  const path = join(folder, `${codeFingerprint(project)}.bin`);
  let known = new Map<string, Stored>();
  try {
    known = deserialize(readFileSync(path)) as Map<string, Stored>;
    markUsed(path);
  } catch {
    // None yet, or written by something else: check everything.
  }
  const used = new Map<string, Stored>();
  let changed = false;
  return {
    get(file, digest) {
      const stored = known.get(file);
      if (stored?.digest !== digest) return undefined;
      used.set(file, stored);
      return fromStored(stored);
    },
    set(file, digest, result) {
      try {
        // Only what survives the round trip is stored.
        used.set(file, deserialize(serialize(toStored(digest, result))) as Stored);
        changed = true;
      } catch {
        // A value v8 cannot serialise: this file is checked again next time.
      }
    },
    save() {
      if (!changed && used.size === known.size) return;
      // Only this build's files are kept: the cache does not grow with every renamed file.
      if (writeToCache(path, serialize(used))) pruneUnused(folder, Date.now() - CACHE_LIFETIME_MS);
      known = used;
      changed = false;
    },
  };
}
