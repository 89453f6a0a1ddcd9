/** Reading the built site: its HTML pages, parsed. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST, pageFile } from './build.ts';

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
  return readFileSync(pageFile(path, root), 'utf8');
}

/** Pages parsed, by file, while the file stays as it was: a test process reads the same built pages again and again (3,000 reads of 460 pages a run). */
const parsedPages = new Map<string, { readonly stamp: string; readonly page: cheerio.CheerioAPI }>();

/** A built page, parsed; the same object for every reader of the file, so read it and leave it as it is (to change a page, parse readPage's text). */
export const loadPage = (path: string, root = DIST): cheerio.CheerioAPI => parsedFile(pageFile(path, root));

/** An HTML file, parsed, as loadPage gives it. */
export function parsedFile(file: string): cheerio.CheerioAPI {
  const { ino, mtimeMs, size } = statSync(file);
  const stamp = `${ino}:${mtimeMs}:${size}`;
  const parsed = parsedPages.get(file);
  if (parsed?.stamp === stamp) return parsed.page;
  const page = cheerio.load(readFileSync(file, 'utf8'));
  parsedPages.set(file, { stamp, page });
  return page;
}

/** Whether a page is an old address: a meta refresh that leads elsewhere at once. */
export const isRedirect = (path: string, root = DIST): boolean => loadPage(path, root)('meta[http-equiv="refresh"]').length > 0;

/** The pages a visitor reads: every HTML page but the 404 page and the redirects of old addresses. */
export const readablePages = (root = DIST): string[] => htmlPages(root).filter((page) => page !== '/404.html' && !isRedirect(page, root));
