/**
 * A site in two languages in Chromium: the bilingual fixture (English at /, German under /de/,
 * some fields untranslated on purpose) passes axe-core in light and dark mode on every page of
 * both languages, reads the same without JavaScript, and its language switcher leads from each
 * page to the same page in the other language. (Links, html-validate, hreflang pairs and the PDF
 * per language: tests/build/languages.test.ts.)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { serveStatic, type RunningServer } from '../../tooling/browser/staticServer.ts';
import { buildSiteAsync, SITES, scratchDist } from '../helpers/build.ts';
import { axeOnPages, differingWithoutScript, withPage } from '../helpers/browser.ts';
import { readablePages } from '../helpers/dist.ts';

const dist = scratchDist('bilingual-browser');
let server: RunningServer;
let browser: Browser;
let pages: string[] = [];

beforeAll(async () => {
  await buildSiteAsync(dist, { content: join(SITES, 'bilingual') });
  pages = readablePages(dist);
  server = await serveStatic(dist);
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe.each(['light', 'dark'] as const)('axe-core in both languages, %s mode', (colorScheme) => {
  it('finds no WCAG 2.2 A/AA violation on any page, with every <details> open', async () => {
    expect(pages.filter((page) => page.startsWith('/de/')).length).toBeGreaterThan(5);
    const found = await axeOnPages(browser, server.origin, pages, colorScheme);
    expect(found).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('every page of both languages reads the same', async () => {
    expect(await differingWithoutScript(browser, server.origin, pages)).toEqual([]);
  });

  it('the switcher leads from a page to the same page in the other language, and back', async () => {
    const visited = await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.origin}/cv/`);
      await page.locator('a[hreflang="de"]').first().click();
      const german = new URL(page.url()).pathname;
      const lang = await page.locator('html').getAttribute('lang');
      await page.locator('a[hreflang="en"]').first().click();
      return [german, lang, new URL(page.url()).pathname];
    });
    expect(visited).toEqual(['/de/cv/', 'de', '/cv/']);
  });
});
