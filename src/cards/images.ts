/**
 * The preview images of this build: the cards of every page from
 * getSiteData(), their PNGs from the cache or rendered on the worker pool, and
 * the Open Graph tags each page needs. Used by BaseLayout and the /og/ routes.
 *
 * The build renders every card into the cache while the pages render (the
 * /og/cards.json route), and the vita:card-images integration copies them into
 * dist/og/ afterwards: thousands of images written as routes would cost seconds
 * of route overhead even when all come from the cache. The dev server serves
 * each image from its own route.
 *
 * Paths are taken from the working folder, which Astro and every script run in:
 * the worker and the layout source are read from src/cards/ there, and the cache
 * lives in .cache/cards/.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { getSiteData } from '../data/views.ts';
import { absoluteUrl } from '../data/routes.ts';
import { defaultLanguage, languageAt, languages, localeOf, memberAt, memberIds, publicFolderOf, settings, settingsOf } from '../data/settings.ts';
import type { SiteData } from '../model/site.ts';
import { DEFAULT_ACCENT } from '../lib/contrast.ts';
import { KIND_ORDER } from '../schemas/publicationKinds.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardKey, type Card } from './card.ts';
import { CACHE_LIFETIME_MS, pruneUnused } from '../buildCache.ts';
import { cacheFolder, openCardCache, rendererFingerprint, type CardCache } from './cache.ts';
import type { CardManifest } from './integration.ts';
import { createRenderPool, sharedRenderPool, type RenderPool } from './pool.ts';
import { cardPathOf, personCard, siteAddress, siteCards, type CardLabels, type SiteCardOptions } from './siteCards.ts';

const ROOT = process.cwd();

/** The cards' words, from a language's catalogue (the same words as the pages' titles). */
function cardLabels(language: string): CardLabels {
  const { t, numeral } = localeOf(language);
  return {
    publications: t.publications.title,
    talks: t.talks.title,
    patents: t.patents.title,
    news: t.news.title,
    cv: t.cv.title,
    notFound: t.notFound.title,
    notFoundLede: t.notFound.lede,
    publicationsOfYear: (year) => t.publications.yearTitle(numeral(year)),
    talksOfYear: (year) => t.talks.yearTitle(numeral(year)),
    publicationKinds: Object.fromEntries(KIND_ORDER.map((kind) => [kind, t.publicationKinds[kind].singular])) as CardLabels['publicationKinds'],
    people: t.people.title,
  };
}

/** Portraits resvg can draw, by file extension. */
const PORTRAIT_TYPES: Readonly<Record<string, string>> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png' };

/** A portrait under a public folder as a data: URL; none for formats the renderer cannot draw (WebP, AVIF). */
function portraitData(portrait: string | undefined, publicFolder: string): string | undefined {
  if (portrait === undefined) return undefined;
  const type = PORTRAIT_TYPES[extname(portrait).toLowerCase()];
  if (type === undefined) return undefined;
  // The content check has made sure the file exists.
  return `data:${type};base64,${readFileSync(join(publicFolder, portrait)).toString('base64')}`;
}

let cards: Promise<ReadonlyMap<string, Card>> | undefined;

/** What the cards of a site (the site's own, or a group's member's: `member`) say and look like in one language. */
async function cardSite(language: string, member?: string): Promise<[SiteData, SiteCardOptions]> {
  const site = await getSiteData(language, member);
  const { accent, base } = settingsOf(member);
  const portrait = portraitData(site.profile.portrait, publicFolderOf(member));
  const locale = localeOf(language);
  return [
    site,
    {
      labels: cardLabels(language),
      lang: locale.language,
      direction: locale.direction,
      accent: (accent ?? DEFAULT_ACCENT).light,
      siteAddress: siteAddress(settings.site ?? 'https://localhost', base),
      perPublicationCards: settings.previewImages.publications,
      ...(portrait === undefined ? {} : { portrait }),
    },
  ];
}

/** The card path prefix of a language's pages: none for the default language's, its code for the others' (de/cv). */
const languagePrefix = (language: string): string => (language === defaultLanguage ? '' : `${language}/`);

/**
 * The cards of one language's pages, by card path: the default language's as the pages' paths, the others' under
 * their code (de/cv); on a group's site, each member's person card (ada/home, ada/de/home), which their pages show.
 */
async function languageCards(language: string): Promise<[string, Card][]> {
  const cards = siteCards(...(await cardSite(language)));
  const members = await Promise.all(
    memberIds.map(async (member): Promise<[string, Card]> => [`${member}/${languagePrefix(language)}home`, personCard(...(await cardSite(language, member)))]),
  );
  return [...[...cards].map(([path, card]): [string, Card] => [`${languagePrefix(language)}${path}`, card]), ...members];
}

/** Every page's card by card path, in every language, built once per build. */
export function getSiteCards(): Promise<ReadonlyMap<string, Card>> {
  cards ??= Promise.all(languages.map(languageCards)).then((all) => new Map(all.flat()));
  return cards;
}

interface Renderer {
  readonly pool: RenderPool;
  readonly cache: CardCache;
}
let renderer: Renderer | undefined;

function getRenderer(): Renderer {
  if (renderer === undefined) {
    pruneUnused(cacheFolder(ROOT), Date.now() - CACHE_LIFETIME_MS);
    renderer = {
      pool: sharedRenderPool() ?? createRenderPool(join(ROOT, 'src', 'cards', 'worker.ts')),
      cache: openCardCache(join(cacheFolder(ROOT), rendererFingerprint(ROOT))),
    };
  }
  return renderer;
}

/** The PNG of the card at `path` (dev server): from the cache when this card was rendered before, else rendered now and cached. */
export async function cardImage(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const card = (await getSiteCards()).get(path);
  if (card === undefined) throw new Error(`There is no preview card "${path}".`);
  const { pool, cache } = getRenderer();
  const key = cardKey(card);
  const cached = cache.read(key);
  if (cached !== undefined) return cached;
  const png = await pool.render(card);
  cache.write(key, png);
  return png;
}

/** Renders every card the cache lacks (or holds damaged), in parallel on the pool, and tells where each card's PNG is. */
export async function renderAllCards(): Promise<CardManifest> {
  const { pool, cache } = getRenderer();
  const keyed = [...(await getSiteCards())].map(([path, card]) => ({ path, card, key: cardKey(card) }));
  const files = new Map(keyed.map(({ key }) => [key, cache.find(key)]));
  const missing = new Map(keyed.filter(({ key }) => files.get(key) === undefined).map(({ key, card }) => [key, card]));
  await Promise.all([...missing].map(async ([key, card]) => files.set(key, cache.write(key, await pool.render(card)))));
  return { cards: Object.fromEntries(keyed.map(({ path, key }) => [path, files.get(key)!])) };
}

export interface PageImage {
  /** Absolute URL of the PNG. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
  /** The card's text, for og:image:alt. */
  readonly alt: string;
}

/** The preview image of the page at `pathname` (as Astro.url.pathname gives it, base path included). */
export async function pageImage(pathname: string): Promise<PageImage> {
  const all = await getSiteCards();
  const base = import.meta.env.BASE_URL;
  const found = cardPathOf(pathname.startsWith(base) ? pathname.slice(base.length) : pathname, all);
  // A page without a card of its own shows the person card of its language: a group's member's, their own.
  const member = memberAt(pathname);
  const path = found === 'home' ? `${member === undefined ? '' : `${member}/`}${languagePrefix(languageAt(pathname))}home` : found;
  return { url: absoluteUrl(`/og/${path}.png`)!, width: CARD_WIDTH, height: CARD_HEIGHT, alt: cardAlt(all.get(path)!) };
}
