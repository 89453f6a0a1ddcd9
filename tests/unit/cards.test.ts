/** Social preview cards: the card model and its key, setting text, the site's cards, rendering, the favicon, the pool and the cache. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardAlt, cardKey, shownAuthors, type Card, type CardAuthor } from '../../src/cards/card.ts';
import { pruneUnused } from '../../src/buildCache.ts';
import { isEmptyCache, isIntactPng, openCardCache, rendererFingerprint } from '../../src/cards/cache.ts';
import { faviconSvg, ownIcon } from '../../src/cards/favicon.ts';
import { loadFontSet, type FontSet } from '../../src/cards/fonts.ts';
import { publishCardImages } from '../../src/cards/integration.ts';
import { createRenderPool } from '../../src/cards/pool.ts';
import { cardLayout, createCardRenderer, type CardRenderer, type PlacedParagraph } from '../../src/cards/render.ts';
import { cardPathOf, siteAddress, siteCards, type CardLabels } from '../../src/cards/siteCards.ts';
import { en } from '../../src/i18n/en.ts';
import { FALLBACKS } from '../../src/pdf/fonts.ts';
import { monogram } from '../../src/lib/names.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { KIND_ORDER } from '../../src/schemas/publicationKinds.ts';
import { COMPLETE, ROOT, SHIPPED } from '../helpers/build.ts';
import { modelOf } from '../helpers/model.ts';
import { pngPixels, pngSize } from '../helpers/png.ts';

const WORKER = join(ROOT, 'src', 'cards', 'worker.ts');
const scratch = mkdtempSync(join(tmpdir(), 'vita-cards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const authors = (names: string, owner: string): CardAuthor[] => names.split(', ').map((name) => ({ name, isOwner: name === owner }));
const names = (shown: readonly (CardAuthor | null)[]) => shown.map((author) => author?.name ?? '…');

const publicationCard: Card = {
  kind: 'publication',
  lang: 'en',
  direction: 'ltr',
  accent: '#7a1f5c',
  eyebrow: 'Journal article',
  title: 'Unmasking Clever Hans Predictors and Assessing what Machines Really Learn',
  subtitle: [],
  authors: authors('Lapuschkin\u00A0S, Wäldchen\u00A0S, Binder\u00A0A, Montavon\u00A0G, Samek\u00A0W, Müller\u00A0K-R', 'Lapuschkin\u00A0S'),
  venue: 'Nature Communications · 2019',
  siteName: 'Dr. Ada Lovelace',
  siteAddress: 'example.org',
};
const personCard: Card = {
  kind: 'person',
  lang: 'en',
  direction: 'ltr',
  accent: '#0a5a9c',
  title: 'Dr. Sebastian Lapuschkin',
  subtitle: ['Head of Explainable Artificial Intelligence', 'Fraunhofer Heinrich Hertz Institute'],
  authors: [],
  siteName: 'Dr. Sebastian Lapuschkin',
  siteAddress: 'lapuschkin.com',
};

/** A page card of a site in Arabic, with a Latin abbreviation and a year in its title. */
const arabicCard: Card = {
  kind: 'page',
  lang: 'ar',
  direction: 'rtl',
  accent: '#0a5a9c',
  title: 'نماذج (XAI) لعام 2024',
  subtitle: ['51 منشورًا · 21 مقالة في مجلات'],
  authors: [],
  siteName: 'د. ليلى حداد',
  siteAddress: 'layla-haddad.example.org',
};

/** The cards' words from the English catalogue, as src/cards/images.ts takes them. */
const cardLabelsEn: CardLabels = {
  publications: en.publications.title,
  talks: en.talks.title,
  patents: en.patents.title,
  news: en.news.title,
  cv: en.cv.title,
  notFound: en.notFound.title,
  notFoundLede: en.notFound.lede,
  publicationsOfYear: (year) => en.publications.yearTitle(String(year)),
  talksOfYear: (year) => en.talks.yearTitle(String(year)),
  publicationKinds: Object.fromEntries(KIND_ORDER.map((kind) => [kind, en.publicationKinds[kind].singular])) as CardLabels['publicationKinds'],
  people: en.people.title,
};

let renderer: CardRenderer;
let fonts: FontSet;
beforeAll(async () => {
  renderer = await createCardRenderer();
  fonts = renderer.fonts;
});

/** Where the ink of a placed paragraph ends at the right: its last glyph's advance. */
const rightEdge = ({ paragraph, x }: PlacedParagraph) => Math.max(...paragraph.glyphs.map((glyph) => x + glyph.x - glyph.dx + glyph.advance));
/** The lines of one paragraph of a card, by its role. */
const lines = (placed: readonly PlacedParagraph[], role: PlacedParagraph['role']) => placed.filter((item) => item.role === role).map((item) => item.paragraph.lineTexts);

describe('card key', () => {
  it('is a 32-digit content hash, the same for the same card in any field order', () => {
    const reordered = Object.fromEntries(Object.entries(publicationCard).reverse()) as unknown as Card;
    expect(cardKey(publicationCard)).toMatch(/^[0-9a-f]{32}$/);
    expect(cardKey(reordered)).toBe(cardKey(publicationCard));
  });

  it('changes with any visible word, emphasis or the accent colour', () => {
    const key = cardKey(publicationCard);
    expect(cardKey({ ...publicationCard, venue: 'Nature Communications · 2020' })).not.toBe(key);
    expect(cardKey({ ...publicationCard, authors: publicationCard.authors.map((author) => author && { ...author, isOwner: false }) })).not.toBe(key);
    expect(cardKey({ ...publicationCard, accent: '#0a5a9c' })).not.toBe(key);
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

  it('keeps the owner at position 34 of 40 in the default budget of 104 characters, and the list fits two lines', () => {
    const forty = Array.from({ length: 40 }, (_, i) => ({ name: i === 33 ? 'Lapuschkin\u00A0S' : `Østergaard\u00A0P-M${i}`, isOwner: i === 33 }));
    const shown = shownAuthors(forty);
    expect(names(shown)).toEqual([
      'Østergaard\u00A0P-M0',
      'Østergaard\u00A0P-M1',
      'Østergaard\u00A0P-M2',
      'Østergaard\u00A0P-M3',
      '…',
      'Lapuschkin\u00A0S',
      '…',
      'Østergaard\u00A0P-M39',
    ]);
    const set = lines(cardLayout({ ...publicationCard, authors: shown }, fonts), 'authors')[0]!;
    expect(set).toEqual(['Østergaard\u00A0P-M0, Østergaard\u00A0P-M1, Østergaard\u00A0P-M2, Østergaard\u00A0P-M3, …,', 'Lapuschkin\u00A0S, …, Østergaard\u00A0P-M39']);
  });
});

describe('setting a card’s text', () => {
  it('shapes with HarfBuzz: ligatures, a subscript digit drawn smaller and lower, characters from the Fontsource file that has them', () => {
    expect(fonts.shape('fi', 'serif-600', 60)).toHaveLength(1);
    const [, subscript] = fonts.shape('ℓ₁', 'serif-600', 60);
    expect(subscript!.size).toBeCloseTo(60 * 0.62);
    expect(subscript!.dy).toBeGreaterThan(0);
    const [latin, extended] = fonts.shape('aŁ', 'sans-400', 32);
    expect(latin!.file.id).not.toBe(extended!.file.id);
    expect(fonts.shape('Müller K-R', 'sans-400', 32).every((glyph) => glyph.file.id === latin!.file.id && glyph.glyph !== 0)).toBe(true);
  });

  it('draws CJK, Arabic and emoji from the PDF’s fallback fonts, never as the missing-glyph box; Arabic in a naskh beside serif type, a sans beside sans', () => {
    for (const face of ['serif-600', 'sans-600', 'sans-400-italic'] as const)
      expect(
        fonts
          .shape('学习 تعلم 🙂 한국어 हिन्दी', face, 60)
          .filter((glyph) => glyph.glyph === 0)
          .map((glyph) => glyph.cluster),
        face,
      ).toEqual([]);
    expect(fonts.shape('ل', 'serif-600', 60)[0]!.file.id).not.toBe(fonts.shape('ل', 'sans-400', 60)[0]!.file.id);
  });

  it('joins Arabic letters: every letter of "تعلم" from one font, the lām in its medial form, not the one it has alone', () => {
    // The Chinese fallback has alif, lām and yā' too, unjoined: Arabic must not take them from there.
    const word = fonts.shape('تعلم', 'sans-400', 60);
    expect(new Set(word.map((glyph) => glyph.file.id)).size).toBe(1);
    const alone = fonts.shape('ل', 'sans-400', 60)[0]!;
    const lam = word.find((glyph) => glyph.cluster === 2)!;
    expect(lam.file.id).toBe(alone.file.id);
    expect(lam.glyph).not.toBe(alone.glyph);
  });

  it('sets a name on one line at the largest size it fits, the role and the affiliation under it', () => {
    const placed = cardLayout(personCard, fonts);
    expect(lines(placed, 'title')).toEqual([['Dr. Sebastian Lapuschkin']]);
    expect(placed.find((item) => item.role === 'title')!.paragraph.glyphs[0]!.size).toBe(76);
    expect(lines(placed, 'subtitle')).toEqual([['Head of Explainable Artificial Intelligence'], ['Fraunhofer Heinrich Hertz Institute']]);
    expect(lines(placed, 'siteAddress')).toEqual([['lapuschkin.com']]);
    // The person card's title is the name: no name in its footer.
    expect(lines(placed, 'siteName')).toEqual([]);
  });

  it('visual 3.5: breaks a role line beside the portrait into even lines, with no word alone on the last', () => {
    const placed = cardLayout({ ...personCard, title: 'Dr. Maria Rossi', subtitle: ['Postdoctoral Researcher in Computational Biology', 'ETH Zürich'], portrait: 'data:' }, fonts);
    expect(lines(placed, 'subtitle')).toEqual([['Postdoctoral Researcher', 'in Computational Biology'], ['ETH Zürich']]);
    // A name that fits takes the largest size.
    expect(placed.find((item) => item.role === 'title')!.paragraph.glyphs[0]!.size).toBe(84);
  });

  it('ends a line with a separator rather than begin the next with one', () => {
    const card: Card = { ...personCard, kind: 'page', title: 'Publikationen', subtitle: ['51 Publikationen · 21 Zeitschriftenartikel · 17 Konferenz- und Workshopbeiträge'] };
    expect(lines(cardLayout(card, fonts), 'subtitle')).toEqual([['51 Publikationen · 21 Zeitschriftenartikel ·', '17 Konferenz- und Workshopbeiträge']]);
  });

  it('balances a title over the lines it needs at the largest size that holds it whole', () => {
    const placed = cardLayout(publicationCard, fonts);
    expect(lines(placed, 'title')).toEqual([['Unmasking Clever Hans', 'Predictors and Assessing', 'what Machines Really Learn']]);
    expect(lines(placed, 'eyebrow')).toEqual([['Journal article']]);
    expect(lines(placed, 'authors')).toEqual([['Lapuschkin\u00A0S, Wäldchen\u00A0S, Binder\u00A0A, Montavon\u00A0G, Samek\u00A0W, Müller\u00A0K-R']]);
    expect(lines(placed, 'venue')).toEqual([['Nature Communications · 2019']]);
    expect(lines(placed, 'siteName')).toEqual([['Dr. Ada Lovelace']]);
  });

  it('cuts a title too long for four lines at the smallest size after its last line, with an ellipsis', () => {
    const title = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const set = cardLayout({ ...publicationCard, title }, fonts).find((item) => item.role === 'title')!.paragraph;
    expect(set.lines).toBe(4);
    expect(set.cut).toBe(true);
    expect(set.glyphs[0]!.size).toBe(46);
    expect(set.lineTexts.at(-1)).toMatch(/^word\d+ .*word\d+…$/);
    expect(title.startsWith(set.lineTexts.join(' ').slice(0, -1))).toBe(true);
  });

  it('visual 3.4: sets every text but the title at 32 px or more, on every card of the complete fixture', async () => {
    const options = { labels: cardLabelsEn, lang: 'en', direction: 'ltr' as const, accent: '#7a1f5c', siteAddress: 'maria-rossi.example.org', perPublicationCards: true };
    for (const [path, card] of siteCards(await modelOf(COMPLETE), options)) {
      for (const { role, paragraph } of cardLayout(card, fonts)) if (role !== 'title') expect(paragraph.glyphs[0]!.size, `${path} ${role}`).toBeGreaterThanOrEqual(32);
    }
  });

  it('right to left: sets each line flush right, the words of an Arabic line from right to left, Latin and numbers inside it left to right, brackets facing the text they hold', () => {
    const placed = cardLayout(arabicCard, fonts);
    const title = placed.find((item) => item.role === 'title')!;
    expect(title.paragraph.lineTexts).toEqual(['نماذج (XAI) لعام 2024']);
    // Flush with the text column's right edge (80 px from the card's, the bar's side mirrored).
    expect(rightEdge(title)).toBeCloseTo(1200 - 14 - 92, 0);
    // Left to right on the card: the line's end ("2024") first, its beginning ("تحليل") last.
    const visual = [...title.paragraph.glyphs].sort((a, b) => a.x - b.x);
    const text = arabicCard.title;
    const clusters = visual.map((glyph) => glyph.cluster);
    expect(text.slice(clusters[0]!, clusters[0]! + 1)).toBe('2');
    expect(clusters.slice(0, 4)).toEqual([text.indexOf('2024'), text.indexOf('2024') + 1, text.indexOf('2024') + 2, text.indexOf('2024') + 3]);
    expect(text[clusters.at(-1)!]).toBe('ن');
    const xai = clusters.indexOf(text.indexOf('X'));
    expect(clusters.slice(xai, xai + 3)).toEqual([text.indexOf('X'), text.indexOf('A'), text.indexOf('I')]);
    // The opening bracket, before "XAI" in reading order, stands at its right, drawn as ")" would be left to right.
    const [closing] = fonts.shape(')', 'serif-600', visual[0]!.size);
    expect(visual[xai + 3]!.cluster).toBe(text.indexOf('('));
    expect(visual[xai + 3]!.glyph).toBe(closing!.glyph);
  });

  it('right to left: the footer mirrored, the site’s name at the right, its address at the left', () => {
    const placed = cardLayout(arabicCard, fonts);
    const at = (role: PlacedParagraph['role']) => placed.find((item) => item.role === role)!;
    expect(at('siteAddress').x).toBe(80);
    expect(rightEdge(at('siteName'))).toBeCloseTo(1200 - 14 - 92, 0);
    expect(at('siteName').paragraph.lineTexts).toEqual(['د. ليلى حداد']);
  });

  it('keeps every paragraph of a full card inside the card, above the footer rule', () => {
    const full: Card = {
      ...publicationCard,
      eyebrow: 'Conference paper · Under review',
      title: 'x '.repeat(200),
      authors: shownAuthors(Array.from({ length: 40 }, (_, i) => ({ name: `Author\u00A0${i}`, isOwner: i === 20 }))),
    };
    for (const { role, paragraph, y } of cardLayout(full, fonts)) {
      if (role === 'siteName' || role === 'siteAddress') expect(y + paragraph.height, role).toBeLessThanOrEqual(630);
      else expect(y + paragraph.height, role).toBeLessThanOrEqual(522);
    }
  });
});

describe('the site’s cards', () => {
  const options = { labels: cardLabelsEn, lang: 'en', direction: 'ltr' as const, accent: '#7a1f5c', siteAddress: 'maria-rossi.example.org', perPublicationCards: true };
  const frame = { lang: 'en', direction: 'ltr', accent: '#7a1f5c', authors: [], siteName: 'Dr. Maria Rossi', siteAddress: 'maria-rossi.example.org' };
  const position = 'Postdoctoral Researcher in Computational Biology, ETH Zürich';

  it('gives every page that is built a card: home, the sections, news, the co-authors and each person, each free page and each publication', async () => {
    const cards = siteCards(await modelOf(COMPLETE), options);
    expect([...cards.keys()].filter((path) => !path.startsWith('publications/'))).toEqual([
      'home',
      'publications',
      'talks',
      'patents',
      'news',
      'cv',
      '404',
      'people',
      'people/luca-conti',
      'people/lars-ekstrom',
      'contact',
      'group',
      'research',
    ]);
    expect(cards.get('people/luca-conti')).toEqual({ kind: 'page', ...frame, title: 'Luca Conti', subtitle: ['6 joint publications with Maria Rossi, 2019–2025.'] });
    expect([...cards.keys()].filter((path) => path.startsWith('publications/'))).toHaveLength(14);
    expect(cards.get('home')).toEqual({ kind: 'person', ...frame, title: 'Dr. Maria Rossi', subtitle: ['Postdoctoral Researcher in Computational Biology', 'ETH Zürich'] });
  });

  it('visual 3.3: puts the key numbers on the section cards, the owner’s role with them on the CV card, and no role on the 404 card', async () => {
    const cards = siteCards(await modelOf(COMPLETE), options);
    expect(cards.get('publications')).toEqual({
      kind: 'page',
      ...frame,
      title: 'Publications',
      subtitle: ['14 publications · 3 journal articles · 1 conference or workshop paper'],
    });
    expect(cards.get('cv')?.subtitle).toEqual([position, '14 publications · 1 patent family · 3 talks']);
    expect(cards.get('talks')?.subtitle).toEqual(['3 talks · 1 lecture', position]);
    expect(cards.get('patents')?.subtitle).toEqual(['1 patent family · 2 documents', position]);
    expect(cards.get('404')?.subtitle).toEqual(['There is no page at this address. It may have moved, or the link may be mistyped.']);
    const shipped = siteCards(await modelOf(SHIPPED), options);
    expect(shipped.get('publications')?.subtitle).toEqual(['51 publications · 21 journal articles · 17 conference & workshop papers']);
    expect(shipped.get('cv')?.subtitle).toEqual([
      'Head of Explainable Artificial Intelligence, Fraunhofer Heinrich Hertz Institute',
      '51 publications · 3 patent families · 16 talks',
    ]);
  });

  it('visual 3.6: gives the news page the latest headlines and each free page its title and description', async () => {
    const cards = siteCards(await modelOf(COMPLETE), options);
    expect(cards.get('news')).toEqual({
      kind: 'page',
      ...frame,
      title: 'News',
      subtitle: ['Foundation model preprint', 'Talked about Gaussian processes for spatial data; the material comes from my…'],
    });
    expect(cards.get('research')).toEqual({ kind: 'page', ...frame, title: 'Research', subtitle: ['How cells decide their fate, studied with spatial statistics.'] });
  });

  it('visual 3.1: shows a publication’s status with its kind, and its title in Unicode, never TeX', async () => {
    const cards = siteCards(await modelOf(COMPLETE), options);
    expect(cards.get('publications/rossi2025sparse')).toEqual({
      kind: 'publication',
      ...frame,
      eyebrow: 'Journal article · Accepted',
      title: 'Sparse ℓ₁ priors for k-nearest cell graphs',
      subtitle: [],
      authors: [
        { name: 'Conti\u00A0LM', isOwner: false },
        { name: 'Rossi\u00A0M', isOwner: true },
        { name: 'Keller\u00A0A', isOwner: false },
      ],
      venue: 'Cell Systems · 2025',
    });
    expect(cards.get('publications/rossi2026submitted')).toMatchObject({ eyebrow: 'Journal article · Submitted', venue: '2026' });
    for (const root of [COMPLETE, SHIPPED]) {
      for (const [path, card] of siteCards(await modelOf(root), options)) expect(cardAlt(card), path).not.toMatch(/[$\\]/);
    }
  });

  it('adds the years’ pages of split lists, and puts the portrait on the person card', async () => {
    const site = await modelOf(COMPLETE, { settings: { lists: { ...resolveSettings(COMPLETE, {}).lists, pageLimit: 2 } } });
    const cards = siteCards(site, { ...options, portrait: 'data:image/png;base64,AA==' });
    expect([...cards.keys()].filter((path) => path.includes('by-year'))).toEqual([
      'publications/by-year/2026',
      'publications/by-year/2025',
      'publications/by-year/2024',
      'publications/by-year/2023',
      'publications/by-year/2022',
      'publications/by-year/2021',
      'publications/by-year/2020',
      'publications/by-year/2019',
      'talks/by-year/2024',
      'talks/by-year/2023',
      'talks/by-year/2022',
    ]);
    expect(cards.get('talks/by-year/2023')).toEqual({ kind: 'page', ...frame, title: 'Talks & lectures 2023', subtitle: [position] });
    expect(cards.get('home')?.portrait).toBe('data:image/png;base64,AA==');
  });

  it('maps each page to its card, and publication pages to the person card when per-publication cards are off', async () => {
    const site = await modelOf(COMPLETE);
    const cards = siteCards(site, options);
    expect(['/', '', '/cv/', '/404.html', '/publications/', '/publications/rossi2025sparse/', '/research/', '/topics/single-cell/'].map((path) => cardPathOf(path, cards))).toEqual(
      ['home', 'home', 'cv', '404', 'publications', 'publications/rossi2025sparse', 'research', 'home'],
    );
    const shared = siteCards(site, { ...options, perPublicationCards: false });
    expect([...shared.keys()].some((path) => path.startsWith('publications/'))).toBe(false);
    expect(cardPathOf('/publications/rossi2025sparse/', shared)).toBe('home');
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
  const portraitPng = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#c03020"/></svg>').render().asPng();
  const portrait = `data:image/png;base64,${Buffer.from(portraitPng).toString('base64')}`;

  it('draws a 1200×630 PNG, the same bytes every time', () => {
    const first = renderer.render(publicationCard);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(renderer.render(publicationCard)).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(renderer.render({ ...publicationCard, title: 'Another title' })).equals(Buffer.from(first))).toBe(false);
  });

  it('visual 3.2: colours the bar with the site’s accent, on paper, with the text in ink', () => {
    for (const accent of ['#7a1f5c', '#0a5a9c']) {
      const pixels = pngPixels(renderer.render({ ...publicationCard, accent }));
      expect([pixels.at(0, 0), pixels.at(13, 629)]).toEqual([accent, accent]);
      expect([pixels.at(14, 300), pixels.at(1199, 0)]).toEqual(['#fbfaf7', '#fbfaf7']);
    }
    // The middle of the title's first stem: the ink.
    const placed = cardLayout(publicationCard, fonts).find((item) => item.role === 'title')!;
    const ink = new Set(
      Array.from({ length: 12 }, (_, i) => pngPixels(renderer.render(publicationCard)).at(placed.x + 6, Math.round(placed.y + placed.paragraph.glyphs[0]!.y) - 4 - i * 3)),
    );
    expect(ink).toContain('#1c2230');
  });

  it('puts the portrait in its ring on the person card, and refuses an image it cannot decode', () => {
    const pixels = pngPixels(renderer.render({ ...personCard, portrait }));
    // The portrait's centre, inside its ring at the right of the card.
    expect(pixels.at(990, 260)).toBe('#c03020');
    expect(() => renderer.render({ ...personCard, portrait: 'data:image/png;base64,bm90IGEgcG5n' })).toThrow('the portrait is not an image that can be drawn');
  });

  it('right to left: draws the bar down the right edge, the portrait at the left, and Arabic in joined letters', () => {
    const person: Card = { ...arabicCard, kind: 'person', title: 'د. ليلى حداد', subtitle: ['أستاذة مشاركة في علوم الحاسوب', 'جامعة القاهرة'], portrait };
    const image = renderer.render(person);
    const pixels = pngPixels(image);
    expect([pixels.at(1199, 0), pixels.at(1186, 629)]).toEqual(['#0a5a9c', '#0a5a9c']);
    expect([pixels.at(0, 0), pixels.at(1185, 300)]).toEqual(['#fbfaf7', '#fbfaf7']);
    // The portrait's centre, mirrored from 990 px: at the left of the card.
    expect(pixels.at(1200 - 990, 260)).toBe('#c03020');
    expect(pixels.at(990, 260)).not.toBe('#c03020');
    // Every glyph drawn is a letter, none the missing-glyph box.
    for (const { role, paragraph } of cardLayout(person, fonts))
      expect(
        paragraph.glyphs.filter((glyph) => glyph.glyph === 0).map((glyph) => glyph.cluster),
        role,
      ).toEqual([]);
  });

  it('renders the same bytes on the worker pool, and reports a card it cannot draw', async () => {
    const pool = createRenderPool(WORKER, 2);
    try {
      const [pooled, person] = await Promise.all([pool.render(publicationCard), pool.render({ ...personCard, portrait })]);
      expect(Buffer.from(pooled).equals(Buffer.from(renderer.render(publicationCard)))).toBe(true);
      expect(Buffer.from(person).equals(Buffer.from(renderer.render({ ...personCard, portrait })))).toBe(true);
      await expect(pool.render({ ...personCard, portrait: 'data:image/png;base64,bm90IGEgcG5n' })).rejects.toThrow(
        /^Could not render the preview image "Dr\. Sebastian Lapuschkin": /,
      );
      // The pool carries on after a failed card.
      expect(pngSize(await pool.render(publicationCard))).toEqual({ width: 1200, height: 630 });
    } finally {
      await pool.close();
    }
    await expect(pool.render(publicationCard)).rejects.toThrow('the render pool is closed');
  });
});

describe('favicon', () => {
  it.each([
    ['Sebastian Lapuschkin', 'SL'],
    ['Jean-Luc Picard', 'JP'],
    ['Åsa Ekström-Dvořák', 'ÅE'],
    ['Lovelace A', 'AL'],
    ['Madonna', 'M'],
  ])('takes the initials of %s: %s', (name, initials) => {
    expect(monogram(name)).toBe(initials);
  });

  it('visual 2.1.9: draws the initials as outlines on the accent colour, in the ink that reads on it, the same bytes every time', async () => {
    const set = await loadFontSet();
    const svg = faviconSvg('MR', '#7a1f5c', set);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#7a1f5c"\/><g fill="#ffffff">(<path [^>]+\/>){2}<\/g><\/svg>\n$/,
    );
    expect(svg).not.toMatch(/<text|<script|<style/);
    expect(faviconSvg('MR', '#7a1f5c', set)).toBe(svg);
    expect(faviconSvg('M', '#f0a8d8', set)).toContain('<g fill="#0b1220">');
    // It shows something in the middle, in the ink.
    const pixels = pngPixels(new Resvg(svg, { fitTo: { mode: 'width', value: 64 } }).render().asPng());
    expect(pixels.at(2, 32)).toBe('#7a1f5c');
    expect(Array.from({ length: 40 }, (_, x) => pixels.at(12 + x, 32))).toContain('#ffffff');
  });

  it('is the owner’s own when public/ has a favicon.svg, .ico or .png (the SVG first)', () => {
    const folder = join(scratch, 'public');
    mkdirSync(folder);
    expect(ownIcon(folder)).toBeUndefined();
    writeFileSync(join(folder, 'favicon.ico'), '');
    expect(ownIcon(folder)).toEqual({ path: '/favicon.ico', type: 'image/x-icon' });
    writeFileSync(join(folder, 'favicon.svg'), '');
    expect(ownIcon(folder)).toEqual({ path: '/favicon.svg', type: 'image/svg+xml' });
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
    const packages = [
      'harfbuzzjs',
      'bidi-js',
      '@resvg/resvg-js',
      '@fontsource/source-serif-4',
      '@fontsource/source-sans-3',
      '@fontsource/noto-sans-arabic',
      ...FALLBACKS.map((fallback) => `@fontsource/${fallback.name}`),
    ];
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
    writeFileSync(join(project, 'node_modules', 'harfbuzzjs', 'package.json'), JSON.stringify({ version: '1.0.1' }));
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
