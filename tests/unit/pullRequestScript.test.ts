/**
 * The pull-request step of the weekly workflows (.github/scripts/pull-request.sh), run for real
 * without GitHub: git's push goes to a local bare repository (url.<path>.insteadOf rewrites the
 * github.com address the script pushes to) and `gh` is a stand-in that logs its arguments and
 * says whether a pull request is open.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '..', '..', '.github', 'scripts', 'pull-request.sh');
const scratch = mkdtempSync(join(tmpdir(), 'vita-pull-request-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const remote = join(scratch, 'remote.git');
const work = join(scratch, 'site');
const bin = join(scratch, 'bin');
const ghLog = join(scratch, 'gh.log');
const openPullRequests = join(scratch, 'open');
const body = join(scratch, 'sync.md');

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Owner', '-c', 'user.email=owner@example.org', ...args], { cwd, encoding: 'utf8' });
const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

mkdirSync(bin);
write(join(bin, 'gh'), `#!/usr/bin/env bash\necho "$*" >> "${ghLog}"\nif [ "$1 $2" = "pr list" ]; then cat "${openPullRequests}"; fi\n`);
chmodSync(join(bin, 'gh'), 0o755);
git(scratch, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
git(scratch, 'init', '--quiet', '--initial-branch=main', work);
write(join(work, 'content', 'publications', 'a.md'), 'a\n');
write(join(work, 'README.md'), 'readme\n');
git(work, 'add', '--all');
git(work, 'commit', '--quiet', '-m', 'My site');
git(work, 'push', '--quiet', remote, 'main');

/** The script as the workflow runs it: the token, the repository, github.com rewritten to the bare repository. */
function pullRequest(): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', [SCRIPT, 'vita-sync', 'Weekly sync from your sources', body, 'content'], {
    cwd: work,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${bin}:${process.env['PATH']}`,
      GH_TOKEN: 'TOKEN',
      GITHUB_REPOSITORY: 'owner/site',
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `url.${remote}.insteadOf`,
      GIT_CONFIG_VALUE_0: 'https://x-access-token:TOKEN@github.com/owner/site.git',
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const ghCalls = () => readFileSync(ghLog, 'utf8').trimEnd().split('\n');
const remoteFiles = (ref: string) =>
  git(remote, 'show', '--name-only', '--format=%s%n%b', ref)
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '');

describe('.github/scripts/pull-request.sh, run', () => {
  it('without a description (nothing changed): no branch, no pull request', () => {
    const result = pullRequest();
    expect([result.status, result.stdout]).toEqual([0, 'Nothing changed: no pull request.\n']);
    expect(git(remote, 'for-each-ref', '--format=%(refname:short)', 'refs/heads')).toBe('main\n');
    expect(existsSync(ghLog)).toBe(false);
  });

  it('with one: the changes under the given paths alone on the branch, committed with the title and the first line, and a pull request opened', () => {
    write(join(work, 'content', 'publications', 'a.md'), 'a, corrected\n');
    write(join(work, 'content', 'publications', 'b.md'), 'b\n');
    write(join(work, 'README.md'), 'changed by a command, not content\n');
    write(body, 'Weekly update from your sources (npm run sync, 2026-12-01): 1 new, 1 updated.\n\n### New\n');
    writeFileSync(openPullRequests, '0\n');
    const result = pullRequest();
    expect(result.status).toBe(0);
    expect(remoteFiles('vita-sync')).toEqual([
      'Weekly sync from your sources',
      'Weekly update from your sources (npm run sync, 2026-12-01): 1 new, 1 updated.',
      'content/publications/a.md',
      'content/publications/b.md',
    ]);
    expect(git(remote, 'rev-parse', 'vita-sync^')).toBe(git(remote, 'rev-parse', 'main'));
    expect(ghCalls()).toEqual([
      'pr list --head vita-sync --state open --json number --jq length',
      `pr create --head vita-sync --title Weekly sync from your sources --body-file ${body}`,
    ]);
  });

  it('next week, with the pull request still open: the branch made anew from main and the description updated', () => {
    git(work, 'checkout', '--quiet', '--force', 'main');
    write(join(work, 'content', 'publications', 'c.md'), 'c\n');
    writeFileSync(openPullRequests, '1\n');
    writeFileSync(ghLog, '');
    const result = pullRequest();
    expect(result.status).toBe(0);
    expect(remoteFiles('vita-sync').slice(2)).toEqual(['content/publications/c.md']);
    expect(git(remote, 'rev-parse', 'vita-sync^')).toBe(git(remote, 'rev-parse', 'main'));
    expect(ghCalls()).toEqual(['pr list --head vita-sync --state open --json number --jq length', `pr edit vita-sync --body-file ${body}`]);
  });
});
