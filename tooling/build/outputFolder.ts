/**
 * Where a build goes and how it replaces the previous output, decided before building:
 *
 * - The output folder (dist/) is a plain folder, or absent: the site is built into a scratch
 *   folder next to it (`dist.building-<6 random hex digits>`, one per build) and swapped in by two renames,
 *   so dist/ is always the old or the new complete site.
 * - dist/ is a symbolic link: the link stays; the folder it points to is replaced the same way,
 *   from a scratch folder next to that folder.
 * - dist/ (or the folder its link points to) is a mount point, or sits in a folder that may not
 *   be written: a mount point cannot be renamed, so the finished build is copied into it. Each
 *   file is replaced atomically, the whole site is not; files the new build lacks are removed.
 * - Refused before building, in one line: a file where the folder should be, a link to nothing,
 *   a location that is read-only or may not be written.
 *
 * The previous output, once swapped out, is renamed `<scratchBase>.removing-<random>` and deleted by
 * a process of its own that outlives the build: nobody waits for thousands of files to go
 * (a minute on a busy disk). What such a process could not finish, the next build removes.
 */
import { accessSync, constants, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, sep } from 'node:path';
import { BuildRefusal, fsReason, shownPath } from './refusal.ts';

export interface OutputPlan {
  /** The output folder as given (dist). */
  readonly outDir: string;
  /** The real folder that receives the site: outDir, or the folder its link points to. */
  readonly target: string;
  /** `rename`: swapped in whole; `copy`: copied into, file by file. */
  readonly mode: 'rename' | 'copy';
  /** Scratch folders are named `<scratchBase>.building-<random>`, previous outputs `<scratchBase>.previous-<random>`, then `<scratchBase>.removing-<random>`. */
  readonly scratchBase: string;
  /** Why the site is copied in rather than swapped, for the person building. */
  readonly note?: string;
}

function writeError(path: string): unknown {
  try {
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * mkdir -p, one folder at a time. Node's own recursive mkdir spins forever where an existing
 * folder answers ENOENT for a new child (anywhere under /proc).
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let path = folder; !existsSync(path); path = dirname(path)) missing.unshift(path);
  for (const path of missing) mkdirSync(path);
}

function isMountPoint(folder: string): boolean {
  const self = statSync(folder);
  const parent = statSync(join(folder, '..'));
  return self.dev !== parent.dev || self.ino === parent.ino;
}

/** Decides how the build will replace `outDir`; throws a BuildRefusal when it cannot. */
export function planOutput(outDir: string): OutputPlan {
  const shown = shownPath(outDir);
  const parent = dirname(outDir);
  try {
    makeFolders(parent);
  } catch (error) {
    const failed = (error as NodeJS.ErrnoException).path ?? parent;
    const cause = writeError(dirname(failed));
    const reason = cause
      ? fsReason(cause, shownPath(dirname(failed)))
      : (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `${shownPath(dirname(failed))} does not accept new folders (ENOENT)`
        : fsReason(error);
    throw new BuildRefusal(`${shown}: cannot create ${shownPath(failed)}: ${reason}`);
  }
  if (!statSync(parent).isDirectory()) throw new BuildRefusal(`${shown}: ${shownPath(parent)} is a file; expected a folder`);
  const entry = lstatSync(outDir, { throwIfNoEntry: false });
  let target = outDir;
  if (entry?.isSymbolicLink()) {
    try {
      target = realpathSync(outDir);
    } catch {
      throw new BuildRefusal(`${shown}: is a symbolic link to ${readlinkSync(outDir)}, which does not exist; create that folder or remove the link`);
    }
    if (!statSync(target).isDirectory()) throw new BuildRefusal(`${shown}: is a symbolic link to the file ${shownPath(target)}; expected a link to a folder`);
  } else if (entry && !entry.isDirectory()) {
    throw new BuildRefusal(`${shown}: is a file; expected a folder to build the site into, or nothing`);
  }

  const besideTarget = writeError(dirname(target));
  const mountPoint = entry !== undefined && isMountPoint(target);
  if (!mountPoint && besideTarget === undefined) return { outDir, target, mode: 'rename', scratchBase: target };
  if (entry === undefined) throw new BuildRefusal(`${shown}: cannot build here: ${fsReason(besideTarget, shownPath(dirname(target)))}`);

  const intoTarget = writeError(target);
  if (intoTarget !== undefined) throw new BuildRefusal(`${shown}: cannot build into it: ${fsReason(intoTarget, shownPath(target))}`);
  const besideOutDir = writeError(dirname(outDir));
  if (besideOutDir !== undefined) throw new BuildRefusal(`${shown}: cannot build next to it: ${fsReason(besideOutDir, shownPath(dirname(outDir)))}`);
  const why = mountPoint ? 'is a mount point' : `is in a folder that cannot be written (${fsReason(besideTarget, shownPath(dirname(target)))})`;
  return {
    outDir,
    target,
    mode: 'copy',
    scratchBase: outDir,
    note: `${shownPath(target)} ${why}: the new site was copied into it file by file rather than swapped in at once.`,
  };
}

/**
 * The lock of builds of `plan`: beside the real folder that receives the site (beside the
 * output folder where the site is copied in), every link in its path resolved, so a build
 * through a link and a build of the folder itself wait for each other.
 */
export function lockFile(plan: OutputPlan): string {
  return `${join(realpathSync(dirname(plan.scratchBase)), basename(plan.scratchBase))}.lock`;
}

const LEFTOVER = /\.(building|previous|removing)(-[0-9a-f]{6})?$/;

/** What the background process runs: remove the folder given, quietly; another one racing it on the same folder is no error. */
const REMOVE = "try { require('node:fs').rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 }); } catch {}";

/**
 * Deletes `path` (a leftover beside the output) in a detached process the build does not wait for.
 * It is renamed `<scratchBase>.removing-<random>` first, so a later build never mistakes a half-deleted
 * previous output for one to put back.
 */
function removeInBackground(plan: OutputPlan, path: string): void {
  let removing = path;
  if (LEFTOVER.exec(path)?.[1] !== 'removing') {
    removing = `${plan.scratchBase}.removing-${randomBytes(3).toString('hex')}`;
    try {
      renameSync(path, removing);
    } catch {
      // Gone already, or cannot be moved: removed here and now.
      rmSync(path, { recursive: true, force: true });
      return;
    }
  }
  const remover = spawn(process.execPath, ['-e', REMOVE, removing], { detached: true, stdio: 'ignore' });
  // A remover that cannot start leaves the folder to the next build.
  remover.on('error', () => undefined);
  remover.unref();
}

/**
 * Clears what builds that were killed left next to the output (call it holding the lock, when
 * no other build of this folder runs), in the background, with previous outputs whose removal
 * has not finished. A build killed between its two renames leaves the previous site only as
 * `.previous-…`; that is put back first. Returns what was done, to tell.
 */
export function recoverInterrupted(plan: OutputPlan): string[] {
  const folder = dirname(plan.scratchBase);
  const base = basename(plan.scratchBase);
  const leftovers = readdirSync(folder)
    .filter((name) => LEFTOVER.test(name) && name.replace(LEFTOVER, '') === base)
    .map((name) => join(folder, name));
  const told: string[] = [];
  if (plan.mode === 'rename' && !existsSync(plan.target)) {
    const previous = leftovers.filter((path) => LEFTOVER.exec(path)![1] === 'previous').sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    if (previous) {
      renameSync(previous, plan.target);
      told.push(`Put back ${shownPath(plan.target)} from ${shownPath(previous)}, left by a build interrupted while swapping.`);
    }
  }
  for (const path of leftovers) {
    if (existsSync(path)) removeInBackground(plan, path);
  }
  return told;
}

/**
 * A fresh scratch folder for this build alone. Not mkdtemp: its folders are private (0700), and
 * this one becomes the published site, which a web server running as another user must read.
 */
export function createScratch(plan: OutputPlan): string {
  for (;;) {
    const scratch = `${plan.scratchBase}.building-${randomBytes(3).toString('hex')}`;
    try {
      mkdirSync(scratch);
      return scratch;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new BuildRefusal(`${shownPath(plan.outDir)}: cannot create a scratch folder for the build: ${fsReason(error, shownPath(dirname(plan.scratchBase)))}`);
    }
  }
}

/**
 * Astro writes its server bundle to `.prerender/` in the output folder and deletes it when the
 * build succeeds. That bundle holds every field of every entry, `hidden` ones included, so it is
 * removed here whatever Astro did, and any other server module refuses the swap.
 */
export function removeServerBundle(scratch: string, outDir: string): void {
  rmSync(join(scratch, '.prerender'), { recursive: true, force: true });
  const modules = readdirSync(scratch, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && /\.[mc]js$/.test(item.name))
    .map((item) => relative(scratch, join(item.parentPath, item.name)).split(sep).join('/'))
    .sort();
  if (modules.length > 0) {
    const listed = modules.slice(0, 3).join(', ') + (modules.length > 3 ? `, and ${modules.length - 3} more` : '');
    throw new BuildRefusal(
      `${shownPath(outDir)} was left as it was: the build output holds server modules (${listed}), which can carry unpublished data; if they come from public/, remove them there`,
    );
  }
}

/**
 * Makes `to` hold exactly what `from` holds. New and changed files are written beside their
 * place and renamed over it, so no reader sees half a file; then what `from` lacks is removed.
 * Links inside `to` are replaced, never followed.
 */
export function replaceContents(from: string, to: string): void {
  const incoming = readdirSync(from, { withFileTypes: true });
  for (const item of incoming) {
    const source = join(from, item.name);
    const destination = join(to, item.name);
    const existing = lstatSync(destination, { throwIfNoEntry: false });
    if (existing && existing.isDirectory() !== item.isDirectory()) rmSync(destination, { recursive: true, force: true });
    if (item.isDirectory()) {
      if (!existing?.isDirectory()) mkdirSync(destination);
      replaceContents(source, destination);
    } else {
      const partial = join(to, `.${item.name}.partial`);
      copyFileSync(source, partial);
      renameSync(partial, destination);
    }
  }
  const kept = new Set(incoming.map((item) => item.name));
  for (const name of readdirSync(to)) {
    if (!kept.has(name)) rmSync(join(to, name), { recursive: true, force: true });
  }
}

const CANNOT_RENAME = new Set(['EBUSY', 'EXDEV']);

/** Puts the finished build in place of the previous output; the scratch folder is used up. */
export function swapIn(plan: OutputPlan, scratch: string): void {
  const shown = shownPath(plan.outDir);
  if (plan.mode === 'copy') {
    try {
      replaceContents(scratch, plan.target);
    } catch (error) {
      throw new BuildRefusal(`${shown}: copying the new site in failed half-way (${fsReason(error, shown)}); build again to complete it`);
    }
    return;
  }
  const previous = scratch.replace(/\.building-(\w+)$/, '.previous-$1');
  const hadOutput = existsSync(plan.target);
  if (hadOutput) {
    try {
      renameSync(plan.target, previous);
    } catch (error) {
      // A bind mount can look like a plain folder; it cannot be renamed, but it can be copied into.
      if (!CANNOT_RENAME.has((error as NodeJS.ErrnoException).code ?? '')) throw new BuildRefusal(`${shown} was left as it was: cannot move it aside: ${fsReason(error)}`);
      swapIn({ ...plan, mode: 'copy' }, scratch);
      return;
    }
  }
  try {
    renameSync(scratch, plan.target);
  } catch (error) {
    if (hadOutput) renameSync(previous, plan.target);
    throw new BuildRefusal(`${shown} was left as it was: cannot move the new site in: ${fsReason(error)}`);
  }
  if (hadOutput) removeInBackground(plan, previous);
}
