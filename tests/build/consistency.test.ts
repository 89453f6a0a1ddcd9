/**
 * One model, many renderers: every fact the model states about a record is in every output that
 * carries the record's section: the pages, the PDF (read back with pdftotext), the feed and the
 * preview cards' alt texts. The facts are generated from the content through the model, never
 * listed by hand, so a field is covered the day the model shows it; and the model must show every
 * text field of the content, so a field is covered the day it is added. No plain-text output may
 * hold TeX source.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CvEntry, EntryPart } from '../../src/model/entries.ts';
import { mathText, mathTree } from '../../src/model/math.ts';
import { plain, type Rich, SEPARATOR } from '../../src/model/rich.ts';
import type { SiteData } from '../../src/model/site.ts';
import { localeFor } from '../../src/i18n/index.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { COMPLETE, DIST, DIST_GERMAN, PROJECT_PAGE, SHIPPED } from '../helpers/build.ts';
import { htmlPages, loadPage, readPage } from '../helpers/dist.ts';
import { modelOf } from '../helpers/model.ts';
import { preparedContent, sharedSite } from '../helpers/sites.ts';

/**
 * The shared builds (tests/helpers/sites.ts) with their content folders and the environment they were built in; the
 * German complete fixture (on a GitHub project page) shows the career sections on its CV, the German shipped CV the others.
 */
const SITES = [
  { name: 'the complete fixture in English', content: COMPLETE, dist: sharedSite('complete'), env: {} },
  { name: 'the complete fixture in German', content: preparedContent('complete-de-vita'), dist: sharedSite('complete-de-vita'), env: PROJECT_PAGE },
  { name: 'the shipped CV in English', content: SHIPPED, dist: DIST, env: {} },
  { name: 'the shipped CV in German', content: preparedContent('shipped-de'), dist: DIST_GERMAN, env: {} },
];

/** Sub- and superscript letters and digits, as a formula's plain reading writes them (ℓ₁) and as typeset text reads back (ℓ1). */
const SCRIPTS = /[\u00B2\u00B3\u00B9\u2070-\u209C\u1D62-\u1D6A\u2C7C]/gu;

/** Text as the outputs compare: every run of whitespace (non-breaking spaces included) one space, scripts as plain letters. */
const normal = (text: string) =>
  text
    .replace(SCRIPTS, (character) => character.normalize('NFKC'))
    .replace(/\s+/g, ' ')
    .trim();

/** The visible text of a part of a page, each formula as its plain reading (the page shows it typeset). */
function pageText(path: string, dist: string, selector = 'main'): string {
  // A parse of its own: it replaces the formulas.
  const $ = cheerio.load(readPage(path, dist));
  $('math').each((_, math) => {
    $(math).replaceWith(mathText(mathTree($.html(math))));
  });
  return $(selector).text();
}

/** The atoms of a line: its facts between " · " (a table cell shows each atom apart). */
const atoms = (text: string): string[] => normal(text).split(SEPARATOR.trim()).map(normal).filter(Boolean);
const atomsOf = (runs: Rich | undefined) => (runs ? atoms(plain(runs)) : []);
const partAtoms = (part: EntryPart) => ('body' in part ? part.body.lines.flatMap((line) => atomsOf(line.runs)) : atomsOf(part.runs));

/** Every fact an entry states. */
const entryFacts = (entry: CvEntry) => [...atomsOf(entry.title), ...atomsOf(entry.when), ...atomsOf(entry.where), ...entry.parts.flatMap(partAtoms)];

/** Every fact a publication's list item states (its links are checked as links, not text). */
const publicationFacts = (publication: SiteData['publications'][number]) => [
  ...atoms(publication.titleText),
  ...publication.authorList.people.map((author) => normal(author.name)),
  ...atomsOf(publication.reference),
  ...[publication.statusLabel, publication.award, publication.note, publication.citation].filter((fact): fact is string => fact !== undefined).map(normal),
];

/** The facts of every CV section the model has, by section id. */
function cvFacts(site: SiteData): Map<string, string[]> {
  return new Map(
    site.cvSections.map(({ id }) => {
      switch (id) {
        case 'publications':
          return [id, site.publications.flatMap(publicationFacts)];
        case 'talks':
        case 'lectures':
          return [id, site[id].flatMap((talk) => entryFacts(talk.entry))];
        case 'patents':
          return [id, site.patents.flatMap((patent) => entryFacts(patent.entry))];
        default:
          return [id, site.entries[id].flatMap((group) => [...(group.heading ? [group.heading] : []), ...group.entries.flatMap(entryFacts)])];
      }
    }),
  );
}

/** Facts missing from a text, as "section: fact" lines. */
function missing(facts: Map<string, string[]>, text: string): string[] {
  const haystack = normal(text);
  return [...facts].flatMap(([section, list]) => list.filter((fact) => !haystack.includes(fact)).map((fact) => `${section}: ${fact}`));
}

/** The PDF's text in the order it was typeset (the default order splits a title from its page's first line), without its running header and page footer, letters of formulas read as letters. */
function pdfText(dist: string, site: SiteData, language: string): string {
  const { t } = localeFor(language);
  const running = normal(t.pdf.running(''));
  const footer = new RegExp(`^${t.pdf.page.replace('{page}', '\\d+').replace('{pages}', '\\d+')}$`);
  const name = normal(site.profile.fullName);
  return execFileSync('pdftotext', ['-raw', join(dist, 'cv.pdf'), '-'], { encoding: 'utf8' })
    .split('\n')
    .map(normal)
    .filter((line) => line !== '' && line !== name && !line.startsWith(running) && !line.startsWith(`${name} ${running}`) && !footer.test(line))
    .join('\n')
    .replace(/[\u{1D400}-\u{1D7FF}]/gu, (letter) => letter.normalize('NFKC'));
}

/**
 * Text without hyphens and spaces, as the PDF is compared: pdftotext drops a hyphen at a line's end ("XAI-" and
 * "based" read "XAIbased"), and a line may break anywhere, after a dash or slash too, or before a raised letter
 * ("ECQ" and "X").
 */
const typesetForm = (text: string) => text.replace(/[-\s]/g, '');

/** TeX source: a command (\ell) or a dollar sign. */
const TEX = /\\[A-Za-z]|\$/;

describe.each(SITES)('$name', ({ content, dist, env }) => {
  let site: SiteData;
  beforeAll(async () => {
    site = await modelOf(content, { settings: resolveSettings(content, env) });
  });

  it('shows every text field of the content in the model', () => {
    // Not text to show: ids, addresses and codes; enum values (kind, role, level, status) the catalogue words; dates Intl writes.
    const NOT_TEXT = new Set(['id', 'html', 'url', 'eventUrl', 'language', 'redirectFrom', 'topics', 'about', 'publication', 'person', 'grant', 'currency', 'terms']);
    const texts = (value: unknown, key: string): string[] =>
      NOT_TEXT.has(key)
        ? []
        : typeof value === 'string'
          ? [value]
          : Array.isArray(value)
            ? value.flatMap((item) => texts(item, key))
            : value && typeof value === 'object'
              ? Object.entries(value).flatMap(([name, item]) => texts(item, name))
              : [];
    const isText = (text: string) => !/^[a-z0-9-]+$/.test(text) && !/^\d{4}(-\d{2}){0,2}$/.test(text);
    const shownBy = (entries: readonly CvEntry[]) => normal(entries.flatMap(entryFacts).join(' '));
    const career = ['experience', 'education', 'grants', 'awards', 'projects', 'teaching', 'supervision', 'service'] as const;
    const shown = {
      ...Object.fromEntries(career.map((section) => [section, shownBy(site.entries[section].flatMap((group) => group.entries))])),
      patents: shownBy(site.patents.map((patent) => patent.entry)),
    } as Record<(typeof career)[number] | 'patents', string>;
    const unshown = ([...career, 'patents'] as const).flatMap((section) =>
      site.cv[section].flatMap((entry) =>
        texts(entry, '')
          .filter(isText)
          // Inline markup and formulas are shown rendered: compare their plain reading.
          .map((text) => normal(text.replace(/<[^>]+>/g, '')))
          .filter((text) => !/[$*_]/.test(text) && !shown[section].includes(text))
          .map((text) => `${section}/${entry.id}: ${text}`),
      ),
    );
    expect(unshown).toEqual([]);
  });

  it('states every fact of every CV section on the CV page', () => {
    expect(missing(cvFacts(site), pageText('/cv/', dist))).toEqual([]);
  });

  it('states every fact of every section in the PDF CV', () => {
    const facts = new Map([...cvFacts(site)].map(([section, list]) => [section, list.map(typesetForm)]));
    expect(missing(facts, typesetForm(pdfText(dist, site, resolveSettings(content, {}).language)))).toEqual([]);
  });

  it('states every fact of a publication on its page', () => {
    const absent = site.publications.flatMap((publication) =>
      missing(new Map([[publication.id, publicationFacts(publication)]]), pageText(`/publications/${publication.id}/`, dist)),
    );
    expect(absent).toEqual([]);
  });

  it('states every publication and talk in the feed, status included', () => {
    const feed = cheerio.load(readFileSync(join(dist, 'feed.xml'), 'utf8'), { xml: true });
    const items = new Map(
      feed('item')
        .map((_, item) => [[feed(item).find('link').text(), normal(`${feed(item).find('title').text()} ${feed(item).find('description').text()}`)]] as const)
        .get(),
    );
    const absent = [
      ...site.publications.flatMap((publication) =>
        [...atoms(publication.titleText), ...atoms(publication.citationText)]
          .filter((fact) => !items.get(publication.url!)?.includes(fact))
          .map((fact) => `${publication.id}: ${fact}`),
      ),
      ...site.events.flatMap((talk) =>
        [...atoms(talk.titleText), ...atomsOf(talk.entry.where)].filter((fact) => !items.get(talk.url!)?.includes(fact)).map((fact) => `${talk.id}: ${fact}`),
      ),
    ];
    expect(absent).toEqual([]);
  });

  it('names each publication’s title, venue and year in its card’s alt text', () => {
    const absent = site.publications.flatMap((publication) => {
      const alt = normal(loadPage(`/publications/${publication.id}/`, dist)('meta[property="og:image:alt"]').attr('content') ?? '');
      return [publication.titleText, publication.venueText, String(publication.year)]
        .filter((fact): fact is string => fact !== undefined)
        .map(normal)
        .filter((fact) => !alt.includes(fact))
        .map((fact) => `${publication.id}: ${fact}`);
    });
    expect(absent).toEqual([]);
  });

  it('puts no TeX source in any plain-text output', () => {
    const plainTexts = htmlPages(dist).flatMap((path) => {
      const $ = loadPage(path, dist);
      return [
        `${path} title: ${$('title').text()}`,
        ...$('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')
          .map((_, meta) => `${path} ${$(meta).attr('property') ?? $(meta).attr('name')}: ${$(meta).attr('content')}`)
          .get(),
        `${path} breadcrumb: ${$('nav.breadcrumb').text()}`,
      ];
    });
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    const pdfInfo = execFileSync('pdfinfo', [join(dist, 'cv.pdf')], { encoding: 'utf8' });
    expect([...plainTexts, `feed: ${feed}`, `pdf: ${pdfInfo}`].filter((text) => TEX.test(text.replace(/^[^:]+: /, '')))).toEqual([]);
  });
});
