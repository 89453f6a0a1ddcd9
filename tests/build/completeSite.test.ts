/**
 * The complete fixture's new kinds and fields in the built site, at / and (in German)
 * on a GitHub project page under /vita/: every page valid HTML with the CSP, no broken link (redirects followed),
 * topic pages, redirect pages and _redirects, files beside entries published and
 * given to Scholar on the site's host, formulas as MathML, and the exports read
 * back by independent parsers; the impact panel and its line in the PDF CV.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { siteIndex } from '../../src/pipeline/siteIndex.ts';
import { KIND_ORDER } from '../../src/schemas/publicationKinds.ts';
import { COMPLETE, PROJECT_PAGE } from '../helpers/build.ts';
import { sharedSite } from '../helpers/sites.ts';
import { htmlPages, loadPage } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/htmlValidation.ts';
import { brokenLinks } from '../helpers/links.ts';

const SITE = 'https://maria-rossi.example.org';
const AT_ROOT = sharedSite('complete');
/** The German build, on a GitHub project page (academicSections.test.ts reads its German). */
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

  it('G11: copies the files beside entries and writes the redirect pages after the build, leaving no list of them behind', () => {
    expect(readFileSync(join(root, 'publications', 'rossi2025sparse.pdf'))).toEqual(readFileSync(join(COMPLETE, 'publications', 'rossi2025sparse.pdf')));
    expect(readdirSync(root)).not.toContain('site-files.json');
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

  it('G20: have exactly the ids the content check checks #fragments against, on every publication and free page', () => {
    const checked = checkContentFolder(COMPLETE, { publicFileExists: () => true });
    if ('error' in checked) throw new Error(checked.error);
    const site = siteIndex(checked.entries);
    const modelled = htmlPages(AT_ROOT).filter((path) => site.fragmentsOf?.(path) !== undefined);
    expect(modelled.length).toBe(publicationCount + 3);
    for (const path of modelled) {
      const ids = page(path)('[id]')
        .map((_, element) => page(path)(element).attr('id'))
        .get()
        .sort();
      expect([path, ids]).toEqual([path, [...site.fragmentsOf!(path)!].sort()]);
    }
  });

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

  it('mark equal contribution, the corresponding author and a supervised student, and end a cut list with et al.', () => {
    const paper = page('/publications/rossi2025sparse/');
    expect(paper('article .authors').text()).toBe(
      'Conti\u00A0LM* (equal contribution), Rossi\u00A0M (site owner)*† (equal contribution, corresponding author) and Keller\u00A0A (* equal contribution; † corresponding author)',
    );
    expect(page('/publications/cellatlas2024data/')('article .authors').text()).toBe(
      'The CellAtlas Consortium, Rossi\u00A0M (site owner), Conti\u00A0LM§ (supervised student), et al. (§ supervised student)',
    );
    expect(page('/publications/conti2023methods/')('article .authors').text()).toBe(
      'Conti\u00A0LM§ (supervised student) and Rossi\u00A0M (site owner) (eds.) (§ supervised student)',
    );
  });

  it('list every kind under its heading, each entry with its abstract and BibTeX in <details>', () => {
    const list = page('/publications/');
    expect(
      list('main section > h2:not(#most-cited, #impact)')
        .map((_, heading) => list(heading).contents().first().text().trim())
        .get(),
    ).toEqual([
      'Journal articles',
      'Conference & workshop papers',
      'Books',
      'Edited volumes',
      'Book reviews',
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

// The impact panel (the fixture asks for it: `metrics.panel`); the page checks above and the browser checks of
// tests/browser/complete.test.ts (axe in light and dark, JavaScript off, 320 px, no request elsewhere) cover its page.
describe('the publications page with the impact panel', () => {
  it('says what the numbers are, with source, day and coverage', () => {
    const $ = loadPage('/publications/', AT_ROOT);
    const panel = $('section.impact');
    expect(panel.find('h2').text()).toBe('Citations and open access');
    expect(
      panel
        .find('.impact-facts > div')
        .map((_, fact) => `${$(fact).find('dt').text()}: ${$(fact).find('dd').text()}`)
        .get(),
    ).toEqual(['Citations: 1,143', 'h-index: 2', 'Works counted: 2 of 14 publications']);
    expect(panel.find('.impact-about').text()).toContain('Counted by OpenAlex on Nov 20, 2026, for 2 of 14 publications');
    expect(panel.find('.impact-note').text()).toContain('they say how often a work is cited, not how good it is');
  });

  it('draws the chart from the numbers of its table, with a title and a text alternative', () => {
    const $ = loadPage('/publications/', AT_ROOT);
    const svg = $('section.impact svg');
    expect(svg.attr('role')).toBe('img');
    expect(
      svg
        .attr('aria-labelledby')!
        .split(' ')
        .map((id) => $(`#${id}`).text()),
    ).toEqual(['Citations per year', '1,143 citations from 2019 to 2026; the most, 514, in 2024.']);
    const rows = $('section.impact table tbody tr')
      .map((_, row) => `${$(row).find('th').text()}: ${$(row).find('td').text()}`)
      .get();
    expect(rows).toEqual(['2026: 91', '2025: 431', '2024: 514', '2023: 101', '2022: 0', '2021: 2', '2020: 3', '2019: 1']);
    // One bar per year with citations, each titled with its number, heights in proportion to them.
    const bars = svg
      .find('rect.bar')
      .map((_, bar) => ({ title: $(bar).find('title').text(), height: Number($(bar).attr('height')) }))
      .get();
    expect(bars.map((bar) => bar.title)).toEqual([
      '2019: 1 citation',
      '2020: 3 citations',
      '2021: 2 citations',
      '2023: 101 citations',
      '2024: 514 citations',
      '2025: 431 citations',
      '2026: 91 citations',
    ]);
    expect(bars[4]!.height / bars[5]!.height).toBeCloseTo(514 / 431);
  });

  it('lists each work with its open access and plain links, and loads nothing from another host', () => {
    const $ = loadPage('/publications/', AT_ROOT);
    const works = $('.impact-works li')
      .map((_, item) => $(item).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(works).toEqual([
      'Cell-state transitions resolved in space with Gaussian processes 1,131 citations · Open access: Gold (open journal) (free copy) · Altmetric · Dimensions',
      'Spatial priors for sparse single-cell data 12 citations · Open access: Closed · Altmetric · Dimensions',
    ]);
    expect(
      $('.impact-works a')
        .map((_, link) => $(link).attr('href'))
        .get()
        .filter((href) => !href.startsWith('/')),
    ).toEqual([
      'https://www.nature.com/articles/s41592-023-01234-5.pdf',
      'https://www.altmetric.com/details/doi/10.1038/s41592-023-01234-5',
      'https://badge.dimensions.ai/details/doi/10.1038/s41592-023-01234-5',
      'https://www.altmetric.com/details/doi/10.1007/978-3-030-17083-7_2',
      'https://badge.dimensions.ai/details/doi/10.1007/978-3-030-17083-7_2',
    ]);
    const fetched = $('[src], link[href], [srcset]')
      .map((_, element) => $(element).attr('src') ?? $(element).attr('href') ?? $(element).attr('srcset'))
      .get();
    expect(fetched.filter((address) => /^(?:https?:)?\/\//.test(address) && !address.startsWith('https://maria-rossi.example.org/'))).toEqual([]);
    expect($('section.impact script')).toHaveLength(0);
  });

  it('and its facts in the PDF CV (`metrics.pdf`)', () => {
    const pdf = execFileSync('pdftotext', [join(AT_ROOT, 'cv.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain('Publications Citations: 1,143; h-index: 2 (OpenAlex, Nov 20, 2026; 2 of 14 publications counted) Journal articles');
  });
});
