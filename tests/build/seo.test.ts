/** Discoverability of the built site: head tags, Scholar meta tags, JSON-LD, sitemap, robots.txt and the feed. */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/contentFolder.ts';
import { htmlPages, loadPage, readPage } from '../helpers/dist.ts';
import { parseName } from '../../src/lib/names.ts';

const SITE = 'https://lapuschkin.com';
const pages = htmlPages();
const indexable = pages.filter((page) => page !== '/404.html');
const content = loadContent();
const jsonLd = (page: string) => {
  const $ = loadPage(page);
  return $('script[type="application/ld+json"]')
    .map((_, element) => JSON.parse($(element).text()) as Record<string, unknown>)
    .get() as Record<string, unknown>[];
};

describe('every page', () => {
  it('has a unique title, a description, lang, Open Graph and Twitter tags', () => {
    const titles = new Set<string>();
    for (const page of pages) {
      const $ = loadPage(page);
      const title = $('title').text();
      expect(title.length, page).toBeGreaterThan(0);
      expect(titles.has(title), `${page}: duplicate title "${title}"`).toBe(false);
      titles.add(title);
      expect($('html').attr('lang'), page).toBe('en-GB');
      expect($('meta[name="description"]').attr('content')?.length, page).toBeGreaterThan(20);
      for (const property of ['og:title', 'og:description', 'og:type', 'og:url']) expect($(`meta[property="${property}"]`).attr('content'), `${page} ${property}`).toBeTruthy();
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/feed.xml');
    }
  });

  it('has a canonical URL on the site (except the 404 page, which is noindex)', () => {
    for (const page of indexable) expect(loadPage(page)('link[rel="canonical"]').attr('href'), page).toBe(`${SITE}${page}`);
    expect(loadPage('/404.html')('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('never writes an empty meta tag', () => {
    for (const page of pages) {
      const $ = loadPage(page);
      $('meta[content]').each((_, element) => expect($(element).attr('content')!.trim(), `${page} ${$.html(element)}`).not.toBe(''));
    }
  });

  it('has only valid JSON-LD', () => {
    for (const page of pages) expect(() => jsonLd(page), page).not.toThrow();
  });
});

describe('publication pages', () => {
  it.each(content.bySection('publications').map((entry) => entry.id))('%s has Google Scholar meta tags and JSON-LD', (id) => {
    const source = content.byId('publications', id) as { title: string; authors: { name: string }[]; year: number; kind: string; venue?: string; arxiv?: string };
    const $ = loadPage(`/publications/${id}/`);
    const meta = (name: string) =>
      $(`meta[name="${name}"]`)
        .map((_, element) => $(element).attr('content'))
        .get();
    expect(meta('citation_title')).toEqual([source.title.replace(/<[^>]+>/g, '')]);
    expect(meta('citation_author').map((author) => author.split(',')[0])).toEqual(source.authors.map((author) => parseName(author.name).family));
    expect(meta('citation_publication_date')).toEqual([String(source.year)]);
    const venueTag = { 'journal-article': 'citation_journal_title', 'conference-paper': 'citation_conference_title', 'book-chapter': 'citation_inbook_title' }[source.kind];
    if (venueTag) expect(meta(venueTag)).toEqual([source.venue]);
    if (source.arxiv) expect(meta('citation_arxiv_id')).toEqual([source.arxiv]);
    const [article, breadcrumbs] = jsonLd(`/publications/${id}/`);
    expect(article).toMatchObject({
      '@type': source.kind === 'book-chapter' ? 'Chapter' : 'ScholarlyArticle',
      datePublished: String(source.year),
      url: `${SITE}/publications/${id}/`,
    });
    expect((article!['author'] as unknown[]).length).toBe(source.authors.length);
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
  });

  it('fills volume, issue and pages where the data has them', () => {
    const $ = loadPage('/publications/hedstrom2023quantus/');
    const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
    expect([meta('citation_volume'), meta('citation_issue'), meta('citation_firstpage'), meta('citation_lastpage')]).toEqual(['24', '34', '1', '11']);
  });
});

describe('structured data elsewhere', () => {
  it('describes the owner as a Person on the home page', () => {
    const [person] = jsonLd('/');
    expect(person).toMatchObject({
      '@type': 'Person',
      name: 'Sebastian Lapuschkin',
      honorificPrefix: 'Dr.',
      jobTitle: 'Head of Explainable Artificial Intelligence',
      affiliation: { name: 'Fraunhofer Heinrich Hertz Institute' },
      sameAs: ['https://github.com/sebastian-lapuschkin', 'https://www.linkedin.com/in/sebastian-lapuschkin'],
    });
    expect(person!['alternateName']).toContain('Sebastian Bach');
    expect(person!['alternateName']).toContain('Bach S');
    expect(person!['award']).toContain('Hugo-Geiger-Prize – Förderpreis für herausragende Promotionsleistungen (1st place)');
  });

  it('lists talks as Events and patents as CreativeWorks with their numbers', () => {
    const [talks] = jsonLd('/talks/');
    expect((talks!['itemListElement'] as unknown[]).length).toBe(23);
    const [patents] = jsonLd('/patents/');
    const works = (patents!['itemListElement'] as { item: { identifier: { value: string }[] } }[]).map((element) => element.item);
    expect(works.flatMap((work) => work.identifier.map((identifier) => identifier.value))).toHaveLength(12);
  });
});

describe('sitemap, robots.txt and feed', () => {
  it('lists every indexable page in the sitemap', () => {
    const index = cheerio.load(readPage('/sitemap-index.xml'), { xml: true });
    const sitemaps = index('sitemap > loc')
      .map((_, element) => index(element).text())
      .get();
    const urls = sitemaps.flatMap((sitemap) => {
      const $ = cheerio.load(readPage(new URL(sitemap).pathname), { xml: true });
      return $('url > loc')
        .map((_, element) => $(element).text())
        .get();
    });
    expect(urls.sort()).toEqual(indexable.map((page) => `${SITE}${page}`).sort());
  });

  it('points robots.txt at the sitemap', () => {
    expect(readPage('/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });

  it('has a feed of all publications and talks, newest first', () => {
    const $ = cheerio.load(readPage('/feed.xml'), { xml: true });
    const dates = $('item > pubDate')
      .map((_, element) => Date.parse($(element).text()))
      .get();
    expect(dates).toHaveLength(51 + 16 + 7);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect($('item > title').first().text()).toBe('Quantus: An Explainable AI Toolkit for Responsible Evaluation of Neural Network Explanations and Beyond');
  });
});
