/**
 * `npm run build`: `astro build` (which validates the content) in a working folder of its own
 * (tooling/build/workFolder.ts), so builds into different folders can run at once; the finished
 * site moves into a scratch folder beside the output folder and is swapped in only once complete.
 * A failed build leaves the previous output exactly as it was; two builds of one folder (however
 * it is reached) never run at once; the server bundle never reaches the output. How a symbolic
 * link or a mount point is handled: tooling/build/outputFolder.ts.
 *
 * Usage: node scripts/build.ts [--outDir folder] [--wait seconds]   (default: dist, 600)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCacheFolder, CACHE_LIFETIME_MS, pruneUnused } from '../src/buildCache.ts';
import { acquireBuildLock, describeLockEvent } from '../tooling/build/buildLock.ts';
import { createScratch, lockFile, planOutput, recoverInterrupted, removeServerBundle, swapIn } from '../tooling/build/outputFolder.ts';
import { BuildRefusal, shownPath } from '../tooling/build/refusal.ts';
import { createWorkFolder, imageCache, moveSite, type WorkFolder } from '../tooling/build/workFolder.ts';

const ROOT = join(import.meta.dirname, '..');
const USAGE = `usage: npm run build [-- --outDir folder] [--wait seconds]

Builds the site into a scratch folder and puts it in place of the output folder once complete.
  --outDir folder   where the site goes, relative to the project folder (default: dist)
  --wait seconds    how long to wait while another build writes the same folder (default: 600;
                    0 refuses at once)
  --help            show this text

environment
  VITA_CONTENT      the content folder (default: content)
  VITA_PUBLIC       the folder copied into the site as it is: portrait, favicon, files (default: public)
  SITE_URL, BASE_PATH   the site's address and base path, instead of url in content/settings.yaml`;

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

/** Astro's process keeps the TypeScript it loads with its types stripped (tooling/build/typescriptCache.mjs), pruned like the rest of .cache/. */
const TYPESCRIPT_HOOK = pathToFileURL(join(ROOT, 'tooling', 'build', 'typescriptCache.mjs')).href;
const TYPESCRIPT_CACHE = buildCacheFolder(ROOT, 'typescript');

/** Runs `astro build` with its working files in `work`; its exit status. */
function astroBuild(work: WorkFolder): Promise<number> {
  return new Promise((resolveStatus) => {
    const child = spawn(process.execPath, ['--import', TYPESCRIPT_HOOK, ASTRO_BIN, 'build', '--config', join('tooling', 'build', 'astro.config.mjs'), '--outDir', work.site], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, VITA_WORK_DIR: work.root, VITA_TYPESCRIPT_CACHE: TYPESCRIPT_CACHE },
    });
    interruption.astro = child;
    child.on('error', (error) => {
      console.error(`astro build could not start: ${error.message}`);
      resolveStatus(1);
    });
    child.on('exit', (code, signal) => resolveStatus(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

async function build(outDir: string, waitMs: number): Promise<number> {
  // Planned first to refuse an unusable output location before waiting or building.
  const lock = await acquireBuildLock(lockFile(planOutput(outDir)), { waitMs, onEvent: (event) => console.log(describeLockEvent(event, outDir)) });
  interruption.holdsLock = true;
  process.on('exit', lock.release);
  try {
    for (const told of recoverInterrupted(planOutput(outDir))) console.log(told);
    // Planned again: the build waited for, or the recovery, may have changed what is there.
    const plan = planOutput(outDir);
    const scratch = createScratch(plan);
    const work = createWorkFolder(ROOT);
    for (const cache of [TYPESCRIPT_CACHE, imageCache(ROOT)]) pruneUnused(cache, Date.now() - CACHE_LIFETIME_MS);
    try {
      const status = await astroBuild(work);
      if (interruption.signal) {
        console.error(`\nBuild interrupted (${interruption.signal}); ${shownPath(outDir)} was left as it was.`);
        return 128 + constants.signals[interruption.signal];
      }
      if (status !== 0) {
        console.error(`\nBuild failed; ${shownPath(outDir)} was left as it was.`);
        return status;
      }
      removeServerBundle(work.site, outDir);
      moveSite(work.site, scratch);
      swapIn(plan, scratch);
      if (plan.note) console.log(plan.note);
      return 0;
    } finally {
      work.remove();
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
