/** `npm run preview` serves the build as a static host would: under the base path, with the 404 page for unknown paths. */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST_UNDER_BASE, PROJECT_PAGE, ROOT } from '../helpers/build.ts';
import { distFiles } from '../helpers/dist.ts';

const PORT = 4321 + Math.floor(Math.random() * 1000) + 100;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const preview = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--outDir', DIST_UNDER_BASE], {
  cwd: ROOT,
  env: { ...process.env, ...PROJECT_PAGE, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});

beforeAll(async () => {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (await fetch(`${ORIGIN}/vita/`).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('astro preview did not start');
});
afterAll(() => {
  preview.kill();
});

it('serves pages, assets and exports under /vita/', async () => {
  const css = distFiles(DIST_UNDER_BASE).find((file) => file.endsWith('.css'))!;
  for (const [path, type] of [['/vita/', 'text/html'], ['/vita/publications/lapuschkin2019unmasking/', 'text/html'], [`/vita${css}`, 'text/css'], ['/vita/publications.bib', '']] as const) {
    const response = await fetch(ORIGIN + path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type') ?? '', path).toContain(type);
  }
});

it('answers an unknown path with status 404 and the site’s 404 page', async () => {
  const response = await fetch(`${ORIGIN}/vita/no-such-page/`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('Page not found');
});
