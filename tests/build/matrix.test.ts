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
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { references, sections, type SectionName } from '../../src/schemas/sections.ts';
import { buildSiteAsync, COMPLETE, inBatches, MINIMAL, scratchDist } from '../helpers/build.ts';
import { distFiles, htmlPages, loadPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';

const OPTIONAL = (Object.keys(sections) as SectionName[]).filter((section) => section !== 'profile');
const scratch = scratchDist('matrix');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The complete fixture with only the given sections (profile and settings always), minus entries that reference a section left out. */
function variant(name: string, kept: readonly SectionName[]): string {
  const folder = join(scratch, name, 'content');
  cpSync(join(COMPLETE, 'profile.md'), join(folder, 'profile.md'));
  cpSync(join(COMPLETE, 'settings.yaml'), join(folder, 'settings.yaml'));
  for (const section of kept) cpSync(join(COMPLETE, sections[section].path), join(folder, sections[section].path), { recursive: true });
  if (kept.includes('publications')) cpSync(join(COMPLETE, 'metrics.json'), join(folder, 'metrics.json'));
  for (const reference of references.filter((candidate) => kept.includes(candidate.from) && !kept.includes(candidate.to))) {
    const from = join(folder, sections[reference.from].path);
    for (const file of readdirSync(from)) {
      if (new RegExp(`^${reference.field}:`, 'm').test(readFileSync(join(from, file), 'utf8'))) rmSync(join(from, file));
    }
  }
  return folder;
}

/** The entry files of a folder section (files beside them, such as PDFs, are not entries). */
const entryFiles = (folder: string, section: SectionName) => readdirSync(join(folder, sections[section].path)).filter((file) => file.endsWith('.md'));

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
    .flatMap((section) => entryFiles(folder, section).map((file) => parseYaml(readFileSync(join(folder, sections[section].path, file), 'utf8').split('---\n')[1]!) as Record<string, unknown>));
}

/** Pages the new features add: one per topic with entries, a redirect page per old address. */
function featurePages(folder: string, has: ReadonlySet<SectionName>): string[] {
  const settingsFile = join(folder, 'settings.yaml');
  const settings = (existsSync(settingsFile) ? parseYaml(readFileSync(settingsFile, 'utf8')) : {}) as { topics?: Record<string, string>; redirects?: Record<string, string> };
  const tagged = frontMatters(folder, has, ['publications', 'talks', 'lectures', 'projects']).flatMap((data) => (data['topics'] as string[] | undefined) ?? []);
  const moved = frontMatters(folder, has, ['publications', 'talks', 'lectures']).flatMap((data) => (data['redirectFrom'] as string[] | undefined) ?? []);
  const pageRedirects = Object.entries(settings.redirects ?? {}).filter(([, page]) => page !== 'publications' || has.has('publications')).map(([from]) => from);
  return [...Object.keys(settings.topics ?? {}).filter((topic) => tagged.includes(topic)).map((topic) => `/topics/${topic}/`), ...moved, ...pageRedirects];
}

const VARIANTS: { name: string; content: string }[] = [
  { name: 'profile only', content: MINIMAL },
  ...OPTIONAL.map((section) => ({ name: `without ${section}`, content: variant(`without-${section}`, OPTIONAL.filter((other) => other !== section)) })),
  ...OPTIONAL.map((section) => ({ name: `only ${section}`, content: variant(`only-${section}`, [section]) })),
];
const dist = (name: string) => join(scratch, 'dist', name.replaceAll(' ', '-'));

beforeAll(async () => {
  await inBatches(VARIANTS.map(({ name, content }) => () => buildSiteAsync(dist(name), { content })));
}, 600_000);

const jsonResumeSchema = createRequire(import.meta.url)('@jsonresume/schema/schema.json');
const SITE = 'https://maria-rossi.example.org';
/** What the CV's section headings say about each section, in English. */
const CV_HEADINGS: Partial<Record<SectionName, string>> = {
  experience: 'Experience',
  education: 'Education',
  projects: 'Research projects',
  awards: 'Awards',
  patents: 'Patents',
  skills: 'Skills',
  talks: 'Talks',
  lectures: 'Lectures',
  publications: 'Publications',
};

describe.each(VARIANTS)('$name', ({ name, content }) => {
  const has = present(content);
  const root = dist(name);
  const count = (section: SectionName) => (has.has(section) ? entryFiles(content, section).length : 0);
  const expectedPages = [
    '/',
    '/404.html',
    '/cv/',
    ...(has.has('publications') ? ['/publications/', ...entryFiles(content, 'publications').map((file) => `/publications/${file.replace(/\.md$/, '')}/`)] : []),
    ...(has.has('talks') || has.has('lectures') ? ['/talks/'] : []),
    ...(has.has('patents') ? ['/patents/'] : []),
    ...featurePages(content, has),
  ];
  const hasUrl = content !== MINIMAL;

  it('has a page for each section with entries and none for the others', () => {
    expect(htmlPages(root).sort()).toEqual(expectedPages.sort());
  });

  it('links only pages that exist, in the navigation and everywhere else', () => {
    const home = loadPage('/', root);
    const navigation = home('.site-nav a').map((_, link) => `${home(link).attr('href')} ${home(link).text()}`).get();
    // The profile alone has no settings (default order and labels); the complete fixture's settings reorder and relabel.
    const expected = hasUrl
      ? ['/ Home', '/cv/ CV', '/publications/ Papers', '/talks/ Talks', '/patents/ Patents']
      : ['/ Home', '/publications/ Publications', '/talks/ Talks', '/patents/ Patents', '/cv/ CV'];
    expect(navigation).toEqual(expected.filter((item) => expectedPages.includes(item.split(' ')[0]!)));
    expect(brokenLinks(root, '/', SITE)).toEqual([]);
  });

  it('shows a home block and a CV section only for sections with entries', () => {
    const home = loadPage('/', root);
    expect(home('#featured').length).toBe(has.has('publications') ? 1 : 0);
    expect(home('#talks').length).toBe(has.has('talks') || has.has('lectures') ? 1 : 0);
    expect(home('#projects').length).toBe(has.has('projects') ? 1 : 0);
    const cv = loadPage('/cv/', root);
    const headings = cv('main h2').map((_, heading) => cv(heading).text()).get();
    expect(headings).toEqual(OPTIONAL.filter((section) => has.has(section)).sort((a, b) => Object.keys(CV_HEADINGS).indexOf(a) - Object.keys(CV_HEADINGS).indexOf(b)).map((section) => CV_HEADINGS[section]));
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
    if (hasUrl) {
      const feed = cheerio.load(read('feed.xml'), { xml: true });
      expect(feed('rss > channel > title').length).toBe(1);
      expect(feed('item').length).toBe(count('publications') + count('talks') + count('lectures'));
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

  it('bundles the accent colour of the settings into the stylesheet', () => {
    const css = distFiles(root).filter((file) => file.endsWith('.css')).map((file) => readFileSync(join(root, file), 'utf8')).join('');
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
