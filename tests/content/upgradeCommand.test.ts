/**
 * `npm run upgrade` on a template copy (a history of its own, no common commit
 * with vita) whose content was written for vita 0.1 (tests/fixtures/upgrade/0.1):
 * the release is fetched from a local repository with git (no network), its code
 * taken, content/ and the owner's own files left alone, and the report names the
 * CHANGELOG's content-format entries in between and each edit the check asks for.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SOURCE_DATE_EPOCH } from '../helpers/build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vita-upgrade-'));
const upstream = join(scratch, 'vita');
const site = join(scratch, 'site');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, encoding: 'utf8' });

/** vita's files as they are in the work tree, as a release or a template copy has them, at a version of their own. */
function checkout(folder: string, version: string): void {
  mkdirSync(folder);
  execFileSync('sh', ['-c', `git -C "${ROOT}" ls-files -z --cached --others --exclude-standard | tar -C "${ROOT}" --null -T - -c | tar -x -C "${folder}"`]);
  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
}

const RELEASE = `## 9.9.0 (2027-01-04)

### Content format

- **edit** \`portraitAlt\` in \`profile.md\` is required: a description of the portrait for people
  who cannot see it.
- Titles may carry formulas.

### Commands

- Faster.

`;

beforeAll(() => {
  // The release: vita 9.9.0, with its CHANGELOG entry.
  checkout(upstream, '9.9.0');
  const changelog = readFileSync(join(upstream, 'CHANGELOG.md'), 'utf8');
  writeFileSync(join(upstream, 'CHANGELOG.md'), changelog.replace(/^## /m, `${RELEASE}## `));
  git(upstream, 'init', '--quiet');
  git(upstream, 'add', '--all');
  git(upstream, 'commit', '--quiet', '-m', 'vita 9.9.0');
  git(upstream, 'tag', 'v9.9.0');

  // The owner's copy: the release before, content written for 0.1, a file of the owner's own.
  checkout(site, '9.8.0');
  rmSync(join(site, 'content'), { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'upgrade', '0.1'), join(site, 'content'), { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'public'), join(site, 'public'), { recursive: true });
  writeFileSync(join(site, 'NOTES.md'), 'My own notes.\n');
  git(site, 'init', '--quiet');
  git(site, 'add', '--all');
  git(site, 'commit', '--quiet', '-m', 'My site');
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'));
});

const upgrade = (...args: string[]) =>
  spawnSync(process.execPath, [join(site, 'scripts', 'upgrade.ts'), ...args], { cwd: site, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH } });

describe('npm run upgrade', () => {
  it('takes the release’s code, leaves content/ and the owner’s files, and says what the owner must do', () => {
    const content = git(site, 'ls-files', '-s', 'content', 'public', 'NOTES.md');
    const result = upgrade('--from', upstream, '--ref', 'v9.9.0', '--description', 'upgrade.md');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(readFileSync(join(site, 'upgrade.md'), 'utf8')).toBe(`Upgrade vita 9.8.0 → 9.9.0 (npm run upgrade, 2026-12-01).

### What changed in vita

2 files of vita's code taken from the release; content/ and public/ are untouched:

- \`CHANGELOG.md\`
- \`package.json\`

### What you must do

- CHANGELOG (content format): **edit** \`portraitAlt\` in \`profile.md\` is required: a description of the portrait for people who cannot see it.
- CHANGELOG (content format): Titles may carry formulas.
- \`content/profile.md:2 portraitAlt: required field is missing; expected a description of the portrait for people who cannot see it, e.g. "Ada Lovelace at her desk"\`
- \`content/publications/lovelace2022letters-to-charles-babbage-on-the-engine-and-its-bernoulli-numbers-program.md: file name "lovelace2022letters-to-charles-babbage-on-the-engine-and-its-bernoulli-numbers-program.md" is 86 characters long before .md; expected at most 80\`
- \`content/publications/lovelace2023notes.md:11 doi: expected a DOI such as 10.1038/s41467-019-08987-4 (10., a registrant number, /, then no spaces or braces); found "10.5281/{zenodo}.1843"\`
- \`content/talks/2023-06-01-engine.md:2 title: block markup is not allowed in a one-line field: <div> </div>; allowed are <sup> <sub> <i> <em> <b> <strong> <span> <code>\`

### Left in place

Not in the release (yours, or files vita no longer has; delete those):

- \`NOTES.md\`
`);
    expect(JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')).version).toBe('9.9.0');
    expect(git(site, 'ls-files', '-s', 'content', 'public', 'NOTES.md')).toBe(content);
    expect(git(site, 'status', '--porcelain', '--untracked-files=no', 'content', 'public', 'NOTES.md')).toBe('');
  });

  it('a second run finds the copy up to date', () => {
    git(site, 'commit', '--quiet', '-am', 'Upgrade to 9.9.0');
    const result = upgrade('--from', upstream, '--ref', 'v9.9.0');
    expect([result.status, result.stdout, result.stderr]).toEqual([0, `vita 9.9.0 is up to date with ${upstream} v9.9.0.\n`, '']);
  });

  it('--without-workflows (the weekly pull request) takes the rest and names each changed workflow for the owner to take', () => {
    for (const [file, line] of [
      ['README.md', 'A faster vita.\n'],
      ['.github/workflows/deploy.yml', '# Faster deploys.\n'],
    ] as const)
      writeFileSync(join(upstream, file), readFileSync(join(upstream, file), 'utf8') + line);
    git(upstream, 'commit', '--quiet', '-am', 'vita 9.9.1');
    git(upstream, 'tag', 'v9.9.1');
    const deploy = readFileSync(join(site, '.github', 'workflows', 'deploy.yml'), 'utf8');
    const result = upgrade('--from', upstream, '--ref', 'v9.9.1', '--without-workflows');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      "\n- `.github/workflows/deploy.yml` changed in the release and is not taken here (GitHub lets no workflow's token change workflows): run npm run upgrade on your machine, or copy it from the release.\n",
    );
    expect(readFileSync(join(site, 'README.md'), 'utf8').endsWith('A faster vita.\n')).toBe(true);
    expect(readFileSync(join(site, '.github', 'workflows', 'deploy.yml'), 'utf8')).toBe(deploy);
    git(site, 'reset', '--quiet', '--hard');
  });

  it('refuses to run over uncommitted changes', () => {
    writeFileSync(join(site, 'README.md'), 'edited\n');
    const result = upgrade('--from', upstream);
    expect([result.status, result.stderr]).toEqual([1, 'the working tree has uncommitted changes; commit or stash them first, so the upgrade can be reviewed and undone\n']);
    git(site, 'checkout', '--', 'README.md');
  });
});
