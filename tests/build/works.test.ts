/**
 * The complete fixture's new kinds and fields in the built site, at / and (in German)
 * on a GitHub project page under /vita/: every page valid HTML with the CSP, no broken link (redirects followed),
 * topic pages, redirect pages and _redirects, files beside entries published and
 * given to Scholar on the site's host, formulas as MathML, and the exports read
 * back by independent parsers.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_ORDER } from '../../src/schemas/publicationKinds.ts';
import { COMPLETE, PROJECT_PAGE } from '../helpers/build.ts';
import { sharedSite } from '../helpers/sites.ts';
import { htmlPages, loadPage } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/htmlValidation.ts';
import { brokenLinks } from '../helpers/links.ts';

const SITE = 'https://maria-rossi.example.org';
const AT_ROOT = sharedSite('complete');
/** The German build, on a GitHub project page (career.test.ts reads its German). */
const UNDER_BASE = sharedSite('complete-de-vita');

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const publicationCount = readdirSync(join(COMPLETE, 'publications')).filter((file) => file.endsWith('.md')).length;

describe.each([
  ['/', AT_ROOT, SITE],
  ['/vita/', UNDER_BASE, PROJECT_PAGE.SITE_URL],
])('the complete fixture under %s', (base, root, site) => {
  it('has valid HTML with the Content-Security-Policy on every page, redirect pages included', async () => {
    for (const page of htmlPages(root)) {
      expect([page, await htmlProblems(root, page)]).toEqual([page, []]);
      const csp = loadPage(page, root)('meta[http-equiv="content-security-policy"]').attr('content');
      expect(csp, page).toMatch(/^default-src 'none';/);
      expect(csp, page).toMatch(/script-src 'self'.*style-src 'self'/);
      expect(loadPage(page, root)('[style]').length, page).toBe(0);
    }
  });

  it('has no broken link, following every redirect page and every line of _redirects', () => {
    expect(brokenLinks(root, base, site)).toEqual([]);
  });

  it('writes a redirect page per old address and _redirects under the base path', () => {
    expect(read(root, '_redirects')).toBe(
      [
        `${base}publication/2025-sparse-priors/ ${base}publications/rossi2025sparse/ 301`,
        `${base}publications.html ${base}publications/ 301`,
        `${base}talks/2024-ismb/ ${base}talks/#talk-2024-06-12-spatial-gp 301`,
        '',
      ].join('\n'),
    );
    const moved = loadPage('/publication/2025-sparse-priors/', root);
    expect(moved('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${base}publications/rossi2025sparse/`);
    expect(moved('link[rel="canonical"]').attr('href')).toBe(`${site}${base}publications/rossi2025sparse/`);
    expect(moved('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('publishes a PDF beside its entry and gives Scholar its absolute address on the site', () => {
    expect(readFileSync(join(root, 'publications', 'bianchi2019spatial.pdf'))).toEqual(readFileSync(join(COMPLETE, 'publications', 'bianchi2019spatial.pdf')));
    const page = loadPage('/publications/bianchi2019spatial/', root);
    expect(page('meta[name="citation_pdf_url"]').attr('content')).toBe(`${site}${base}publications/bianchi2019spatial.pdf`);
    expect(
      page('article a')
        .filter((_, link) => page(link).text() === 'PDF')
        .attr('href'),
    ).toBe(`${base}publications/bianchi2019spatial.pdf`);
  });
});

describe('the complete fixture’s pages', () => {
  const page = (path: string) => loadPage(path, AT_ROOT);

  it('have a chart colour for every kind in the stylesheet', () => {
    const css = readdirSync(join(AT_ROOT, '_astro'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => read(AT_ROOT, `_astro/${file}`))
      .join('');
    for (const kind of KIND_ORDER) expect(css).toContain(`.kind-${kind}{fill:var(--kind-${kind});background:var(--kind-${kind})}`);
  });

  it('show work not yet published as such, with no Google Scholar tags', () => {
    const accepted = page('/publications/rossi2025sparse/');
    expect(accepted('article .badge-status').text()).toBe('Accepted');
    expect(accepted('meta[name^="citation_"]').length).toBe(0);
    const ld = JSON.parse(accepted('script[type="application/ld+json"]').first().text()) as Record<string, unknown>;
    expect([ld['@type'], ld['creativeWorkStatus'], ld['datePublished']]).toEqual(['ScholarlyArticle', 'Accepted', undefined]);
    const submitted = page('/publications/rossi2026submitted/');
    expect(submitted('article .badge-status').text()).toBe('Submitted');
    // No venue yet: the citation line is the year alone, not ", 2026.", and there is no empty list of links.
    expect(submitted('article .venue').text().trim()).toBe('2026.');
    expect(page('/cv/')('#rossi2026submitted .venue').text().trim()).toBe('2026.');
    expect(page('/cv/')('#rossi2026submitted .reader-links').length).toBe(0);
  });

  it('render formulas as MathML in titles and abstracts, and give <title> their Unicode reading', () => {
    const paper = page('/publications/rossi2025sparse/');
    expect(paper('h1 math').length).toBe(2);
    expect(paper('h1 annotation').first().text()).toBe('\\ell_1');
    expect(paper('#abstract ~ p math').length).toBe(2);
    expect(paper('title').text()).toBe('Sparse ℓ₁ priors for k-nearest cell graphs · Dr. Maria Rossi');
    for (const property of ['og:title', 'og:image:alt', 'twitter:title'])
      expect(paper(`meta[property="${property}"], meta[name="${property}"]`).attr('content')).not.toMatch(/[$\\]/);
  });

  it('mark equal contribution and the corresponding author, and end a cut list with et al.', () => {
    const paper = page('/publications/rossi2025sparse/');
    expect(paper('article .authors').text()).toBe(
      'Conti\u00A0LM* (equal contribution), Rossi\u00A0M (site owner)*† (equal contribution, corresponding author) and Keller\u00A0A (* equal contribution; † corresponding author)',
    );
    expect(page('/publications/cellatlas2024data/')('article .authors').text()).toBe('The CellAtlas Consortium, Rossi\u00A0M (site owner), Conti\u00A0LM, et al.');
    expect(page('/publications/conti2023methods/')('article .authors').text()).toBe('Conti\u00A0LM and Rossi\u00A0M (site owner) (eds.)');
  });

  it('list every kind under its heading, each entry with its abstract and BibTeX in <details>', () => {
    const list = page('/publications/');
    expect(
      list('main section > h2:not(#most-cited)')
        .map((_, heading) => list(heading).contents().first().text().trim())
        .get(),
    ).toEqual([
      'Journal articles',
      'Conference & workshop papers',
      'Books',
      'Edited volumes',
      'Reviews',
      'Reports & working papers',
      'Preprints',
      'Posters & abstracts',
      'Theses',
      'Datasets',
      'Software',
      'Magazine & newspaper articles',
    ]);
    expect(
      list('.publication details summary')
        .map((_, summary) => list(summary).text())
        .get()
        .filter((text) => text === 'BibTeX'),
    ).toHaveLength(publicationCount);
    expect(list('#rossi2023cellstate details .abstract math').length).toBe(1);
  });

  it('give each topic with entries a page listing them, linked from its entries', () => {
    const topic = page('/topics/spatial-statistics/');
    expect(topic('h1').text()).toBe('Spatial statistics');
    expect(topic('.lede').text()).toBe('3 publications and 1 talk.');
    expect(
      topic('#topic-publications ~ ol .publication-title')
        .map((_, title) => topic(title).text())
        .get(),
    ).toEqual(['Sparse ℓ1\\ell_1 priors for kk-nearest cell graphs', 'cellkit: spatial statistics for single-cell data', 'Gaussian processes on tissue slides']);
    expect(page('/topics/single-cell/')('#topic-projects ~ ul h3').text()).toBe('CellAtlas');
    expect(
      page('/publications/rossi2024cellkit/')('a.topic')
        .map((_, link) => page('/publications/rossi2024cellkit/')(link).attr('href'))
        .get(),
    ).toEqual(['/topics/spatial-statistics/', '/topics/single-cell/']);
  });

  it("show a talk's place and link its event", () => {
    const talks = page('/talks/');
    const talk = talks('#talk-2024-06-12-spatial-gp');
    expect(talk.find('a[href="https://www.iscb.org/ismb2024"]').text()).toBe('ISMB 2024');
    expect(talk.find('.talk-title + p').text()).toBe('ISMB 2024 · Montréal, Canada · Paper presentation');
  });

  it('exports every publication, read back by Better BibTeX, citeproc-js and citation-js', () => {
    const bib = parseBibtex(read(AT_ROOT, 'publications.bib'), { sentenceCase: false });
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(publicationCount);
    expect(bib.entries.find((entry) => entry.key === 'cellatlas2024data')?.fields['author']).toEqual([
      { name: 'The CellAtlas Consortium' },
      { lastName: 'Rossi', firstName: 'M.' },
      { lastName: 'Conti', firstName: 'L.' },
      { lastName: 'others' },
    ]);
    const csl = JSON.parse(read(AT_ROOT, 'publications.json')) as unknown[];
    const apa = new Cite(csl).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US', asEntryArray: true }) as [string, string][];
    expect(apa).toHaveLength(publicationCount);
    expect(Object.fromEntries(apa)['rossi2024cellkit']?.trim()).toBe(
      'Rossi, M., & Keller, A. (2024). cellkit: spatial statistics for single-cell data. In GitHub. https://maria-rossi.example.org/publications/rossi2024cellkit/',
    );
    const ris = new Cite(read(AT_ROOT, 'publications.ris')).data as { type: string; id: string }[];
    expect(ris).toHaveLength(publicationCount);
  });
});
