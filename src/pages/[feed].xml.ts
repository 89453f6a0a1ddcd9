/** RSS feed of publications, talks and news, newest first; a feed needs absolute links, so there is none without a site URL. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../data/routes.ts';
import { locale, t } from '../data/settings.ts';
import { getSiteData } from '../data/views.ts';
import { feedItems } from '../lib/feed.ts';

export const getStaticPaths = (() => (absoluteUrl('/') ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const site = await getSiteData();
  return rss({
    title: t.feed.title(site.profile.name),
    description: t.feed.description(site.profile.name),
    site: absoluteUrl('/')!,
    items: feedItems(site.publications, site.events, site.news),
    customData: `<language>${locale.language}</language>`,
  });
};
