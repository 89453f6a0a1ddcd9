/**
 * Files the build writes after the pages, at paths the content chooses: each
 * file beside an entry that an entry links (the content check has turned such
 * links into site paths mirroring the content folder, /publications/x.pdf), a
 * redirect page at every old address, `_redirects` for hosts that answer with a
 * real 301, and `.htaccess` for an Apache web server when the settings ask for
 * it. The vita:site-files integration writes them after every
 * other file, and serves them in `npm run dev` (src/integrations/siteFiles.ts).
 */
import { join } from 'node:path';
import { htaccessFile } from '../lib/formats/htaccess.ts';
import { oldAddressFile, redirectPage, redirectsFile } from '../lib/redirects.ts';
import { paths } from '../lib/routes.ts';
import { getCv } from './cv.ts';
import { siteRedirects } from './redirects.ts';
import { absoluteUrl, url } from './routes.ts';
import { contentFolderOf, defaultLanguage, isBesideEntry, localeOf, memberIds, settings } from './settings.ts';

/** One file: its place in the output folder ("publications/x.pdf", "publication/old/index.html") and a file to copy or a text to write. */
export type SiteFile = { readonly path: string } & ({ readonly copyOf: string } | { readonly text: string });

/** Every linked file of the content folder (a group's member's, under /<member>/, when `member` is given), once, in path order. */
async function filesBesideEntries(member?: string): Promise<SiteFile[]> {
  const cv = await getCv(member);
  const linked = [...cv.publications, ...cv.talks, ...cv.lectures].flatMap((entry) => entry.links.map((link) => link.url));
  // A path under public/ is Astro's to copy; only files of the content folder are ours (a group's list links its members' copies).
  return [...new Set(linked.filter((link) => isBesideEntry(link, member)))]
    .sort()
    .map((link) => ({ path: `${member === undefined ? '' : `${member}/`}${link.slice(1)}`, copyOf: join(contentFolderOf(member), decodeURIComponent(link)) }));
}

let files: Promise<SiteFile[]> | undefined;

/** The files, worked out once per build (and once per content change in dev, where this module is loaded anew). */
export function siteFiles(): Promise<SiteFile[]> {
  files ??= (async () => {
    const redirects = await siteRedirects();
    const locale = localeOf(defaultLanguage);
    const pages = redirects.flatMap((redirect): SiteFile[] => {
      // The content check refuses an old address without a file of its own; none reaches here.
      const place = oldAddressFile(redirect.from);
      if ('error' in place) return [];
      const text = redirectPage({
        target: url(redirect.to),
        canonical: absoluteUrl(redirect.to),
        title: redirect.title,
        lang: locale.language,
        dir: locale.direction,
        labels: locale.t.works,
      });
      return [{ path: place.file, text }];
    });
    const rules = redirects.length > 0 ? [{ path: paths.redirects().slice(1), text: redirectsFile(redirects, url) }] : [];
    const apache = settings.deploy.htaccess ? [{ path: paths.htaccess().slice(1), text: htaccessFile(redirects, url, settings.search) }] : [];
    const members = await Promise.all(memberIds.map((member) => filesBesideEntries(member)));
    return [...(await filesBesideEntries()), ...members.flat(), ...pages, ...rules, ...apache];
  })();
  return files;
}
