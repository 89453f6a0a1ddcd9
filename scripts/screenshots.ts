/**
 * `npm run screenshots`: every main page of a built site in light, dark and
 * phone width, plus the CV printed to PDF (turn it into PNGs with pdftoppm), for
 * looking at what visitors see. Run after a build.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tooling/browser/chromium.ts';
import { serveStatic } from '../tooling/browser/staticServer.ts';

const USAGE = `usage: npm run screenshots -- [--dist dist] [--out tmp/screenshots] [--readme]

Serves the built site on 127.0.0.1 and saves full-page PNGs (and readable slices
of long pages) of each main page in light, dark and at 360 px, and cv-print.pdf.
  --readme  also refresh the README's screenshots in .github/screenshots/`;

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'tmp/screenshots' },
    readme: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}: no built site here; run npm run build first (or pass --dist)`);
  process.exit(1);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const exists = (path: string) => existsSync(join(dist, path, 'index.html'));
const [firstPublication] = existsSync(join(dist, 'publications')) ? readdirSync(join(dist, 'publications')).filter((name) => exists(`publications/${name}`)) : [];
const pages = Object.entries({
  home: '/',
  publications: '/publications/',
  publication: firstPublication ? `/publications/${firstPublication}/` : '',
  talks: '/talks/',
  patents: '/patents/',
  news: '/news/',
  cv: '/cv/',
  // Free pages: the other top-level folders with a page.
  ...Object.fromEntries(
    readdirSync(dist, { withFileTypes: true })
      .filter((item) => item.isDirectory() && !['publications', 'talks', 'patents', 'news', 'cv', '_astro'].includes(item.name) && exists(item.name))
      .map((item) => [item.name, `/${item.name}/`]),
  ),
}).filter(([, path]) => path !== '' && exists(path.slice(1)));

const server = await serveStatic(dist);
const browser = await launchChromium();
for (const [scheme, width] of [
  ['light', 1280],
  ['dark', 1280],
  ['light', 360],
] as const) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  for (const [name, path] of [...pages, ['missing', '/nope/'] as const]) {
    await page.goto(server.origin + path);
    await page.screenshot({ path: join(out, `${name}-${scheme}-${width}.png`), fullPage: true });
    // Readable slices of long pages: the file viewer shrinks a full-page image too far to judge.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0, slice = 1; top < height && slice <= 4; top += 1400, slice++) {
      const clip = { x: 0, y: top, width, height: Math.min(1400, height - top) };
      await page.screenshot({ path: join(out, `${name}-${scheme}-${width}-${slice}.png`), fullPage: true, clip });
    }
  }
  await context.close();
}
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${server.origin}/cv/`);
writeFileSync(join(out, 'cv-print.pdf'), await page.pdf({ preferCSSPageSize: true }));
await context.close();
if (values.readme) {
  for (const [name, path, colorScheme] of [
    ['home', '/', 'light'],
    ['publications', '/publications/', 'dark'],
  ] as const) {
    const readmeContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme });
    const readmePage = await readmeContext.newPage();
    await readmePage.goto(server.origin + path);
    await readmePage.screenshot({ path: join(import.meta.dirname, '..', '.github', 'screenshots', `${name}.png`) });
    await readmeContext.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
