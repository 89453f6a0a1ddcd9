/**
 * Issue 25 §1: the optional search (`search: true`) over the shipped CV in Chromium, under the
 * base path /vita/ and the site's strict CSP: Pagefind's index is written after the build, the
 * search page finds a paper by words of its title and links it under /vita/, says how many it
 * found, breaks no CSP rule and loads nothing that fails; with JavaScript off it says the search
 * needs it and points to the filters; axe finds nothing with results shown. Off by default: the
 * shared build of the shipped CV has no index, no search page and no script.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { serveStatic, type RunningServer } from '../../tooling/browser/staticServer.ts';
import { buildSite, DIST, fixtureCopy, PROJECT_PAGE, scratchDist, SHIPPED } from '../helpers/build.ts';
import { axeViolations, withPage } from '../helpers/browser.ts';

const settings = readFileSync(join(SHIPPED, 'settings.yaml'), 'utf8');
const dist = scratchDist('search');
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  buildSite(dist, { content: fixtureCopy(SHIPPED, { 'settings.yaml': `${settings}\nsearch: true\n` }), env: PROJECT_PAGE });
  // With the headers the build wrote for the host: Pagefind compiles its WebAssembly in a worker, which the page's <meta> CSP does not cover.
  const headers = readFileSync(join(dist, '_headers'), 'utf8')
    .split('\n')
    .flatMap((line) => {
      const header = /^ {2}([\w-]+): (.*)$/.exec(line);
      return header ? [[header[1]!, header[2]!] as const] : [];
    });
  expect(headers.map(([name]) => name)).toContain('Content-Security-Policy');
  server = await serveStatic(dist, '/vita/', Object.fromEntries(headers));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the search, switched on', () => {
  it('finds a paper by words of its title under /vita/, says how many, within the CSP', async () => {
    const result = await withPage(browser, {}, async (page) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${server.origin}/vita/`);
      await page.click('.site-search');
      await page.fill('#search-query', 'Clever Hans');
      await page.locator('#search-results li').first().waitFor();
      const links = await page.locator('#search-results li > a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      return {
        path: new URL(page.url()).pathname,
        links,
        status: await page.locator('#search-status').textContent(),
        marked: await page.locator('#search-results mark').first().textContent(),
        excerpts: await page.locator('#search-results li > p').allTextContents(),
        note: await page.locator('.search-needs-script').isVisible(),
        colophon: (await page.locator('.site-footer p').first().textContent())?.trim().split(' · ').at(-1),
        problems,
      };
    });
    expect(result.path).toBe('/vita/search/');
    expect(result.links[0]).toBe('/vita/publications/lapuschkin2019unmasking/');
    expect(result.links.every((link) => link?.startsWith('/vita/'))).toBe(true);
    // The CV and the publication lists repeat the publication pages: the search leaves them out.
    expect(result.links.filter((link) => link === '/vita/cv/' || link?.startsWith('/vita/publications/by-year/') || link === '/vita/publications/')).toEqual([]);
    expect(result.status).toBe(`${result.links.length} ${result.links.length === 1 ? 'result' : 'results'}`);
    expect(result.marked?.toLowerCase()).toMatch(/^(clever|hans)$/);
    // What only screen readers hear in author lists stays out of the excerpts.
    expect(result.excerpts.filter((excerpt) => excerpt.includes('site owner'))).toEqual([]);
    expect(result.excerpts.length).toBe(result.links.length);
    expect(result).toMatchObject({ note: false, colophon: 'Built with vita: no tracking.', problems: [] });
  });

  it('with JavaScript off, says it needs it and links the publications, whose filters do not', async () => {
    const result = await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.origin}/vita/search/`);
      return {
        box: await page.locator('search.search-box').isVisible(),
        note: await page.locator('.search-needs-script').textContent(),
        link: await page.locator('.search-needs-script a').getAttribute('href'),
      };
    });
    expect(result).toEqual({
      box: false,
      note: 'The search needs JavaScript, which is off in this browser. The publications can be filtered without it: Publications',
      link: '/vita/publications/',
    });
  });

  it('passes axe with results shown', async () => {
    const found = await withPage(browser, { bypassCSP: true }, async (page) => {
      await page.goto(`${server.origin}/vita/search/`);
      await page.fill('#search-query', 'explainable');
      await page.locator('#search-results li').first().waitFor();
      return axeViolations(page);
    });
    expect(found).toEqual([]);
  });

  it('allows WebAssembly and nothing inline in the CSP of the pages and the headers file', () => {
    const meta = readFileSync(join(dist, 'search', 'index.html'), 'utf8').match(/http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
    expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(meta).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain("script-src 'self' 'wasm-unsafe-eval'; ");
  });
});

describe('the search, off by default', () => {
  it('leaves no index, no search page, no script and the colophon saying no JavaScript', () => {
    expect(['pagefind', 'search', 'search.js'].filter((path) => existsSync(join(DIST, path)))).toEqual([]);
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain('Built with vita: no tracking, no JavaScript.');
  });
});
