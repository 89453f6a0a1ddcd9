/**
 * Translated titles the sources carry (issue 23 §1), against recorded ORCID answers and
 * files: ORCID's translated-title with its language-code and the work's language-code,
 * BibTeX's bracketed titleaddon with langid, CSL-JSON's original-title with language.
 * A translation into a language of the site goes into the title's map (the original in
 * its language); any other is kept as translatedTitle; the report says which, the files
 * check clean, and the pages show the translation after the title.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { html } from '../../src/model/rich.ts';
import { importCommand } from '../../scripts/import.ts';
import { FIXTURE_PUBLIC, fixtureCopy, MINIMAL } from '../helpers/build.ts';
import { runCommand } from '../helpers/command.ts';
import { modelOf } from '../helpers/model.ts';
import { startRecordedApi, type RecordedApi } from '../helpers/recordedApi.ts';
import { answerNoOrcidSections, JSON_TYPE, MAILTO, ORCID, PATHS, recorded, scholarlyEnv } from '../helpers/scholarlyApi.ts';

let api: RecordedApi;
const sites: string[] = [];
beforeAll(async () => {
  api = await startRecordedApi();
  api.answer(PATHS.orcid('works'), { headers: JSON_TYPE, body: recorded(`orcid-${ORCID}-works-translated.json`) });
  api.answer(PATHS.orcid('works/1004,1005,1006'), { headers: JSON_TYPE, body: recorded(`orcid-${ORCID}-works-1004-1005-1006.json`) });
  answerNoOrcidSections(api);
  api.answer(PATHS.doi(CLEVER_HANS), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' }, body: recorded(`crossref-${CLEVER_HANS.replaceAll('/', '-')}.json`) });
});
/** Work 1007 has a DOI: the import takes it from doi.org, and the translated title from the ORCID record. */
const CLEVER_HANS = '10.1038/s41467-019-08987-4';
afterAll(async () => {
  await api.close();
  for (const site of sites) rmSync(dirname(site), { recursive: true, force: true });
});

/** A copy of the minimal site in `languages`, with an empty publications folder. */
function siteIn(languages: string): string {
  const site = fixtureCopy(MINIMAL, { 'settings.yaml': `languages: [${languages}]\n`, ...(languages.includes('de') ? { 'profile.de.md': 'Sie forscht.\n' } : {}) });
  mkdirSync(join(site, 'publications'));
  sites.push(site);
  return site;
}

const importInto = (site: string, args: readonly string[]) =>
  runCommand(importCommand, [...args, '--into', join(site, 'publications'), '--mailto', MAILTO], { cwd: dirname(site), env: scholarlyEnv(api) });

const file = (site: string, id: string) => readFileSync(join(site, 'publications', `${id}.md`), 'utf8');

function problemsOf(site: string): string[] {
  const checked = checkContentFolder(site, { publicDir: FIXTURE_PUBLIC });
  if ('error' in checked) throw new Error(checked.error);
  return checked.problems.map((problem) => formatProblem(problem));
}

const ORCID_NOTICES = {
  1004: 'translated title (en): kept in title as { de: …, en: … }; the en pages show it after the title',
  1005: 'translated title (es): kept as translatedTitle, shown after the title in brackets on every page (es is not a language of the site)',
};

describe('--orcid with translated titles', () => {
  it('puts a translation into a site language in the title map (the original in its language-code), keeps the others as translatedTitle, and says which', async () => {
    const site = siteIn('en, de');
    const result = await importInto(site, ['--orcid', ORCID]);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(api.requests.map((request) => request.url).slice(0, 3)).toEqual([PATHS.orcid('works'), PATHS.doi(CLEVER_HANS), PATHS.orcid('works/1004,1005,1006')]);
    expect(result.stdout.split('\n').slice(0, 9)).toEqual([
      `wrote content/publications/carberry2020uber.md from ORCID ${ORCID} work 1004`,
      `  ${ORCID_NOTICES[1004]}`,
      `wrote content/publications/carberry2022psychoceramics.md from ORCID ${ORCID} work 1005`,
      `  ${ORCID_NOTICES[1005]}`,
      `wrote content/publications/carberry2023carberry.md from ORCID ${ORCID} work 1006`,
      "  translated title (de): kept as translatedTitle, shown after the title in brackets on every page (the source does not give the original's language; with language: and title: { <its code>: …, de: … } only the de pages show it)",
      // With a DOI the work comes from doi.org (whose record says it is in English); its translated title from ORCID.
      `wrote content/publications/lapuschkin2019unmasking.md from doi ${CLEVER_HANS}`,
      expect.stringMatching(/^ {2}not imported: indexed, /),
      '  translated title (de): kept in title as { en: …, de: … }; the de pages show it after the title',
    ]);
    // ORCID's translated titles and language codes are all kept (only Crossref's bookkeeping is not).
    expect(result.stdout).not.toMatch(/translated-title|language-code/);
    expect(file(site, 'carberry2020uber')).toBe(`---
kind: journal-article
title:
  de: "Über die Erklärbarkeit tiefer neuronaler Netze"
  en: "On the explainability of deep neural networks"
authors:
  - Carberry, Josiah Stinkney
year: 2020
month: 3
venue: Informatik Spektrum
language: de
---
`);
    expect(file(site, 'carberry2022psychoceramics')).toBe(`---
kind: journal-article
title: "Psychoceramics revisited"
authors:
  - Carberry, Josiah Stinkney
year: 2022
venue: Journal of Psychoceramics
translatedTitle:
  title: "La psicocerámica revisitada"
  language: es
---
`);
    expect(file(site, 'carberry2023carberry')).toMatch(/\ntranslatedTitle:\n {2}title: "Carberry-Zahlen und gesprungene Töpfe"\n {2}language: de\n/);
    expect(problemsOf(site)).toEqual([]);

    // Each page shows the translation after the title: the map's into its language, translatedTitle everywhere.
    const titles = async (language: string) =>
      Object.fromEntries((await modelOf(site, { language })).publications.map((publication) => [publication.id, publication.titleHtml]));
    expect(await titles('en')).toEqual({
      carberry2020uber: '<span lang="de">Über die Erklärbarkeit tiefer neuronaler Netze</span> [On the explainability of deep neural networks]',
      carberry2022psychoceramics: 'Psychoceramics revisited [<span lang="es">La psicocerámica revisitada</span>]',
      carberry2023carberry: 'Carberry numbers and cracked pots [<span lang="de">Carberry-Zahlen und gesprungene Töpfe</span>]',
      lapuschkin2019unmasking: 'Unmasking Clever Hans predictors and assessing what machines really learn',
    });
    expect(await titles('de')).toEqual({
      carberry2020uber: 'Über die Erklärbarkeit tiefer neuronaler Netze',
      carberry2022psychoceramics: '<span lang="en">Psychoceramics revisited</span> [<span lang="es">La psicocerámica revisitada</span>]',
      carberry2023carberry: '<span lang="en">Carberry numbers and cracked pots</span> [Carberry-Zahlen und gesprungene Töpfe]',
      lapuschkin2019unmasking: '<span lang="en">Unmasking Clever Hans predictors and assessing what machines really learn</span> [Kluge-Hans-Prädiktoren entlarven und prüfen, was Maschinen wirklich lernen]',
    });
  });

  it('on a site in English only, keeps a translation into German as translatedTitle', async () => {
    const site = siteIn('en');
    api.requests.length = 0;
    const result = await importInto(site, ['--orcid', ORCID]);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout.split('\n').slice(0, 6)).toEqual([
      `wrote content/publications/carberry2020uber.md from ORCID ${ORCID} work 1004`,
      `  ${ORCID_NOTICES[1004]}`,
      `wrote content/publications/carberry2022psychoceramics.md from ORCID ${ORCID} work 1005`,
      `  ${ORCID_NOTICES[1005]}`,
      `wrote content/publications/carberry2023carberry.md from ORCID ${ORCID} work 1006`,
      '  translated title (de): kept as translatedTitle, shown after the title in brackets on every page (de is not a language of the site)',
    ]);
    expect(problemsOf(site)).toEqual([]);
  });
});

describe('files with translated titles', () => {
  it("BibTeX: a bracketed titleaddon is the title's translation, origtitle the original of a translation; CSL-JSON's original-title too", async () => {
    const site = siteIn('en');
    const folder = dirname(site);
    writeFileSync(
      join(folder, 'refs.bib'),
      `@article{lovelace1843skizze,
  author = {Lovelace, Ada},
  title = {Skizze der Analytischen Maschine},
  titleaddon = {[Sketch of the Analytical Engine]},
  journal = {Bibliothèque universelle de Genève},
  year = {1843},
  langid = {ngerman}
}

@inproceedings{lovelace1844notes,
  author = {Lovelace, Ada},
  title = {Notes on the engine},
  titleaddon = {Extended abstract},
  booktitle = {Proceedings of the Royal Society},
  year = {1844}
}

@book{menabrea1843notions,
  author = {Menabrea, Luigi F.},
  translator = {Lovelace, Ada},
  title = {Sketch of the Analytical Engine},
  origtitle = {Notions sur la machine analytique},
  origlanguage = {french},
  publisher = {Taylor},
  year = {1843}
}
`,
    );
    const bib = await importInto(site, [join(folder, 'refs.bib')]);
    expect([bib.status, bib.stderr]).toEqual([0, '']);
    expect(bib.stdout.split('\n').slice(0, 5)).toEqual([
      `wrote content/publications/lovelace1843skizze.md from ${join(folder, 'refs.bib')}:1 lovelace1843skizze`,
      '  translated title: kept as translatedTitle, shown after the title in brackets on every page (the source does not say its language)',
      `wrote content/publications/lovelace1844notes.md from ${join(folder, 'refs.bib')}:10 lovelace1844notes`,
      // A titleaddon that is no translation is reported, not taken for one.
      '  not imported: titleaddon',
      `wrote content/publications/menabrea1843notions.md from ${join(folder, 'refs.bib')}:18 menabrea1843notions`,
    ]);
    expect(file(site, 'lovelace1843skizze')).toMatch(/\ntranslatedTitle:\n {2}title: "Sketch of the Analytical Engine"\nlanguage: de\n---\n$/);
    expect(file(site, 'menabrea1843notions')).toMatch(/\noriginalTitle: "Notions sur la machine analytique"\noriginalLanguage: fr\n---\n$/);

    writeFileSync(
      join(folder, 'refs.json'),
      JSON.stringify([
        {
          id: 'menabrea1842notions',
          type: 'book',
          title: 'Sketch of the Analytical Engine invented by Charles Babbage',
          'original-title': 'Notions sur la machine analytique de M. Charles Babbage',
          language: 'en',
          author: [{ family: 'Menabrea', given: 'Luigi Federico' }],
          translator: [{ family: 'Lovelace', given: 'Ada' }],
          publisher: 'Richard and John E. Taylor',
          issued: { 'date-parts': [[1843]] },
        },
      ]),
    );
    const csl = await importInto(site, [join(folder, 'refs.json')]);
    expect([csl.status, csl.stderr, csl.stdout.split('\n')[0]]).toEqual([0, '', `wrote content/publications/menabrea1842notions.md from ${join(folder, 'refs.json')} menabrea1842notions`]);
    expect(file(site, 'menabrea1842notions')).toMatch(/\noriginalTitle: "Notions sur la machine analytique de M. Charles Babbage"\n---\n$/);
    expect(problemsOf(site)).toEqual([]);

    const model = await modelOf(site);
    const byId = (id: string) => model.publicationById.get(id)!;
    expect(byId('lovelace1843skizze').titleHtml).toBe('<span lang="de">Skizze der Analytischen Maschine</span> [Sketch of the Analytical Engine]');
    expect(html(byId('menabrea1842notions').reference)).toContain('Original title: <cite>Notions sur la machine analytique de M. Charles Babbage</cite>.');
  });
});
