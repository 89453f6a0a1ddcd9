/**
 * `npm run build`: `astro build` (which validates the content) into a scratch folder of its own,
 * swapped in for the output folder only once complete. A failed build leaves the previous output
 * exactly as it was; two builds of one folder never run at once; the server bundle never reaches
 * the output. How a symbolic link or a mount point is handled: tooling/build/outputFolder.ts.
 *
 * Usage: node scripts/build.ts [--outDir folder] [--wait seconds]   (default: dist, 600)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { acquireBuildLock, describeLockEvent } from '../tooling/build/buildLock.ts';
import { createScratch, planOutput, recoverInterrupted, removeServerBundle, swapIn } from '../tooling/build/outputFolder.ts';
import { BuildRefusal, shownPath } from '../tooling/build/refusal.ts';

const ROOT = join(import.meta.dirname, '..');
const USAGE = `usage: npm run build [-- --outDir folder] [--wait seconds]

Builds the site into a scratch folder and puts it in place of the output folder once complete.
  --outDir folder   where the site goes, relative to the project folder (default: dist)
  --wait seconds    how long to wait while another build writes the same folder (default: 600;
                    0 refuses at once)
  --help            show this text`;

function options(): { outDir: string; waitMs: number } {
  let values;
  try {
    ({ values } = parseArgs({
      options: { outDir: { type: 'string', default: 'dist' }, wait: { type: 'string', default: '600' }, help: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const wait = Number(values.wait);
  if (!/^\d+$/.test(values.wait) || !Number.isSafeInteger(wait)) {
    console.error(`--wait: expected a whole number of seconds such as 600; found "${values.wait}"\n${USAGE}`);
    process.exit(1);
  }
  return { outDir: resolve(ROOT, values.outDir), waitMs: wait * 1000 };
}

/**
 * Ctrl+C and its kin end the build cleanly. Before the lock is taken there is nothing to undo;
 * after, the signal reaches Astro, and the scratch folder and the lock go before the exit.
 * Installed at once: a signal with no handler ends the process on the spot.
 */
const interruption: { holdsLock: boolean; astro: ChildProcess | undefined; signal: NodeJS.Signals | undefined } = { holdsLock: false, astro: undefined, signal: undefined };
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!interruption.holdsLock) process.exit(128 + constants.signals[signal]);
    interruption.signal ??= signal;
    interruption.astro?.kill(signal);
  });
}

/** Astro's command line. The tests of the lock and the swap put a stand-in there (tests/helpers/stubAstro.ts) that writes a small site at once. */
const ASTRO_BIN = process.env['VITA_ASTRO_BIN'] ?? join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Runs `astro build` into `folder`; its exit status. */
function astroBuild(folder: string): Promise<number> {
  return new Promise((resolveStatus) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--config', join('tooling', 'build', 'astro.config.mjs'), '--outDir', folder], { cwd: ROOT, stdio: 'inherit' });
    interruption.astro = child;
    child.on('error', (error) => {
      console.error(`astro build could not start: ${error.message}`);
      resolveStatus(1);
    });
    child.on('exit', (code, signal) => resolveStatus(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

async function build(outDir: string, waitMs: number): Promise<number> {
  planOutput(outDir); // refuses an unusable output location before waiting or building
  const lock = await acquireBuildLock(`${outDir}.lock`, { waitMs, onEvent: (event) => console.log(describeLockEvent(event, outDir)) });
  interruption.holdsLock = true;
  process.on('exit', lock.release);
  try {
    for (const told of recoverInterrupted(planOutput(outDir))) console.log(told);
    // Planned again: the build waited for, or the recovery, may have changed what is there.
    const plan = planOutput(outDir);
    const scratch = createScratch(plan);
    try {
      const status = await astroBuild(scratch);
      if (interruption.signal) {
        console.error(`\nBuild interrupted (${interruption.signal}); ${shownPath(outDir)} was left as it was.`);
        return 128 + constants.signals[interruption.signal];
      }
      if (status !== 0) {
        console.error(`\nBuild failed; ${shownPath(outDir)} was left as it was.`);
        return status;
      }
      removeServerBundle(scratch, outDir);
      swapIn(plan, scratch);
      if (plan.note) console.log(plan.note);
      return 0;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  } finally {
    lock.release();
  }
}

const { outDir, waitMs } = options();
try {
  process.exitCode = await build(outDir, waitMs);
} catch (error) {
  console.error(error instanceof BuildRefusal ? error.message : `build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
