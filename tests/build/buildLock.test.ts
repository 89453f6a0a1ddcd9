/**
 * `npm run build` (scripts/build.ts) against the adversarial report's findings: two builds of one
 * folder at once (F1), output folders that are symbolic links or mount points (F10), and output
 * locations that cannot be written (F17). The script runs for real, into temporary folders, with a
 * stand-in for Astro (tests/helpers/stubAstro.ts) that writes a small site and the server bundle
 * at once, so that only the lock and the swap take time; every site the other tests read is built
 * with the real script and the real Astro (tests/helpers/sites.ts), and one of them is checked
 * here. Mount points come from a private mount namespace (`unshare`); where the system does not
 * allow one, those cases skip.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { distFiles } from '../helpers/dist.ts';
import { sharedSite } from '../helpers/sites.ts';
import { STUB_HIDDEN_VALUE, STUB_PUBLIC_EMAIL } from '../helpers/stubAstro.ts';
import { lockFile, planOutput, removeServerBundle, replaceContents } from '../../tooling/build/outputFolder.ts';
import { createWorkFolder, moveSite, workFolders } from '../../tooling/build/workFolder.ts';
import { BuildRefusal } from '../../tooling/build/refusal.ts';

const BUILD_SCRIPT = join(ROOT, 'scripts', 'build.ts');
/** What the build script runs instead of Astro. */
const STUB_ENV = { VITA_ASTRO_BIN: join(ROOT, 'tests', 'helpers', 'stubAstro.ts'), NO_COLOR: '1' };

const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'vita-build-lock-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Finished {
  status: number | null;
  output: string;
}

/**
 * Starts `node scripts/build.ts` in `cwd` (so it prints paths relative to it) with the stand-in for Astro;
 * `finished` resolves when it exits. With `hold`, the stand-in waits until that file exists.
 */
function startBuild(cwd: string, args: string[], hold?: string): { pid: number; output: () => string; finished: Promise<Finished> } {
  const child = spawn(process.execPath, [BUILD_SCRIPT, ...args], { cwd, env: { ...process.env, ...STUB_ENV, ...(hold ? { VITA_STUB_HOLD: hold } : {}) } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { pid: child.pid!, output: () => output, finished: new Promise((resolve) => child.on('close', (status) => resolve({ status, output }))) };
}

const buildInto = (cwd: string, outDir: string, ...args: string[]) => startBuild(cwd, ['--outDir', outDir, ...args]).finished;

/** Waits until `done` holds (a build has reached a step); bounded by the test's timeout. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await sleep(20);
}

/** The folder's entries once the previous outputs a build hands to a background process are gone (bounded by the test's timeout). */
async function settled(folder: string): Promise<string[]> {
  await until(() => !readdirSync(folder).some((name) => name.includes('.removing-')));
  return readdirSync(folder);
}

/** A folder for one test, holding only what the test puts there. */
function testFolder(name: string): string {
  const folder = join(scratch, name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Every file of a folder as "path: bytes" lines, to compare two builds. */
const snapshot = (folder: string) => distFiles(folder).map((file) => `${file}: ${readFileSync(join(folder, file)).toString('base64')}`);

/** Fails with the offending files when the folder holds server code or a hidden value; `email` is a contact detail the site shows. */
function expectPublishable(folder: string, hidden: readonly string[] = [STUB_HIDDEN_VALUE], email = STUB_PUBLIC_EMAIL): void {
  const files = distFiles(folder);
  expect(files).toContain('/index.html');
  expect(files.filter((file) => file.includes('/.prerender') || /\.[mc]js$/.test(file))).toEqual([]);
  const leaks = files.flatMap((file) => {
    const bytes = readFileSync(join(folder, file), 'utf8');
    return hidden.filter((value) => bytes.includes(value)).map((value) => `${file}: ${value}`);
  });
  expect(leaks).toEqual([]);
  // The scan does see contact details: the public e-mail address is on the home page.
  expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain(email);
}

const canMount = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs tmpfs "$0"`, testFolder('mount-probe')]).status === 0;

describe('two builds of one folder at once', () => {
  const folder = testFolder('concurrent');
  const outDir = join(folder, 'dist');
  let first: Finished;
  let second: Finished;

  it('F1: the second waits for the first, and both complete', async () => {
    const release = join(scratch, 'release-concurrent');
    const started = startBuild(folder, ['--outDir', outDir], release);
    await until(() => existsSync(`${outDir}.lock`));
    const secondStarted = startBuild(folder, ['--outDir', outDir]);
    await until(() => secondStarted.output().includes('waiting for it to finish'));
    writeFileSync(release, '');
    [first, second] = await Promise.all([started.finished, secondStarted.finished]);
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(
      new RegExp(`^Another build is writing dist \\(process ${started.pid}, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\); waiting for it to finish…$`, 'm'),
    );
  });

  it('F1: leave only the output folder, readable by everyone as a new folder would be: no lock, no scratch or previous folder', async () => {
    // The first build's output, swapped out by the second, is removed in the background.
    expect(readdirSync(folder).filter((name) => !name.startsWith('dist.removing-'))).toEqual(['dist']);
    expect(await settled(folder)).toEqual(['dist']);
    mkdirSync(join(folder, 'new-folder'));
    expect(statSync(outDir).mode).toBe(statSync(join(folder, 'new-folder')).mode);
    rmSync(join(folder, 'new-folder'), { recursive: true });
  });

  it('F1: publish no server bundle and no hidden contact value', () => {
    expectPublishable(outDir);
  });

  it('F1: nor does a real build: Astro’s server bundle goes, and with it every hidden value', () => {
    // The complete fixture, built with this script and Astro by the global setup; its address is `hidden`.
    expectPublishable(sharedSite('complete'), ['Rämistrasse', '8092 Zürich'], 'maria.rossi@example.org');
  });
});

describe('what a killed build leaves behind', () => {
  it('F1: a stale lock is taken over, the previous output put back, and old scratch folders cleared', async () => {
    const folder = testFolder('killed');
    const outDir = join(folder, 'dist');
    const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(exited.stdout);
    writeFileSync(`${outDir}.lock`, `${JSON.stringify({ pid: deadPid, since: '2026-11-27T10:00:00.000Z' })}\n`);
    // Killed between the two renames of the swap: the previous site is only in dist.previous-….
    mkdirSync(`${outDir}.previous-a1b2c3`);
    writeFileSync(join(`${outDir}.previous-a1b2c3`, 'index.html'), 'previous site');
    mkdirSync(`${outDir}.building-d4e5f6`);
    writeFileSync(join(`${outDir}.building-d4e5f6`, 'half.html'), 'half-written');
    writeFileSync(`${outDir}.building`, 'left by an older version of the build script');
    // A previous output whose removal in the background was cut short.
    mkdirSync(join(`${outDir}.removing-0a0b0c`, 'publications'), { recursive: true });
    writeFileSync(join(`${outDir}.removing-0a0b0c`, 'publications', 'index.html'), 'half-removed');

    const result = await buildInto(folder, outDir);
    expect(result.status, result.output).toBe(0);
    const told = result.output.split('\n').filter((line) => !/^\d\d:\d\d:\d\d |^\s*$|^ /.test(line));
    expect(told.slice(0, 2)).toEqual([
      `Taking over the lock of a build that is no longer running (process ${deadPid}, since 2026-11-27 10:00:00 UTC).`,
      'Put back dist from dist.previous-a1b2c3, left by a build interrupted while swapping.',
    ]);
    expect(await settled(folder)).toEqual(['dist']);
    expectPublishable(outDir);
  });

  it('F1: an interrupted build removes its lock and scratch folder and leaves the output as it was', async () => {
    const folder = testFolder('interrupted');
    const outDir = join(folder, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'previous site');
    // The stand-in waits for a file that never comes: the build is interrupted while Astro runs.
    const started = startBuild(folder, ['--outDir', outDir], join(scratch, 'never'));
    await until(() => existsSync(`${outDir}.lock`) && readdirSync(folder).some((name) => name.startsWith('dist.building-')));
    process.kill(started.pid, 'SIGINT');
    const result = await started.finished;
    expect(result.status, result.output).toBe(130);
    expect(result.output).toContain('Build interrupted (SIGINT); dist was left as it was.');
    expect(readdirSync(folder)).toEqual(['dist']);
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
  });

  it('F1: a build that finds the folder locked by a running build and may not wait refuses in one line', async () => {
    const folder = testFolder('locked');
    const outDir = join(folder, 'dist');
    const lock = `${JSON.stringify({ pid: process.pid, since: '2026-11-27T10:00:00.000Z' })}\n`;
    writeFileSync(`${outDir}.lock`, lock);
    const result = await buildInto(folder, outDir, '--wait', '0');
    expect(result).toEqual({
      status: 1,
      output: `dist.lock: another build is still running (process ${process.pid}, since 2026-11-27 10:00:00 UTC); if it is not, delete dist.lock and build again\n`,
    });
    expect(readFileSync(`${outDir}.lock`, 'utf8')).toBe(lock);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('the server bundle', () => {
  it('F1: .prerender/, which holds every field of every entry, is deleted before the swap', () => {
    const built = testFolder('server-bundle');
    writeFileSync(join(built, 'index.html'), '<h1>Ada Example</h1>');
    mkdirSync(join(built, '.prerender', 'chunks'), { recursive: true });
    writeFileSync(join(built, '.prerender', 'chunks', '_astro_data-layer-content_x.mjs'), 'export default { phone: "+49 30 5550199" };');
    removeServerBundle(built, join(scratch, 'dist'));
    expect(distFiles(built)).toEqual(['/index.html']);
  });

  it('F1: any other server module in the output refuses the swap and names the files', () => {
    const built = testFolder('server-modules');
    mkdirSync(join(built, 'chunks'));
    writeFileSync(join(built, 'chunks', 'server.mjs'), '');
    writeFileSync(join(built, 'entry.mjs'), '');
    expect(() => removeServerBundle(built, join(ROOT, 'dist'))).toThrow(
      new BuildRefusal(
        'dist was left as it was: the build output holds server modules (chunks/server.mjs, entry.mjs), which can carry unpublished data; if they come from public/, remove them there',
      ),
    );
  });
});

describe('output folders that are not plain folders', () => {
  it('F10: a symbolic link stays a link, and the folder it points to receives the new site', async () => {
    const folder = testFolder('symlink');
    const webRoot = join(folder, 'www', 'site');
    mkdirSync(webRoot, { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), 'old site');
    writeFileSync(join(webRoot, 'old-page.html'), 'gone after the build');
    symlinkSync(join('www', 'site'), join(folder, 'dist'));

    const result = await buildInto(folder, join(folder, 'dist'));
    expect(result.status, result.output).toBe(0);
    expect(lstatSync(join(folder, 'dist')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(folder, 'dist'))).toBe(join('www', 'site'));
    expect(await settled(join(folder, 'www'))).toEqual(['site']);
    expect(existsSync(join(webRoot, 'old-page.html'))).toBe(false);
    expectPublishable(webRoot);
    // The same site as the concurrent builds above wrote into a plain folder (builds are reproducible).
    expect(snapshot(webRoot)).toEqual(snapshot(join(scratch, 'concurrent', 'dist')));
  });

  it.runIf(canMount)('F10: a mount point is copied into, ending byte-identical to a swapped-in build, links inside it replaced and not followed', () => {
    const folder = testFolder('mount');
    const outside = join(folder, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'keep.html'), 'not part of the site');
    const script = [
      'set -e',
      'mount -t tmpfs tmpfs dist',
      // The previous site: a stale page, a file where the new site has a folder, and a link leading out.
      'echo stale > dist/stale.html; echo file > dist/cv; mkdir dist/publications; echo gone > dist/publications/gone.html',
      'ln -s ../outside dist/talks',
      `"$0" "$1" --outDir "$PWD/dist"`,
      'cp -R dist/. copied',
    ].join('\n');
    mkdirSync(join(folder, 'dist'));
    mkdirSync(join(folder, 'copied'));
    const result = spawnSync('unshare', ['-rm', 'sh', '-c', script, process.execPath, BUILD_SCRIPT], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, ...STUB_ENV },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('dist is a mount point: the new site was copied into it file by file rather than swapped in at once.');
    expect(snapshot(join(folder, 'copied'))).toEqual(snapshot(join(scratch, 'concurrent', 'dist')));
    expect(readdirSync(outside)).toEqual(['keep.html']);
    expect(readdirSync(folder).sort()).toEqual(['copied', 'dist', 'outside']);
  });
});

describe('output locations that cannot be used', () => {
  const folder = testFolder('refused');
  writeFileSync(join(folder, 'a-file'), 'not a folder');
  symlinkSync('nowhere', join(folder, 'dangling'));
  symlinkSync('a-file', join(folder, 'link-to-file'));

  it.each([
    ['a-file', 'a-file: is a file; expected a folder to build the site into, or nothing'],
    ['dangling', 'dangling: is a symbolic link to nowhere, which does not exist; create that folder or remove the link'],
    ['link-to-file', `link-to-file: is a symbolic link to the file a-file; expected a link to a folder`],
  ])('F10: %s is refused before building, in one line', async (outDir, message) => {
    expect(await buildInto(folder, join(folder, outDir))).toEqual({ status: 1, output: `${message}\n` });
  });

  it.runIf(canMount)('F17: a read-only location is refused before building, in one line', () => {
    const readOnly = testFolder('read-only');
    const script = ['set -e', 'mkdir -p ro/site', 'mount -t tmpfs -o ro tmpfs ro', 'for out in ro/dist ro/new/dist ro; do "$0" "$1" --outDir "$PWD/$out" || true; done'].join('\n');
    const result = spawnSync('unshare', ['-rm', 'sh', '-c', script, process.execPath, BUILD_SCRIPT], { cwd: readOnly, encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'ro/dist: cannot build here: ro is on a read-only file system (EROFS)',
      'ro/new/dist: cannot create ro/new: ro is on a read-only file system (EROFS)',
      'ro: cannot build into it: ro is on a read-only file system (EROFS)',
      '',
    ]);
  });
});

describe('output locations where no folder can be made', () => {
  it.runIf(existsSync('/proc/self'))('F17: a folder under /proc is refused at once (Node’s recursive mkdir would spin there forever)', () => {
    // Stopped after two minutes: a slow machine is not a failure, a spinning build is.
    const result = spawnSync(process.execPath, [BUILD_SCRIPT, '--outDir', '/proc/vita-build-test/dist'], { encoding: 'utf8', timeout: 120_000 });
    expect(result.signal).toBeNull();
    expect(result).toMatchObject({
      status: 1,
      stdout: '',
      stderr: '/proc/vita-build-test/dist: cannot create /proc/vita-build-test: /proc does not accept new folders (ENOENT)\n',
    });
  });

  it('F17: a file in the path is refused in one line', async () => {
    const folder = testFolder('file-in-path');
    writeFileSync(join(folder, 'site'), 'a file');
    expect(await buildInto(folder, join(folder, 'site', 'dist'))).toEqual({ status: 1, output: 'site/dist: site is a file; expected a folder\n' });
    expect(await buildInto(folder, join(folder, 'site', 'deeper', 'dist'))).toMatchObject({
      status: 1,
      output: expect.stringMatching(/^site\/deeper\/dist: cannot create site\/deeper: .*\(ENOTDIR\)\n$/),
    });
  });
});

describe('planOutput', () => {
  const folder = testFolder('plans');
  mkdirSync(join(folder, 'plain'));
  mkdirSync(join(folder, 'real', 'site'), { recursive: true });
  symlinkSync(join(folder, 'real', 'site'), join(folder, 'linked'));

  it.each([
    ['missing', 'missing', 'missing'],
    ['plain', 'plain', 'plain'],
    ['linked', 'real/site', 'real/site'],
  ])('F10: builds %s by renaming, into %s, with scratch folders beside %s', (outDir, target, scratchBase) => {
    expect(planOutput(join(folder, outDir))).toEqual({ outDir: join(folder, outDir), target: join(folder, target), mode: 'rename', scratchBase: join(folder, scratchBase) });
  });
});

describe('replaceContents', () => {
  it('F10: makes the target hold exactly the new files, replacing links and changed kinds', () => {
    const folder = testFolder('replace');
    const [from, to, outside] = ['from', 'to', 'outside'].map((name) => join(folder, name)) as [string, string, string];
    for (const path of [join(from, 'a', 'b'), join(from, 'was-file'), join(from, 'talks'), join(to, 'a', 'old'), join(to, 'was-folder'), outside])
      mkdirSync(path, { recursive: true });
    writeFileSync(join(from, 'index.html'), 'new');
    writeFileSync(join(from, 'a', 'b', 'page.html'), 'new page');
    writeFileSync(join(from, 'was-file', 'index.html'), 'now a folder');
    writeFileSync(join(from, 'was-folder'), 'now a file');
    writeFileSync(join(from, 'talks', 'index.html'), 'talks');
    writeFileSync(join(to, 'index.html'), 'old');
    writeFileSync(join(to, 'a', 'old', 'page.html'), 'stale');
    writeFileSync(join(to, 'was-file'), 'a file where the new site has a folder');
    writeFileSync(join(outside, 'keep.html'), 'not part of the site');
    // Links in the old output, one where the new site has a folder: replaced, never written through.
    symlinkSync(outside, join(to, 'talks'));
    symlinkSync(outside, join(to, 'stray-link'));

    replaceContents(from, to);
    expect(snapshot(to)).toEqual(snapshot(from));
    expect(lstatSync(join(to, 'talks')).isDirectory()).toBe(true);
    expect(readdirSync(to).sort()).toEqual(['a', 'index.html', 'talks', 'was-file', 'was-folder']);
    expect(readdirSync(outside)).toEqual(['keep.html']);
  });
});

describe('builds of one project into different folders (G10)', () => {
  it('G10: two builds at once into two folders outside the project both complete, each with working files of its own', async () => {
    const folder = testFolder('side-by-side');
    const builds = ['a', 'b'].map((name) => startBuild(folder, ['--outDir', join(folder, name)]));
    const [a, b] = await Promise.all(builds.map((started) => started.finished));
    expect(a!.status, a!.output).toBe(0);
    expect(b!.status, b!.output).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['a', 'b']);
    expectPublishable(join(folder, 'a'));
    expect(snapshot(join(folder, 'b'))).toEqual(snapshot(join(folder, 'a')));
    // Their working folders are gone with them.
    expect(readdirSync(workFolders(ROOT)).filter((name) => builds.some(({ pid }) => name.startsWith(`${pid}-`)))).toEqual([]);
  });

  it('G10: a build through a link takes the lock of the folder the link leads to, links in the path resolved', () => {
    const folder = testFolder('lock-keys');
    mkdirSync(join(folder, 'real', 'site'), { recursive: true });
    symlinkSync(join(folder, 'real', 'site'), join(folder, 'linked-site'));
    symlinkSync(join(folder, 'real'), join(folder, 'linked-parent'));
    const lock = join(folder, 'real', 'site.lock');
    expect([join('real', 'site'), 'linked-site', join('linked-parent', 'site')].map((outDir) => lockFile(planOutput(join(folder, outDir))))).toEqual([lock, lock, lock]);
  });

  it('G10: so a build through a link waits for a build of the folder itself (here: refuses at once with --wait 0)', async () => {
    const folder = testFolder('lock-through-link');
    mkdirSync(join(folder, 'site'));
    symlinkSync(join(folder, 'site'), join(folder, 'dist'));
    writeFileSync(join(folder, 'site.lock'), `${JSON.stringify({ pid: process.pid, since: '2026-12-05T10:00:00.000Z' })}\n`);
    expect(await buildInto(folder, join(folder, 'dist'), '--wait', '0')).toEqual({
      status: 1,
      output: `site.lock: another build is still running (process ${process.pid}, since 2026-12-05 10:00:00 UTC); if it is not, delete site.lock and build again\n`,
    });
  });

  it('G10: the working folders of builds no longer running are cleared when a build starts; a running build’s stay', () => {
    const project = testFolder('work-folders');
    const deadPid = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    for (const name of [`${deadPid}-a1b2c3`, `${process.ppid}-d4e5f6`]) mkdirSync(join(workFolders(project), name, 'site'), { recursive: true });
    const work = createWorkFolder(project);
    expect(work.site).toBe(join(work.root, 'site'));
    expect(readdirSync(workFolders(project)).sort()).toEqual([`${process.ppid}-d4e5f6`, basename(work.root)].sort());
    expect(basename(work.root)).toMatch(new RegExp(`^${process.pid}-`));
    work.remove();
    expect(readdirSync(workFolders(project))).toEqual([`${process.ppid}-d4e5f6`]);
  });

  it('the images Astro optimized are kept in .cache/images/ for the next build: copied into its working folder, moved back when it ends', () => {
    const project = testFolder('image-cache');
    const images = join(project, '.cache', 'images');
    mkdirSync(images, { recursive: true });
    writeFileSync(join(images, 'portrait.a.avif'), 'made by an earlier build');
    utimesSync(join(images, 'portrait.a.avif'), new Date('2026-01-01'), new Date('2026-01-01'));
    const work = createWorkFolder(project);
    const astroCache = join(work.root, 'cache', 'assets');
    expect(readFileSync(join(astroCache, 'portrait.a.avif'), 'utf8')).toBe('made by an earlier build');
    // Used by this build, so not pruned as unused.
    expect(statSync(join(images, 'portrait.a.avif')).mtimeMs).toBeGreaterThan(new Date('2026-01-02').getTime());
    writeFileSync(join(astroCache, 'portrait.b.webp'), 'made by this build');
    work.remove();
    expect(readdirSync(images).sort()).toEqual(['portrait.a.avif', 'portrait.b.webp']);
    expect(readFileSync(join(images, 'portrait.b.webp'), 'utf8')).toBe('made by this build');
    expect(existsSync(work.root)).toBe(false);
  });

  /** Moves a one-page site from a fresh working folder into a folder made under `place`; what arrived. */
  function movedSite(place: string): Record<string, string> {
    const work = createWorkFolder(testFolder('move-site'));
    mkdirSync(join(work.site, 'cv'), { recursive: true });
    writeFileSync(join(work.site, 'cv', 'index.html'), 'the CV');
    const target = mkdtempSync(join(place, 'vita-move-'));
    try {
      moveSite(work.site, target);
      return Object.fromEntries(distFiles(target).map((file) => [file, readFileSync(join(target, file), 'utf8')]));
    } finally {
      rmSync(target, { recursive: true, force: true });
      work.remove();
    }
  }

  it('G10: the finished site moves from the working folder into the scratch folder', () => {
    expect(movedSite(scratch)).toEqual({ '/cv/index.html': 'the CV' });
  });

  it.runIf(existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(scratch).dev)('G10: … by a copy where the scratch folder is on another file system', () => {
    expect(movedSite('/dev/shm')).toEqual({ '/cv/index.html': 'the CV' });
  });
});
