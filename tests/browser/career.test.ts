/**
 * The complete fixture (every career section, news, free pages, linked
 * co-authors) in a real browser, with the same checks as the shipped CV: axe-core
 * (WCAG 2.2 A/AA) in light and dark mode on every page, the same text with
 * JavaScript off, no horizontal scroll at 320 px, no Content-Security-Policy
 * violation, and the printed CV with the amounts visible only in print.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { serveStatic, type RunningServer } from '../../tooling/browser/staticServer.ts';
import { buildSite, COMPLETE, scratchDist } from '../helpers/build.ts';
import { htmlPages } from '../helpers/dist.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const dist = scratchDist('career-browser');

let server: RunningServer;
let browser: Browser;
let pages: string[];
beforeAll(async () => {
  buildSite(dist, { content: COMPLETE });
  pages = htmlPages(dist);
  server = await serveStatic(dist);
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

async function withPage<T>(options: Parameters<Browser['newContext']>[0], run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

describe.each(['light', 'dark'] as const)('axe-core, %s mode', (colorScheme) => {
  it('finds no WCAG 2.2 A/AA violation on any page', async () => {
    const found = await withPage({ colorScheme, bypassCSP: true }, async (page) => {
      const all: string[] = [];
      for (const path of pages) {
        await page.goto(server.origin + path);
        await page.addScriptTag({ content: AXE_SOURCE });
        const violations = await page.evaluate(async (tags) => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
        }, WCAG_TAGS);
        all.push(...violations.map((violation) => `${path} ${violation}`));
      }
      return all;
    });
    expect(found).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it.each(['/', '/cv/', '/news/', '/research/', '/publications/'])('%s reads the same', async (path) => {
    const read = (javaScriptEnabled: boolean) =>
      withPage({ javaScriptEnabled }, async (page) => {
        await page.goto(server.origin + path);
        return page.locator('body').innerText();
      });
    const withoutScript = await read(false);
    expect(withoutScript.length).toBeGreaterThan(200);
    expect(withoutScript).toBe(await read(true));
  });
});

it('no page scrolls sideways at 320 px', async () => {
  const overflowing = await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(server.origin + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    return wide;
  });
  expect(overflowing).toEqual([]);
});

it('never violates the Content-Security-Policy', async () => {
  const violations = await withPage({}, async (page) => {
    const found: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) found.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => found.push(`${page.url()}: ${error.message}`));
    for (const path of pages) await page.goto(server.origin + path, { waitUntil: 'load' });
    return found;
  });
  expect(violations).toEqual([]);
});

it('prints the CV with the career sections and the amounts meant for print', async () => {
  const { screen, pdf } = await withPage({}, async (page) => {
    await page.goto(`${server.origin}/cv/`);
    return { screen: await page.locator('main').innerText(), pdf: await page.pdf({ preferCSSPageSize: true }) };
  });
  const file = join(dist, 'printed.pdf');
  writeFileSync(file, pdf);
  const printed = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const heading of ['Grants and funding', 'Teaching', 'Supervision', 'Service']) expect(printed).toMatch(new RegExp(`^\\s*${heading}\\s*$`, 'm'));
  // A `cv` amount is in print, not on screen; a `web` one in both; a `hidden` one in neither.
  expect(printed).toMatch(/CHF\s850,000/);
  expect(screen).not.toMatch(/850,000/);
  expect(screen).toMatch(/CHF\s50,000/);
  expect(printed).not.toMatch(/1,499,250/);
});
