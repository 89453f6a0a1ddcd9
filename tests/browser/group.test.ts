/** The group fixture's People page and member pages in a real browser: axe-core finds no WCAG 2.2 A/AA violation, in light and dark. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { serveStatic, type RunningServer } from '../../tooling/browser/staticServer.ts';
import { axeOnPages } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/dist.ts';
import { sharedSite } from '../helpers/sites.ts';

const dist = sharedSite('group');
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('axe-core, %s mode', (colorScheme) => {
  it('finds no violation on the People page and the pages of people', async () => {
    const pages = htmlPages(dist).filter((page) => page.startsWith('/people/') || page === '/publications/');
    expect(pages.length).toBe(10);
    expect(await axeOnPages(browser, server.origin, pages, colorScheme)).toEqual([]);
  });
});
