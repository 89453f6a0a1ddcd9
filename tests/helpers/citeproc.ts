/**
 * citeproc-js as the oracle of vita's references in a bundled CSL style (tests/unit/citationStyles*.test.ts),
 * set up apart from vita's formatter (src/lib/formats/citeproc.ts). Reading a large style costs citeproc-js
 * seconds (chicago-notes-bibliography: 240 kB), so what it made of each publication of the two fixtures is
 * recorded in tests/fixtures/citeproc/<style>.json, with the citeproc version and a hash of the item it was
 * given: a recording made for another input or another citeproc fails the comparison, and citeprocText, run
 * live on two styles (citationStyles.test.ts), must give the recorded text. Recording anew:
 * `VITA_RECORD_CITEPROC=1 npx vitest run --project unit tests/unit/citationStyles`.
 */
import CSL from 'citeproc';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { installedVersion } from '../../src/buildCache.ts';
import { localeFor } from '../../src/i18n/index.ts';
import { type CslItem, toCsl } from '../../src/lib/formats/csl.ts';
import { decodeEntities } from '../../src/lib/text/entities.ts';
import { plain } from '../../src/model/rich.ts';
import type { PublicationView } from '../../src/model/site.ts';
import { bundledLocales } from '../../src/pipeline/citationStyle.ts';
import { ROOT, SITES } from './build.ts';
import { modelOf } from './model.ts';

const LOCALES = bundledLocales(ROOT);
const RECORDINGS = join(ROOT, 'tests', 'fixtures', 'citeproc');
const CITEPROC = installedVersion(ROOT, 'citeproc');
/** Set to 1 to record citeproc-js's text anew instead of reading it (see above). */
const RECORDING = process.env.VITA_RECORD_CITEPROC === '1';

/** The fixtures whose publications are compared, each with its site language's CSL locale. */
export const CITATION_FIXTURES = [
  ['humanities', 'de-DE'],
  ['lifesciences', 'en-US'],
] as const;

/**
 * The CSL citeproc-js is given for a publication: the export's, without the page URL the title links to,
 * a thesis's genre in the site's language (polish 10).
 */
function oracleItem(publication: PublicationView, siteLanguage: string): CslItem {
  const { URL: _url, note: _note, ...exported } = toCsl(publication);
  return publication.thesisType ? { ...exported, genre: localeFor(siteLanguage).t.reference.thesisTypes[publication.thesisType] } : exported;
}

/** One citeproc-js engine per style and locale: the items it has read, by id. */
const engines = new Map<string, { engine: InstanceType<typeof CSL.Engine>; items: Map<string, object> }>();

/**
 * What citeproc-js itself makes of `item` in `style` and `locale`, as text: the bibliography of that one item
 * (an engine parses its style once; a bibliography holds the items last given to updateItems).
 */
function citeprocOf(style: string, item: CslItem, locale: string): string {
  const key = `${style} ${locale}`;
  if (!engines.has(key)) {
    const items = new Map<string, object>();
    const xml = readFileSync(join(ROOT, 'src', 'csl', 'styles', `${style}.csl`), 'utf8');
    const engine = new CSL.Engine({ retrieveLocale: (language) => LOCALES[language], retrieveItem: (id) => items.get(String(id)) }, xml, locale, false);
    engine.setOutputFormat('text');
    engines.set(key, { engine, items });
  }
  const { engine, items } = engines.get(key)!;
  const id = `${items.size}`;
  items.set(id, { ...item, id });
  engine.updateItems([id]);
  const result = engine.makeBibliography();
  return result === false ? '' : decodeEntities(result[1][0]!.replace(/^\[\d+\]\s*/, '')).trim();
}

/** The locale citeproc formats a style in for a site in `siteLocale`: DIN 1505-2's own, else the site's. */
const styleLocale = (style: string, siteLocale: string) => (style === 'din-1505-2' ? 'de-DE' : siteLocale);

/** What citeproc-js makes of a publication's CSL in a style, now, as text with its white space collapsed. */
export const citeprocText = (style: string, publication: PublicationView, siteLocale: string, siteLanguage: string) =>
  citeprocOf(style, oracleItem(publication, siteLanguage), styleLocale(style, siteLocale)).replace(/\s+/g, ' ');

/** A recording: citeproc's version, and per fixture and publication id the hash of the item given and the text made of it. */
interface Recording {
  citeproc: string;
  references: Record<string, Record<string, { item: string; text: string }>>;
}

const recordingFile = (style: string) => join(RECORDINGS, `${style}.json`);
export function recorded(style: string): Recording {
  if (!existsSync(recordingFile(style)))
    throw new Error(`no recording of citeproc-js's text in ${style} (tests/fixtures/citeproc/${style}.json): record it (tests/helpers/citeproc.ts)`);
  return JSON.parse(readFileSync(recordingFile(style), 'utf8')) as Recording;
}
const itemHash = (item: CslItem) => createHash('sha256').update(JSON.stringify(item)).digest('base64url').slice(0, 22);

/** The model's reference as text, without the marks it adds after names. */
const styledText = (publication: PublicationView) =>
  plain((publication.styled ?? []).filter((run) => run.script !== 'sup' || !/^[*†‡§]+$/.test(run.text)))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Every publication of both fixtures reads in `style` exactly as citeproc-js formats it: the text recorded for
 * the same item with the installed citeproc (or, with VITA_RECORD_CITEPROC=1, made now and recorded).
 */
export async function expectStyleAsCiteproc(style: string): Promise<void> {
  const recording: Recording = RECORDING ? { citeproc: CITEPROC, references: {} } : recorded(style);
  expect(recording.citeproc, `tests/fixtures/citeproc/${style}.json was recorded with another citeproc; record it anew (tests/helpers/citeproc.ts)`).toBe(CITEPROC);
  for (const [fixture, locale] of CITATION_FIXTURES) {
    const site = await modelOf(join(SITES, fixture), { settings: { citationStyle: style } });
    const references = (recording.references[fixture] ??= {});
    for (const publication of site.publications) {
      const item = oracleItem(publication, locale);
      if (RECORDING) references[publication.id] = { item: itemHash(item), text: citeprocText(style, publication, locale, locale) };
      const expected = references[publication.id];
      expect([publication.id, expected?.item], `the CSL of ${fixture}'s ${publication.id} is not the one recorded; record it anew (tests/helpers/citeproc.ts)`).toEqual([
        publication.id,
        itemHash(item),
      ]);
      expect([publication.id, styledText(publication)]).toEqual([publication.id, expected!.text]);
    }
    expect(Object.keys(references).sort()).toEqual(site.publications.map((publication) => publication.id).sort());
  }
  if (RECORDING) writeFileSync(recordingFile(style), `${JSON.stringify(recording, null, 2)}\n`);
}
