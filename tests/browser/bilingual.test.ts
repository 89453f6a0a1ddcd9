/**
 * A site in two languages in Chromium: the bilingual fixture (English at /, German under /de/,
 * some fields untranslated on purpose) passes axe-core in light and dark mode on every page of
 * both languages, reads the same without JavaScript, and its language switcher leads from each
 * page to the same page in the other language. (Links, html-validate, hreflang pairs and the PDF
 * per language: tests/build/languages.test.ts.)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAsync, SITES, scratchDist } from '../helpers/build.ts';
import { axeOnPages, chromiumServing, differingWithoutScript, withPage } from '../helpers/browser.ts';
import { readablePages } from '../helpers/dist.ts';

const dist = scratchDist('bilingual-browser');
let pages: string[] = [];

beforeAll(async () => {
  await buildSiteAsync(dist, { content: join(SITES, 'bilingual') });
  pages = readablePages(dist);
}, 300_000);
afterAll(async () => {
  rmSync(dist, { recursive: true, force: true });
});
const chromium = chromiumServing(dist);

describe.each(['light', 'dark'] as const)('axe-core in both languages, %s mode', (colorScheme) => {
  it('finds no WCAG 2.2 A/AA violation on any page, with every <details> open', async () => {
    expect(pages.filter((page) => page.startsWith('/de/')).length).toBeGreaterThan(5);
    const found = await axeOnPages(chromium.browser, chromium.origin, pages, colorScheme);
    expect(found).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('every page of both languages reads the same', async () => {
    expect(await differingWithoutScript(chromium.browser, chromium.origin, pages)).toEqual([]);
  });

  it('the switcher leads from a page to the same page in the other language, and back', async () => {
    const visited = await withPage(chromium.browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${chromium.origin}/cv/`);
      await page.locator('a[hreflang="de"]').first().click();
      const german = new URL(page.url()).pathname;
      const lang = await page.locator('html').getAttribute('lang');
      await page.locator('a[hreflang="en"]').first().click();
      return [german, lang, new URL(page.url()).pathname];
    });
    expect(visited).toEqual(['/de/cv/', 'de', '/cv/']);
  });
});
