/**
 * `npm run screenshots`: every kind of page of a built site in light, dark and
 * phone width, plus the CV printed to PDF (turn it into PNGs with pdftoppm), for
 * looking at what visitors see. Run after a build.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtBasePath } from '../tooling/browser/basePath.ts';
import { launchChromium } from '../tooling/browser/chromium.ts';
import { serveStatic } from '../tooling/browser/staticServer.ts';

const USAGE = `usage: npm run screenshots -- [--dist dist] [--out tmp/screenshots] [--base /vita/] [--page name=/path/]… [--readme]

Serves the built site on 127.0.0.1 and saves full-page PNGs (and readable slices
of long pages) of each kind of page in light, dark and at 360 px: home, the
lists, the first publication, topic and year pages, news, patents, the CV, free
pages and the 404 page; and cv-print.pdf (the CV page printed by the browser).
  --base    the base path the site was built for (settings.yaml's base), e.g. /vita/;
            by default the one its home page links to as the site's home
  --page    one more page to take, e.g. --page formulas=/publications/ada2021/ or
            --page impact=/publications/#impact (paths without the base path)
  --readme  also refresh the README's screenshots in .github/screenshots/: the home
            page (light), the publications page (dark), the first page of dist/cv.pdf
            (needs pdftoppm) and the home page's preview card`;

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'tmp/screenshots' },
    base: { type: 'string' },
    page: { type: 'string', multiple: true, default: [] },
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
const basePath = builtBasePath(readFileSync(join(dist, 'index.html'), 'utf8'), values.base);
if ('error' in basePath) {
  console.error(basePath.error);
  process.exit(1);
}
const { base } = basePath;
/** A site path ("/cv/") under the base path ("/vita/cv/"). */
const under = (path: string) => `${base.slice(0, -1)}${path}`;
const extraPages = values.page.map((value) => value.split('=') as [string, string]);
const malformed = values.page.filter((_, i) => extraPages[i]!.length !== 2 || !extraPages[i]![1]!.startsWith('/'));
if (malformed.length > 0) {
  console.error(`--page ${malformed.join(', ')}: expected name=/path/, e.g. --page formulas=/publications/ada2021/`);
  process.exit(1);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const exists = (path: string) => existsSync(join(dist, path, 'index.html'));
/** The first sub-page of a folder (in name order) that is a page, not a redirect folder without one. */
const firstPage = (folder: string) => {
  const names = existsSync(join(dist, folder)) ? readdirSync(join(dist, folder)).filter((name) => exists(`${folder}/${name}`)) : [];
  return names.length > 0 ? `/${folder}/${names.sort()[0]}/` : '';
};
const listPages = ['publications', 'talks', 'patents', 'news', 'cv', 'topics'];
const pages = Object.entries({
  home: '/',
  publications: '/publications/',
  publication: firstPage('publications'),
  'publications-year': firstPage('publications/by-year'),
  talks: '/talks/',
  'talks-year': firstPage('talks/by-year'),
  topic: firstPage('topics'),
  patents: '/patents/',
  news: '/news/',
  cv: '/cv/',
  // Free pages: the other top-level folders with a page.
  ...Object.fromEntries(
    readdirSync(dist, { withFileTypes: true })
      .filter((item) => item.isDirectory() && !listPages.includes(item.name) && exists(item.name))
      .map((item) => [item.name, `/${item.name}/`]),
  ),
  // Each a name and a path: the malformed ones were refused above.
  ...Object.fromEntries(extraPages.map(([name, path]): [string, string] => [name!, path!])),
}).filter(([, path]) => path !== '' && exists(path.slice(1).replace(/#.*$/, '')));

const server = await serveStatic(dist, base);
const browser = await launchChromium();
for (const [scheme, width] of [
  ['light', 1280],
  ['dark', 1280],
  ['light', 360],
] as const) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  for (const [name, path] of [...pages, ['404', '/nope/'] as const]) {
    await page.goto(server.origin + under(path));
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
await page.goto(server.origin + under('/cv/'));
writeFileSync(join(out, 'cv-print.pdf'), await page.pdf({ preferCSSPageSize: true }));
await context.close();
if (values.readme) {
  const folder = join(import.meta.dirname, '..', '.github', 'screenshots');
  mkdirSync(folder, { recursive: true });
  for (const [name, path, colorScheme] of [
    ['home', '/', 'light'],
    ['publications', '/publications/', 'dark'],
  ] as const) {
    const readmeContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme });
    const readmePage = await readmeContext.newPage();
    await readmePage.goto(server.origin + under(path));
    await readmePage.screenshot({ path: join(folder, `${name}.png`) });
    await readmeContext.close();
  }
  // The PDF CV's first page at 50 dpi (about 410 × 580 px) keeps the file small.
  const pdf = join(dist, 'cv.pdf');
  if (existsSync(pdf)) execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(folder, 'cv-pdf')]);
  else console.error(`${pdf}: no PDF CV, so the README keeps its old cv-pdf.png`);
  const card = join(dist, 'og', 'home.png');
  if (existsSync(card)) copyFileSync(card, join(folder, 'preview-card.png'));
  else console.error(`${card}: no preview card (the site has no url), so the README keeps its old preview-card.png`);
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
