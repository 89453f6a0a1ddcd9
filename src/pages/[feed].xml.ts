/** RSS feed of publications, talks and news, newest first, one per language (/feed.xml, /de/feed.xml); a feed needs absolute links, so there is none without a site URL. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, routesOf } from '../data/routes.ts';
import { languageAt, localeOf, memberAt } from '../data/settings.ts';
import { getSiteData } from '../data/views.ts';
import { feedItems } from '../lib/formats/feed.ts';
import { singleLine } from '../lib/text/singleLine.ts';
import { plain } from '../model/rich.ts';
import { perMember } from '../data/pages.ts';

export const getStaticPaths = perMember(() => (absoluteUrl('/') ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ url }) => {
  const language = languageAt(url);
  const member = memberAt(url);
  const site = await getSiteData(language, member);
  const locale = localeOf(language);
  const { t } = locale;
  // The channel's title and description are text: no line breaks or control characters.
  const name = singleLine(site.profile.name);
  return rss({
    title: t.feed.title(name),
    description: t.feed.description(name),
    site: routesOf(language, member).absoluteUrl('/')!,
    items: feedItems(
      site.publications,
      site.events.map((talk) => ({ ...talk, whereText: plain(talk.entry.where ?? []) })),
      site.news,
    ),
    customData: `<language>${locale.language}</language>`,
  });
};
