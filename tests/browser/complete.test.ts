/**
 * The complete fixture (every content type and kind: career sections, status,
 * formulas, topics, files beside entries, redirects) in a real browser: axe-core
 * in light and dark, the same text with JavaScript off, no sideways scroll at
 * 320 px, no CSP violation or failed request, redirect pages that lead on without
 * JavaScript, and the CV as printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeOnPages, chromiumServing, differingWithoutScript, shownText, withPage } from '../helpers/browser.ts';
import { htmlPages, isRedirect, readablePages } from '../helpers/dist.ts';
import { sharedSite } from '../helpers/sites.ts';

const dist = sharedSite('complete');
let pages: string[] = [];
/** Old addresses: pages whose meta refresh leads elsewhere at once. */
let redirects: string[] = [];

beforeAll(async () => {
  redirects = htmlPages(dist).filter((page) => isRedirect(page, dist));
  pages = readablePages(dist);
});
const chromium = chromiumServing(dist);

describe.each(['light', 'dark'] as const)('axe-core, %s mode', (colorScheme) => {
  it('finds no WCAG 2.2 A/AA violation on any page, with every <details> open', async () => {
    const found = await axeOnPages(chromium.browser, chromium.origin, pages, colorScheme);
    expect(found).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('every page reads the same, formulas included', async () => {
    expect(await differingWithoutScript(chromium.browser, chromium.origin, pages)).toEqual([]);
  });

  it('an old address leads to the new page', async () => {
    const landed = await withPage(chromium.browser, { javaScriptEnabled: false }, async (page) => {
      const urls: string[] = [];
      for (const path of redirects) {
        await page.goto(chromium.origin + path);
        await page.waitForURL((url) => url.pathname !== path);
        urls.push(new URL(page.url()).pathname + new URL(page.url()).hash);
      }
      return urls;
    });
    expect(landed).toEqual(
      ['/publication/2025-sparse-priors/', '/publications.html', '/talks/2024-ismb/'].map(
        (path) =>
          ({
            '/publication/2025-sparse-priors/': '/publications/rossi2025sparse/',
            '/publications.html': '/publications/',
            '/talks/2024-ismb/': '/talks/#talk-2024-06-12-spatial-gp',
          })[path],
      ),
    );
  });
});

describe('at phone width (320 px)', () => {
  it('no page scrolls sideways, formulas and BibTeX open included', async () => {
    const overflowing = await withPage(chromium.browser, { viewport: { width: 320, height: 640 }, bypassCSP: true }, async (page) => {
      const wide: string[] = [];
      for (const path of pages) {
        await page.goto(chromium.origin + path);
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.setAttribute('open', '');
        });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${path}: ${width}px`);
      }
      return wide;
    });
    expect(overflowing).toEqual([]);
  });
});

describe('Content-Security-Policy and requests', () => {
  it('no page violates the policy or fails a request, the PDF beside its paper included', async () => {
    const problems = await withPage(chromium.browser, {}, async (page) => {
      const found: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) found.push(`${page.url()}: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) found.push(`${response.status()} ${response.url()}`);
      });
      for (const path of [...pages, ...redirects]) await page.goto(chromium.origin + path, { waitUntil: 'load' });
      const pdf = await page.request.get(`${chromium.origin}/publications/bianchi2019spatial.pdf`);
      if (!pdf.ok()) found.push(`${pdf.status()} the PDF`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});

describe('printing', () => {
  it('prints the CV with the career sections and the amounts meant for print', async () => {
    const { screen, pdf } = await withPage(chromium.browser, {}, async (page) => {
      await page.goto(`${chromium.origin}/cv/`);
      return { screen: await shownText(page, 'main'), pdf: await page.pdf({ preferCSSPageSize: true }) };
    });
    const folder = mkdtempSync(join(tmpdir(), 'vita-print-'));
    writeFileSync(join(folder, 'printed.pdf'), pdf);
    const printed = execFileSync('pdftotext', ['-layout', join(folder, 'printed.pdf'), '-'], { encoding: 'utf8' });
    rmSync(folder, { recursive: true, force: true });
    for (const heading of ['Grants and funding', 'Teaching', 'Supervision', 'Service']) expect(printed).toMatch(new RegExp(`^\\s*${heading}\\s*$`, 'm'));
    // A `cv` amount is in print, not on screen; a `web` one in both; a `hidden` one in neither.
    expect(printed).toMatch(/CHF\s850,000/);
    expect(screen).not.toMatch(/850,000/);
    expect(screen).toMatch(/CHF\s50,000/);
    expect(printed).not.toMatch(/1,499,250/);
  });
});
