/**
 * Every section is optional: a profile alone, the complete fixture without each
 * section in turn, and the profile with each section alone all build, show what
 * they have, and have no page, navigation entry, home block, CV section or export
 * entry for what they lack; nothing links to a page that does not exist; the
 * exports stay valid with zero items; no word of the shipped CV's owner appears.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as cheerio from 'cheerio';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PAGE_SECTIONS, paths, type NavigablePage } from '../../src/lib/routes.ts';
import { ENTRY_KINDS, type EntryKind } from '../../src/schemas/references.ts';
import { en } from '../../src/i18n/en.ts';
import { references, sections, type SectionName } from '../../src/schemas/sections.ts';
import { CV_SECTIONS } from '../../src/schemas/settings.ts';
import { buildSiteAsync, COMPLETE, inBatches, MINIMAL, scratchDist } from '../helpers/build.ts';
import { distFiles, htmlPages, loadPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { blocksOf, structuredDataIssues } from '../helpers/structuredData.ts';

const OPTIONAL = (Object.keys(sections) as SectionName[]).filter((section) => section !== 'profile');
const scratch = scratchDist('matrix');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The entry files of a folder section (files beside them, such as PDFs, are not entries). */
const entryFiles = (folder: string, section: SectionName) => readdirSync(join(folder, sections[section].path)).filter((file) => file.endsWith('.md'));

/** Ids of the entries in a content folder, by section. */
function idsIn(folder: string): Map<SectionName, Set<string>> {
  return new Map(
    OPTIONAL.map((section) => {
      const path = join(folder, sections[section].path);
      const files = sections[section].shape === 'folder' && existsSync(path) ? entryFiles(folder, section) : [];
      return [section, new Set(files.map((file) => file.replace(/\.md$/, '')))];
    }),
  );
}

/**
 * The ids, typed references (kind:id) and site paths a file names: front-matter
 * references, news items' `about`, and links in the body.
 */
function namedTargets(text: string, section: SectionName): { section: SectionName; id: string }[] {
  const fields = references.filter((reference) => reference.from === section);
  return [
    ...fields.flatMap((reference) =>
      [...text.matchAll(new RegExp(`^${reference.field}: (\\S+)$`, 'gm'))].map((match) => ({ section: reference.to as SectionName, id: match[1]! })),
    ),
    ...[...text.matchAll(/\b([a-z]+):([a-z0-9][a-z0-9-]*)/g)].flatMap(([, kind, id]) =>
      Object.hasOwn(ENTRY_KINDS, kind!) ? [{ section: ENTRY_KINDS[kind as EntryKind] as SectionName, id: id! }] : [],
    ),
  ];
}

/** Pages of vita's own a file links to by site path (/publications/), with the sections that make them exist. */
const linkedPages = (text: string) =>
  (Object.entries(PAGE_SECTIONS) as [NavigablePage, readonly string[] | 'always'][]).filter(([page, needs]) => needs !== 'always' && text.includes(`](${paths[page]()}`));

/**
 * The complete fixture with only the given sections (profile and settings always),
 * minus entries that name an entry left out, until none does, and without the
 * settings' footer pages when the free pages are left out.
 */
function variant(name: string, kept: readonly SectionName[]): string {
  const folder = join(scratch, name, 'content');
  cpSync(join(COMPLETE, 'profile.md'), join(folder, 'profile.md'));
  const settings = readFileSync(join(COMPLETE, 'settings.yaml'), 'utf8');
  writeFileSync(join(folder, 'settings.yaml'), kept.includes('pages') ? settings : settings.replace(/^footer:.*\n/m, ''));
  for (const section of kept) cpSync(join(COMPLETE, sections[section].path), join(folder, sections[section].path), { recursive: true });
  if (kept.includes('publications')) cpSync(join(COMPLETE, 'metrics.json'), join(folder, 'metrics.json'));
  for (let removed = true; removed; ) {
    removed = false;
    const ids = idsIn(folder);
    for (const section of kept.filter((candidate) => sections[candidate].shape === 'folder')) {
      for (const id of ids.get(section)!) {
        const file = join(folder, sections[section].path, `${id}.md`);
        const text = readFileSync(file, 'utf8');
        const dangling = namedTargets(text, section).some((target) => !ids.get(target.section)?.has(target.id));
        const deadPage = linkedPages(text).some(([, needs]) => (needs as readonly SectionName[]).every((needed) => ids.get(needed)!.size === 0));
        if (dangling || deadPage) {
          rmSync(file);
          removed = true;
        }
      }
    }
  }
  return folder;
}

/** Sections with at least one entry in a content folder. */
function present(folder: string): Set<SectionName> {
  return new Set(
    OPTIONAL.filter((section) => {
      const path = join(folder, sections[section].path);
      return existsSync(path) && (sections[section].shape === 'file' || entryFiles(folder, section).length > 0);
    }),
  );
}

/** The front matter of every entry of the sections present. */
function frontMatters(folder: string, has: ReadonlySet<SectionName>, which: readonly SectionName[]): Record<string, unknown>[] {
  return which
    .filter((section) => has.has(section))
    .flatMap((section) =>
      entryFiles(folder, section).map((file) => parseYaml(readFileSync(join(folder, sections[section].path, file), 'utf8').split('---\n')[1]!) as Record<string, unknown>),
    );
}

/** Pages the new features add: one per topic with entries, a redirect page per old address. */
function featurePages(folder: string, has: ReadonlySet<SectionName>): string[] {
  const settingsFile = join(folder, 'settings.yaml');
  const settings = (existsSync(settingsFile) ? parseYaml(readFileSync(settingsFile, 'utf8')) : {}) as { topics?: Record<string, string>; redirects?: Record<string, string> };
  const tagged = frontMatters(folder, has, ['publications', 'talks', 'lectures', 'projects']).flatMap((data) => (data['topics'] as string[] | undefined) ?? []);
  const moved = frontMatters(folder, has, ['publications', 'talks', 'lectures']).flatMap((data) => (data['redirectFrom'] as string[] | undefined) ?? []);
  const pageRedirects = Object.entries(settings.redirects ?? {})
    .filter(([, page]) => page !== 'publications' || has.has('publications'))
    .map(([from]) => from);
  return [
    ...Object.keys(settings.topics ?? {})
      .filter((topic) => tagged.includes(topic))
      .map((topic) => `/topics/${topic}/`),
    ...moved,
    ...pageRedirects,
  ];
}

const VARIANTS: { name: string; content: string }[] = [
  { name: 'profile only', content: MINIMAL },
  ...OPTIONAL.map((section) => ({
    name: `without ${section}`,
    content: variant(
      `without-${section}`,
      OPTIONAL.filter((other) => other !== section),
    ),
  })),
  ...OPTIONAL.map((section) => ({ name: `only ${section}`, content: variant(`only-${section}`, [section]) })),
];
const dist = (name: string) => join(scratch, 'dist', name.replaceAll(' ', '-'));

beforeAll(async () => {
  await inBatches(
    VARIANTS.map(
      ({ name, content }) =>
        () =>
          buildSiteAsync(dist(name), { content }),
    ),
  );
}, 600_000);

const jsonResumeSchema = createRequire(import.meta.url)('@jsonresume/schema/schema.json');
const SITE = 'https://maria-rossi.example.org';
/** What the CV's section headings say about each section, in English, in the CV's order; news, free pages and people have none. */
/** The CV's headings in its default order: the one table (CV_SECTIONS) and the catalogue. */
const CV_HEADINGS: Partial<Record<SectionName, string>> = Object.fromEntries(CV_SECTIONS.map((section) => [section, en.cv.sections[section]]));
/** The complete fixture's free pages that ask for a navigation link: research at position 2, group after the others. */
const PAGE_LINKS = { research: { label: 'Research', position: 2 }, group: { label: 'Group', position: undefined } } as const;

describe.each(VARIANTS)('$name', ({ name, content }) => {
  const has = present(content);
  const root = dist(name);
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
  const hasUrl = content !== MINIMAL;

  it('has a page for each section with entries and none for the others', () => {
    expect(htmlPages(root).sort()).toEqual(expectedPages.sort());
  });

  it('links only pages that exist, in the navigation and everywhere else', () => {
    const home = loadPage('/', root);
    const navigation = home('.site-nav a')
      .map((_, link) => `${home(link).attr('href')} ${home(link).text()}`)
      .get();
    // The profile alone has no settings (default order and labels); the complete fixture's settings reorder and relabel.
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
    if (content === MINIMAL) expect(pages).toBe(1);
  });

  it('carries no word of the shipped CV’s owner', () => {
    const owner = /Lapuschkin|Fraunhofer|lapuschkin\.com|Sebastian/;
    // The PDF's text is compressed: read it through pdftotext.
    const textOf = (file: string) => (file.endsWith('.pdf') ? execFileSync('pdftotext', [join(root, file), '-'], { encoding: 'utf8' }) : readFileSync(join(root, file), 'utf8'));
    const offending = distFiles(root).filter((file) => /\.(html|xml|json|bib|ris|txt|css|pdf)$/.test(file) && owner.test(textOf(file)));
    expect(offending).toEqual([]);
  });
});
