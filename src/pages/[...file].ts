/**
 * Files the build writes at paths the content chooses: files linked from beside
 * their entries (/publications/x.pdf), a redirect page at every old address,
 * `_redirects` for hosts that answer with a real 301, and `.htaccess` for an
 * Apache web server when the settings ask for it.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { attachments } from '../data/attachments.ts';
import { siteRedirects } from '../data/redirects.ts';
import { absoluteUrl, url } from '../data/routes.ts';
import { locale, settings, t } from '../data/settings.ts';
import { htaccessFile } from '../lib/htaccess.ts';
import { redirectFile, redirectPage, redirectsFile } from '../lib/redirects.ts';

type Props = { body: () => string | Uint8Array<ArrayBuffer> };

export const getStaticPaths = (async () => {
  const redirects = await siteRedirects();
  return [
    ...(await attachments()).map((attachment) => ({ params: { file: attachment.path }, props: { body: () => new Uint8Array(readFileSync(attachment.file)) } satisfies Props })),
    ...redirects.map((redirect) => ({
      params: { file: redirectFile(redirect.from) },
      props: {
        body: () => redirectPage({ target: url(redirect.to), canonical: absoluteUrl(redirect.to), title: redirect.title, lang: locale.language, labels: t.works }),
      } satisfies Props,
    })),
    ...(redirects.length > 0 ? [{ params: { file: '_redirects' }, props: { body: () => redirectsFile(redirects, url) } satisfies Props }] : []),
    ...(settings.deploy.htaccess ? [{ params: { file: '.htaccess' }, props: { body: () => htaccessFile(redirects, url) } satisfies Props }] : []),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => new Response(props.body());
