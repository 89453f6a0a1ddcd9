/** Building the site from the tests: into a scratch folder, with a fixed date so output is reproducible. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Where the global test setup builds the shipped site. */
export const DIST = join(ROOT, 'tmp', 'test-dist');
/** The same site built for a GitHub project page: https://example.github.io/vita/. */
export const DIST_UNDER_BASE = join(ROOT, 'tmp', 'test-dist-vita');
export const PROJECT_PAGE = { SITE_URL: 'https://example.github.io', BASE_PATH: '/vita/' } as const;
/** 2026-11-27: the projects running then are "current" in every test build. */
export const SOURCE_DATE_EPOCH = '1796083200';

/** Runs `astro build` into `outDir`; throws with Astro's output when it fails. */
export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH, ...env },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}
