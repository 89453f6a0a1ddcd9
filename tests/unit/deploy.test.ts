/** The deployment files: a valid GitHub Pages workflow using official actions only, and a Netlify config. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');

describe('GitHub Pages workflow', () => {
  const workflow = parseYaml(readFileSync(join(ROOT, '.github', 'workflows', 'deploy.yml'), 'utf8'), { uniqueKeys: true }) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('uses only GitHub’s official actions, pinned to a major version', () => {
    const actions = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(actions).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'actions/configure-pages@v5', 'actions/cache@v4', 'actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4']);
  });

  it('restores the preview images of earlier builds before building', () => {
    const cache = steps.findIndex((step) => step.uses === 'actions/cache@v4');
    expect(steps[cache]!.with).toMatchObject({ path: '.cache/cards', 'restore-keys': 'cards-' });
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

describe('netlify.toml', () => {
  it('builds with npm run build and publishes dist/, where the build writes _headers', () => {
    const config = parseToml(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')) as { build: { command: string; publish: string } };
    expect(config.build).toMatchObject({ command: 'npm run build', publish: 'dist' });
  });
});
