/** Reading the built site: its HTML pages, parsed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST } from './build.ts';

/** Every file under the folder, as site paths ("/publications/x/index.html"). */
export function distFiles(root = DIST): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => `/${relative(root, join(item.parentPath, item.name)).split(sep).join('/')}`)
    .sort();
}

/** The HTML pages, by URL path ("/cv/", "/404.html"). */
export function htmlPages(root = DIST): string[] {
  return distFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/index\.html$/, ''));
}

export function readPage(path: string, root = DIST): string {
  return readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

export function loadPage(path: string, root = DIST): cheerio.CheerioAPI {
  return cheerio.load(readPage(path, root));
}

/** Whether a page is an old address: a meta refresh that leads elsewhere at once. */
export const isRedirect = (path: string, root = DIST): boolean => loadPage(path, root)('meta[http-equiv="refresh"]').length > 0;

/** The pages a visitor reads: every HTML page but the 404 page and the redirects of old addresses. */
export const readablePages = (root = DIST): string[] => htmlPages(root).filter((page) => page !== '/404.html' && !isRedirect(page, root));
