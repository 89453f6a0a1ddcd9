/**
 * Lighthouse (mobile preset) on the home, publications and CV pages of a built
 * site, in Debian's Chromium. Prints the four category scores per page as JSON.
 * Used by `npm run bench -- --lighthouse`.
 *
 * Usage: node tooling/bench/lighthouse/lighthouse.ts <dist-folder>
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../browser/chromium.ts';
import { serveStatic } from '../../browser/staticServer.ts';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node tooling/bench/lighthouse/lighthouse.ts <dist-folder>');
  process.exit(1);
}
const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: CHROMIUM_FLAGS,
});
const scores: Record<string, Record<string, number>> = {};
try {
  for (const [name, path] of [
    ['home', '/'],
    ['publications', '/publications/'],
    ['cv', '/cv/'],
  ] as const) {
    const result = await lighthouse(server.origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result!.lhr.categories;
    scores[name] = Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(JSON.stringify(scores));
