/** What the browser tests share: a fresh page per check, and axe-core's WCAG 2.2 A/AA violations of a page. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { serveStatic, type RunningServer } from '../../tooling/browser/staticServer.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Chromium and a static server of the built site `dist` (under `base`) for a test file: started before its tests,
 * after the hooks the file registered first (a build), and closed after them.
 */
export function chromiumServing(dist: string, base?: string): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(dist, base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return server!.origin;
    },
  };
}

/** Runs `run` on a new page of a new context, and closes the context afterwards. */
export async function withPage<T>(browser: Browser, options: Parameters<Browser['newContext']>[0], run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Violations as "rule: selector" lines, so a failure says what and where (the page's context must bypass the CSP: axe is injected inline). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  }, WCAG_TAGS);
}

/**
 * The text a visitor reads in `selector` (innerText: what is shown, not what CSS hides), every
 * section laid out first: sections far below the fold are laid out only when scrolled near
 * (content-visibility: auto), and until then innerText reads them as empty.
 */
export async function shownText(page: Page, selector = 'body'): Promise<string> {
  await page.locator('main > section').evaluateAll((sections) => {
    for (const section of sections) (section as HTMLElement).style.contentVisibility = 'visible';
  });
  return page.locator(selector).innerText();
}

/**
 * axe-core's violations on every page of `paths` at `origin`, in one colour scheme, as "path rule: selector" lines;
 * with `openDetails`, abstracts and BibTeX are checked open too (their contrast and structure count).
 * axe is injected as an inline script, which the site's own policy rightly refuses: the context bypasses it.
 */
export function axeOnPages(browser: Browser, origin: string, paths: readonly string[], colorScheme: 'light' | 'dark', openDetails = true): Promise<string[]> {
  return withPage(browser, { colorScheme, bypassCSP: true }, async (page) => {
    const all: string[] = [];
    for (const path of paths) {
      await page.goto(origin + path);
      if (openDetails)
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.setAttribute('open', '');
        });
      all.push(...(await axeViolations(page)).map((violation) => `${path} ${violation}`));
    }
    return all;
  });
}

/** The pages of `paths` whose shown text differs with JavaScript on and off (a site must read the same without it). */
export async function differingWithoutScript(browser: Browser, origin: string, paths: readonly string[]): Promise<string[]> {
  const differing: string[] = [];
  for (const path of paths) {
    const text = (javaScriptEnabled: boolean) =>
      withPage(browser, { javaScriptEnabled }, async (page) => {
        await page.goto(origin + path);
        return shownText(page);
      });
    if ((await text(true)) !== (await text(false))) differing.push(path);
  }
  return differing;
}
