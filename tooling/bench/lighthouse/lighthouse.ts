/**
 * Lighthouse (mobile preset) on the home, publications and CV pages of a built
 * site, in Debian's Chromium. Prints per page the four category scores, the total blocking
 * time and the audits that did not pass, as JSON (LighthousePage of tooling/bench/report.ts).
 * Used by `npm run bench -- --lighthouse`.
 *
 * Usage: node tooling/bench/lighthouse/lighthouse.ts <dist-folder>
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../browser/chromium.ts';
import { serveStatic } from '../../browser/staticServer.ts';
import type { LighthousePage } from '../report.ts';

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
const pages: Record<string, LighthousePage> = {};
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
    const { categories, audits } = result!.lhr;
    pages[name] = {
      scores: Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)])),
      totalBlockingMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      // Audits that count (a score, weighed in a category) and did not pass.
      failed: Object.values(categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]!))
        .filter((audit) => audit.score !== null && audit.score < (audit.scoreDisplayMode === 'binary' ? 1 : 0.9))
        .map((audit) => audit.id),
    };
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(JSON.stringify(pages));
