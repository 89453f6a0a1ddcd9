/**
 * Every section is optional: a profile alone, the complete fixture, and six sites between them
 * with every pair of sections in every combination (tests/helpers/matrix.ts) all build, show
 * what they have, and have no page, navigation entry, home block, CV section or export entry
 * for what they lack; nothing links to a page that does not exist; the exports stay valid with
 * zero items; no word of the shipped CV's owner appears.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as cheerio from 'cheerio';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import type { SectionName } from '../../src/schemas/sections.ts';
import { CV_SECTIONS } from '../../src/schemas/settings.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { COMPLETE } from '../helpers/build.ts';
import { entryFiles, featurePages, MATRIX_ROWS, OPTIONAL, present } from '../helpers/matrix.ts';
import { preparedContent, sharedSite } from '../helpers/sites.ts';
import { distFiles, htmlPages, loadPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { blocksOf, structuredDataIssues } from '../helpers/structuredData.ts';

/** The rows, each a site of tests/helpers/sites.ts built by the global setup: its name here, its content folder and its build. */
const ROWS: { name: string; content: string; root: string }[] = [
  { name: 'profile only', content: preparedContent('matrix-0'), root: sharedSite('matrix-0') },
  { name: 'complete', content: COMPLETE, root: sharedSite('complete') },
  ...MATRIX_ROWS.map((kept, index) => ({ name: `with ${kept.join(', ')}`, content: preparedContent(`matrix-${index + 2}`), root: sharedSite(`matrix-${index + 2}`) })),
];

it('has every pair of optional sections in every combination: both, each without the other, neither', () => {
  const has = ROWS.map(({ content }) => present(content));
  const missing = OPTIONAL.flatMap((a, i) =>
    OPTIONAL.slice(i + 1).flatMap((b) =>
      [
        [true, true],
        [true, false],
        [false, true],
        [false, false],
      ]
        .filter(([withA, withB]) => !has.some((row) => row.has(a) === withA && row.has(b) === withB))
        .map(([withA, withB]) => `${withA ? '' : 'no '}${a} with ${withB ? '' : 'no '}${b}`),
    ),
  );
  expect(missing).toEqual([]);
});

const jsonResumeSchema = createRequire(import.meta.url)('@jsonresume/schema/schema.json');
const SITE = 'https://maria-rossi.example.org';
/** What the CV's section headings say about each section, in English, in the CV's order; news, free pages and people have none. */
/** The CV's headings in its default order: the one table (CV_SECTIONS) and the catalogue. */
const CV_HEADINGS: Partial<Record<SectionName, string>> = Object.fromEntries(CV_SECTIONS.map((section) => [section, en.cv.sections[section]]));
/** The complete fixture's free pages that ask for a navigation link: research at position 2, group after the others. */
const PAGE_LINKS = { research: { label: 'Research', position: 2 }, group: { label: 'Group', position: undefined } } as const;

// A loop rather than describe.each, whose titles would cut the rows' names short.
for (const { name, content, root } of ROWS) {
  describe(name, () => {
    const has = present(content);
    const count = (section: SectionName) => (has.has(section) ? entryFiles(content, section).length : 0);
    const freePages = has.has('pages') ? entryFiles(content, 'pages').map((file) => file.replace(/\.md$/, '')) : [];
    const expectedPages = [
      '/',
      '/404.html',
      '/cv/',
      ...(has.has('publications') ? ['/publications/', ...entryFiles(content, 'publications').map((file) => `/publications/${file.replace(/\.md$/, '')}/`)] : []),
      ...(has.has('talks') || has.has('lectures') ? ['/talks/'] : []),
      ...(has.has('patents') ? ['/patents/'] : []),
      ...(has.has('news') ? ['/news/'] : []),
      ...freePages.map((id) => `/${id}/`),
      // The index of co-authors (the fixtures' publications all have some), and a page per person of content/people/.
      ...(has.has('publications') ? ['/people/'] : []),
      ...(has.has('people') ? entryFiles(content, 'people').map((file) => `/people/${file.replace(/\.md$/, '')}/`) : []),
      ...featurePages(content, has),
    ];
    // The new person's site has the default settings and no address; the others the complete fixture's settings.
    const hasUrl = resolveSettings(content, {}).site !== undefined;

    it('has a page for each section with entries and none for the others', () => {
      expect(htmlPages(root).sort()).toEqual(expectedPages.sort());
    });

    it('links only pages that exist, in the navigation and everywhere else', () => {
      const home = loadPage('/', root);
      const navigation = home('.site-nav a')
        .map((_, link) => `${home(link).attr('href')} ${home(link).text()}`)
        .get();
      // The new person's site has the default order and labels; the complete fixture's settings reorder and relabel.
      const expected = (
        hasUrl
          ? ['/ Home', '/news/ News', '/cv/ CV', '/publications/ Papers', '/talks/ Talks', '/patents/ Patents']
          : ['/ Home', '/news/ News', '/publications/ Publications', '/talks/ Talks', '/patents/ Patents', '/cv/ CV']
      ).filter((item) => expectedPages.includes(item.split(' ')[0]!));
      // Free pages that ask for a link join at their position, or after the others.
      for (const [id, link] of Object.entries(PAGE_LINKS).filter(([id]) => freePages.includes(id))) {
        expected.splice(link.position === undefined ? expected.length : link.position - 1, 0, `/${id}/ ${link.label}`);
      }
      expect(navigation).toEqual(expected);
      expect(brokenLinks(root, '/', SITE)).toEqual([]);
    });

    it('shows a home block and a CV section only for sections with entries', () => {
      const home = loadPage('/', root);
      expect(home('#featured').length).toBe(has.has('publications') ? 1 : 0);
      expect(home('#talks').length).toBe(has.has('talks') || has.has('lectures') ? 1 : 0);
      expect(home('#projects').length).toBe(has.has('projects') ? 1 : 0);
      expect(home('#news ~ .news-list > li').length).toBe(Math.min(count('news'), 2));
      const cv = loadPage('/cv/', root);
      const headings = cv('main h2')
        .map((_, heading) => cv(heading).text())
        .get();
      const order = Object.keys(CV_HEADINGS);
      expect(headings).toEqual(
        OPTIONAL.filter((section) => has.has(section) && section in CV_HEADINGS)
          .sort((a, b) => order.indexOf(a) - order.indexOf(b))
          .map((section) => CV_HEADINGS[section]),
      );
      expect(cv('.section-nav a').length).toBe(headings.length);
    });

    it('writes valid exports, empty ones included', () => {
      const read = (path: string) => readFileSync(join(root, path), 'utf8');
      const bib = parseBibtex(read('publications.bib'));
      expect(bib.errors).toEqual([]);
      expect(bib.entries).toHaveLength(count('publications'));
      expect(JSON.parse(read('publications.json'))).toHaveLength(count('publications'));
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      const resume = JSON.parse(read('cv.json')) as Record<string, unknown>;
      ajv.validate(jsonResumeSchema, resume);
      expect(ajv.errors ?? []).toEqual([]);
      expect((resume['x-talks'] as unknown[] | undefined)?.length ?? 0).toBe(count('talks'));
      const listed = (key: string) => (resume[key] as unknown[] | undefined)?.length ?? 0;
      expect([listed('volunteer'), listed('x-teaching'), listed('x-supervision'), listed('x-grants'), listed('x-news')]).toEqual(
        (['service', 'teaching', 'supervision', 'grants', 'news'] as const).map(count),
      );
      if (hasUrl) {
        const feed = cheerio.load(read('feed.xml'), { xml: true });
        expect(feed('rss > channel > title').length).toBe(1);
        expect(feed('item').length).toBe(count('publications') + count('talks') + count('lectures') + count('news'));
      } else {
        expect(existsSync(join(root, 'feed.xml'))).toBe(false);
        expect(existsSync(join(root, 'sitemap-index.xml'))).toBe(false);
        expect(loadPage('/', root)('link[rel="canonical"], link[rel="alternate"], meta[property="og:url"]').length).toBe(0);
      }
    });

    it.runIf(has.has('publications') && hasUrl)('shows citation counts with their source and date, and lists the most cited', () => {
      const page = loadPage('/publications/rossi2023cellstate/', root);
      expect(page('article .muted').text()).toContain('cited by 1,131 (OpenAlex, Nov 2026)');
      expect(loadPage('/publications/', root)('#most-cited ~ ol .publication-title').first().text()).toBe('Cell-state transitions resolved in space with Gaussian processes');
    });

    it.runIf(hasUrl)('shows the portrait as AVIF and WebP for 1x and 2x screens, sized, under 30 KB at 1x', () => {
      const home = loadPage('/', root);
      const sources = home('picture source')
        .map((_, source) => `${home(source).attr('type')} ${home(source).attr('srcset')}`)
        .get();
      expect(sources).toHaveLength(2);
      expect(sources[0]).toMatch(/^image\/avif .*\.avif 1x, .*\.avif 2x$/);
      expect(sources[1]).toMatch(/^image\/webp .*\.webp 1x, .*\.webp 2x$/);
      const image = home('picture img');
      expect([image.attr('width'), image.attr('height'), image.attr('alt')]).toEqual(['128', '128', 'An illustration of Maria Rossi smiling, in a plum jumper']);
      const oneX = sources.map((source) => /(\S+) 1x/.exec(source)![1]!);
      for (const file of oneX) expect(statSync(join(root, file)).size).toBeLessThan(30 * 1024);
    });

    it('has structured data on every indexed page, valid against schema.org', async () => {
      // Redirect pages from old addresses are not indexed (robots: noindex).
      const indexed = htmlPages(root).filter((page) => page !== '/404.html' && loadPage(page, root)('meta[name="robots"]').attr('content') !== 'noindex');
      const issues = await Promise.all(indexed.map(async (page) => (await structuredDataIssues(page, root)).map((issue) => `${page} ${issue}`)));
      expect(issues.flat()).toEqual([]);
      expect(indexed.filter((page) => blocksOf(page, root).length === 0)).toEqual([]);
    });

    it('bundles the accent colour of the settings into the stylesheet', () => {
      const css = distFiles(root)
        .filter((file) => file.endsWith('.css'))
        .map((file) => readFileSync(join(root, file), 'utf8'))
        .join('');
      expect(css.includes('--accent:#7a1f5c') || css.includes('--accent: #7a1f5c')).toBe(hasUrl);
    });

    it('has a valid PDF CV, one page for a profile alone', () => {
      const info = execFileSync('pdfinfo', [join(root, 'cv.pdf')], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      if (has.size === 0) expect(pages).toBe(1);
    });

    it('carries no word of the shipped CV’s owner', () => {
      const owner = /Lapuschkin|Fraunhofer|lapuschkin\.com|Sebastian/;
      // The PDF's text is compressed: read it through pdftotext.
      const textOf = (file: string) => (file.endsWith('.pdf') ? execFileSync('pdftotext', [join(root, file), '-'], { encoding: 'utf8' }) : readFileSync(join(root, file), 'utf8'));
      const offending = distFiles(root).filter((file) => /\.(html|xml|json|bib|ris|txt|css|pdf)$/.test(file) && owner.test(textOf(file)));
      expect(offending).toEqual([]);
    });
  });
}
