/**
 * Writes an import's files all or nothing: every file is planned first, then
 * written; when one cannot be written (a name too long, a full disk, a file
 * that appeared meanwhile), the files this run already wrote are removed and
 * the ones it changed get their old text back, and the error says so.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One file an import writes: a new file, or a changed one with the text it had. */
export interface FileWrite {
  readonly path: string;
  readonly text: string;
  /** The file's text before this run; undefined for a new file, which must not exist yet. */
  readonly previous?: string | undefined;
}

/** Why a write failed, with what was undone; its message is for the person running the import. */
export class WriteFailure extends Error {
  override readonly name = 'WriteFailure';
}

function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EEXIST') return 'a file of that name appeared while importing';
  if (code === 'ENAMETOOLONG') return 'the file name is too long for this file system';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  return code ?? message;
}

/** Writes every file, or none: on the first failure, undoes the earlier writes and throws a WriteFailure. */
export function writeAll(writes: readonly FileWrite[], shown: (path: string) => string = (path) => path): void {
  const done: FileWrite[] = [];
  const createdFolders: string[] = [];
  for (const write of writes) {
    try {
      const created = mkdirSync(dirname(write.path), { recursive: true });
      if (created !== undefined) createdFolders.push(created);
      // 'wx' refuses to replace a file that appeared since the folder was read.
      writeFileSync(write.path, write.text, { flag: write.previous === undefined ? 'wx' : 'w' });
      done.push(write);
    } catch (error) {
      const undone = done.reverse().flatMap((earlier) => {
        try {
          if (earlier.previous === undefined) rmSync(earlier.path);
          else writeFileSync(earlier.path, earlier.previous);
          return [];
        } catch {
          return [shown(earlier.path)];
        }
      });
      for (const folder of createdFolders.reverse()) rmSync(folder, { recursive: true, force: true });
      const undo =
        done.length === 0
          ? 'nothing was written'
          : undone.length === 0
            ? `the ${done.length} ${done.length === 1 ? 'file' : 'files'} written before it ${done.length === 1 ? 'was' : 'were'} removed or restored; nothing changed`
            : `could not undo ${undone.join(', ')}; check ${undone.length === 1 ? 'it' : 'them'} by hand`;
      throw new WriteFailure(`${shown(write.path)}: cannot write (${reason(error)}); ${undo}`);
    }
  }
}
