/**
 * Issue 22, part 2 (newcomer report O3): references in a CSL style. The bundled styles give exactly
 * citeproc-js's own text for the same data, with the owner in bold, the marks of co-first, co-senior
 * and corresponding authors, the title linked and formulas kept; the PDF sets the same references;
 * a style file that cannot be used is a problem with its file, line and reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL, { type StyleNode } from 'citeproc';
import { describe, expect, it } from 'vitest';
import { localeFor } from '../../src/i18n/index.ts';
// Its lookup of a style's macros.
import '../../src/lib/formats/citeproc.ts';
import { plain } from '../../src/model/rich.ts';
import type { SiteData } from '../../src/model/site.ts';
import { cvDocument } from '../../src/pdf/document.ts';
import { bundledLocales } from '../../src/pipeline/citationStyle.ts';
import { checkContentTree } from '../../src/pipeline/checkTree.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { BUNDLED_STYLES } from '../../src/schemas/settings.ts';
import { ROOT, SITES } from '../helpers/build.ts';
import { md } from '../helpers/check.ts';
import { CITATION_FIXTURES, citeprocText, expectStyleAsCiteproc, recorded } from '../helpers/citeproc.ts';
import { modelOf, modelOfFiles, pdfOptions } from '../helpers/model.ts';

const HUMANITIES = join(SITES, 'humanities');
const LIFE_SCIENCES = join(SITES, 'lifesciences');
const LOCALES = bundledLocales(ROOT);

const byId = (site: SiteData, id: string) => site.publications.find((publication) => publication.id === id)!;

/** The styles compared here; each Chicago style, the costliest for citeproc-js to read, in a file of its own (citationStylesChicago*.test.ts). */
const STYLES = BUNDLED_STYLES.filter((style) => !style.startsWith('chicago-'));

describe('references in a bundled CSL style', () => {
  it.each(STYLES)('%s: every publication of both fixtures reads exactly as citeproc-js formats it', expectStyleAsCiteproc);

  it('the recorded citeproc-js text is what citeproc-js makes of the same publications now (IEEE and DIN 1505-2, read live)', async () => {
    for (const style of ['ieee', 'din-1505-2']) {
      const recording = recorded(style).references;
      for (const [fixture, locale] of CITATION_FIXTURES) {
        const site = await modelOf(join(SITES, fixture), { settings: { citationStyle: style } });
        expect(site.publications.length).toBeGreaterThan(5);
        for (const publication of site.publications) {
          expect([style, publication.id, citeprocText(style, publication, locale, locale)]).toEqual([style, publication.id, recording[fixture]![publication.id]!.text]);
        }
      }
    }
  });

  it('the historian in DIN 1505-2: owner in bold, title linked to its page, editors and series as the style writes them', async () => {
    const site = await modelOf(HUMANITIES, { settings: { citationStyle: 'din-1505-2' } });
    const chapter = byId(site, 'vogel2018witwen');
    expect(plain(chapter.styled!)).toBe(
      'Vogel, Katharina: Witwen im Buchgewerbe. Handlungsspielräume von Druckerinnen in Leipzig um 1600. In: Schmidt-Funke, J. A. ; Hoffmann, A. (Hrsg.): Frauen und Wissen in der Frühen Neuzeit, Frühneuzeit-Impulse. Göttingen : Wallstein, 2018 — ISBN 978-3-8353-3245-4, S. 145–171',
    );
    expect(chapter.styled!.filter((run) => run.bold).map((run) => run.text)).toEqual(['Vogel, Katharina']);
    expect(chapter.styled!.find((run) => run.text.startsWith('Witwen'))?.link).toBe('/~vogel/publications/vogel2018witwen/');
    // "Cite" offers the same reference as text.
    expect(chapter.citeText).toBe(plain(chapter.styled!));
    // The owner is emphasised as translator too, however the style names her.
    const translation = byId(site, 'holloway2017druckerinnen');
    expect(translation.styled!.filter((run) => run.bold).map((run) => run.text)).toEqual([expect.stringContaining('Vogel')]);
  });

  it('co-first, co-senior and corresponding marks follow the names as APA prints them', async () => {
    const site = await modelOf(LIFE_SCIENCES, { settings: { citationStyle: 'apa' } });
    const paper = byId(site, 'li2022cofirst');
    expect(plain(paper.styled!)).toMatch(/^Okafor, N\.\*, Li, W\.\*, Petrov, A\., Sato, K\., Bauer, H\.‡, & Jensen, M\.‡† \(2022\)\. Integrating/);
    expect(paper.styled!.filter((run) => run.bold).map((run) => run.text)).toEqual(['Li, W.']);
  });

  it('keeps formulas in a title as formulas', async () => {
    const site = await modelOfFiles(
      {
        'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.'),
        'settings.yaml': 'citationStyle: ieee\n',
        'publications/a.md': md('kind: journal-article\ntitle: "Sparse $\\\\ell_1$ models"\nauthors: [Lovelace A, Byron G]\nyear: 2020\nvenue: Journal'),
      },
      {},
    );
    const styled = byId(site, 'a').styled!;
    expect(plain(styled)).toBe('A. Lovelace and G. Byron, “Sparse ℓ₁ models,” Journal, 2020.');
    expect(styled.find((run) => run.math)?.math?.tex).toBe('\\ell_1');
  });

  it('vita’s own style, the default, composes the reference itself', async () => {
    expect(byId(await modelOf(HUMANITIES), 'vogel2018witwen').styled).toBeUndefined();
  });

  it('the PDF sets each reference in the style as one paragraph, numbered per kind', async () => {
    const site = await modelOf(HUMANITIES, { settings: { citationStyle: 'din-1505-2' } });
    const options = pdfOptions({ origin: 'https://www.uni-leipzig.example.org' });
    const section = cvDocument(site, options, localeFor('de')).sections.find((item) => item.heading === 'Publikationen')!;
    const chapters = section.blocks.find((block) => block.kind === 'entries' && block.heading === 'Buchkapitel');
    expect(chapters).toMatchObject({ compact: true });
    const entry = (chapters as unknown as { entries: { when: { text: string }[]; title: { text: string; link?: string }[] }[] }).entries[0]!;
    expect(entry.when.map((run) => run.text).join('')).toBe('B1');
    expect(entry.title.map((run) => run.text).join('')).toBe(plain(byId(site, 'vogel2018witwen').styled!));
    expect(entry.title.find((run) => run.text.startsWith('Witwen'))?.link).toBe('https://www.uni-leipzig.example.org/~vogel/publications/vogel2018witwen/');
  });
});

describe('a style the owner adds, and what cannot be one', () => {
  const profile = md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.');
  const problems = (files: Record<string, string>) =>
    checkContentTree(Object.entries({ 'profile.md': profile, ...files }).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }))).problems.map((problem) =>
      formatProblem(problem),
    );

  it('a .csl file in the content folder is the style the settings name', async () => {
    const ieee = readFileSync(join(ROOT, 'src', 'csl', 'styles', 'ieee.csl'), 'utf8');
    expect(problems({ 'settings.yaml': 'citationStyle: my-journal.csl\n', 'my-journal.csl': ieee })).toEqual([]);
  });

  it.each([
    ['not XML', '<style xmlns="http://purl.org/net/xbiblio/csl">\n  <info>\n</style>\n', /^content\/my\.csl:3: not well-formed XML: Expected closing tag 'info'/],
    [
      'not CSL',
      '<?xml version="1.0"?>\n<html></html>\n',
      /^content\/my\.csl: not a CSL style: its root element is <html>; expected <style xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl">$/,
    ],
    [
      'a dependent style',
      '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><link href="http://www.zotero.org/styles/apa" rel="independent-parent"/></info></style>',
      /^content\/my\.csl: a dependent style \(it only names its parent, http:\/\/www\.zotero\.org\/styles\/apa\); expected an independent style/,
    ],
    [
      'a locale vita lacks',
      readFileSync(join(ROOT, 'src', 'csl', 'styles', 'din-1505-2.csl'), 'utf8').replace('default-locale="de-DE"', 'default-locale="fr-FR"'),
      /^content\/my\.csl: the style asks for the locale fr-FR, which vita does not have; expected a style without default-locale or with one of de-AT, de-CH, de-DE, en-GB, en-US$/,
    ],
    [
      'a bibliography without a layout',
      '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><bibliography></bibliography></style>',
      /^content\/my\.csl: the style's <bibliography> has no <layout>, so it formats nothing; expected a complete CSL style$/,
    ],
  ])('%s is refused with the file, the line where there is one, and the reason', (_, xml, message) => {
    const found = problems({ 'settings.yaml': 'citationStyle: my.csl\n', 'my.csl': xml as string });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message as RegExp);
  });

  it('a style file the settings name but the folder lacks is refused at the settings line', () => {
    expect(problems({ 'settings.yaml': 'language: en\ncitationStyle: missing.csl\n' })).toEqual([
      'content/settings.yaml:2 citationStyle: "missing.csl" names no file in the content folder; expected a .csl file beside settings.yaml (content/missing.csl), or a bundled style',
    ]);
  });

  it('an unknown style name is refused with the bundled ones', () => {
    expect(problems({ 'settings.yaml': 'citationStyle: harvard\n' })[0]).toContain(
      'citationStyle: expected vita, a bundled style (apa, chicago-author-date, chicago-notes-bibliography, modern-language-association, ieee, harvard-cite-them-right, din-1505-2) or the name of a .csl file',
    );
  });
});

describe('the bundled styles and locales', () => {
  it('are each credited in docs/csl-credits.md, with the CC BY-SA notice kept in the file itself', () => {
    const credits = readFileSync(join(ROOT, 'docs', 'csl-credits.md'), 'utf8');
    const files = [...BUNDLED_STYLES.map((style) => `src/csl/styles/${style}.csl`), ...Object.keys(LOCALES).map((locale) => `src/csl/locales/locales-${locale}.xml`)];
    expect(files).toHaveLength(12);
    for (const file of files) {
      const xml = readFileSync(join(ROOT, file), 'utf8');
      expect([file, /<rights license="http:\/\/creativecommons.org\/licenses\/by-sa\/3.0\/"/.test(xml), /<(author|contributor|translator)>/.test(xml)]).toEqual([
        file,
        true,
        false,
      ]);
      expect(credits).toMatch(new RegExp(`## \`${file}\`\\n\\n- (author|contributor|translator): `));
    }
  });

  it('have each macro as a child of <style>, where vita looks a macro up for citeproc-js (src/lib/formats/citeproc.ts)', () => {
    /** Every macro anywhere in the style, as citeproc-js's own whole-tree walk finds them. */
    const macros = (node: StyleNode, found: StyleNode[] = []): StyleNode[] => {
      if (node.name === 'macro') found.push(node);
      for (const child of node.children) if (typeof child === 'object') macros(child, found);
      return found;
    };
    for (const style of BUNDLED_STYLES) {
      const xml = CSL.setupXml(readFileSync(join(ROOT, 'src', 'csl', 'styles', `${style}.csl`), 'utf8'));
      const all = macros(xml.dataObj);
      expect(all.length, style).toBeGreaterThan(5);
      for (const macro of all) expect(xml.getNodesByName(xml.dataObj, 'macro', macro.attrs['name']), `${style}: ${macro.attrs['name']}`).toEqual([macro]);
    }
  });
});
