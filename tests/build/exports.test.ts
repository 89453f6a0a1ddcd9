/**
 * The built exports, read back by independent parsers: BibTeX by Better BibTeX's
 * parser, CSL-JSON by citeproc-js (through citation-js), RIS by citation-js,
 * JSON Resume against its JSON Schema. Counts and several entries are compared
 * field by field with the content.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/build.ts';
import { loadContent } from '../helpers/contentFolder.ts';
import { parseName } from '../../src/lib/names.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const content = loadContent();
const publications = content.bySection('publications');
const ids = publications.map((entry) => entry.id).sort();
const data = (id: string) => content.byId('publications', id) as Record<string, unknown> & { authors: { name: string }[]; title: string };
const plain = (html: string) => html.replace(/<[^>]+>/g, '').normalize('NFC');
const nfc = (names: string[]) => names.map((name) => name.normalize('NFC'));
const SPOT_CHECKS = [
  'lapuschkin2019unmasking',
  'becking2022ecqx',
  'rieckmann2022causes',
  'slijepcevic2022explaining',
  'pahde2022optimizing',
  'binder2016layerdeep',
  'hagele2020resolving',
];

describe('publications.bib', () => {
  const bib = read('publications.bib');
  const parsed = parseBibtex(bib, { sentenceCase: false });

  it('parses without errors and holds all 51 publications under their ids', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((entry) => entry.key).sort()).toEqual(ids);
  });

  it.each(SPOT_CHECKS)('%s round-trips title, authors, year and numbers', (id) => {
    const entry = parsed.entries.find((candidate) => candidate.key === id)!;
    const source = data(id);
    expect(plain(String(entry.fields['title']))).toBe(plain(source.title));
    expect(nfc((entry.fields['author'] as { lastName: string }[]).map((author) => author.lastName))).toEqual(source.authors.map((author) => parseName(author.name).family));
    expect(entry.fields['year']).toBe(String(source['year']));
    if (source['volume']) expect(entry.fields['volume']).toBe(source['volume']);
    if (source['pages']) expect(entry.fields['pages']).toBe(String(source['pages']).replace('-', '–'));
    const expectedType = { 'journal-article': 'article', 'conference-paper': 'inproceedings', 'book-chapter': 'incollection', preprint: 'misc' }[String(source['kind'])];
    expect(entry.type).toBe(expectedType);
  });

  it('keeps non-ASCII names intact through LaTeX escaping', () => {
    const lastNames = nfc(parsed.entries.flatMap((entry) => (entry.fields['author'] as { lastName: string }[]).map((author) => author.lastName)));
    for (const name of ['Müller', 'Hägele', 'Ekstrøm', 'Marinč', 'Hedström', 'Schöllhorn', 'Wäldchen']) expect(lastNames).toContain(name);
    const yolcu = parsed.entries.find((entry) => entry.key === 'pahde2022optimizing')!.fields['author'] as { firstName: string }[];
    expect(yolcu[1]!.firstName.normalize('NFC')).toBe('G. Ü.');
  });

  it('offers one .bib per publication, equal to its entry in the full file', () => {
    for (const id of ids) {
      const single = read(`publications/${id}.bib`);
      expect(bib).toContain(single.trim());
      expect(parseBibtex(single).entries.map((entry) => entry.key)).toEqual([id]);
    }
  });
});

describe('publications.json (CSL-JSON)', () => {
  const items = JSON.parse(read('publications.json')) as { id: string; type: string; title: string }[];

  it('holds all 51 publications with CSL types', () => {
    expect(items.map((item) => item.id).sort()).toEqual(ids);
    expect(new Set(items.map((item) => item.type))).toEqual(new Set(['article-journal', 'paper-conference', 'chapter', 'article']));
  });

  it('renders through citeproc-js as an APA bibliography of 51 entries', () => {
    const cite = new Cite(items);
    const entries = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US', asEntryArray: true }) as [string, string][];
    expect(entries).toHaveLength(51);
    const apa = Object.fromEntries(entries);
    expect(apa['montavon2017explaining']).toContain('Explaining NonLinear Classification Decisions with Deep Taylor Decomposition. Pattern Recognition, 65, 211–222.');
    expect(apa['lapuschkin2019unmasking']).toMatch(/^Lapuschkin, S\., Wäldchen, S\., Binder, A\., Montavon, G\., Samek, W\., & Müller, K\.-R\. \(2019\)\./);
  });
});

describe('publications.ris', () => {
  const records = new Cite(read('publications.ris')).data as { title: string; author: { family: string }[] }[];

  it('parses into 51 records', () => {
    expect(records).toHaveLength(51);
  });

  it.each(SPOT_CHECKS)('%s keeps its title and authors', (id) => {
    const source = data(id);
    const record = records.find((candidate) => candidate.title === plain(source.title));
    expect(record, plain(source.title)).toBeDefined();
    expect(nfc(record!.author.map((author) => author.family))).toEqual(source.authors.map((author) => parseName(author.name).family));
  });
});

describe('cv.json (JSON Resume)', () => {
  const resume = JSON.parse(read('cv.json')) as Record<string, unknown[]> & { basics: Record<string, unknown> };

  it('validates against the JSON Resume schema', () => {
    const schema = createRequire(import.meta.url)('@jsonresume/schema/schema.json');
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.validate(schema, resume);
    expect(ajv.errors ?? []).toEqual([]);
  });

  it('holds every section of the CV, and only public contact details', () => {
    expect(resume['work']).toHaveLength(6);
    expect(resume['education']).toHaveLength(4);
    expect(resume['awards']).toHaveLength(5);
    expect(resume['publications']).toHaveLength(51);
    expect(resume['projects']).toHaveLength(6);
    expect(resume['languages']).toEqual([
      { language: 'German', fluency: 'native' },
      { language: 'English', fluency: 'full professional proficiency' },
    ]);
    expect(resume['x-talks']).toHaveLength(16);
    expect(resume['x-lectures']).toHaveLength(7);
    expect(resume['x-patents']).toHaveLength(3);
    expect(resume.basics['email']).toBe('sebastian@lapuschkin.com');
    expect(resume.basics).not.toHaveProperty('phone');
    expect(JSON.stringify(resume)).not.toContain('Kaiserin-Augusta-Allee');
    expect(resume['work']![0]).toMatchObject({ name: 'Fraunhofer Heinrich Hertz Institute', position: 'Head of Explainable Artificial Intelligence', startDate: '2021-01' });
  });
});
