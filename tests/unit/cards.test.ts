/** Social preview cards: the card model and its key, the layout decisions, the site's cards, rendering, the pool and the cache. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cardAlt, cardKey, shownAuthors, type Card, type CardAuthor } from '../../src/cards/card.ts';
import { pruneUnused } from '../../src/buildCache.ts';
import { isEmptyCache, isIntactPng, openCardCache, rendererFingerprint } from '../../src/cards/cache.ts';
import { publishCardImages } from '../../src/cards/integration.ts';
import { createRenderPool } from '../../src/cards/pool.ts';
import { loadFonts, renderCard, titleStyle } from '../../src/cards/render.ts';
import { cardPathOf, siteAddress, siteCards, type CardContent, type CardLabels } from '../../src/cards/siteCards.ts';
import { pngSize } from '../helpers/png.ts';
import { ROOT } from '../helpers/build.ts';
import { de } from '../../src/i18n/de.ts';

const WORKER = join(ROOT, 'src', 'cards', 'worker.ts');
const scratch = mkdtempSync(join(tmpdir(), 'vita-cards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const authors = (names: string, owner: string): CardAuthor[] => names.split(', ').map((name) => ({ name, isOwner: name === owner }));
const names = (shown: readonly (CardAuthor | null)[]) => shown.map((author) => author?.name ?? '…');

const publicationCard: Card = {
  kind: 'publication',
  lang: 'en',
  eyebrow: 'Journal article',
  title: 'Unmasking Clever Hans Predictors and Assessing what Machines Really Learn',
  subtitle: [],
  authors: authors('Lapuschkin S, Wäldchen S, Binder A, Montavon G, Samek W, Müller K-R', 'Lapuschkin S'),
  venue: 'Nature Communications · 2019',
  siteName: 'Dr. Ada Lovelace',
  siteAddress: 'example.org',
};

describe('card key', () => {
  it('is a 32-digit content hash, the same for the same card in any field order', () => {
    const reordered = Object.fromEntries(Object.entries(publicationCard).reverse()) as unknown as Card;
    expect(cardKey(publicationCard)).toMatch(/^[0-9a-f]{32}$/);
    expect(cardKey(reordered)).toBe(cardKey(publicationCard));
  });

  it('changes with any visible word or emphasis', () => {
    const key = cardKey(publicationCard);
    expect(cardKey({ ...publicationCard, venue: 'Nature Communications · 2020' })).not.toBe(key);
    expect(cardKey({ ...publicationCard, authors: publicationCard.authors.map((author) => author && { ...author, isOwner: false }) })).not.toBe(key);
  });
});

describe('shown authors', () => {
  const seven = authors('Alpha A, Beta B, Gamma G, Delta D, Owner O, Zeta Z, Eta E', 'Owner O');

  it('shows every author when all fit: 45 characters of names and 6 separators', () => {
    expect(names(shownAuthors(seven, 57))).toEqual(['Alpha A', 'Beta B', 'Gamma G', 'Delta D', 'Owner O', 'Zeta Z', 'Eta E']);
  });

  it.each([
    [56, ['Alpha A', 'Beta B', 'Gamma G', 'Delta D', 'Owner O', '…', 'Eta E']],
    [40, ['Alpha A', 'Beta B', '…', 'Owner O', '…', 'Eta E']],
    [29, ['Alpha A', '…', 'Owner O', '…', 'Eta E']],
    [28, ['…', 'Owner O', '…', 'Eta E']],
    // The owner stays even when nothing else fits.
    [5, ['…', 'Owner O', '…']],
  ])('keeps leading names, the owner and the last author within %i characters', (budget, expected) => {
    expect(names(shownAuthors(seven, budget))).toEqual(expected);
  });

  it('keeps an owner who is the last author, and works without an owner', () => {
    const ownerLast = authors('Alpha A, Beta B, Gamma G, Delta D, Owner O', 'Owner O');
    expect(names(shownAuthors(ownerLast, 30))).toEqual(['Alpha A', 'Beta B', '…', 'Owner O']);
    const noOwner = authors('Alpha A, Beta B, Gamma G, Delta D, Eta E', '');
    expect(names(shownAuthors(noOwner, 30))).toEqual(['Alpha A', 'Beta B', '…', 'Eta E']);
  });

  it('keeps the owner at position 34 of 40 in the default budget of 120 characters', () => {
    const forty = Array.from({ length: 40 }, (_, i) => ({ name: i === 33 ? 'Lapuschkin S' : `Østergaard P-M${i}`, isOwner: i === 33 }));
    expect(names(shownAuthors(forty))).toEqual(['Østergaard P-M0', 'Østergaard P-M1', 'Østergaard P-M2', 'Østergaard P-M3', '…', 'Lapuschkin S', '…', 'Østergaard P-M39']);
  });
});

describe('title style', () => {
  it.each([
    ['publication', 'x'.repeat(50), false, { fontSize: 60, maxLines: 3 }],
    ['publication', 'x'.repeat(103), false, { fontSize: 52, maxLines: 3 }],
    // Too long for three lines at any size: four smaller lines, cut with an ellipsis.
    ['publication', 'x'.repeat(300), false, { fontSize: 46, maxLines: 4 }],
    ['person', 'Dr. Sebastian Lapuschkin', false, { fontSize: 84, maxLines: 2 }],
    // Beside a portrait the measure is narrower, so a long name gets smaller.
    ['person', 'Prof. Dr. Åsa Ekström-Dvořák von Hohenstein', true, { fontSize: 56, maxLines: 3 }],
    ['page', 'Talks & lectures', false, { fontSize: 84, maxLines: 2 }],
  ] as const)('%s title of %#', (kind, title, withPortrait, expected) => {
    expect(titleStyle({ kind, title, ...(withPortrait ? { portrait: 'data:' } : {}) })).toEqual(expected);
  });
});

describe('alt text', () => {
  it('reads the card in order, gaps in the author list as an ellipsis', () => {
    expect(cardAlt({ ...publicationCard, authors: [{ name: 'Binder A', isOwner: false }, null, { name: 'Lapuschkin S', isOwner: true }] })).toBe(
      'Journal article. Unmasking Clever Hans Predictors and Assessing what Machines Really Learn. Binder A, …, Lapuschkin S. Nature Communications · 2019',
    );
    expect(
      cardAlt({
        kind: 'person',
        lang: 'en',
        title: 'Dr. Ada Lovelace',
        subtitle: ['Analyst', 'Analytical Society'],
        authors: [],
        siteName: 'Dr. Ada Lovelace',
        siteAddress: 'example.org',
      }),
    ).toBe('Dr. Ada Lovelace. Analyst. Analytical Society');
  });
});

describe('the site’s cards', () => {
  const labels: CardLabels = {
    publications: 'Publikationen',
    talks: 'Vorträge',
    patents: 'Patente',
    cv: 'Lebenslauf',
    notFound: 'Nicht gefunden',
    publicationsOfYear: (year) => `Publikationen ${year}`,
    talksOfYear: (year) => `Vorträge ${year}`,
    publicationKinds: Object.fromEntries(Object.entries(de.publicationKinds).map(([kind, names]) => [kind, names.singular])) as CardLabels['publicationKinds'],
  };
  const content: CardContent = {
    profile: { name: 'Ada Lovelace', honorific: 'Dr.', role: 'Analyst', affiliation: 'Analytical Society' },
    publications: [
      {
        id: 'lovelace1843notes',
        kind: 'journal-article',
        titleText: 'Notes on the Analytical Engine',
        venueText: 'Scientific Memoirs',
        year: 1843,
        language: 'en',
        authorList: { people: authors('Menabrea L, Lovelace A', 'Lovelace A') },
      },
      {
        id: 'lovelace1842sketch',
        kind: 'thesis',
        titleText: 'Skizze',
        venueText: undefined,
        year: 1842,
        language: 'de',
        authorList: { people: authors('Lovelace A', 'Lovelace A') },
      },
    ],
    talks: [{ date: { dates: ['1843-06-01'] } }],
    lectures: [{ date: { dates: ['1841-01-10', '1841-01-11'] } }],
    split: { publications: false, talks: false },
    pages: new Set(['home', 'publications', 'talks', 'cv']),
  };
  const options = { labels, lang: 'de', siteAddress: 'example.org/vita', perPublicationCards: true };

  it('gives every page that is built a card: home, the list pages and each publication', () => {
    const cards = siteCards(content, options);
    expect([...cards.keys()]).toEqual(['home', 'publications', 'talks', 'cv', '404', 'publications/lovelace1843notes', 'publications/lovelace1842sketch']);
    expect(cards.get('home')).toEqual({
      kind: 'person',
      lang: 'de',
      title: 'Dr. Ada Lovelace',
      subtitle: ['Analyst', 'Analytical Society'],
      authors: [],
      siteName: 'Dr. Ada Lovelace',
      siteAddress: 'example.org/vita',
    });
    expect(cards.get('talks')).toEqual({
      kind: 'page',
      lang: 'de',
      title: 'Vorträge',
      subtitle: ['Analyst, Analytical Society'],
      authors: [],
      siteName: 'Dr. Ada Lovelace',
      siteAddress: 'example.org/vita',
    });
    expect(cards.get('publications/lovelace1843notes')).toEqual({
      kind: 'publication',
      lang: 'en',
      eyebrow: 'Zeitschriftenartikel',
      title: 'Notes on the Analytical Engine',
      subtitle: [],
      authors: [
        { name: 'Menabrea L', isOwner: false },
        { name: 'Lovelace A', isOwner: true },
      ],
      venue: 'Scientific Memoirs · 1843',
      siteName: 'Dr. Ada Lovelace',
      siteAddress: 'example.org/vita',
    });
    expect(cards.get('publications/lovelace1842sketch')).toMatchObject({ lang: 'de', eyebrow: 'Abschlussarbeit', venue: '1842' });
  });

  it('adds the years’ pages of split lists, and puts the portrait on the person card', () => {
    const cards = siteCards({ ...content, split: { publications: true, talks: true } }, { ...options, portrait: 'data:image/png;base64,AA==' });
    expect([...cards.keys()].filter((path) => path.includes('by-year'))).toEqual([
      'publications/by-year/1843',
      'publications/by-year/1842',
      'talks/by-year/1843',
      'talks/by-year/1841',
    ]);
    expect(cards.get('talks/by-year/1841')?.title).toBe('Vorträge 1841');
    expect(cards.get('home')?.portrait).toBe('data:image/png;base64,AA==');
  });

  it('maps each page to its card, and publication pages to the person card when per-publication cards are off', () => {
    const cards = siteCards(content, options);
    expect(['/', '', '/cv/', '/404.html', '/publications/', '/publications/lovelace1843notes/', '/unknown/'].map((path) => cardPathOf(path, cards))).toEqual([
      'home',
      'home',
      'cv',
      '404',
      'publications',
      'publications/lovelace1843notes',
      'home',
    ]);
    const shared = siteCards(content, { ...options, perPublicationCards: false });
    expect([...shared.keys()]).toEqual(['home', 'publications', 'talks', 'cv', '404']);
    expect(cardPathOf('/publications/lovelace1843notes/', shared)).toBe('home');
  });

  it.each([
    ['https://example.org', '/', 'example.org'],
    ['https://example.github.io', '/vita/', 'example.github.io/vita'],
    ['http://localhost:4321', '/', 'localhost:4321'],
  ])('shows %s%s as %s', (site, base, expected) => {
    expect(siteAddress(site, base)).toBe(expected);
  });
});

describe('rendering', () => {
  const fonts = loadFonts();
  const portraitPng = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#0a5a9c"/></svg>').render().asPng();
  const personCard: Card = {
    kind: 'person',
    lang: 'en',
    title: 'Dr. Åsa Ekström-Dvořák',
    subtitle: ['Professor of Machine Learning', 'Université Côte d’Azur'],
    authors: [],
    siteName: 'Dr. Åsa Ekström-Dvořák',
    siteAddress: 'example.org',
    portrait: `data:image/png;base64,${Buffer.from(portraitPng).toString('base64')}`,
  };

  it('loads the Latin fonts for every card and other scripts only for the cards that need them', () => {
    const subsets = (text: string) => [...new Set(fonts.forText(text).map((font) => font.name.replace(/^(serif|sans)-/, '')))];
    expect(subsets('Müller K-R, Ekström S')).toEqual(['latin']);
    expect(subsets('Ekstrøm Ł, Marinč Á')).toEqual(['latin', 'latin-ext']);
    expect(subsets('Nguyễn Văn T, Δημητρίου Α, Иванов И')).toEqual(['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic']);
    // One array per set of subsets: satori parses each font once.
    expect(fonts.forText('Binder A')).toBe(fonts.forText('Samek W'));
    expect(fonts.forText('Binder A').map((font) => `${font.name} ${font.weight} ${font.style}`)).toEqual([
      'serif-latin 600 normal',
      'sans-latin 400 normal',
      'sans-latin 600 normal',
      'sans-latin 400 italic',
    ]);
  });

  it('draws a 1200×630 PNG, the same bytes every time', async () => {
    const first = await renderCard(publicationCard, fonts);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(await renderCard(publicationCard, fonts)).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(await renderCard({ ...publicationCard, title: 'Another title' }, fonts)).equals(Buffer.from(first))).toBe(false);
  });

  it('renders the same bytes on the worker pool, cards in parallel, and reports a card it cannot draw', async () => {
    const pool = createRenderPool(WORKER, 2);
    try {
      const [pooled, person] = await Promise.all([pool.render(publicationCard), pool.render(personCard)]);
      expect(Buffer.from(pooled).equals(Buffer.from(await renderCard(publicationCard, fonts)))).toBe(true);
      expect(Buffer.from(person).equals(Buffer.from(await renderCard(personCard, fonts)))).toBe(true);
      await expect(pool.render({ ...personCard, portrait: 'data:image/png;base64,bm90IGEgcG5n' })).rejects.toThrow(
        /^Could not render the preview image "Dr\. Åsa Ekström-Dvořák": /,
      );
      // The pool carries on after a failed card.
      expect(pngSize(await pool.render(publicationCard))).toEqual({ width: 1200, height: 630 });
    } finally {
      await pool.close();
    }
    await expect(pool.render(publicationCard)).rejects.toThrow('the render pool is closed');
  });
});

describe('cache', () => {
  const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2" fill="#0a5a9c"/></svg>').render().asPng();

  it('keeps PNGs by key, written whole by a rename, and ignores what is not a PNG', () => {
    const folder = join(scratch, 'cache');
    const cache = openCardCache(folder);
    expect(cache.find('abc')).toBeUndefined();
    expect(cache.read('abc')).toBeUndefined();
    expect(cache.write('abc', png)).toBe(join(folder, 'abc.png'));
    expect(cache.find('abc')).toBe(join(folder, 'abc.png'));
    expect(cache.read('abc')).toEqual(Buffer.from(png));
    expect(readdirSync(folder)).toEqual(['abc.png']);
    writeFileSync(join(folder, 'broken.png'), 'not a png');
    expect(cache.read('broken')).toBeUndefined();
    expect(isEmptyCache(folder)).toBe(false);
    expect(isEmptyCache(join(scratch, 'no-such-folder'))).toBe(true);
  });

  it('G14: a damaged cached card (emptied, cut short, one byte changed) is no cached card, so the build renders it again', () => {
    const folder = join(scratch, 'damaged');
    const cache = openCardCache(folder);
    const flipped = Buffer.from(png);
    // A byte of the image data: the signature and the chunk lengths still hold, the checksum does not.
    flipped[flipped.length - 20]! ^= 0x01;
    for (const [key, bytes] of [
      ['empty', Buffer.alloc(0)],
      ['cut', Buffer.from(png).subarray(0, png.length - 12)],
      ['flipped', flipped],
    ] as const) {
      cache.write(key, png);
      writeFileSync(join(folder, `${key}.png`), bytes);
      expect(isIntactPng(bytes), key).toBe(false);
      expect(cache.find(key), key).toBeUndefined();
      expect(cache.read(key), key).toBeUndefined();
    }
    expect(isIntactPng(png)).toBe(true);
  });

  it('G12: a cache folder that cannot be written costs one warning, and the cards are kept for this build all the same', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // As when a cache volume is not mounted: .cache is a link to nothing.
      const project = join(scratch, 'unmounted');
      mkdirSync(project);
      symlinkSync(join(scratch, 'no-such-volume'), join(project, '.cache'));
      const cache = openCardCache(join(project, '.cache', 'cards', 'renderer-a'));
      const first = cache.write('k1', png);
      const second = cache.write('k2', png);
      expect(first.startsWith(join(project, '.cache'))).toBe(false);
      expect([readFileSync(first), readFileSync(second)]).toEqual([Buffer.from(png), Buffer.from(png)]);
      expect([cache.find('k1'), cache.read('k2')]).toEqual([first, Buffer.from(png)]);
      expect(warn.mock.calls).toHaveLength(1);
      expect(warn.mock.calls[0]![0]).toMatch(
        /^warning: the build cache .*unmounted\/\.cache\/cards\/renderer-a cannot be written \(ENOENT: .*\); building without it, which only takes longer$/,
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('prunes cards unused since a given time from every renderer’s folder, and the folders left empty', () => {
    const root = join(scratch, 'prune');
    const current = openCardCache(join(root, 'renderer-b'));
    const previous = openCardCache(join(root, 'renderer-a'));
    const files = [current.write('old', png), current.write('used', png), previous.write('old', png)];
    const longAgo = new Date('2020-01-01T00:00:00Z');
    for (const file of files) utimesSync(file, longAgo, longAgo);
    current.read('used');
    expect(pruneUnused(root, Date.parse('2021-01-01T00:00:00Z'))).toBe(2);
    expect(readdirSync(root)).toEqual(['renderer-b']);
    expect(readdirSync(join(root, 'renderer-b'))).toEqual(['used.png']);
    expect(pruneUnused(join(scratch, 'no-such-folder'), Date.now())).toBe(0);
  });

  it('G13: pruning neither follows nor removes a symbolic link inside the cache', () => {
    const root = join(scratch, 'prune-links');
    const outside = join(scratch, 'outside-the-cache');
    mkdirSync(join(outside, 'sub'), { recursive: true });
    mkdirSync(join(root, 'renderer-a'), { recursive: true });
    const longAgo = new Date('2020-01-01T00:00:00Z');
    for (const file of [join(outside, 'old-thesis.tex'), join(outside, 'sub', 'notes.txt'), join(root, 'renderer-a', 'old.png')]) {
      writeFileSync(file, 'old');
      utimesSync(file, longAgo, longAgo);
    }
    writeFileSync(join(outside, 'new.txt'), 'new');
    symlinkSync(outside, join(root, 'linked'));
    symlinkSync(join(outside, 'old-thesis.tex'), join(root, 'renderer-a', 'linked.png'));

    expect(pruneUnused(root, Date.parse('2021-01-01T00:00:00Z'))).toBe(1);
    expect(readdirSync(outside).sort()).toEqual(['new.txt', 'old-thesis.tex', 'sub']);
    expect(readdirSync(join(outside, 'sub'))).toEqual(['notes.txt']);
    expect(readdirSync(root).sort()).toEqual(['linked', 'renderer-a']);
    expect(readdirSync(join(root, 'renderer-a'))).toEqual(['linked.png']);
  });

  it('fingerprints the renderer by its layout source and package versions', () => {
    const project = join(scratch, 'project');
    const packages = ['satori', '@resvg/resvg-js', '@fontsource/source-serif-4', '@fontsource/source-sans-3'];
    for (const name of packages) {
      mkdirSync(join(project, 'node_modules', name), { recursive: true });
      writeFileSync(join(project, 'node_modules', name, 'package.json'), JSON.stringify({ version: '1.0.0' }));
    }
    writeFileSync(join(project, 'render.ts'), 'const layout = 1;');
    const fingerprint = rendererFingerprint(project, ['render.ts']);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(rendererFingerprint(project, ['render.ts'])).toBe(fingerprint);
    writeFileSync(join(project, 'render.ts'), 'const layout = 2;');
    const changedSource = rendererFingerprint(project, ['render.ts']);
    expect(changedSource).not.toBe(fingerprint);
    writeFileSync(join(project, 'node_modules', 'satori', 'package.json'), JSON.stringify({ version: '1.0.1' }));
    expect(rendererFingerprint(project, ['render.ts'])).not.toBe(changedSource);
  });

  it('G14: publishes the cards of a build’s manifest into og/ as copies of their own, and removes the manifest', () => {
    const cache = openCardCache(join(scratch, 'publish-cache', 'renderer-a'));
    const cached = cache.write('k1', png);
    const outDir = join(scratch, 'dist');
    mkdirSync(join(outDir, 'og'), { recursive: true });
    writeFileSync(join(outDir, 'og', 'cards.json'), JSON.stringify({ cards: { home: cached, 'publications/x': cached } }));
    expect(publishCardImages(outDir)).toBe(2);
    const home = join(outDir, 'og', 'home.png');
    expect(readFileSync(join(outDir, 'og', 'publications', 'x.png'))).toEqual(Buffer.from(png));
    expect(readFileSync(home)).toEqual(Buffer.from(png));
    expect(existsSync(join(outDir, 'og', 'cards.json'))).toBe(false);
    // Changed in place (truncated, as `: > file` does), neither side changes the other.
    truncateSync(cached, 0);
    expect(readFileSync(home)).toEqual(Buffer.from(png));
    writeFileSync(home, 'optimised');
    cache.write('k1', png);
    expect(readFileSync(cached)).toEqual(Buffer.from(png));
    expect(statSync(home).ino).not.toBe(statSync(cached).ino);
  });
});
