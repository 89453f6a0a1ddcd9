/** RSS feed of publications and talks, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/routes.ts';
import { getSiteData } from '../data/views.ts';
import { feedItems } from '../lib/feed.ts';
import { singleLine } from '../lib/singleLine.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteData();
  const name = singleLine(site.profile.name);
  return rss({
    title: `${name}: publications and talks`,
    description: `New publications, talks and lectures of ${name}.`,
    site: absoluteUrl('/'),
    items: feedItems(site.publications, [...site.talks, ...site.lectures]),
    customData: '<language>en</language>',
  });
};
