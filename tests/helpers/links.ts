/**
 * A link checker for built output: every internal href/src (and url() in CSS)
 * must name an existing file, and every #fragment an existing id on its page.
 * Redirect pages (meta refresh) are followed to where they lead, and so are the
 * lines of `_redirects`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles, parsedFile } from './dist.ts';

export interface BrokenLink {
  readonly page: string;
  readonly target: string;
  readonly reason: string;
}

/** `site` is the deployed origin (links to it count as internal); `base` the base path. */
export function brokenLinks(root: string, base: string, site: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const fileFor = (path: string): string | undefined => {
    if (!path.startsWith(base)) return undefined;
    const inside = join(root, decodeURIComponent(path.slice(base.length)));
    if (existsSync(inside) && statSync(inside).isDirectory()) return existsSync(join(inside, 'index.html')) ? join(inside, 'index.html') : undefined;
    return existsSync(inside) ? inside : undefined;
  };
  /** Each HTML file read once: its ids, and where it leads when it is a redirect page (its meta refresh). */
  const pages = new Map<string, { ids: Set<string>; refresh: string | undefined }>();
  const pageOf = (file: string) => {
    let page = pages.get(file);
    if (!page) {
      const $ = parsedFile(file);
      const content = $('meta[http-equiv="refresh"]').attr('content');
      page = {
        ids: new Set(
          $('[id]')
            .map((_, element) => $(element).attr('id')!)
            .get(),
        ),
        refresh: content === undefined ? undefined : /url=(.+)$/i.exec(content)?.[1]?.trim(),
      };
      pages.set(file, page);
    }
    return page;
  };
  const check = (page: string, pageUrl: URL, target: string, hops = 0) => {
    if (/^(mailto|tel|data):/.test(target)) return;
    const resolved = new URL(target, pageUrl);
    if (resolved.origin !== pageUrl.origin) return;
    const file = fileFor(resolved.pathname);
    if (!file) {
      broken.push({ page, target, reason: 'no such file' });
      return;
    }
    const next = file.endsWith('.html') ? pageOf(file).refresh : undefined;
    if (next !== undefined) {
      if (hops >= 5) broken.push({ page, target, reason: 'redirects more than 5 times' });
      else check(page, resolved, next, hops + 1);
      return;
    }
    if (resolved.hash && file.endsWith('.html') && !pageOf(file).ids.has(decodeURIComponent(resolved.hash.slice(1)))) {
      broken.push({ page, target, reason: `no element with id "${resolved.hash.slice(1)}"` });
    }
  };
  for (const path of distFiles(root)) {
    const pageUrl = new URL(`${base.slice(0, -1)}${path}`, site);
    if (path.endsWith('.html')) {
      const $ = parsedFile(join(root, path));
      $('[href], [src]').each((_, element) => {
        const target = $(element).attr('href') ?? $(element).attr('src')!;
        check(path, pageUrl, target);
      });
      continue;
    }
    const text = readFileSync(join(root, path), 'utf8');
    if (path.endsWith('.css')) {
      for (const match of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) check(path, pageUrl, match[1]!);
    } else if (path === '/_redirects') {
      // "old new 301": both must be served, the new one a real page (the old one is its redirect page).
      for (const line of text.split('\n').filter(Boolean)) {
        const [from = '', to = ''] = line.split(/\s+/);
        check(path, pageUrl, from);
        check(path, pageUrl, to);
      }
    } else if (path.endsWith('.xml')) {
      for (const match of text.matchAll(/<(?:loc|link|id)>([^<]+)<\/(?:loc|link|id)>|href="([^"]+)"/g)) check(path, pageUrl, (match[1] ?? match[2])!);
    }
  }
  return broken;
}
