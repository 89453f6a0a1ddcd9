/** `npm run preview` serves the build as a static host would: under the base path, with the 404 page for unknown paths. */
import { preview } from 'astro';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_PAGE, ROOT } from '../helpers/build.ts';
import { distFiles } from '../helpers/dist.ts';
import { preparedContent, sharedSite } from '../helpers/sites.ts';

/** The complete fixture in German on a GitHub project page. */
const DIST_UNDER_BASE = sharedSite('complete-de-vita');
const environment = { ...process.env };

let server: Awaited<ReturnType<typeof preview>>;
let origin: string;

beforeAll(async () => {
  Object.assign(process.env, PROJECT_PAGE, { VITA_CONTENT: preparedContent('complete-de-vita') });
  // Port 0: a free port of its own, so a preview the owner left running cannot get in the way.
  server = await preview({ root: ROOT, outDir: DIST_UNDER_BASE, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  origin = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.stop();
  process.env = environment;
});

it('serves pages, assets and exports under /vita/', async () => {
  const css = distFiles(DIST_UNDER_BASE).find((file) => file.endsWith('.css'))!;
  for (const [path, type] of [
    ['/vita/', 'text/html'],
    ['/vita/publications/rossi2023cellstate/', 'text/html'],
    [`/vita${css}`, 'text/css'],
    ['/vita/publications.bib', ''],
  ] as const) {
    const response = await fetch(origin + path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type') ?? '', path).toContain(type);
  }
});

it('answers an unknown path with status 404 and the site’s 404 page', async () => {
  const response = await fetch(`${origin}/vita/no-such-page/`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('Seite nicht gefunden');
});
