/**
 * The built /cv.pdf, read back with poppler (pdftotext, pdfinfo): every section
 * of the CV page, every publication and talk title of the content, the page
 * size, the metadata, the links, and the page count the pages announce.
 * Byte-identical rebuilds are covered by deterministic.test.ts, which compares every file.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentUpdated } from '../../src/pipeline/buildDate.ts';
import { DIST, DIST_GERMAN, SHIPPED, SOURCE_DATE_EPOCH } from '../helpers/build.ts';
import { loadContent } from '../helpers/contentFolder.ts';
import { loadPage } from '../helpers/dist.ts';

/** The day the shipped CV fixture last changed, as the build computes it. */
const UPDATED = contentUpdated(SHIPPED, { SOURCE_DATE_EPOCH });

const PDF = join(DIST, 'cv.pdf');
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, [...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const info = poppler('pdfinfo', PDF);
/**
 * In the order the PDF sets the text (-raw): pdftotext's default reading order guesses columns from
 * where words stand, and can read the column of hanging numbers as one block between a title's lines.
 */
const text = poppler('pdftotext', '-raw', PDF, '-');
/** pdftotext breaks lines where the PDF does: compare with all whitespace removed. */
const squash = (value: string) =>
  value
    .normalize('NFC')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');
const squashed = squash(text);
const content = loadContent();
const field = (entry: { data: Record<string, unknown> }, name: string) => String(entry.data[name]);

describe('cv.pdf', () => {
  it('has a heading for every section of the CV page', () => {
    const headings = loadPage('/cv/')('main h2')
      .map((_, element) => loadPage('/cv/')(element).text())
      .get();
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) expect(text).toContain(heading);
  });

  it('lists the title of every publication, talk and lecture', () => {
    const titles = ['publications', 'talks', 'lectures'].flatMap((section) => content.bySection(section).map((entry) => field(entry, 'title')));
    expect(titles.length).toBe(51 + 16 + 7);
    expect(titles.filter((title) => !squashed.includes(squash(title)))).toEqual([]);
  });

  it('emphasises no one but the owner and shows their former name', () => {
    expect(text).toContain('Bach S');
    expect(text).toContain('formerly Sebastian Bach');
    // Person names never break across lines (their spaces are non-breaking).
    expect(text).toContain('Lapuschkin S');
    expect(text).not.toMatch(/\b(?:Lapuschkin|Bach|Müller)\n+(?:S|K-R)\b/);
  });

  it('is A4 with its metadata set and its fonts embedded', () => {
    expect(info).toMatch(/^Page size:\s+595\.276 x 841\.89 pts \(A4\)$/m);
    expect(info).toMatch(/^Title:\s+Curriculum vitae of Dr\. Sebastian Lapuschkin$/m);
    expect(info).toMatch(/^Author:\s+Sebastian Lapuschkin$/m);
    expect(info).toMatch(/^Subject:\s+Head of Explainable Artificial Intelligence, Fraunhofer Heinrich Hertz Institute$/m);
    expect(info).toMatch(/^Keywords:\s+Sebastian Lapuschkin, Sebastian Bach, /m);
    // The day the content last changed is the document's date: the last commit that touched the fixture.
    expect(poppler('pdfinfo', '-isodates', PDF)).toMatch(new RegExp(`^CreationDate:\\s+${UPDATED}T00:00:00Z$`, 'm'));
    const fonts = poppler('pdffonts', PDF).split('\n').slice(2).filter(Boolean);
    expect(fonts.filter((font) => !/\byes\s+yes\s+yes\b/.test(font))).toEqual([]);
  });

  it('links every DOI and arXiv id, the e-mail address and the publication pages', () => {
    const urls = new Set(
      poppler('pdfinfo', '-url', PDF)
        .split('\n')
        .slice(1)
        .map((row) => row.trim().split(/\s+/).at(-1)),
    );
    const expected = [
      'mailto:sebastian@lapuschkin.com',
      ...content
        .bySection('publications')
        .flatMap((entry) => [
          `https://lapuschkin.com/publications/${entry.id}/`,
          ...(entry.data['doi'] ? [`https://doi.org/${field(entry, 'doi')}`] : []),
          ...(entry.data['arxiv'] ? [`https://arxiv.org/abs/${field(entry, 'arxiv')}`] : []),
        ]),
    ];
    expect(expected.filter((url) => !urls.has(url))).toEqual([]);
  });

  it('is announced on the CV and home pages with its page count and date', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    for (const page of ['/cv/', '/']) {
      const link = loadPage(page)('a[href="/cv.pdf"]');
      expect(link.text(), page).toBe(
        `CV (PDF, ${pages} pages, updated ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(UPDATED))})`,
      );
      expect(link.attr('type')).toBe('application/pdf');
    }
  });
});

describe('cv.pdf of a German site', () => {
  it('speaks German, in its headings, dates and metadata', () => {
    const german = join(DIST_GERMAN, 'cv.pdf');
    const germanText = poppler('pdftotext', german, '-');
    for (const heading of ['Berufserfahrung', 'Ausbildung', 'Publikationen', 'Zeitschriftenartikel', 'geb. Sebastian Bach', 'Seite 1 von']) expect(germanText).toContain(heading);
    expect(germanText).toContain('Jan. 2021');
    expect(poppler('pdfinfo', german)).toMatch(/^Title:\s+Lebenslauf von Dr\. Sebastian Lapuschkin$/m);
  });
});

describe('the CV variants of the shipped CV (cv.variants)', () => {
  const pagesOf = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', join(DIST, file)))![1]);

  it('are typeset within their page limits and linked from the CV page with their titles and page counts, each file of a variant (visual review D2)', () => {
    expect(pagesOf('cv-two-page.pdf')).toBe(2);
    expect(pagesOf('cv-short.pdf')).toBe(1);
    expect(pagesOf('cv-erc.pdf')).toBeLessThanOrEqual(4);
    const links = loadPage('/cv/')('a[href^="/cv-"]')
      .toArray()
      .map((link) => [link.attribs['href'], loadPage('/cv/')(link).text()]);
    expect(links).toEqual([
      ['/cv-two-page.pdf', 'Two-page CV (PDF, 2 pages)'],
      ['/cv-short.pdf', 'One-page CV (PDF, 1 page)'],
      ['/cv-biography.txt', 'Biography (text)'],
      ['/cv-biography.md', 'Biography (Markdown)'],
      ['/cv-dfg.pdf', `Lebenslauf (DFG) (PDF, ${pagesOf('cv-dfg.pdf')} pages)`],
      ['/cv-erc.pdf', `CV and track record (ERC) (PDF, ${pagesOf('cv-erc.pdf')} pages)`],
    ]);
  });

  it('set the DFG form in German as the variant asks, and the biography as one paragraph of text and Markdown', () => {
    const dfg = squash(poppler('pdftotext', '-raw', join(DIST, 'cv-dfg.pdf'), '-'));
    for (const heading of ['WissenschaftlicherWerdegang', 'WissenschaftlicheErgebnisse', 'A.ArtikelinZeitschriften', 'B.WeiterePublikationen']) expect(dfg).toContain(heading);
    const english = squash(poppler('pdftotext', '-raw', join(DIST, 'cv-dfg-en.pdf'), '-'));
    expect(english).toContain('Academiccareer');
    const bio = poppler('cat', join(DIST, 'cv-biography.txt'));
    expect(bio).toMatch(/^Dr\. Sebastian Lapuschkin is Head of Explainable Artificial Intelligence at Fraunhofer Heinrich Hertz Institute\. .+ Selected publications: .+\.\n$/);
    expect(poppler('cat', join(DIST, 'cv-biography.md'))).toContain('](<https://lapuschkin.com/publications/');
  });
});
