/**
 * The complete fixture as an Arabic site in a real browser: the same axe-core checks as the
 * left-to-right site (tests/browser/complete.test.ts), no page scrolling sideways at 320 px,
 * and the layout mirrored: the date column at the right of the entries, the navigation
 * starting at the right. (html-validate and links: tests/build/rightToLeft.test.ts.)
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAsync, COMPLETE, fixtureCopy, scratchDist } from '../helpers/build.ts';
import { axeOnPages, chromiumServing, withPage } from '../helpers/browser.ts';
import { readablePages } from '../helpers/dist.ts';

const dist = scratchDist('arabic-browser');
const content = fixtureCopy(COMPLETE, { 'settings.yaml': readFileSync(join(COMPLETE, 'settings.yaml'), 'utf8').replace(/^language: en$/m, 'language: ar') });
let pages: string[] = [];

beforeAll(async () => {
  await buildSiteAsync(dist, { content });
  pages = readablePages(dist);
}, 300_000);
afterAll(async () => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(content, '..'), { recursive: true, force: true });
});
const chromium = chromiumServing(dist);

describe.each(['light', 'dark'] as const)('axe-core right to left, %s mode', (colorScheme) => {
  it('finds no WCAG 2.2 A/AA violation on any page, with every <details> open', async () => {
    const found = await axeOnPages(chromium.browser, chromium.origin, pages, colorScheme);
    expect(found).toEqual([]);
  });
});

describe('the layout mirrored', () => {
  it('no page scrolls sideways at 320 px, BibTeX and tables open included', async () => {
    const overflowing = await withPage(chromium.browser, { viewport: { width: 320, height: 640 } }, async (page) => {
      const wide: string[] = [];
      for (const path of pages) {
        await page.goto(chromium.origin + path);
        // Right to left, the page would scroll to the left: try both ways (a wide table scrolls in its own box).
        const { scrollWidth, left } = await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.setAttribute('open', '');
          window.scrollTo(-10_000, 0);
          return { scrollWidth: document.documentElement.scrollWidth, left: window.scrollX };
        });
        if (scrollWidth > 320 || left !== 0) wide.push(`${path}: ${scrollWidth}px wide, scrolled to ${left}px`);
      }
      return wide;
    });
    expect(overflowing).toEqual([]);
  });

  it('puts the CV’s date column at the right of its entries, and the navigation starting at the right', async () => {
    const boxes = await withPage(chromium.browser, { viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(`${chromium.origin}/cv/`);
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const links = page.locator('.site-nav a');
      return {
        date: await box('main .entry.dated .dated-date'),
        title: await box('main .entry.dated .entry-title'),
        first: (await links.nth(0).boundingBox())!,
        // The next one, on the same row: a long navigation wraps, and its last link may start a row of its own at the right.
        second: (await links.nth(1).boundingBox())!,
      };
    });
    expect(boxes.date.x).toBeGreaterThan(boxes.title.x + boxes.title.width - 1);
    expect(boxes.first.y).toBe(boxes.second.y);
    expect(boxes.first.x).toBeGreaterThan(boxes.second.x);
  });
});
