/**
 * The deployment files: a GitHub Pages workflow and a weekly build using GitHub's official
 * actions only, each pinned to a commit; Dependabot for the actions and npm; a Netlify config;
 * the `.htaccess` the build writes for an Apache web server, read back as Apache parses it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { htaccessFile } from '../../src/lib/formats/htaccess.ts';
import { parseApacheConfig } from '../helpers/apacheConfig.ts';
import { ROOT } from '../helpers/build.ts';
import { joinBase } from '../../src/lib/routes.ts';
import { SECURITY_HEADERS } from '../../src/security.ts';

const WORKFLOWS = join(ROOT, '.github', 'workflows');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflowFiles = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const readWorkflow = (name: string) => parseYaml(readFileSync(join(WORKFLOWS, name), 'utf8'), { uniqueKeys: true }) as Workflow;
const stepsOf = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

/** Every `uses:` line as written, with the comment that YAML parsing drops. */
function usesLines(name: string): { line: number; action: string; comment: string }[] {
  return readFileSync(join(WORKFLOWS, name), 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      const match = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(text);
      return match ? [{ line: index + 1, action: match[1]!, comment: match[2]!.trim() }] : [];
    });
}

describe('GitHub Pages workflow', () => {
  const workflow = readWorkflow('deploy.yml');
  const steps = stepsOf(workflow);

  it('uses only GitHub’s official actions', () => {
    const actions = steps.flatMap((step) => (step.uses ? [step.uses.replace(/@.*$/, '')] : []));
    expect(actions).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/cache', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
  });

  it('checks out the whole history: the CV is dated by the last commit that changed the content, which a shallow clone cannot tell', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))!.with).toMatchObject({ 'fetch-depth': 0 });
  });

  it('restores the preview images and the PDF CV of earlier deploys before building', () => {
    const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    expect(steps[cache]!.with).toMatchObject({ path: '.cache', 'restore-keys': 'build-cache-' });
    expect(cache).toBeLessThan(steps.findIndex((step) => step.run === 'npm run build'));
  });

  it('installs from the lock file, builds with the base path from the repository, and deploys on push to main', () => {
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    expect(steps.find((step) => step.run === 'npm run build')!.env).toMatchObject({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(workflow.on).toMatchObject({ push: { branches: ['main'] } });
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });
});

describe('weekly build', () => {
  const workflow = readWorkflow('weekly-build.yml');

  it('runs every Monday and on demand, installs from the lock file without a cache and builds, with read access only', () => {
    expect(workflow.on).toEqual({ schedule: [{ cron: '23 4 * * 1' }], workflow_dispatch: null });
    const steps = stepsOf(workflow);
    expect(steps.map((step) => step.uses?.replace(/@.*$/, '') ?? step.run)).toEqual(['actions/checkout', 'actions/setup-node', 'npm ci', 'npm run build']);
    expect(steps[1]!.with).toEqual({ 'node-version-file': '.nvmrc' });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});

describe.each([
  [
    'sync.yml',
    '41 4 * * 1',
    'npm run sync -- --description "$RUNNER_TEMP/sync.md"',
    `bash .github/scripts/pull-request.sh vita-sync 'Weekly sync from your sources' "$RUNNER_TEMP/sync.md" content`,
  ],
  [
    'upgrade.yml',
    '53 4 * * 1',
    'if [ -n "$VITA_UPSTREAM" ]; then npm run upgrade -- --from "$VITA_UPSTREAM" --ref "${VITA_UPSTREAM_REF:-main}" --description "$RUNNER_TEMP/upgrade.md" --without-workflows; fi',
    `bash .github/scripts/pull-request.sh vita-upgrade 'Upgrade vita' "$RUNNER_TEMP/upgrade.md" .`,
  ],
])('weekly pull request: %s', (name, cron, command, pullRequest) => {
  const workflow = readWorkflow(name);
  const steps = stepsOf(workflow);

  it('runs every Monday and on demand, with write access to the repository contents and pull requests only', () => {
    expect(workflow.on).toEqual({ schedule: [{ cron }], workflow_dispatch: null });
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('installs from the lock file, runs its command with a description, then opens or updates one pull request with the workflow token only', () => {
    expect(steps.map((step) => step.uses?.replace(/@.*$/, '') ?? step.run)).toEqual(['actions/checkout', 'actions/setup-node', 'npm ci', command, pullRequest]);
    expect(steps[4]!.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
    // No secret, except the optional key of a private Zotero library.
    expect(JSON.stringify(workflow).match(/secrets\.\w+/g) ?? []).toEqual(name === 'sync.yml' ? ['secrets.ZOTERO_API_KEY'] : []);
  });
});

describe('.github/scripts/pull-request.sh', () => {
  const script = readFileSync(join(ROOT, '.github', 'scripts', 'pull-request.sh'), 'utf8');

  it('is valid bash that stops at the first failure', () => {
    expect(spawnSync('bash', ['-n', join(ROOT, '.github', 'scripts', 'pull-request.sh')]).status).toBe(0);
    expect(script).toContain('set -euo pipefail\n');
  });
  // What it does is tested by running it: tests/unit/pullRequestScript.test.ts.
});

describe.each(workflowFiles)('.github/workflows/%s', (name) => {
  it('pins every action to a full commit SHA with its release in a comment', () => {
    const lines = usesLines(name);
    // The line scan sees exactly the actions the YAML parser sees: no `uses:` written another way escapes it.
    expect(lines.map((uses) => uses.action)).toEqual(stepsOf(readWorkflow(name)).flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(lines.length).toBeGreaterThan(0);
    for (const uses of lines) {
      expect(uses.action, `${name}:${uses.line}`).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40}$/);
      expect(uses.comment, `${name}:${uses.line}`).toMatch(/^# v\d+\.\d+\.\d+$/);
    }
  });

  it('checks out without leaving the token in the clone', () => {
    const checkouts = stepsOf(readWorkflow(name)).filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts).toHaveLength(1);
    expect(checkouts[0]!.with).toMatchObject({ 'persist-credentials': false });
  });
});

describe('pinned actions', () => {
  it('name one commit and one release per action across all workflows', () => {
    const pins = new Map<string, Set<string>>();
    for (const uses of workflowFiles.flatMap(usesLines)) {
      const [action, commit] = uses.action.split('@') as [string, string];
      pins.set(action, (pins.get(action) ?? new Set()).add(`${commit} ${uses.comment}`));
    }
    expect([...pins.keys()].sort()).toEqual([
      'actions/cache',
      'actions/checkout',
      'actions/configure-pages',
      'actions/deploy-pages',
      'actions/setup-node',
      'actions/upload-pages-artifact',
    ]);
    for (const [action, versions] of pins) expect([...versions], action).toHaveLength(1);
  });
});

describe('Dependabot', () => {
  const config = parseYaml(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8'), { uniqueKeys: true }) as {
    version: number;
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string }; cooldown: { 'default-days': number } }[];
  };

  it('proposes updates of the pinned actions and the npm packages as weekly pull requests, a week after release', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => [update['package-ecosystem'], update.directory, update.schedule.interval, update.cooldown['default-days']])).toEqual([
      ['github-actions', '/', 'weekly', 7],
      ['npm', '/', 'weekly', 7],
    ]);
  });
});

describe('netlify.toml', () => {
  it('builds with npm run build and publishes dist/, where the build writes _headers', () => {
    const config = parseToml(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')) as { build: { command: string; publish: string } };
    expect(config.build).toMatchObject({ command: 'npm run build', publish: 'dist' });
  });
});

describe('.htaccess (deploy: { htaccess: true })', () => {
  const under = (path: string) => joinBase('/~ada/', path);
  const redirects = [
    { from: '/publications.html', to: '/publications/', title: 'Publications' },
    { from: '/publication/2019-clever(hans)+more/', to: '/publications/lapuschkin2019unmasking/', title: 'Unmasking' },
    { from: '/talks/old%20talk/', to: '/talks/#talk-2022-10-21-a', title: 'A talk' },
  ];
  const directives = parseApacheConfig(htaccessFile(redirects, under));
  const named = (name: string) => directives.filter((directive) => directive.name === name);

  it('sends the 404 page under the base path', () => {
    expect(named('ErrorDocument')).toEqual([{ module: undefined, name: 'ErrorDocument', args: ['404', '/~ada/404.html'] }]);
  });

  it('sets the security headers of _headers (src/security.ts), on every answer, where mod_headers is loaded', () => {
    expect(named('Header')).toEqual(Object.entries(SECURITY_HEADERS).map(([name, value]) => ({ module: 'mod_headers.c', name: 'Header', args: ['always', 'set', name, value] })));
  });

  it('answers each old address, and only it, with a 301 to its new place under the base path', () => {
    const rules = named('RedirectMatch');
    expect(rules.map(({ module, args }) => [module, args[0], args[2]])).toEqual(redirects.map(({ to }) => ['mod_alias.c', '301', under(to)]));
    // Apache matches the decoded path of the request against the pattern.
    const matches = (path: string) => rules.filter(({ args }) => new RegExp(args[1]!).test(path)).map(({ args }) => args[2]);
    expect(matches('/~ada/publications.html')).toEqual(['/~ada/publications/']);
    expect(matches('/~ada/publication/2019-clever(hans)+more/')).toEqual(['/~ada/publications/lapuschkin2019unmasking/']);
    expect(matches('/~ada/talks/old talk/')).toEqual(['/~ada/talks/#talk-2022-10-21-a']);
    for (const near of ['/~ada/publicationsXhtml', '/~ada/publications.html/more', '/publications.html', '/~ada/publication/2019-clever(hans)more/'])
      expect(matches(near), near).toEqual([]);
  });

  it('holds no directive but these, each one AllowOverride FileInfo permits', () => {
    expect([...new Set(directives.map((directive) => directive.name))].sort()).toEqual(['AddType', 'ErrorDocument', 'Header', 'RedirectMatch']);
    expect(named('AddType')).toEqual([{ module: 'mod_mime.c', name: 'AddType', args: ['image/avif', '.avif'] }]);
  });
});
