/**
 * One build at a time per output folder: a lock file beside it (`dist.lock`; where it is for a
 * link or a mount point: lockFile in outputFolder.ts), created exclusively, holds the builder's pid. A second build waits for the first to finish (or gives up after a while with
 * a message naming the holder). A lock whose process is gone, left by a build that was killed,
 * is stale and taken over.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BuildRefusal, fsReason, shownPath } from './refusal.ts';

export interface LockHolder {
  readonly pid: number;
  /** When the holder took the lock, ISO 8601 in UTC. */
  readonly since: string;
}

export type LockEvent = { kind: 'waiting'; holder: LockHolder } | { kind: 'stale'; holder: LockHolder };

export interface LockOptions {
  /** How long to wait for another build before giving up; 0 gives up at once. */
  readonly waitMs: number;
  /** Told once when this build starts waiting, and for every stale lock taken over. */
  readonly onEvent: (event: LockEvent) => void;
  readonly pollMs?: number;
}

export interface BuildLock {
  readonly path: string;
  /** Removes the lock if it is still this process's; safe to call more than once. */
  release(): void;
}

/** A lock file that cannot be parsed is one being written right now, or the remains of a crash if it stays so. */
const UNREADABLE_GRACE_MS = 5_000;

function readHolder(path: string): LockHolder | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    return Number.isInteger(holder.pid) && typeof holder.since === 'string' ? { pid: holder.pid!, since: holder.since } : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Whether process `pid` runs. Our own pid counts as not running: found in a lock (or a folder) we did not make, it is left by an earlier process with this pid. */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sameHolder = (a: LockHolder | 'gone' | 'unreadable', b: LockHolder | 'unreadable') =>
  a === b || (typeof a === 'object' && typeof b === 'object' && a.pid === b.pid && a.since === b.since);

/**
 * Removes a stale lock, unless another build replaced it in the meantime: the lock is first
 * renamed (atomic, so only one contender gets it), then checked to be the stale one.
 */
function removeStale(path: string, stale: LockHolder | 'unreadable'): void {
  const moved = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // another contender removed it
    throw error;
  }
  if (sameHolder(readHolder(moved), stale)) rmSync(moved, { force: true });
  else renameSync(moved, path); // a live build's lock: put it back
}

function describe(holder: LockHolder): string {
  return `process ${holder.pid}, since ${holder.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`;
}

export async function acquireBuildLock(path: string, options: LockOptions): Promise<BuildLock> {
  const mine: LockHolder = { pid: process.pid, since: new Date().toISOString() };
  const giveUpAt = Date.now() + options.waitMs;
  let waiting = false;
  for (;;) {
    try {
      writeFileSync(path, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      return {
        path,
        release: () => {
          if (sameHolder(readHolder(path), mine)) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new BuildRefusal(`${shownPath(path)}: cannot create the build lock: ${fsReason(error, shownPath(dirname(path)))}`);
      }
    }
    const holder = readHolder(path);
    if (holder === 'gone') continue;
    if (holder === 'unreadable') {
      const written = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - written > UNREADABLE_GRACE_MS) removeStale(path, holder);
    } else if (!isRunning(holder.pid)) {
      options.onEvent({ kind: 'stale', holder });
      removeStale(path, holder);
      continue;
    } else if (Date.now() >= giveUpAt) {
      throw new BuildRefusal(`${shownPath(path)}: another build is still running (${describe(holder)}); ` + `if it is not, delete ${shownPath(path)} and build again`);
    } else if (!waiting) {
      waiting = true;
      options.onEvent({ kind: 'waiting', holder });
    }
    await sleep(options.pollMs ?? 200);
  }
}

export function describeLockEvent(event: LockEvent, outDir: string): string {
  return event.kind === 'waiting'
    ? `Another build is writing ${shownPath(outDir)} (${describe(event.holder)}); waiting for it to finish…`
    : `Taking over the lock of a build that is no longer running (${describe(event.holder)}).`;
}
