/**
 * Translated titles (issue 23 §1): where an import places one (translatedTitle.ts), what ORCID's
 * work record and BibTeX's titleaddon give, and the round trip through the exports that have a
 * place for it: BibTeX's titleaddon, RIS's TT (read back by citation-js), CSL-JSON's original-title
 * for the original of a translation. CSL-JSON has no variable for a translated title.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import type { Citable } from '../../src/lib/citable.ts';
import { toBibtex } from '../../src/lib/formats/bibtex.ts';
import { toCsl } from '../../src/lib/formats/csl.ts';
import { toRis } from '../../src/lib/formats/ris.ts';
import { publicationSchema } from '../../src/schemas/publication.ts';
import { readBibtex } from '../../tooling/import/bibtex.ts';
import { readCslJson } from '../../tooling/import/cslJson.ts';
import { readOrcidWork } from '../../tooling/import/orcid.ts';
import type { SourceEntry } from '../../tooling/import/sourceEntry.ts';
import { placeTranslatedTitle } from '../../tooling/import/translatedTitle.ts';
import { changeWords } from '../../tooling/import/update.ts';
import { plain } from '../../src/model/rich.ts';
import { md } from '../helpers/check.ts';
import { modelOfFiles } from '../helpers/model.ts';

function citable(fields: Record<string, unknown>): Citable {
  const publication = publicationSchema.parse({ kind: 'journal-article', title: 'T', authors: ['Lovelace A'], year: 1843, venue: 'Taylor’s Scientific Memoirs', ...fields });
  return { ...publication, id: 'lovelace1843skizze', titleText: publication.title, venueText: publication.venue, url: undefined };
}

const entry = (data: SourceEntry['data']): SourceEntry => ({ key: 'k', type: 'article', data, body: '', notImported: [], notices: [], errors: [] });

describe('where an import places a translated title', () => {
  const original = { title: 'Über Maschinen', translatedTitle: { title: 'On engines', language: 'en' } };
  it.each([
    ['into a site language, the original in German', { ...original, language: 'de' }, ['en', 'de'], { title: { de: 'Über Maschinen', en: 'On engines' }, language: 'de' }],
    ['into a site language of a one-language site', { ...original, language: 'de-AT' }, ['en-GB'], { title: { de: 'Über Maschinen', en: 'On engines' }, language: 'de-AT' }],
    ['into a language the site lacks', { ...original, language: 'de' }, ['fr'], { ...original, language: 'de' }],
    ["without the original's language", original, ['en', 'de'], original],
    [
      'without its own language',
      { title: 'Über Maschinen', translatedTitle: { title: 'On engines' }, language: 'de' },
      ['en'],
      { title: 'Über Maschinen', translatedTitle: { title: 'On engines' }, language: 'de' },
    ],
  ])('%s', (_, data, languages, expected) => {
    const placed = placeTranslatedTitle(entry(data), languages);
    expect(placed.data).toEqual(expected);
    expect(placed.notices).toHaveLength(1);
  });

  it('leaves an entry without a translated title as it is', () => {
    const plain = entry({ title: 'Engines' });
    expect(placeTranslatedTitle(plain, ['en', 'de'])).toBe(plain);
  });
});

describe("ORCID's translated-title", () => {
  const work = (fields: Record<string, unknown>) => ({
    'put-code': 7,
    type: 'journal-article',
    title: { title: { value: 'Über Maschinen' }, subtitle: null, 'translated-title': { value: 'On engines', 'language-code': 'en' } },
    'publication-date': { year: { value: '2020' } },
    contributors: { contributor: [{ 'credit-name': { value: 'Ada Lovelace' } }] },
    ...fields,
  });

  it('is read with its language, and the work’s language-code is the title’s language; nothing is reported as dropped', () => {
    const read = readOrcidWork(work({ 'language-code': 'de' }), '0000-0002-1825-0097', {});
    expect([read.data.title, read.data.language, read.data.translatedTitle, read.notImported]).toEqual(['Über Maschinen', 'de', { title: 'On engines', language: 'en' }, []]);
  });

  it('a language-code vita cannot read is reported, not guessed', () => {
    const read = readOrcidWork(work({ 'language-code': 'Deutsch' }), '0000-0002-1825-0097', {});
    expect([read.data.language, read.notImported]).toEqual([undefined, ['language-code']]);
  });

  it("ORCID's zh_CN is the tag zh-CN", () => {
    expect(readOrcidWork(work({ 'language-code': 'zh_CN' }), '0000-0002-1825-0097', {}).data.language).toBe('zh-CN');
  });
});

describe('round trips through the exports', () => {
  const translated = citable({ title: 'Skizze der Analytischen Maschine', language: 'de', translatedTitle: { title: 'Sketch of the Analytical Engine', language: 'en' } });

  it('BibTeX: titleaddon in brackets, read back as the translated title (its language has no BibTeX field)', () => {
    const bibtex = toBibtex(translated, translated.id, translated.titleText, translated.venueText);
    expect(bibtex).toContain('  titleaddon = {[Sketch of the Analytical Engine]},\n');
    const [read] = readBibtex(bibtex).entries;
    expect([read!.data.title, read!.data.translatedTitle, read!.notImported]).toEqual(['Skizze der Analytischen Maschine', { title: 'Sketch of the Analytical Engine' }, []]);
  });

  it('RIS: TI the title as published, TT its translation, both read back by citation-js (which makes TT the CSL title and TI the original-title)', () => {
    const ris = toRis(translated);
    expect(ris.split('\r\n').filter((line) => /^(TI|TT|LA)/.test(line))).toEqual(['TI  - Skizze der Analytischen Maschine', 'TT  - Sketch of the Analytical Engine', 'LA  - de']);
    const [record] = new Cite(`${ris}\r\n`).data as Record<string, unknown>[];
    expect([record!['original-title'], record!['title'], record!['language']]).toEqual(['Skizze der Analytischen Maschine', 'Sketch of the Analytical Engine', 'de']);
  });

  it('CSL-JSON: the original of a translation as original-title, read back as originalTitle', () => {
    const translation = citable({
      kind: 'translation',
      title: 'Sketch of the Analytical Engine',
      translators: ['Lovelace A'],
      publisher: 'Taylor',
      originalTitle: 'Notions sur la machine analytique',
    });
    const item = toCsl(translation);
    expect(item['original-title']).toBe('Notions sur la machine analytique');
    const read = readCslJson(JSON.stringify([item]));
    expect('entries' in read && read.entries[0]!.data.originalTitle).toBe('Notions sur la machine analytique');
  });
});

describe('a translated title on the site', () => {
  const files = (settings: string) => ({
    'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.'),
    'settings.yaml': settings,
    'publications/skizze.md': md(
      'kind: journal-article\ntitle: Skizze der Analytischen Maschine\nlanguage: de\ntranslatedTitle: { title: Sketch of the Analytical Engine, language: en }\nauthors: [Lovelace A]\nyear: 1843\nvenue: Bibliothèque universelle',
    ),
  });

  it('follows the title in brackets in a CSL style too, as APA and DIN 1505-2 give a translation', async () => {
    for (const style of ['apa', 'din-1505-2']) {
      const site = await modelOfFiles(files(`citationStyle: ${style}\n`));
      expect([style, plain(site.publications[0]!.styled!)]).toEqual([style, expect.stringContaining('Skizze der Analytischen Maschine [Sketch of the Analytical Engine]')]);
    }
  });

  it("a title written per language exports its translation into the site's default language (BibTeX titleaddon, RIS TT)", async () => {
    const site = await modelOfFiles({
      'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.'),
      'profile.de.md': 'Biografie.',
      'settings.yaml': 'languages: [en, de]\n',
      'publications/skizze.md': md('kind: journal-article\ntitle: { de: Über Maschinen, en: On engines }\nlanguage: de\nauthors: [Lovelace A]\nyear: 1843\nvenue: Annalen'),
      'publications/engines.md': md('kind: journal-article\ntitle: { en: Engines, de: Maschinen }\nauthors: [Lovelace A]\nyear: 1844\nvenue: Annals'),
    });
    const [engines, skizze] = site.publications;
    expect(skizze!.bibtex).toContain('  titleaddon = {[On engines]},\n');
    expect(toRis(skizze!).split('\r\n')).toContain('TT  - On engines');
    // A work in the default language has nothing to add: its German title is the site's translation, not the work's.
    expect([engines!.bibtex, toRis(engines!)].join()).not.toMatch(/titleaddon|TT {2}-/);
  });

  it('an update names a changed translation in words a person reads', () => {
    expect(changeWords({ field: 'translatedTitle', before: { title: 'Sketch' }, after: { title: 'Sketch', language: 'en' } })).toBe(
      'translatedTitle {"title":"Sketch"} → {"title":"Sketch","language":"en"}',
    );
  });
});
