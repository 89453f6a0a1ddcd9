/**
 * `npm run upgrade`: brings a copy of vita (a fork, or a copy made from the
 * template, whose history is its own) to a newer release. It fetches the release
 * with git, takes every file of it outside the owner's folders (content/ and
 * public/ are never touched), installs the dependencies when the lock file
 * changed, runs the content check of the new version on the owner's content, and
 * says what the owner must do: the CHANGELOG's content-format entries of the
 * releases in between and each edit the check asks for. With --description it
 * also writes that as a pull request's description (.github/workflows/upgrade.yml).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CommandError } from '../commandLine.ts';

export interface UpgradeOptions {
  /** The repository to upgrade from: a git address or path. */
  readonly from: string | undefined;
  /** The release (tag) or branch. */
  readonly ref: string;
  readonly dryRun: boolean;
  readonly description: string | undefined;
  /** Leave .github/workflows/ as it is (the weekly pull request: GitHub lets no workflow's token change workflows). */
  readonly withoutWorkflows: boolean;
}

function fail(message: string): never {
  throw new CommandError(message);
}

/** The owner's folders, never taken from a release. */
const OWNER_FOLDERS = ['content', 'public'];
const isOwners = (path: string) => OWNER_FOLDERS.some((folder) => path === folder || path.startsWith(`${folder}/`));
const isWorkflow = (path: string) => path.startsWith('.github/workflows/');

/** A release's version as numbers, for ordering ("0.3.0" → [0, 3, 0]). */
const versionOf = (text: string) => (/(\d+)\.(\d+)\.(\d+)/.exec(text)?.slice(1).map(Number) ?? [0, 0, 0]) as [number, number, number];
const newer = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;

/**
 * The content-format entries of the CHANGELOG sections after `from` up to `to`, each
 * as one line ("**edit** `pdf.sections` … is now `cv.sections` …"). Unreleased
 * sections count as the version they name. Pure.
 */
export function contentFormatChanges(changelog: string, from: string, to: string): string[] {
  const [after, upTo] = [versionOf(from), versionOf(to)];
  const releases = changelog.split(/^## /m).slice(1);
  return releases.flatMap((release) => {
    const version = versionOf(release.split('\n')[0]!);
    if (newer(version, after) <= 0 || newer(version, upTo) > 0) return [];
    const format = /^### Content format\n([\s\S]*?)(?=^### |$(?![\s\S]))/m.exec(release)?.[1] ?? '';
    return format
      .split(/\n(?=- )/)
      .map((item) =>
        item
          .replace(/^\s*- /, '')
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      )
      .filter((item) => item !== '');
  });
}

/** The upgrade in words: what changed in vita, what the owner must do, what was left in place. Pure. */
export function upgradeDescription(facts: {
  readonly from: string;
  readonly to: string;
  readonly date: string;
  readonly changed: readonly string[];
  /** Workflows the release changed that were not taken (--without-workflows). */
  readonly heldBack: readonly string[];
  readonly leftInPlace: readonly string[];
  readonly formatChanges: readonly string[];
  readonly problems: readonly string[];
}): string {
  const todo = [
    ...facts.heldBack.map(
      (path) =>
        `- \`${path}\` changed in the release and is not taken here (GitHub lets no workflow's token change workflows): run npm run upgrade on your machine, or copy it from the release.`,
    ),
    ...facts.formatChanges.map((change) => `- CHANGELOG (content format): ${change}`),
    ...facts.problems.map((problem) => `- \`${problem}\``),
  ];
  return [
    `Upgrade vita ${facts.from} → ${facts.to} (npm run upgrade, ${facts.date}).`,
    '',
    '### What changed in vita',
    '',
    `${facts.changed.length} ${facts.changed.length === 1 ? 'file' : 'files'} of vita's code taken from the release; content/ and public/ are untouched:`,
    '',
    ...facts.changed.map((path) => `- \`${path}\``),
    '',
    '### What you must do',
    '',
    ...(todo.length === 0 ? ['Nothing: npm run check finds nothing to change in your content.'] : todo),
    ...(facts.problems.length === 0 && todo.length > 0 ? ['', 'npm run check finds nothing to change in your content.'] : []),
    ...(facts.leftInPlace.length === 0
      ? []
      : ['', '### Left in place', '', 'Not in the release (yours, or files vita no longer has; delete those):', '', ...facts.leftInPlace.map((path) => `- \`${path}\``)]),
    '',
  ].join('\n');
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) fail(`git ${args.join(' ')}: ${(result.stderr || result.stdout).trim().split('\n').at(-1)}`);
  return result.stdout;
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

export async function runUpgrade(options: UpgradeOptions, context: { cwd: string; env: NodeJS.ProcessEnv; version: string }): Promise<number> {
  const from = options.from ?? context.env['VITA_UPSTREAM'];
  if (from === undefined || from === '') fail('--from: which repository to upgrade from? e.g. npm run upgrade -- --from https://github.com/<owner>/vita (or set VITA_UPSTREAM)');
  const root = git(context.cwd, 'rev-parse', '--show-toplevel').trim();
  if (lines(git(root, 'status', '--porcelain', '--untracked-files=no')).length > 0)
    fail('the working tree has uncommitted changes; commit or stash them first, so the upgrade can be reviewed and undone');
  git(root, 'fetch', '--quiet', '--no-tags', from, options.ref);
  const release = (path: string) => spawnSync('git', ['show', `FETCH_HEAD:${path}`], { cwd: root, encoding: 'utf8' }).stdout;
  const to = (JSON.parse(release('package.json') || '{}') as { version?: string }).version ?? options.ref;
  const releaseFiles = lines(git(root, 'ls-tree', '-r', '--name-only', 'FETCH_HEAD')).filter((path) => !isOwners(path));
  const differing = lines(git(root, 'diff', '--name-only', 'HEAD', 'FETCH_HEAD', '--', '.', ...OWNER_FOLDERS.map((folder) => `:!${folder}`))).filter((path) =>
    releaseFiles.includes(path),
  );
  const heldBack = options.withoutWorkflows ? differing.filter(isWorkflow) : [];
  const changed = differing.filter((path) => !heldBack.includes(path));
  const leftInPlace = lines(git(root, 'ls-files')).filter((path) => !isOwners(path) && !releaseFiles.includes(path));
  if (newer(versionOf(to), versionOf(context.version)) < 0) fail(`${from} ${options.ref} is vita ${to}, older than this copy's ${context.version}; nothing was changed`);
  if (changed.length === 0) {
    console.log(
      `vita ${context.version} is up to date with ${from} ${options.ref}${heldBack.length === 0 ? '' : `, but for ${heldBack.join(', ')}: run npm run upgrade on your machine to take them`}.`,
    );
    return 0;
  }
  const lockChanged = changed.includes('package-lock.json');
  if (!options.dryRun) {
    git(root, 'checkout', 'FETCH_HEAD', '--', ...changed);
    if (lockChanged) {
      const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
      if (install.status !== 0) fail('npm ci failed after the upgrade: the new dependencies are not installed (git checkout HEAD -- . undoes the upgrade)');
    }
  }
  // The new version's own check reads the content (in a dry run, this version's).
  const check = spawnSync(process.execPath, [join(root, 'scripts', 'check-content.ts')], { cwd: root, encoding: 'utf8', env: { ...context.env, NO_COLOR: '1' } });
  const problems = lines(check.stdout + check.stderr).filter((line) => /^\S+:\d+ |^\S+\.md: /.test(line));
  const changelog = options.dryRun ? release('CHANGELOG.md') : readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const description = upgradeDescription({
    from: context.version,
    to,
    date: new Date(context.env['SOURCE_DATE_EPOCH'] ? Number(context.env['SOURCE_DATE_EPOCH']) * 1000 : Date.now()).toISOString().slice(0, 10),
    changed,
    heldBack,
    leftInPlace,
    formatChanges: contentFormatChanges(changelog, context.version, to),
    problems,
  });
  if (options.description !== undefined) writeFileSync(resolve(context.cwd, options.description), description);
  console.log(description.trimEnd());
  if (options.dryRun) console.log('\n(dry run: nothing was changed)');
  return 0;
}
