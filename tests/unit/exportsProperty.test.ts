/**
 * Property test of the exports (F3, F4, F13): hostile strings (controls, braces, quotes,
 * "</script>", "]]>", RIS tags, BibTeX syntax, combining marks, broken surrogate pairs) in every
 * text field of publications that never went through the schema, since the exporters must be
 * safe on their own. Every export is read back by an independent parser: Better BibTeX's
 * parser, citation-js for RIS and CSL-JSON, htmlparser2 (through cheerio) for the feed and the
 * JSON-LD block, JSON.parse. Each run must keep its entry count, add no field, and keep title,
 * venue and authors, modulo the documented escaping:
 *
 * - BibTeX, RIS, feed: one line; line breaks and tabs become spaces, other control characters
 *   and U+FFFE/U+FFFF go (src/lib/text/singleLine.ts).
 * - BibTeX: readers collapse white space (a no-break space is a space); a DOI has braces,
 *   backslashes, $ and spaces percent-encoded, an arXiv id all but letters, digits and . / -;
 *   a key's other characters become hyphens.
 * - RIS: runs of spaces become one (readers split a line at every "  - ").
 * - BibTeX, RIS, feed: half a surrogate pair becomes U+FFFD, as writing the file in UTF-8 does;
 *   the JSON formats keep it, escaped.
 *
 * The strings come from a seeded generator: every run tries the same ones, and a failure names
 * the run to reproduce.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { getRssString } from '@astrojs/rss';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../src/lib/formats/bibtex.ts';
import type { Citable } from '../../src/lib/citable.ts';
import { toCsl } from '../../src/lib/formats/csl.ts';
import { feedItems } from '../../src/lib/formats/feed.ts';
import { jsonLdScript, publicationLd } from '../../src/lib/formats/jsonLd.ts';
import { toJsonResume } from '../../src/lib/formats/jsonResume.ts';
import { citationName } from '../../src/lib/names.ts';
import { toRis } from '../../src/lib/formats/ris.ts';
import { kindOf, type PublicationKind } from '../../src/schemas/publicationKinds.ts';
import { profileSchema } from '../../src/schemas/profile.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';

const SEED = 0x5eed2026;
const RUNS = 300;
const PER_FILE = 3;

/** mulberry32: a small, well-mixed 32-bit generator; the same seed gives the same strings everywhere. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Pieces that have broken (or could break) one export or another, and ordinary text between them. */
const PIECES = [
  ...['{', '}', '{{', '}}', '\\', '\\{', '"', "'", '`', '<', '>', '&', '%', '#', '$', '_', '^', '~', '@', ',', '=', '|', '-', '--', '---'],
  ...['</script>', '<!--', ']]>', '<![CDATA[', '&amp;', '&lt;', '&#0;', '<i>', '</b>', '<sup>2</sup>', ' and ', 'others', ', Jr'],
  ...['\u0000', '\u0007', '\u001b', '\u000b', '\u000c', '\t', '\r', '\n', '\r\n', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029'],
  ...['\u00a0', '\u200b', '\u200d', '\u200f', '\ufeff', '\ufffd', '\ufffe', '\uffff', '\ud800', '\udfff'],
  ...['ER  - ', '\r\nER  - \r\nTY  - JOUR\r\nTI  - Injected', 'TY  - ', '@article{x,', '},\n  note = {', 'title = {', '"\n}', '\\emph{x}', '$x^2$'],
  ...['?`', '!`', ',,', "''", '``', '“', '”', '‘', '’', '–', '—', '…', 'ı', 'i\u0301', 'e\u0301', '\u0301', 'ß', 'ø', 'Ł', 'Ä', 'č', '😀', '👩‍🔬', 'שלום', 'Δ', '中文'],
  ...['Deep', ' ', '  ', 'x', 'Ab', '2019', 'Müller K-R', 'van der'],
];

function hostile(random: () => number): string {
  let text = '';
  for (let count = 1 + Math.floor(random() * 8); count > 0; count--) {
    text += random() < 0.85 ? PIECES[Math.floor(random() * PIECES.length)]! : String.fromCodePoint(Math.floor(random() * 0x30000));
  }
  return text;
}

const KINDS: PublicationKind[] = ['journal-article', 'conference-paper', 'book-chapter', 'preprint'];

function hostilePublication(random: () => number, run: number, index: number): Citable {
  const field = () => hostile(random);
  const title = field();
  const venue = field();
  // Straight into the exporters: the schema is bypassed on purpose.
  return {
    kind: KINDS[Math.floor(random() * KINDS.length)]!,
    status: 'published',
    title,
    titleText: title,
    authors: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ name: field() })),
    editors: Array.from({ length: Math.floor(random() * 3) }, () => ({ name: field() })),
    translators: Array.from({ length: Math.floor(random() * 2) }, () => ({ name: field() })),
    year: 2000 + Math.floor(random() * 30),
    month: random() < 0.5 ? 1 + Math.floor(random() * 12) : undefined,
    venue,
    venueText: venue,
    series: field(),
    seriesNumber: field(),
    edition: field(),
    originalTitle: field(),
    volume: field(),
    issue: field(),
    pages: field(),
    articleNumber: field(),
    publisher: field(),
    publisherPlace: field(),
    doi: `10.1234/${field()}`,
    arxiv: field(),
    award: field(),
    note: field(),
    language: 'en',
    links: [],
    selected: false,
    id: `r${run}p${index}${field()}`,
    url: `https://example.org/publications/r${run}p${index}/`,
  } as unknown as Citable;
}

const random = generator(SEED);
const runs = Array.from({ length: RUNS }, (_, run) => ({
  run,
  publications: Array.from({ length: PER_FILE }, (_, index) => hostilePublication(random, run, index)),
  talk: { url: `https://example.org/talks/#r${run}`, titleText: hostile(random), whereText: hostile(random), kind: 'invited-talk', date: { dates: ['2022-10-21'] } },
  owner: hostile(random),
}));

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
/** What every line-based export makes of a text: one line, no controls (see the header). */
const oneLine = (text: string) =>
  text
    .toWellFormed()
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, '');
const collapse = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
/** What a BibTeX reader gives back for a text: one line, white space collapsed. */
const bibtexText = (text: string) => collapse(oneLine(text));
/** What a URL would carry: the characters matched, as %XX per UTF-8 byte. */
const percentEncoded = (text: string, unsafe: RegExp) =>
  oneLine(text).replace(unsafe, (character) =>
    encodeURIComponent(character).replace(/%[0-9A-F]{2}|./g, (part) => (part.startsWith('%') ? part : `%${part.charCodeAt(0).toString(16).toUpperCase()}`)),
  );
const runLabel = (run: number) => `run ${run} (seed ${SEED})`;
/** Whether a name has anything left to write once it is one line ("," has not). */
const isAName = (name: string) => Object.values(citationName(oneLine(name))).some((part) => part.trim() !== '');

/** The fields a BibTeX entry of this kind may have: anything else was injected. */
const bibtexFields = (kind: PublicationKind) =>
  new Set([
    ...['title', 'author', 'editor', 'translator', kindOf(kind).bibtexVenue, 'series', 'edition', 'year', 'month', 'volume', 'number', 'pages', 'eid'],
    ...['publisher', 'address', 'doi', 'eprint', 'archiveprefix', 'origtitle', 'note'],
  ]);

describe('F3, F4, F13: hostile text in every field, every export read back', () => {
  it('BibTeX: every entry parses, under its key, with no added field, title, venue, authors and DOI intact', () => {
    for (const { run, publications } of runs) {
      const file = `${publications.map((publication) => toBibtex(publication, publication.id, escapeHtml(publication.title), escapeHtml(publication.venue!))).join('\n\n')}\n`;
      const parsed = parseBibtex(file, { sentenceCase: false });
      expect(parsed.errors, runLabel(run)).toEqual([]);
      expect(
        parsed.entries.map((entry) => entry.key),
        runLabel(run),
      ).toEqual(publications.map((publication) => publication.id.replace(/[^A-Za-z0-9_:.+-]/gu, '-')));
      parsed.entries.forEach((entry, index) => {
        const source = publications[index]!;
        const label = `${runLabel(run)}, entry ${index}`;
        expect(
          Object.keys(entry.fields).filter((name) => !bibtexFields(source.kind).has(name)),
          label,
        ).toEqual([]);
        expect(collapse(String(entry.fields['title'] ?? '')), label).toBe(bibtexText(source.title));
        expect(collapse(String(entry.fields[kindOf(source.kind).bibtexVenue] ?? '')), label).toBe(bibtexText(source.venue!));
        expect(entry.fields['year'], label).toBe(String(source.year));
        expect(collapse(String(entry.fields['note'] ?? '')), label).toBe(bibtexText(source.note!));
        expect(entry.fields['doi'], label).toBe(percentEncoded(source.doi!, /[{}\\$\s]/g));
        expect(entry.fields['eprint'] ?? '', label).toBe(percentEncoded(source.arxiv!, /[^A-Za-z0-9./-]/gu));
        const authors = ((entry.fields['author'] ?? []) as { lastName?: string; prefix?: string; firstName?: string; name?: string }[]).map((author) =>
          collapse([author.prefix, author.lastName ?? author.name, author.firstName].filter(Boolean).join(' ')),
        );
        const expected = source.authors
          .map(({ name }) => {
            const { family, given } = citationName(oneLine(name));
            return bibtexText(`${family} ${given}`);
          })
          .filter(Boolean);
        expect(authors, label).toEqual(expected);
      });
    }
  });

  it('RIS: every record is read back whole, with its title, venue and authors on one line each', () => {
    for (const { run, publications } of runs) {
      const records = new Cite(`${publications.map(toRis).join('\r\n\r\n')}\r\n`).data as { title?: string; author?: unknown[] }[];
      expect(records, runLabel(run)).toHaveLength(PER_FILE);
      records.forEach((record, index) => {
        const source = publications[index]!;
        const label = `${runLabel(run)}, record ${index}`;
        expect(collapse(record.title ?? ''), label).toBe(collapse(oneLine(source.title)));
        // The CSL field the reader puts T2 in depends on the record type (container, collection or event title).
        const venue = collapse(oneLine(source.venue!));
        if (venue)
          expect(
            Object.values(record).flatMap((value) => (typeof value === 'string' ? [collapse(value)] : [])),
            label,
          ).toContain(venue);
        expect(record.author?.length ?? 0, label).toBe(source.authors.filter((author) => isAName(author.name)).length);
      });
    }
  });

  it('CSL-JSON: every item comes back exactly, and citation-js reads every one', () => {
    for (const { run, publications } of runs) {
      const items = publications.map(toCsl);
      const text = `${JSON.stringify(items, null, 2)}\n`;
      expect(JSON.parse(text), runLabel(run)).toEqual(JSON.parse(JSON.stringify(items)));
      const read = new Cite(JSON.parse(text)).data as { title: string }[];
      // JSON keeps even half a surrogate pair (as an escape), so everything comes back.
      expect(
        read.map((item) => item.title),
        runLabel(run),
      ).toEqual(publications.map((publication) => publication.title));
    }
  });

  it('feed: the XML has only characters XML 1.0 allows, and every item its own title', async () => {
    for (const { run, publications, talk, owner } of runs) {
      const items = feedItems(
        publications.map((publication) => ({ ...publication, citationText: publication.titleText })),
        [talk],
      );
      // The channel as src/pages/[feed].xml.ts writes it.
      const xml = await getRssString({
        title: `${oneLine(owner)}: publications and talks`,
        description: `New publications of ${oneLine(owner)}.`,
        site: 'https://example.org/',
        items,
      });
      // XML 1.0 §2.2, Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
      const forbidden = [...xml].filter((character) => !/^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]$/u.test(character));
      expect(
        forbidden.map((character) => character.codePointAt(0)!.toString(16)),
        runLabel(run),
      ).toEqual([]);
      const $ = cheerio.load(xml, { xml: true });
      expect($('rss > channel > item').length, runLabel(run)).toBe(PER_FILE + 1);
      const children = new Set(
        $('rss > channel > item > *')
          .map((_, element) => element.tagName)
          .get(),
      );
      expect(
        [...children].filter((name) => !['title', 'link', 'guid', 'description', 'pubDate', 'category'].includes(name)),
        runLabel(run),
      ).toEqual([]);
      const titles = $('rss > channel > item')
        .map((_, item) => $(item).children('title').text())
        .get();
      expect(titles.sort(), runLabel(run)).toEqual([...publications.map((publication) => publication.title), talk.titleText].map(oneLine).sort());
    }
  });

  it('JSON-LD: the block stays one script element in the page and parses back to the same data', () => {
    for (const { run, publications } of runs) {
      const data = publications.map(publicationLd);
      const $ = cheerio.load(
        `<!doctype html><html><head>${data.map((block) => `<script type="application/ld+json">${jsonLdScript(block)}</script>`).join('')}</head><body><p>after</p></body></html>`,
      );
      expect($('script').length, runLabel(run)).toBe(PER_FILE);
      expect($('body').html(), runLabel(run)).toBe('<p>after</p>');
      expect(
        $('script')
          .map((_, script) => JSON.parse($(script).text()) as unknown)
          .get(),
        runLabel(run),
      ).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });

  it('JSON Resume: the publications come back exactly', () => {
    const profile = profileSchema.parse({ name: 'Ada Example', aliases: ['Example A'], role: 'R', affiliation: 'A' });
    for (const { run, publications } of runs) {
      const resume = toJsonResume({
        profile: { ...profile, id: 'profile' },
        bioText: '',
        homeUrl: 'https://example.org/',
        fileUrl: 'https://example.org/cv.json',
        absoluteUrl: (path) => `https://example.org${path}`,
        settings: settingsSchema.parse({}),
        experience: [],
        education: [],
        awards: [],
        publications,
        skills: { groups: [], languages: [] },
        projects: [],
        talks: [],
        lectures: [],
        patents: [],
        service: [],
        teaching: [],
        supervision: [],
        grants: [],
        news: [],
        pages: [],
        people: [],
        metrics: undefined,
      });
      const back = JSON.parse(`${JSON.stringify(resume, null, 2)}\n`) as { publications: { name: string; publisher: string; 'x-title': string; 'x-venue': string }[] };
      expect(
        back.publications.map((entry) => [entry.name, entry.publisher, entry['x-title'], entry['x-venue']]),
        runLabel(run),
      ).toEqual(publications.map((publication) => [publication.title, publication.venue, publication.title, publication.venue]));
    }
  });
});
