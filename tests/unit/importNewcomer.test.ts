/**
 * Regression tests for the BibTeX import items of the newcomer test
 * (shared/reports/newcomer-2026-12-05.md, O8 and steps 11–13): German quotation
 * marks in every common spelling, the entry's language, and article numbers
 * written into `pages`.
 */
import { describe, expect, it } from 'vitest';
import { readBibtex } from '../../tooling/import/bibtex.ts';
import { readCslJson } from '../../tooling/import/cslJson.ts';
import { planImport } from '../../tooling/import/plan.ts';

/** One entry read from a BibTeX article with these fields. */
function entry(fields: string, siteLanguage = 'en') {
  const { entries, syntaxErrors } = readBibtex(`@article{vogel2020, author = {Vogel, Katharina}, journal = {Historische Zeitschrift}, year = 2020,\n${fields}}`, {}, siteLanguage);
  expect(syntaxErrors).toEqual([]);
  return entries[0]!;
}

describe('newcomer O8: German quotation marks in BibTeX', () => {
  it.each([
    ['\\glqq Um Gottes willen\\grqq{} und die Stadt', '„Um Gottes willen“ und die Stadt'],
    ['\\glq Nutzen\\grq', '‚Nutzen‘'],
    ['\\flqq Stadt\\frqq{} und \\flq Land\\frq', '«Stadt» und ‹Land›'],
    ['\\guillemetleft Paris\\guillemetright', '«Paris»'],
    // babel's shorthand, as pairs
    ['"`Gemeiner Nutzen"\' und Stadt', '„Gemeiner Nutzen“ und Stadt'],
    ['"<Bürger"> und Rat', '«Bürger» und Rat'],
  ])('newcomer O8: %s → %s, with no error and no notice', (title, expected) => {
    const read = entry(`title = {${title}}`);
    expect([read.data.title, read.errors, read.notices]).toEqual([expected, [], []]);
  });

  it('newcomer O8: a shorthand without its partner is kept as written and named, never silently', () => {
    const read = entry('title = {Ein "`halbes Zitat}');
    expect(read.data.title).toBe('Ein "`halbes Zitat');
    expect(read.notices).toEqual([`title: babel's quotation shorthand ("\`, "', "< or ">) without its partner, kept as written; write the quotation marks themselves`]);
  });

  it.each([
    ['langid = {ngerman}', 'en', '„Gemeiner Nutzen“ und ‚Eigennutz‘', 'de'],
    ['langid = {english}', 'de', '“Gemeiner Nutzen” und ‘Eigennutz’', 'en'],
    ['language = {french}', 'en', '«Gemeiner Nutzen» und “Eigennutz”', 'fr'],
    ['langid = {swissgerman}', 'en', '«Gemeiner Nutzen» und ‹Eigennutz›', 'de-CH'],
    // No language of its own: the site's.
    ['note = {none}', 'de', '„Gemeiner Nutzen“ und ‚Eigennutz‘', undefined],
  ])('newcomer O8: \\enquote with %s (site %s) uses the quotes of that language', (field, site, title, language) => {
    const read = entry(`title = {\\enquote{Gemeiner {Nutzen}} und \\enquote*{Eigennutz}}, ${field}`, site);
    expect([read.data.title, read.data.language]).toEqual([title, language]);
  });

  it('newcomer O8: nested \\enquote alternates outer and inner quotes; the entry keeps its line', () => {
    const { entries } = readBibtex(
      '@article{first, title = {First}, author = {Doe, J.}, journal = {J}, year = 2020}\n\n@article{second,\n  title = {\\enquote{Er sagte \\enquote{nein}}},\n  author = {Doe, J.}, journal = {J}, year = 2020, langid = {german}}\n',
    );
    expect(entries.map((read) => [read.line, read.data.title])).toEqual([
      [1, 'First'],
      [3, '„Er sagte ‚nein‘“'],
    ]);
  });
});

describe('newcomer O8: langid and language become the publication language', () => {
  it.each([
    ['langid = {english}', 'en'],
    ['langid = {american}', 'en-US'],
    ['langid = {ngerman}', 'de'],
    ['langid = {naustrian}', 'de-AT'],
    ['language = {German}', 'de'],
    ['language = {english and german}', 'en'],
    ['language = {pt-BR}', 'pt-BR'],
  ])('newcomer O8: %s → language %s, not reported as not imported', (field, language) => {
    const read = entry(`title = {T}, ${field}`);
    expect([read.data.language, read.notImported, read.notices]).toEqual([language, [], []]);
  });

  it('newcomer O8: a language vita does not know is reported, not guessed', () => {
    const read = entry('title = {T}, langid = {klingon}');
    expect([read.data.language, read.notImported, read.notices]).toEqual([
      undefined,
      ['langid'],
      ['langid "klingon" is not a language vita knows; add language: with its tag (e.g. de) by hand'],
    ]);
  });

  it('newcomer O8: on a German site an English title is written with language: en, a German one without', () => {
    const { entries } = readBibtex(
      '@article{en2020, title = {An English Title}, author = {Vogel, K.}, journal = {J}, year = 2020, langid = {english}}\n@article{de2020, title = {Ein deutscher Titel}, author = {Vogel, K.}, journal = {J}, year = 2020, langid = {ngerman}}',
      {},
      'de',
    );
    const files = planImport(entries, [], 'de').map((outcome) => (outcome.status === 'new' ? outcome.fileText : outcome.status));
    expect(files[0]).toContain('\nlanguage: en\n');
    expect(files[1]).not.toContain('language:');
    // On an English site, the other way round.
    const english = planImport(entries, [], 'en').map((outcome) => (outcome.status === 'new' ? outcome.fileText : outcome.status));
    expect(english[0]).not.toContain('language:');
    expect(english[1]).toContain('\nlanguage: de\n');
  });
});

describe('newcomer step 12: an article number written as pages', () => {
  it('newcomer step 12: pages = {dyac078} is the article number, and the entry imports', () => {
    const read = entry('title = {Causes of Outcome Learning}, pages = {dyac078}');
    expect([read.data.pages, read.data.articleNumber, read.notices]).toEqual([undefined, 'dyac078', ['pages "dyac078" is no page range; read as the article number']]);
    expect(planImport([read], [])[0]?.status).toBe('new');
  });

  it.each([
    ['pages = {154--176}', { pages: '154-176' }],
    ['pages = {e0130140}', { pages: 'e0130140' }],
    ['pages = {S12--S19}', { pages: 'S12-S19' }],
    ['pages = {1096}, eid = {1096}', { articleNumber: '1096' }],
    ['pages = {dyac078}, eid = {dyac078}', { articleNumber: 'dyac078' }],
    // Both given and different: both kept, and the content check says what is wrong with pages.
    ['pages = {ii--iv and 1}, eid = {7}', { pages: 'ii-iv and 1', articleNumber: '7' }],
  ])('newcomer step 12: %s', (field, expected) => {
    const { pages, articleNumber } = entry(`title = {T}, ${field}`).data;
    expect({ ...(pages === undefined ? {} : { pages }), ...(articleNumber === undefined ? {} : { articleNumber }) }).toEqual(expected);
  });

  it('newcomer step 12: CSL-JSON "page": "dyac078" is the article number too', () => {
    const result = readCslJson(JSON.stringify({ type: 'article-journal', title: 'T', page: 'dyac078' }));
    const [read] = 'entries' in result ? result.entries : [];
    expect([read?.data.pages, read?.data.articleNumber]).toEqual([undefined, 'dyac078']);
  });
});
