/**
 * Issue 25 §3: a group's site (tests/fixtures/sites/group, shared as `group`). The People page lists
 * the members by status and role with their portraits (described), periods and what alumni do now,
 * each linked to their page, and is in the navigation; a member's page shows the portrait, role,
 * period, text and works; members are underlined in author lists with the key; the People page's
 * JSON-LD names them; every page is valid HTML without a broken link.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/htmlValidation.ts';
import { brokenLinks } from '../helpers/links.ts';
import { sharedSite } from '../helpers/sites.ts';

const DIST = sharedSite('group');
const page = (path: string) => loadPage(path, DIST);
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The lines of a member as the page shows them (each its own block): name, period, what they do now. */
const lines = ($: ReturnType<typeof page>, element: Parameters<ReturnType<typeof page>>[0]) =>
  $(element)
    .find('.member-name, h1, .member-line, .lede, .member-now')
    .toArray()
    .map((line) => clean($(line).text()))
    .join(' | ');

describe('the People page of a group', () => {
  const $ = page('/people/');

  it('lists the members by status and role, with their periods, what alumni do now and links to their pages', () => {
    const outline = $('main h2, main h3, main .members li')
      .toArray()
      .map((element) => (element.tagName === 'li' ? `  ${lines($, element)}` : `${element.tagName}: ${clean($(element).text())}`));
    expect(outline).toEqual([
      'h2: Current members',
      'h3: Principal investigators',
      '  Helena Varga | Sep 2015 – present',
      'h3: Postdoctoral researchers',
      '  Tomás Okafor | Apr 2023 – present',
      'h3: PhD students',
      '  Mei Lindqvist | Oct 2022 – Sep 2027',
      'h3: Lab manager',
      '  Sara Nyberg | 2020 – present',
      'h2: Alumni',
      'h3: Postdoctoral researchers',
      '  Dmitri Sokolov | Jan 2016 – Jun 2020 | Now: Research scientist at the Estonian Environment Agency',
      'h3: PhD students',
      '  Priya Raman | Oct 2018 – Mar 2023 | Now: Assistant Professor at the University of Helsinki',
      'h3: Master’s students',
      '  Lukas Feld | Sep 2019 – Aug 2020',
    ]);
    expect(
      $('.members .member-name')
        .toArray()
        .map((link) => $(link).attr('href')),
    ).toEqual([
      '/people/helena-varga/',
      '/people/tomas-okafor/',
      '/people/mei-lindqvist/',
      '/people/sara-nyberg/',
      '/people/dmitri-sokolov/',
      '/people/priya-raman/',
      '/people/lukas-feld/',
    ]);
    // A co-author of the registry is no member.
    expect($('main').text()).not.toContain('Luca Conti');
  });

  it('shows the two portraits at 80 px with their descriptions, initials hidden from screen readers for the others', () => {
    expect(
      $('.members img')
        .toArray()
        .map((image) => [$(image).attr('alt'), $(image).attr('width'), $(image).attr('height')]),
    ).toEqual([
      ['Helena Varga in front of a bookshelf', '80', '80'],
      ['Tomás Okafor on a field trip, in a green rain jacket', '80', '80'],
    ]);
    expect($('.members source[type="image/avif"]').length).toBe(2);
    expect(
      $('.members .member-initials')
        .toArray()
        .every((initials) => $(initials).attr('aria-hidden') === 'true'),
    ).toBe(true);
  });

  it('is in the navigation, and its JSON-LD names the members as people with their roles', () => {
    expect(
      $('header nav a')
        .toArray()
        .map((link) => clean($(link).text())),
    ).toEqual(['Home', 'People', 'Publications', 'CV']);
    const blocks = $('script[type="application/ld+json"]')
      .toArray()
      .map((script) => JSON.parse($(script).text()) as { '@type': string; mainEntity?: { itemListElement: { item: object }[] } });
    const collection = blocks.find((block) => block['@type'] === 'CollectionPage')!;
    expect(collection.mainEntity!.itemListElement.map((element) => element.item)[5]).toEqual({
      '@type': 'Person',
      name: 'Priya Raman',
      jobTitle: 'PhD student',
      url: 'https://varga-lab.example.org/people/priya-raman/',
    });
  });
});

describe('a member’s page', () => {
  it('shows the portrait, role and period, text and works, with members underlined and the key', () => {
    const $ = page('/people/helena-varga/');
    expect($('main img').attr('alt')).toBe('Helena Varga in front of a bookshelf');
    expect($('main img').attr('width')).toBe('160');
    expect(clean($('main .lede').first().text())).toBe('Principal investigator, Sep 2015 – present');
    expect($('main').text()).toContain('Helena Varga founded the lab in 2015.');
    expect(clean($('#publications').text())).toBe('Publications (4)');
    const authors = $('main .authors').eq(2);
    expect(
      authors
        .find('u.member')
        .toArray()
        .map((name) => $(name).text()),
    ).toEqual(['Raman\u00A0P', 'Sokolov\u00A0D', 'Varga\u00A0H']);
    expect(authors.find('a[href="https://lucaconti.example.org"] u').length).toBe(0);
    expect(clean(authors.find('.marks-key').text())).toBe('(underlined: member of the group)');
    expect(authors.find('.visually-hidden').first().text()).toBe(' (member of the group)');
  });

  it('of an alumna says what she does now; a co-author of the registry has a page without a member’s header', () => {
    const raman = page('/people/priya-raman/');
    expect(lines(raman, raman('.member-header'))).toBe('Priya Raman | PhD student, Oct 2018 – Mar 2023 | Now: Assistant Professor at the University of Helsinki');
    const conti = page('/people/luca-conti/');
    expect(conti('.member-header').length).toBe(0);
    expect(clean(conti('main .lede').text())).toBe('1 joint publication with Varga Lab, 2022. In author lists as Conti LM.');
  });
});

describe('the group’s site', () => {
  it('has valid HTML on every page and no broken link', async () => {
    for (const path of htmlPages(DIST)) expect([path, await htmlProblems(DIST, path)]).toEqual([path, []]);
    expect(brokenLinks(DIST, '/', 'https://varga-lab.example.org')).toEqual([]);
  });
});
