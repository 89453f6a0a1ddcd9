/**
 * The built site in a real browser: accessibility (axe-core, WCAG 2.2 A/AA, light
 * and dark), the same text with JavaScript off, no horizontal scroll at 320 px,
 * no failed or third-party request, no Content-Security-Policy violation, the
 * site working under a base path, and the CV printed to an A4 PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/build.ts';
import { axeOnPages, chromiumServing, shownText, withPage as withBrowserPage } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/dist.ts';
import { sharedSite } from '../helpers/sites.ts';
import { serveStatic, type RunningServer } from '../../tooling/browser/staticServer.ts';

const pages = htmlPages().filter((page) => page !== '/404.html');
const mainPages = ['/', '/publications/', '/publications/becking2022ecqx/', '/talks/', '/patents/', '/cv/'];
const chromium = chromiumServing(DIST);

const withPage = <T>(options: Parameters<Browser['newContext']>[0], run: (page: Page) => Promise<T>) => withBrowserPage(chromium.browser, options, run);

describe.each(['light', 'dark'] as const)('axe-core, %s mode', (colorScheme) => {
  it('finds no WCAG 2.2 A/AA violation on any page', async () => {
    const found = await axeOnPages(chromium.browser, chromium.origin, [...pages, '/404.html'], colorScheme, false);
    expect(found).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it.each(mainPages)('%s reads the same', async (path) => {
    const withScript = await withPage({}, async (page) => {
      await page.goto(chromium.origin + path);
      return shownText(page);
    });
    const withoutScript = await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(chromium.origin + path);
      return shownText(page);
    });
    expect(withoutScript.length).toBeGreaterThan(200);
    expect(withoutScript).toBe(withScript);
  });
});

describe('at phone width (320 px)', () => {
  it('no page scrolls sideways', async () => {
    const overflowing = await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
      const wide: string[] = [];
      for (const path of pages) {
        await page.goto(chromium.origin + path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${path}: ${width}px`);
      }
      return wide;
    });
    expect(overflowing).toEqual([]);
  });
});

describe('requests', () => {
  it('every request of every main page succeeds and stays on this host', async () => {
    const problems = await withPage({}, async (page) => {
      const found: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) found.push(`${response.status()} ${response.url()}`);
      });
      page.on('request', (request) => {
        if (!request.url().startsWith(chromium.origin) && !request.url().startsWith('data:')) found.push(`third-party ${request.url()}`);
      });
      for (const path of mainPages) await page.goto(chromium.origin + path, { waitUntil: 'networkidle' });
      return found;
    });
    expect(problems).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('is never violated on any page', async () => {
    const violations = await withPage({}, async (page) => {
      const found: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) found.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => found.push(`${page.url()}: ${error.message}`));
      for (const path of [...pages, '/404.html']) await page.goto(chromium.origin + path, { waitUntil: 'load' });
      return found;
    });
    expect(violations).toEqual([]);
  });
});

describe('under the base path /vita/', () => {
  let baseServer: RunningServer;
  beforeAll(async () => {
    // The complete fixture in German on a GitHub project page.
    baseServer = await serveStatic(sharedSite('complete-de-vita'), '/vita/');
  });
  afterAll(() => baseServer?.close());

  it('loads its stylesheet and follows its own links', async () => {
    const result = await withPage({}, async (page) => {
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${baseServer.origin}/vita/`);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.click('nav a:text("Lebenslauf")');
      await page.click('.publication-title a >> nth=0');
      return { background, title: await page.locator('h1').innerText(), url: page.url(), failed };
    });
    expect(result.background).toBe('rgb(251, 250, 247)');
    expect(result.url).toMatch(/\/vita\/publications\/[a-z0-9]+\/$/);
    expect(result.title.length).toBeGreaterThan(10);
    expect(result.failed).toEqual([]);
  });

  it('answers unknown paths with the 404 page', async () => {
    const response = await fetch(`${baseServer.origin}/vita/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Seite nicht gefunden');
  });
});

describe('printed CV', () => {
  const folder = mkdtempSync(join(tmpdir(), 'vita-print-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is a paginated A4 PDF with every section and without navigation', async () => {
    const pdf = await withPage({}, async (page) => {
      await page.goto(`${chromium.origin}/cv/`);
      return page.pdf({ preferCSSPageSize: true });
    });
    const file = join(folder, 'cv.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(3);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const heading of ['Experience', 'Education', 'Research projects', 'Awards', 'Patents', 'Skills', 'Talks', 'Lectures', 'Publications']) {
      expect(text).toMatch(new RegExp(`^\\s*${heading}\\s*$`, 'm'));
    }
    expect(text).toMatch(/\+49\s\(177\)\s483.2754/);
    expect(text).toContain('Kaiserin-Augusta-Allee 92');
    expect(text).not.toContain('Skip to content');
    expect(text).not.toMatch(/Home\s+Publications\s+Talks\s+Patents\s+CV/);
  });
});
