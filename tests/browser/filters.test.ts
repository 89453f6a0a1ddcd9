/**
 * Issue 25 §1: the publication filters of the shipped CV in Chromium with JavaScript off:
 * narrowing by kind, years and first author shows exactly the publications the model says,
 * the status line (a CSS counter, read from Chromium's accessibility tree) says how many,
 * headings and chart step aside while a filter is on, "Show all" resets; the keyboard alone
 * works them with a visible focus; axe finds nothing with a filter on, light and dark; and
 * the same under the base path /vita/.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { serveStatic, type RunningServer } from '../../tooling/browser/staticServer.ts';
import { COMPLETE, DIST } from '../helpers/build.ts';
import { sharedSite } from '../helpers/sites.ts';
import { axeViolations, withPage } from '../helpers/browser.ts';
import { groupByKindAndYear } from '../../src/lib/publications.ts';
import { modelOf } from '../helpers/model.ts';

let server: RunningServer;
let baseServer: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(DIST);
  // The complete fixture in German on a GitHub project page (https://example.github.io/vita/).
  baseServer = await serveStatic(sharedSite('complete-de-vita'), '/vita/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await baseServer?.close();
});

const site = await modelOf();
const ids = (test: (publication: (typeof site.publications)[number]) => boolean) =>
  site.publications
    .filter(test)
    .map((publication) => publication.id)
    .sort();

/** The ids of the publications in the filtered list a visitor sees, sorted. */
const visible = (page: Page) => page.locator('.filter-list .publication:visible').evaluateAll((items) => items.map((item) => item.id).sort());

/** The status line as Chromium reads it out: its text with the counter's value. */
async function status(cdp: CDPSession): Promise<string> {
  type AxNode = { nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[] };
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const text = (node: AxNode): string =>
    node.role?.value === 'StaticText'
      ? (node.name?.value ?? '')
      : (node.childIds ?? [])
          .map((id) => byId.get(id))
          .map((child) => (child ? text(child) : ''))
          .join('');
  return nodes
    .filter((node) => node.role?.value === 'status')
    .map(text)
    .join(' | ');
}

describe('with JavaScript off', () => {
  it('narrow the list by kind, years and first author, say how many they show, and reset', async () => {
    const steps = await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${server.origin}/publications/`);
      const seen = async () => ({
        ids: await visible(page),
        status: await status(cdp),
        headings: await page.locator('.filter-list h2:visible, .filter-list h3:visible').count(),
        chart: await page.locator('.filter-unfiltered').isVisible(),
      });
      const all = await seen();
      await page.check('#f-kinds-journal-article');
      const journals = await seen();
      await page.selectOption('select[name="from"]', '2019');
      await page.selectOption('select[name="to"]', '2022');
      const years = await seen();
      await page.check('#f-authorship-first');
      const first = await seen();
      await page.click('.filter-reset');
      return { all, journals, years, first, reset: await seen() };
    });
    // A heading per kind and per year within it.
    const headings = groupByKindAndYear(site.publications).reduce((sum, group) => sum + 1 + group.years.length, 0);
    expect(headings).toBe(25);
    expect(steps.all).toEqual({ ids: ids(() => true), status: 'Showing 51 of 51 publications', headings, chart: true });
    expect(steps.journals.ids).toEqual(ids((publication) => publication.kind === 'journal-article'));
    expect(steps.journals).toMatchObject({ status: 'Showing 21 of 51 publications', headings: 0, chart: false });
    expect(steps.years.ids).toEqual(ids((publication) => publication.kind === 'journal-article' && publication.year >= 2019 && publication.year <= 2022));
    expect(steps.years.status).toBe('Showing 14 of 51 publications');
    expect(steps.first.ids).toEqual(['lapuschkin2019unmasking']);
    expect(steps.first.status).toBe('Showing 1 of 51 publications');
    expect(steps.reset).toEqual(steps.all);
  });

  it('are worked with the keyboard alone, the focused option outlined', async () => {
    const result = await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.origin}/publications/`);
      // Tab to the first radio button of the kinds, then the arrow key moves on and checks "Journal articles".
      for (let i = 0; i < 40 && !(await page.locator('input[name="kinds"]:focus').count()); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      const chip = page.locator('.chip:has(:focus)');
      return {
        focused: (await chip.textContent())?.replace(/\s+/g, ' '),
        outline: await chip.evaluate((element) => `${getComputedStyle(element).outlineStyle} ${getComputedStyle(element).outlineWidth}`),
        shown: (await visible(page)).length,
      };
    });
    expect(result).toEqual({ focused: 'Journal articles (21)', outline: 'solid 3px', shown: 21 });
  });
});

describe.each(['light', 'dark'] as const)('axe-core, %s mode', (colorScheme) => {
  it('finds no WCAG 2.2 A/AA violation with filters on', async () => {
    const found = await withPage(browser, { colorScheme, bypassCSP: true }, async (page) => {
      await page.goto(`${server.origin}/publications/`);
      await page.check('#f-kinds-conference-paper');
      await page.check('#f-authorship-last');
      await page.selectOption('select[name="from"]', '2016');
      return axeViolations(page);
    });
    expect(found).toEqual([]);
  });
});

describe('under the base path /vita/', () => {
  it('load their stylesheet and narrow the list', async () => {
    const result = await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${baseServer.origin}/vita/publications/`);
      await page.check('#f-kinds-journal-article');
      return { shown: await visible(page), failed, stylesheet: await page.locator('link[href$="filters.css"]').getAttribute('href') };
    });
    const complete = await modelOf(COMPLETE);
    const articles = complete.publications.filter((publication) => publication.kind === 'journal-article').map((publication) => publication.id);
    expect(result).toEqual({ shown: articles.sort(), failed: [], stylesheet: '/vita/publications/filters.css' });
    expect(result.shown).toHaveLength(3);
  });
});
