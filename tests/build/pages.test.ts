/** The built site: every page exists and shows every entry of the content, with the owner emphasised. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/contentFolder.ts';
import { distFiles, htmlPages, loadPage } from '../helpers/dist.ts';
import { htmlToText } from '../../src/lib/markdown/htmlText.ts';

const content = loadContent();
const publications = content.bySection('publications');
const text = (html: string) => htmlToText(html).replace(/\s+/g, ' ');

describe('pages', () => {
  it('has every page and nothing else', () => {
    const expected = ['/', '/404.html', '/cv/', '/patents/', '/people/', '/publications/', '/talks/', ...publications.map((entry) => `/publications/${entry.id}/`)];
    expect(htmlPages().sort()).toEqual(expected.sort());
  });

  it('ships no JavaScript', () => {
    expect(distFiles().filter((file) => file.endsWith('.js') || file.endsWith('.mjs'))).toEqual([]);
    // JSON-LD blocks are data, never executed.
    for (const page of htmlPages()) expect(loadPage(page)('script:not([type="application/ld+json"])').length, page).toBe(0);
  });

  it('has exactly one h1 per page and no skipped heading levels', () => {
    for (const page of htmlPages()) {
      const $ = loadPage(page);
      expect($('h1').length, page).toBe(1);
      let previous = 1;
      $('h1, h2, h3, h4, h5, h6').each((_, element) => {
        const level = Number(element.tagName.slice(1));
        expect(level, `${page}: <${element.tagName}> "${$(element).text()}" after h${previous}`).toBeLessThanOrEqual(previous + 1);
        previous = level;
      });
    }
  });
});

describe('publications page', () => {
  const $ = loadPage('/publications/');

  it('lists all 51 titles, rendering inline markup as markup', () => {
    const titles = $('.publication-title')
      .map((_, element) => $(element).text())
      .get();
    expect(titles).toHaveLength(51);
    const expectedTitles = publications.map((entry) => text(String(entry.data['title'])));
    expect([...titles].sort()).toEqual([...expectedTitles].sort());
    expect($('#becking2022ecqx .publication-title sup').text()).toBe('X');
  });

  it('groups by kind with counts, newest year first', () => {
    expect(
      $('h2')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual(['Journal articles (21)', 'Conference & workshop papers (17)', 'Book chapters (4)', 'Preprints (9)']);
    const journalYears = $('section:has(#journal-article) .group-heading')
      .map((_, element) => Number($(element).text().slice(0, 4)))
      .get();
    expect(journalYears).toEqual([2023, 2022, 2021, 2020, 2019, 2017, 2016, 2015]);
  });

  it('emphasises the owner in every author list, as "Bach S" before 2016 too', () => {
    const aliases = new Set(['Lapuschkin S', 'Bach S']);
    $('.publication').each((_, element) => {
      const owners = $(element).find('.authors > .owner');
      expect(owners.length, $(element).attr('id')).toBe(1);
      expect(aliases.has(owners.contents().first().text().replaceAll('\u00A0', ' ')), owners.text()).toBe(true);
      expect(owners.find('.visually-hidden').text()).toBe(' (site owner)');
    });
    expect($('#bach2015pixel .owner').contents().first().text()).toBe('Bach\u00A0S');
  });

  it('shows the venue line with volume(issue):pages and the award badge', () => {
    expect(text($('#hedstrom2023quantus .venue').html()!)).toBe('Journal of Machine Learning Research 24(34):1–11, 2023.');
    expect(text($('#slijepcevic2022explaining .venue').html()!)).toBe('ACM Transactions on Computing for Healthcare 3(2):14:1–27, 2022.');
    expect(text($('#binder2016layerdeep .venue').html()!)).toBe(
      'In: Information Science and Applications (ICISA) 2016 (Lecture Notes in Electrical Engineering) 276:913–922. Springer, Singapore, 2016.',
    );
    expect($('#montavon2017explaining .badge-award').text()).toBe('★ Pattern Recognition Best Paper Award and Pattern Recognition Medal');
    expect(
      $('#anders2021software .publication-actions a')
        .map((_, link) => $(link).text())
        .get(),
    ).toEqual(['arXiv:2106.13200', 'Code: chr5tphr/zennit', 'Code: virelay/corelay', 'Code: virelay/virelay']);
  });

  it('has a bar chart with a text alternative and a data table', () => {
    expect($('figure.chart svg[role="img"] title').first().text()).toBe('Publications per year and kind');
    expect($('figure.chart svg desc').text()).toBe('51 publications from 2014 to 2023; the most, 16, in 2022.');
    const row2022 = $('figure.chart tbody tr').filter((_, row) => $(row).find('th').text() === '2022');
    expect(
      row2022
        .find('td')
        .map((_, cell) => $(cell).text())
        .get(),
    ).toEqual(['6', '3', '1', '6', '16']);
  });
});

describe('one page per publication', () => {
  it('has the full citation, links, BibTeX and prev/next navigation', () => {
    const $ = loadPage('/publications/rieckmann2022causes/');
    expect($('h1').text()).toBe(
      'Causes of Outcome Learning: A Causal Inference-inspired Machine Learning Approach to Disentangling Common Combinations of Potential Causes of a Health Outcome',
    );
    expect($('article .authors .owner').contents().first().text()).toBe('Lapuschkin\u00A0S');
    expect(
      $('article .inline-list a')
        .map((_, link) => $(link).attr('href'))
        .get(),
    ).toEqual(['https://github.com/ekstroem/cool', 'https://www.causesofoutcomelearning.org']);
    expect($('.cite-block code').text()).toContain('@article{rieckmann2022causes,');
    expect($('.cite-block code').text()).toContain('Ekstr{\\o}m, C. T.');
    expect($('.pager a[rel="prev"]').attr('href')).toMatch(/^\/publications\/[a-z0-9]+\/$/);
    expect($('.pager a[rel="next"]').attr('href')).toMatch(/^\/publications\/[a-z0-9]+\/$/);
  });
});

describe('talks, patents and CV', () => {
  it('lists all 16 talks and 7 lectures with German titles marked lang="de"', () => {
    const $ = loadPage('/talks/');
    expect($('section:has(#talks) .talk').length).toBe(16);
    expect($('section:has(#lectures) .talk').length).toBe(7);
    expect(
      $('[lang="de"]')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual(['Zukünftige Trends in der KI und Einsatzmöglichkeiten im Bauwesen', 'Neuronale Netze mit LRP (richtig) erklären']);
    expect($('time').first().attr('datetime')).toBe('2022-10-21');
    expect(
      $('.talk')
        .filter((_, talk) => $(talk).text().includes('Explainable AI') && $(talk).text().includes('Girona'))
        .find('time')
        .text(),
    ).toBe('13, 14 and 16 Dec 2021');
  });

  it('shows all 12 patent documents linked to Espacenet, granted apart from published', () => {
    const $ = loadPage('/patents/');
    const links = $('.patent-number')
      .map((_, link) => `${$(link).text()} ${$(link).attr('href')}`)
      .get();
    expect(links).toHaveLength(12);
    expect(links).toContain('WO 2020/260656 A1 https://worldwide.espacenet.com/patent/search?q=pn%3DWO2020260656A1');
    expect($('.badge-strong').length).toBe(6);
    expect($('h2 > [lang="de"]').text()).toBe('Verfahren und System zur Simulation eines optischen Bildes eines Fotonischen und/oder Elektronischen Artikels');
  });

  it('has every section on the CV, with contact details obeying their visibility', () => {
    const $ = loadPage('/cv/');
    expect(
      $('h2')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual(['Experience', 'Education', 'Publications', 'Awards', 'Research projects', 'Patents', 'Talks', 'Lectures', 'Skills']);
    expect($('#experience ~ .entry, section:has(#experience) .entry').length).toBe(6);
    expect($('.print-only a[href="tel:+491774832754"]').length).toBe(1);
    expect($('.print-only').text()).toContain('Kaiserin-Augusta-Allee 92, 10589 Berlin, Germany');
    expect($('.timeline li').length).toBe(6);
    const home = loadPage('/');
    expect(home('a[href^="tel:"]').length).toBe(0);
    expect(home.html()).not.toContain('Kaiserin-Augusta-Allee');
    expect(home('a[href="mailto:sebastian@lapuschkin.com"]').length).toBe(1);
  });
});
