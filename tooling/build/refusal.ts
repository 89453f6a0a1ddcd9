/** A build that must not go ahead, and why, in one line for the person who started it. */
import { relative } from 'node:path';

export class BuildRefusal extends Error {
  override readonly name = 'BuildRefusal';
}

/** A path as the person sees it: relative to the working folder when inside it, else absolute. */
export function shownPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere === '' ? '.' : fromHere.startsWith('..') ? path : fromHere;
}

const REASONS: Readonly<Record<string, string>> = {
  EROFS: 'is on a read-only file system',
  EACCES: 'may not be written (permission denied)',
  EPERM: 'may not be written (operation not permitted)',
  ENOSPC: 'is on a full disk',
  EDQUOT: 'is over its disk quota',
  ENOTDIR: 'has a file where a folder should be in its path',
  ENOENT: 'does not exist',
  EBUSY: 'is in use (a mount point?)',
  EXDEV: 'is on another file system',
};

/** Why a file-system call failed, said of `subject`: "dist is on a read-only file system (EROFS)". */
export function fsReason(error: unknown, subject = 'it'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code && REASONS[code]) return `${subject} ${REASONS[code]} (${code})`;
  return code ?? String((error as Error).message ?? error);
}
