/**
 * The career sections in the built site, from the complete fixture (Maria Rossi):
 * courses grouped with their terms, service grouped with compressed years,
 * supervision by stage with status and thesis, grant amounts as their visibility
 * allows (`cv` only on the printed CV and the PDF, `hidden` nowhere), news on the
 * home page, in its archive and in the feed, free pages with their links resolved
 * under the base path, co-authors with their pages and index, students marked, the exports read
 * (importing them back: importResume.test.ts); the same in German, under /vita/, with free pages in the settings' navigation.
 * Both builds are shared (tests/helpers/sites.ts); completeSite.test.ts checks their HTML and links.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as cheerio from 'cheerio';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { CV_SECTIONS } from '../../src/schemas/settings.ts';
import { sharedSite } from '../helpers/sites.ts';
import { distFiles, htmlPages, loadPage, readPage } from '../helpers/dist.ts';

const SITE = 'https://maria-rossi.example.org';
const DIST = sharedSite('complete');
/** In German, with free pages in the settings' navigation and a short PDF on US Letter with the portrait, authorship counts and co-author pages, under /vita/. */
const DIST_DE = sharedSite('complete-de-vita');

const text = ($: cheerio.CheerioAPI, selector: string) =>
  $(selector)
    .map((_, element) => $(element).text().replace(/\s+/g, ' ').trim())
    .get();
const hrefs = ($: cheerio.CheerioAPI, selector: string) =>
  $(selector)
    .map((_, element) => $(element).attr('href'))
    .get();

describe('the CV page', () => {
  let cv: cheerio.CheerioAPI;
  beforeAll(() => {
    cv = loadPage('/cv/', DIST);
  });

  it('has the career sections in the one table’s order, each in the section navigation', () => {
    expect(text(cv, 'main h2')).toEqual(CV_SECTIONS.map((section) => en.cv.sections[section]));
    expect(text(cv, '.section-nav a')).toEqual(CV_SECTIONS.map((section) => en.cv.sectionLinks[section] ?? en.cv.sections[section]));
    expect(text(cv, '.section-nav a').slice(0, 4)).toEqual(['Experience', 'Education', 'Publications', 'Grants']);
  });

  it('lists each course once with all its terms, compressed, newest course first', () => {
    expect(text(cv, '#teaching ~ ul > li h3')).toEqual(['Spatial statistics for omics data (401)', 'Machine learning for cell biology', 'Statistica per biologi (BIO-204)']);
    const course = cv('#course-statistics-for-biologists');
    expect(text(cv, '#course-statistics-for-biologists > div > p')).toEqual([
      'University of Bologna · Teaching assistant · Undergraduate · in Italian',
      'Winter term 2018/19–2020/21, Summer term 2021',
      'Syllabus · Exercise sheets',
      'Exercise classes with weekly problem sets in R.',
    ]);
    expect(course.find('.dated-date').text()).toBe('2018–2021');
    expect(course.find('h3 span[lang="it"]').text()).toBe('Statistica per biologi');
    expect(hrefs(cv, '#course-statistics-for-biologists a.print-url')).toEqual(['https://unibo.example.org/bio-204/syllabus', 'https://unibo.example.org/bio-204/materials']);
    expect(text(cv, '#course-statistics-for-biologists a.print-url')).toEqual(['Syllabus', 'Exercise sheets']);
    expect(text(cv, '#course-spatial-statistics > div > p:not(.entry-where)')[0]).toBe('Fall 2022–2024, Spring 2024');
  });

  it('groups service by kind, with the years compressed', () => {
    expect(text(cv, '#service ~ h3')).toEqual(['Programme committee', 'Reviewer', 'Organiser']);
    // One line each, the years in the date column.
    expect(text(cv, '#service ~ ul > li > p:last-child')).toEqual([
      'RECOMB, Track on spatial methods',
      'Nature Methods',
      'Bioinformatics',
      'ISMB Workshop on Spatial Omics, Lead organiser',
    ]);
    expect(text(cv, '#service ~ ul > li > .dated-date')).toEqual(['2021–2024', '2020, 2022–2023, 2025', '2019', '2024']);
    expect(cv('#service-recomb-pc a').attr('href')).toBe('https://recomb.example.org');
  });

  it('groups supervision by stage, with status, co-supervision, the thesis and where they went', () => {
    expect(text(cv, '#supervision ~ h3')).toEqual(['PhD students', 'Master’s students', 'Interns']);
    const luca = cv('#supervision-luca-conti');
    expect(luca.find('h4 a').attr('href')).toBe('https://lucaconti.example.org');
    expect(luca.find('.entry-where a').attr('href')).toBe('/publications/conti2023thesis/');
    expect(text(cv, '#supervision-luca-conti > div > p:has(.badge)')).toEqual(['completed · University of Bologna · next: Postdoc at EMBL Heidelberg']);
    expect(text(cv, '#supervision-sara-weber > div > p:has(.badge)')).toEqual(['ongoing · co-supervision']);
    expect(text(cv, '#supervision-tom-keller > div > p:has(.badge)')).toEqual(['discontinued']);
    expect(text(cv, '#supervision-tom-keller .dated-date')).toEqual(['Jun 2023 – Sep 2023']);
  });

  it('shows grant amounts by visibility: web on screen, cv in print only, hidden never', () => {
    expect(text(cv, '#grant-eth-seed > div > p:not(.entry-where)')).toEqual(['Co-principal investigator · CHF 50,000']);
    expect(cv('#grant-snsf-ambizione .print-only').text()).toBe(' · CHF\u00A0850,000');
    expect(cv('#grant-eth-seed .print-only').length).toBe(0);
    expect(text(cv, '#grant-erc-starting > div > p:not(.entry-where)')).toEqual(['Principal investigator']);
    expect(text(cv, '#projects ~ ul > li:first-child p')).toContain('Grant: Spatial models of cell fate decisions');
    expect(cv('#projects ~ ul a[href="/cv/#grant-snsf-ambizione"]').length).toBe(1);
  });

  it('keeps a hidden amount out of every file, and a cv one out of every file but the CV page and the PDF', () => {
    const readable = (file: string) => (file.endsWith('.pdf') ? execFileSync('pdftotext', [join(DIST, file), '-'], { encoding: 'utf8' }) : readFileSync(join(DIST, file), 'utf8'));
    const files = distFiles(DIST).filter((file) => /\.(html|xml|json|bib|ris|txt|pdf)$/.test(file));
    expect(files.filter((file) => /1,499,250|1499250/.test(readable(file)))).toEqual([]);
    expect(files.filter((file) => /850,000|850000/.test(readable(file)))).toEqual(['/cv.pdf', '/cv/index.html']);
  });
});

describe('the PDF CV', () => {
  it('has the career sections with their subheadings and the amounts a CV may show', () => {
    const pdf = execFileSync('pdftotext', ['-layout', join(DIST, 'cv.pdf'), '-'], { encoding: 'utf8' });
    for (const line of ['Grants and funding', 'Teaching', 'Supervision', 'Service', 'PhD students', 'Programme committee'])
      expect(pdf).toMatch(new RegExp(`^\\s*${line}\\s*$`, 'm'));
    expect(pdf).toContain('Principal investigator · CHF 850,000 · Grant website');
    expect(pdf).toContain('Winter term 2018/19–2020/21, Summer term 2021');
    expect(pdf).toContain('completed · University of Bologna · next: Postdoc at EMBL Heidelberg');
    expect(pdf).toContain('2020, 2022–2023, 2025');
    expect(pdf).not.toContain('1,499,250');
  });
});

describe('the PDF settings', () => {
  it('set the paper and which sections the CV page and the PDF show, in their order', () => {
    const pdf = join(DIST_DE, 'cv.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
    const headings = [de.cv.sections.experience, de.cv.sections.education, de.cv.sections.publications, de.cv.sections.grants, de.cv.sections.teaching, de.cv.sections.supervision];
    const lines = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim());
    expect(lines.filter((line) => headings.includes(line))).toEqual([de.cv.sections.publications, de.cv.sections.grants, de.cv.sections.teaching, de.cv.sections.supervision]);
    expect(text(loadPage('/cv/', DIST_DE), 'main h2')).toEqual(
      ['publications', 'grants', 'teaching', 'supervision', 'service'].map((section) => de.cv.sections[section as keyof typeof de.cv.sections]),
    );
  });

  it('show the portrait in the PDF when asked, as a JPEG no wider than 480 pixels, and not otherwise', () => {
    const images = (dist: string) =>
      execFileSync('pdfimages', ['-list', join(dist, 'cv.pdf')], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => line.trim().split(/\s+/));
    const [portrait, ...others] = images(DIST_DE);
    expect(others).toEqual([]);
    // page, num, type, width, height, color, comp, bpc, enc
    expect(portrait!.slice(0, 3)).toEqual(['1', '0', 'image']);
    expect(Number(portrait![3])).toBeLessThanOrEqual(480);
    expect(portrait![8]).toBe('jpeg');
    expect(images(DIST)).toEqual([]);
  });

  it('print the CV page on the same paper', () => {
    // The stylesheets the CV page links, under the base path of its site (the German one is under /vita/).
    const css = (dist: string, base: string) =>
      cheerio
        .load(readPage('/cv/', dist))('link[rel="stylesheet"]')
        .map((_, link) => readFileSync(join(dist, link.attribs.href!.slice(base.length)), 'utf8'))
        .get()
        .join('');
    expect(css(DIST_DE, '/vita/')).toMatch(/@page\s*\{\s*size:\s*letter/);
    expect(css(DIST, '/')).not.toMatch(/size:\s*letter/);
  });
});

describe('news', () => {
  it('shows the latest items on the home page (lists.homeNews) with their related entries linked, listed as the language lists words (polish 2)', () => {
    const home = loadPage('/', DIST);
    expect(text(home, '#news ~ .news-list .news-date')).toEqual(['Mar 1, 2025', 'Jun 12, 2024']);
    expect(hrefs(home, '#news-2024-06-12-gaussian-processes-talk .muted a')).toEqual(['/talks/#talk-2024-06-12-spatial-gp', '/cv/#course-spatial-statistics']);
    expect(text(home, '#news-2024-06-12-gaussian-processes-talk .muted')).toEqual(['See: Cell states in space and Spatial statistics for omics data']);
    expect(home('#news ~ p a').attr('href')).toBe('/news/');
  });

  it('has an archive by year, with links in the text resolved', () => {
    const news = loadPage('/news/', DIST);
    expect(text(news, 'h1')).toEqual(['News']);
    expect(text(news, 'main h2')).toEqual(['2025', '2024', '2023', '2022']);
    expect(news('.news').length).toBe(4);
    expect(news('#news-2025-03-01-foundation-preprint p a').first().attr('href')).toBe('/publications/rossi2025foundation/');
    expect(hrefs(news, '#news-2023-01-15-ambizione .muted a')).toEqual(['/cv/#grant-snsf-ambizione']);
  });

  it('puts every item into the feed, linked to its place in the archive', () => {
    const feed = cheerio.load(readFileSync(join(DIST, 'feed.xml'), 'utf8'), { xml: true });
    const item = feed('item').filter((_, element) => feed(element).find('category').text() === 'news');
    expect(item.map((_, element) => feed(element).find('title').text()).get()).toEqual([
      'Foundation model preprint',
      'Talked about Gaussian processes for spatial data; the material comes from my…',
      'Ambizione grant',
      'A new group at ETH Zürich',
    ]);
    expect(item.first().find('link').text()).toBe(`${SITE}/news/#news-2025-03-01-foundation-preprint`);
    expect(item.first().find('pubDate').text()).toBe('Sat, 01 Mar 2025 00:00:00 GMT');
  });
});

describe('free pages', () => {
  it('get their own address, heading and description, and a navigation link where they ask for one', () => {
    const research = loadPage('/research/', DIST);
    expect(research('h1').text()).toBe('Research');
    expect(research('meta[name="description"]').attr('content')).toBe('How cells decide their fate, studied with spatial statistics.');
    expect(loadPage('/group/', DIST)('meta[name="description"]').attr('content')).toBe('Our group works at ETH Zürich. Past members include Luca Conti.');
    expect(text(research, '.site-nav a')).toEqual(['Home', 'Research', 'News', 'CV', 'Papers', 'Talks', 'Patents', 'Group']);
    expect(research('.site-nav a[aria-current="page"]').text()).toBe('Research');
  });

  it('newcomer (a footer slot for legal pages): the settings’ footer pages are linked from every page’s footer, under the base path too', () => {
    for (const path of ['/', '/cv/', '/publications/rossi2023cellstate/', '/research/', '/404.html']) {
      expect(hrefs(loadPage(path, DIST), '.site-legal a')).toEqual(['/contact/']);
      expect(text(loadPage(path, DIST), '.site-legal a')).toEqual(['Contact']);
      expect(hrefs(loadPage(path, DIST_DE), '.site-legal a')).toEqual(['/vita/contact/']);
    }
    expect(loadPage('/contact/', DIST)('.site-legal a[aria-current="page"]').text()).toBe('Contact');
    expect(text(loadPage('/', DIST), '.site-nav a')).not.toContain('Contact');
  });

  it('resolve links written as kind:id or site paths, under the base path too', () => {
    const expected = ['/publications/rossi2023cellstate/#abstract', '/publications/', '/cv/#grant-snsf-ambizione', '/group/'];
    expect(hrefs(loadPage('/research/', DIST), 'main a')).toEqual(expected);
    expect(hrefs(loadPage('/research/', DIST_DE), 'main a')).toEqual(expected.map((href) => `/vita${href}`));
    expect(hrefs(loadPage('/group/', DIST_DE), 'main a')).toEqual(['/vita/cv/#supervision-luca-conti']);
    expect(hrefs(loadPage('/contact/', DIST_DE), 'main a')).toEqual(['mailto:maria.rossi@example.org', '/vita/cv/']);
  });
});

describe('co-authors and students', () => {
  const links = ($: cheerio.CheerioAPI, selector: string) =>
    $(selector)
      .find('a')
      .map((_, link) => `${$(link).text()} ${$(link).attr('href')}`)
      .get();

  it('link their names in author lists to their page, every spelling of a name shown in one form', () => {
    const publications = loadPage('/publications/', DIST);
    expect(links(publications, '#bianchi2019spatial .authors')).toEqual(['Conti\u00A0LM /people/luca-conti/']);
    expect(links(publications, '#conti2023thesis .authors')).toEqual(['Conti\u00A0LM /people/luca-conti/']);
    expect(publications('#rossi2023cellstate .authors').first().text()).toBe('Rossi\u00A0M (site owner), Müller\u00A0J, Ekstrøm\u00A0L and Keller\u00A0A');
    expect(links(publications, '#rossi2023cellstate .authors')).toEqual(['Ekstrøm\u00A0L /people/lars-ekstrom/']);
    expect(links(loadPage('/publications/', DIST_DE), '#bianchi2019spatial .authors')).toEqual(['Conti\u00A0LM /vita/people/luca-conti/']);
  });

  it('mark a supervised student § while studying and the year after, the mark read out and explained', () => {
    const publications = loadPage('/publications/', DIST);
    expect(publications('#bianchi2019spatial .authors').first().text()).toBe('Bianchi\u00A0M (site owner) and Conti\u00A0LM§ (supervised student) (§ supervised student)');
    expect(publications('#bianchi2019spatial .authors sup').text()).toBe('§');
    expect(publications('#rossi2025sparse .authors sup').text()).toBe('**†');
  });

  it('have a page with their links, their supervision and the joint publications', () => {
    const luca = loadPage('/people/luca-conti/', DIST);
    expect(text(luca, 'h1, .lede, main h2')).toEqual([
      'Luca Conti',
      '6 joint publications with Maria Rossi, 2019–2025. In author lists as Conti LM.',
      'Supervision',
      'Joint publications (6)',
    ]);
    expect(hrefs(luca, 'main > .inline-list a')).toEqual(['https://lucaconti.example.org', 'https://orcid.org/0000-0001-5109-3700']);
    expect(luca('#supervision-luca-conti h3').text()).toBe('Luca Conti');
    expect(
      luca('.publication')
        .map((_, item) => luca(item).attr('id'))
        .get(),
    ).toEqual(['rossi2025sparse', 'cellatlas2024data', 'conti2023thesis', 'conti2023methods', 'rossi2022spatial', 'bianchi2019spatial']);
    expect(hrefs(luca, '.breadcrumb a')).toEqual(['/people/']);
  });

  it('are listed with their joint publications and years, those with a page linked', () => {
    const index = loadPage('/people/', DIST);
    const rows = index('tbody tr')
      .map((_, row) => [
        index(row)
          .find('th, td')
          .map((__, cell) => index(cell).text())
          .get()
          .join(' '),
      ])
      .get();
    expect(rows).toEqual(['Luca Conti 6 2019–2025', 'Keller A 5 2020–2026', 'Király F 1 2025', 'Lars Ekstrøm 1 2023', 'Marinč A 1 2025', 'Müller J 1 2023']);
    expect(hrefs(index, 'tbody a')).toEqual(['/people/luca-conti/', '/people/lars-ekstrom/']);
    expect(hrefs(loadPage('/publications/', DIST), '.coauthors-link a')).toEqual(['/people/']);
  });

  it('with coauthorPages, get a page past that many joint works, in German, and the CV counts the owner’s part', () => {
    expect(htmlPages(DIST_DE).filter((page) => page.startsWith('/people/'))).toEqual(['/people/', '/people/keller-a/', '/people/lars-ekstrom/', '/people/luca-conti/']);
    expect(text(loadPage('/people/keller-a/', DIST_DE), 'h1, .lede')).toEqual(['Keller A', '5 gemeinsame Publikationen mit Maria Rossi, 2020–2026.']);
    expect(text(loadPage('/people/', DIST_DE), 'h1')).toEqual(['Koautorinnen und Koautoren (6)']);
    expect(text(loadPage('/cv/', DIST_DE), '#publications + p')).toEqual([
      '14 Publikationen, davon 10 in Erstautorschaft, 1 in Letztautorschaft und 2 unter Leitung betreuter Studierender.',
    ]);
    expect(execFileSync('pdftotext', [join(DIST_DE, 'cv.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('14 Publikationen, davon 10 in Erstautorschaft');
    expect(loadPage('/cv/', DIST)('#publications + p').length).toBe(0);
  });
});

describe('JSON Resume', () => {
  let resume: Record<string, unknown>;
  beforeAll(() => {
    resume = JSON.parse(readFileSync(join(DIST, 'cv.json'), 'utf8')) as Record<string, unknown>;
  });

  it('validates against its schema, with service as volunteer and the rest as x- fields', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.validate(createRequire(import.meta.url)('@jsonresume/schema/schema.json'), resume);
    expect(ajv.errors ?? []).toEqual([]);
    expect(resume['volunteer']).toContainEqual({
      'x-id': 'nature-methods',
      organization: 'Nature Methods',
      position: 'Reviewer',
      startDate: '2020',
      endDate: '2025',
      'x-kind': 'reviewer',
      'x-years': [2020, 2022, 2023, 2025],
    });
    expect((resume['x-grants'] as { title: string; amount?: unknown }[]).map((grant) => [grant.title, grant.amount])).toEqual([
      ['Cell fate in space and time', undefined],
      ['Spatial models of cell fate decisions', undefined],
      ['Seed funding for spatial transcriptomics pilots', { value: '50000 CHF', visibility: 'web' }],
    ]);
    expect((resume['x-teaching'] as { terms: string[] }[])[2]!.terms).toEqual(['2018-WS', '2019-WS', '2020-WS', '2021-SS']);
    expect((resume['x-supervision'] as Record<string, unknown>[])[0]).toEqual({
      id: 'sara-weber',
      name: 'Sara Weber',
      level: 'master',
      role: 'co',
      title: 'Cell segmentation with weak labels',
      start: '2024-02',
    });
    // The body as written: Markdown, its link to an entry kept.
    expect((resume['x-news'] as Record<string, unknown>[])[0]).toEqual({
      id: '2025-03-01-foundation-preprint',
      date: '2025-03-01',
      title: 'Foundation model preprint',
      about: ['publication:rossi2025foundation'],
      body: 'Our foundation model for spatial transcriptomics is out as a [preprint](publication:rossi2025foundation).',
    });
  });
});

describe('in German, with free pages in the settings’ navigation', () => {
  let cv: cheerio.CheerioAPI;
  beforeAll(() => {
    cv = loadPage('/cv/', DIST_DE);
  });

  it('words every career section in German', () => {
    expect(text(cv, '#teaching, #grants, #supervision, #service')).toEqual(['Drittmittel und Förderung', 'Lehrtätigkeit', 'Betreuung', 'Gremien- und Gutachtertätigkeit']);
    expect(text(cv, '#course-statistics-for-biologists > div > p')[1]).toBe('WiSe 2018/19–2020/21, SoSe 2021');
    expect(text(cv, '#course-statistics-for-biologists > div > p')[0]).toBe('University of Bologna · Übungsleitung · Bachelorstudium · auf Italienisch');
    expect(text(cv, '#grant-eth-seed > div > p:not(.entry-where)')).toEqual(['Ko-Projektleitung · 50.000 CHF']);
    expect(text(cv, '#supervision-luca-conti > div > p:has(.badge)')).toEqual(['abgeschlossen · University of Bologna · danach: Postdoc at EMBL Heidelberg']);
    expect(text(cv, '#service ~ h3')).toEqual(['Programmkomitee', 'Gutachtertätigkeit', 'Organisation']);
    expect(text(loadPage('/news/', DIST_DE), 'h1')).toEqual(['Neuigkeiten']);
  });

  it('takes free pages from the settings’ navigation, with their own labels, and adds the ones that ask', () => {
    expect(text(cv, '.site-nav a')).toEqual(['Start', 'Research', 'Kontakt', 'Neuigkeiten', 'Lebenslauf', 'Group']);
  });
});

it('keeps the raw pages free of unresolved kind:id links', () => {
  const pages = htmlPages(DIST).filter((page) => page !== '/404.html');
  expect(pages.filter((page) => /href="(publication|talk|course|grant|page|supervision|news):/.test(readPage(page, DIST)))).toEqual([]);
});
