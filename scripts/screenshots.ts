/**
 * Screenshots of every main page in light, dark and phone width, plus the CV
 * printed to PDF (turn it into PNGs with pdftoppm): for looking at what visitors see.
 *
 * Usage: node scripts/screenshots.ts [out-folder] [--readme]   (after npm run build)
 *   --readme  also refresh the README's screenshots in .github/screenshots/
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/staticServer.ts';

const out = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'tmp/screenshots';
mkdirSync(out, { recursive: true });
const pages = { home: '/', publications: '/publications/', publication: '/publications/becking2022ecqx/', talks: '/talks/', patents: '/patents/', cv: '/cv/', missing: '/nope/' };
const server = await serveStatic(join(import.meta.dirname, '..', 'dist'));
const browser = await launchChromium();
for (const [scheme, width] of [['light', 1280], ['dark', 1280], ['light', 360]] as const) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  for (const [name, path] of Object.entries(pages)) {
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
if (process.argv.includes('--readme')) {
  for (const [name, path, colorScheme] of [['home', '/', 'light'], ['publications', '/publications/', 'dark']] as const) {
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
