/** RSS feed of publications and talks, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/routes.ts';
import { getSiteData } from '../data/views.ts';
import { feedItems } from '../lib/feed.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteData();
  return rss({
    title: `${site.profile.name}: publications and talks`,
    description: `New publications, talks and lectures of ${site.profile.name}.`,
    site: absoluteUrl('/'),
    items: feedItems(site.publications, [...site.talks, ...site.lectures]),
    customData: '<language>en</language>',
  });
};
