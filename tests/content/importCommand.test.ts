/**
 * `npm run import` as an owner runs it, on temporary folders: what it writes,
 * what it refuses, every bad-input message, and the round trip from our own
 * BibTeX export back to the shipped content.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toBibtex } from '../../src/lib/formats/bibtex.ts';
import { createInlineRenderer } from '../../src/lib/markdown/markdown.ts';
import { initialsOf, parseName } from '../../src/lib/names.ts';
import { checkFile } from '../../src/pipeline/checkFile.ts';
import type { Publication } from '../../src/schemas/publication.ts';
import { CONTENT, loadContent } from '../helpers/contentFolder.ts';
import { COMPLETE } from '../helpers/build.ts';
import { runCommand } from '../helpers/command.ts';
import { importCommand } from '../../scripts/import.ts';

const FIXTURES = 'tests/fixtures/bibtex';
const scratch = mkdtempSync(join(tmpdir(), 'vita-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args: string[]) => runCommand(importCommand, args);

let folders = 0;
/** A fresh empty folder to import into. */
function emptyFolder(): string {
  const folder = join(scratch, `into-${++folders}`);
  mkdirSync(folder);
  return folder;
}

/** The publication files in a folder (the import record beside them, .imported.json, is tested with --update). */
const filesIn = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();

describe('npm run import', () => {
  it('--dry-run prints each file it would write and writes nothing', async () => {
    const folder = emptyFolder();
    const result = await run(`${FIXTURES}/al-folio-papers.bib`, '--dry-run', '--into', folder);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(filesIn(folder)).toEqual([]);
    expect(result.stdout).toContain(`would write ${folder}/godel1931formal.md from ${FIXTURES}/al-folio-papers.bib:56 godel1931formal
    ---
    kind: journal-article
    title: "Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I"
    authors:
      - Gödel, Kurt
    year: 1931
    month: 12
    venue: Monatshefte für Mathematik und Physik
    volume: 38
    issue: 1
    pages: "173-198"
    doi: "10.1007/BF01700692"
    ---
`);
    expect(result.stdout.split('\n').slice(-3)).toEqual([
      '6 publications would be written (dry run), 0 skipped as already present, 0 invalid',
      'fields not imported: abbr (2), bibtex_show (1), numpages (1), altmetric (1), pdf (1)',
      '',
    ]);
  });

  it('writes one file per entry; a second run skips every entry as already present', async () => {
    const folder = emptyFolder();
    const first = await run(`${FIXTURES}/al-folio-papers.bib`, '--into', folder);
    expect(first.status).toBe(0);
    expect(filesIn(folder)).toEqual([
      'anders2020xai.md',
      'einstein1905electrodynamics.md',
      'einstein1935can.md',
      'godel1931formal.md',
      'schrodinger1926quantisierung.md',
      'vaswani2017attention.md',
    ]);
    expect(first.stdout).toContain(`wrote ${folder}/vaswani2017attention.md from ${FIXTURES}/al-folio-papers.bib:68 vaswani2017attention\n  not imported: abbr\n`);
    expect(readFileSync(join(folder, 'anders2020xai.md'), 'utf8')).toBe(
      readFileSync(join(CONTENT, 'publications', 'anders2020xai.md'), 'utf8').replace(
        'year: 2020\n',
        'year: 2020\nmonth: 7\n', // the fixture knows the month; the shipped file does not
      ),
    );

    const second = await run(`${FIXTURES}/al-folio-papers.bib`, '--into', folder);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(
      [
        `skipped ${FIXTURES}/al-folio-papers.bib:13 PhysRev.47.777: already present as ${folder}/einstein1935can.md`,
        `skipped ${FIXTURES}/al-folio-papers.bib:34 einstein1905electrodynamics: already present as ${folder}/einstein1905electrodynamics.md`,
        `skipped ${FIXTURES}/al-folio-papers.bib:45 schrodinger1926quantisierung: already present as ${folder}/schrodinger1926quantisierung.md`,
        `skipped ${FIXTURES}/al-folio-papers.bib:56 godel1931formal: already present as ${folder}/godel1931formal.md`,
        `skipped ${FIXTURES}/al-folio-papers.bib:68 vaswani2017attention: already present as ${folder}/vaswani2017attention.md`,
        `skipped ${FIXTURES}/al-folio-papers.bib:80 anders2020xai: already present as ${folder}/anders2020xai.md`,
        '',
        '0 publications written, 6 skipped as already present, 0 invalid',
        '',
      ].join('\n'),
    );
  });

  it('skips what the shipped content already has (arXiv id, title and year), and crossref containers', async () => {
    const folder = join(scratch, 'shipped');
    cpSync(join(CONTENT, 'publications'), folder, { recursive: true });
    const result = await run(`${FIXTURES}/dblp-crossref.bib`, '--into', folder);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter((line) => !line.startsWith('  '))).toEqual([
      `wrote ${folder}/he2016deep.md from ${FIXTURES}/dblp-crossref.bib:4 DBLP:conf/cvpr/HeZRS16`,
      `skipped ${FIXTURES}/dblp-crossref.bib:19 DBLP:conf/cvpr/2016: @proceedings is the crossref container of DBLP:conf/cvpr/HeZRS16, not a publication itself`,
      `wrote ${folder}/kingma2014adam.md from ${FIXTURES}/dblp-crossref.bib:32 DBLP:journals/corr/KingmaB14`,
      `skipped ${FIXTURES}/dblp-crossref.bib:47 DBLP:journals/corr/abs-2211-17174: already present as ${folder}/pahde2022optimizing.md`,
      '',
      '2 publications written, 1 skipped as already present, 1 crossref container skipped, 0 invalid',
      'fields not imported: timestamp (2), biburl (2), bibsource (2)',
      '',
    ]);
    const csl = await run(`${FIXTURES}/zotero-csl.json`, '--into', folder, '--skip-invalid');
    expect(csl.stdout).toContain(`skipped ${FIXTURES}/zotero-csl.json bach2015pixel: already present as ${folder}/bach2015pixel.md\n`);
    expect(csl.stdout).toContain(`skipped ${FIXTURES}/zotero-csl.json lapuschkin2016analyzing: already present as ${folder}/lapuschkin2016analyzing.md\n`);
    expect(csl.stdout).toContain(`skipped ${FIXTURES}/zotero-csl.json kingma2014adam: already present as ${folder}/kingma2014adam.md\n`);
  });

  it('writes nothing when an entry is invalid, and lists why', async () => {
    const folder = emptyFolder();
    const result = await run(`${FIXTURES}/no-kind.bib`, '--into', folder);
    expect(result.status).toBe(1);
    expect(filesIn(folder)).toEqual([]);
    expect(result.stderr).toBe(`invalid ${FIXTURES}/no-kind.bib:9 hopper1959compiler:
  @patent has no publication kind; map it with --kind-map patent=<kind> (journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article)
invalid ${FIXTURES}/no-kind.bib:15 who2021ethics:
  @misc has no publication kind; map it with --kind-map misc=<kind> (journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article)

2 invalid entries; nothing was written. Fix them in ${FIXTURES}/no-kind.bib, or pass --skip-invalid to import the rest.
`);
  });

  it('reads a report by an organisation from Zotero as it is', async () => {
    const folder = emptyFolder();
    const result = await run(`${FIXTURES}/zotero-windows.bib`, '--into', folder);
    expect(result.status).toBe(0);
    expect(filesIn(folder)).toEqual(['krizhevsky2009learning.md', 'rieckmann2022causes.md', 'who2021ethics.md']);
    expect(readFileSync(join(folder, 'who2021ethics.md'), 'utf8')).toBe(`---
kind: report
title: "Ethics and Governance of Artificial Intelligence for Health: WHO Guidance"
authors:
  - { organization: "World Health Organization" }
year: 2021
month: 6
venue: World Health Organization
publisherPlace: Geneva
isbn: "978-92-4-002920-0"
links:
  - kind: website
    url: https://www.who.int/publications/i/item/9789240029200
---
`);
  });

  it('--skip-invalid writes the valid entries and lists the skipped ones with the reason', async () => {
    const folder = emptyFolder();
    const result = await run(`${FIXTURES}/no-kind.bib`, '--into', folder, '--skip-invalid');
    expect(result.status).toBe(0);
    expect(filesIn(folder)).toEqual(['hopper1952education.md']);
    expect(result.stderr).toContain(`invalid ${FIXTURES}/no-kind.bib:15 who2021ethics:\n`);
    expect(result.stdout.split('\n').slice(-3)).toEqual(['', '1 publication written, 0 skipped as already present, 2 invalid and skipped', '']);
  });

  it('--kind-map imports an entry type vita has no kind for; the validation problems print as npm run check prints them', async () => {
    const folder = emptyFolder();
    const result = await run(`${FIXTURES}/no-kind.bib`, '--into', folder, '--kind-map', 'misc=report', '--skip-invalid');
    expect(result.status).toBe(0);
    expect(filesIn(folder)).toEqual(['hopper1952education.md', 'who2021ethics.md']);
    expect(readFileSync(join(folder, 'who2021ethics.md'), 'utf8')).toBe(`---
kind: report
title: "Ethics and Governance of Artificial Intelligence for Health"
authors:
  - { organization: "World Health Organization" }
year: 2021
venue: WHO
isbn: "9789240029200"
---
`);
    expect(result.stderr).toBe(`invalid ${FIXTURES}/no-kind.bib:9 hopper1959compiler:
  @patent has no publication kind; map it with --kind-map patent=<kind> (journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article)
`);
  });

  it.each([
    ['a missing path', ['missing.bib'], 'missing.bib: no such file\n'],
    ['a folder', [FIXTURES], `${FIXTURES}: is a folder; expected a .bib, CSL-JSON or JSON Resume .json file\n`],
    ['an unknown extension', ['README.md'], 'README.md: unknown format ".md"; expected a .bib, CSL-JSON or JSON Resume .json file\n'],
    [
      'a BibTeX syntax error',
      [`${FIXTURES}/syntax-error.bib`],
      `${FIXTURES}/syntax-error.bib:20: lapuschkin2016analyzing: Token mismatch, expected "}", found "@article{samek2017ev"... (the entry starts on line 12)\n`,
    ],
    [
      'an unknown kind in --kind-map',
      [`${FIXTURES}/zotero-windows.bib`, '--kind-map', 'techreport=monograph'],
      '--kind-map: "techreport=monograph" is not type=kind; kinds are journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article\n',
    ],
    [
      'no file at all',
      [],
      'usage: npm run import -- <refs.bib | refs.json | resume.json> [--doi …] [--arxiv …] [--orcid …] [--dry-run] [--skip-invalid] [--update] [--kind-map type=kind,…] [--into folder] (--help for more)\n',
    ],
  ])('refuses %s with its own message and exit 1', async (_, args, message) => {
    const folder = emptyFolder();
    const result = await run(...args, '--into', folder);
    expect([result.status, result.stderr, result.stdout]).toEqual([1, message, '']);
    expect(filesIn(folder)).toEqual([]);
  });

  it('F7: a 300-character key becomes a built id within the limit, and every file is written', async () => {
    const folder = emptyFolder();
    const keys = join(scratch, 'keys.bib');
    writeFileSync(
      keys,
      `@article{doe2020traversal, title={Traversal}, author={Doe, J.}, journal={J}, year=2020}
@article{${'a'.repeat(300)}, title={Long Keys Considered Harmful}, author={Doe, J.}, journal={J}, year=2020}
@article{doe2021windows, title={Windows}, author={Doe, J.}, journal={J}, year=2021}`,
    );
    const result = await run(keys, '--skip-invalid', '--into', folder);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(filesIn(folder)).toEqual(['doe2020long.md', 'doe2020traversal.md', 'doe2021windows.md']);
  });

  it('newcomer step 11: a missing target folder is made by the import (a dry run leaves it missing); a file in its place is refused', async () => {
    const missing = join(scratch, 'new-site', 'content', 'publications');
    const dry = await run(`${FIXTURES}/al-folio-papers.bib`, '--into', missing, '--dry-run');
    expect([dry.status, dry.stderr]).toEqual([0, '']);
    expect(existsSync(missing)).toBe(false);
    const result = await run(`${FIXTURES}/al-folio-papers.bib`, '--into', missing);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(filesIn(missing)).toContain('godel1931formal.md');
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    expect(await run(`${FIXTURES}/al-folio-papers.bib`, '--into', file)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${file}: no such folder; expected the publications folder (default: content/publications)\n`,
    });
  });

  it('newcomer O8: on a German site (settings beside the folder) English titles get language: en', async () => {
    const content = join(scratch, 'german-site');
    mkdirSync(join(content, 'publications'), { recursive: true });
    writeFileSync(join(content, 'settings.yaml'), 'language: de\n');
    writeFileSync(
      join(scratch, 'vogel.bib'),
      '@article{en2020, title = {An \\enquote{English} Title}, author = {Vogel, K.}, journal = {J}, year = 2020, langid = {english}}\n@article{de2020, title = {Ein \\enquote{deutscher} Titel}, author = {Vogel, K.}, journal = {J}, year = 2020}\n',
    );
    const result = await run(join(scratch, 'vogel.bib'), '--into', join(content, 'publications'));
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(readFileSync(join(content, 'publications', 'en2020.md'), 'utf8')).toContain('title: "An “English” Title"\nauthors:\n  - Vogel K\nyear: 2020\nvenue: J\nlanguage: en\n');
    expect(readFileSync(join(content, 'publications', 'de2020.md'), 'utf8')).toBe('---\nkind: journal-article\ntitle: "Ein „deutscher“ Titel"\nauthors:\n  - Vogel K\nyear: 2020\nvenue: J\n---\n');
  });

  it('refuses an unknown option, with exit 1', async () => {
    const unknown = await run(`${FIXTURES}/al-folio-papers.bib`, '--force');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^Unknown option '--force'.*\nusage: npm run import -- <refs.bib \| refs.json \| resume.json> .*\n$/s);
  });

  it.each(['ftp://ada.example.org', 'https://ada example.org', 'ada.github.io'])('refuses --old-site %s in one line, with exit 1', async (oldSite) => {
    expect(await run(`${FIXTURES}/al-folio-papers.bib`, '--dry-run', '--old-site', oldSite)).toEqual({
      status: 1,
      stdout: '',
      stderr: `--old-site: "${oldSite}" is not an http(s) address such as https://ada.github.io\n`,
    });
  });

  it.each([
    ['empty.bib', '  \n', 'empty.bib: empty file; expected BibTeX entries, a CSL-JSON list or a JSON Resume\n'],
    ['prose.bib', 'Just some notes, no entries.\n', 'prose.bib: no entries found; expected BibTeX entries (@article{…}) or CSL-JSON items\n'],
    ['broken.json', '[{"type": ', 'broken.json: not valid JSON (Unexpected end of JSON input); expected a CSL-JSON list or a JSON Resume\n'],
    ['other.json', '{"name": "vita"}', 'other.json: not CSL-JSON: expected a list of items, each with a "type"; expected a .bib, CSL-JSON or JSON Resume .json file\n'],
    ['latin1.bib', Buffer.from('@article{a, title={Caf\xe9}}', 'latin1'), 'latin1.bib: not UTF-8 text; save it as UTF-8 and try again\n'],
  ])('refuses %s with its own message and exit 1', async (name, content, message) => {
    writeFileSync(join(scratch, name), content);
    const result = await runCommand(importCommand, [name, '--into', emptyFolder()], { cwd: scratch });
    expect([result.status, result.stderr]).toEqual([1, message]);
  });
});

/** "Anders CJ" and "Anders C J" are the same person: family name plus initials. */
function nameKey(name: string): string {
  const { family, given } = parseName(name);
  return `${family}|${initialsOf(given).join('')}`;
}

/**
 * Our BibTeX export does not carry links, award, selected or language (and has no
 * abstract), so those are not compared; every other field must come back equal.
 */
const CARRIED = ['kind', 'title', 'year', 'month', 'venue', 'series', 'volume', 'issue', 'pages', 'articleNumber', 'publisher', 'publisherPlace', 'doi', 'arxiv', 'note'] as const;

describe('round trip: the shipped publications exported to BibTeX and imported into an empty folder', () => {
  it('come back equal field by field', async () => {
    const render = await createInlineRenderer();
    const shipped = loadContent().bySection('publications');
    const entries = await Promise.all(shipped.map(async (entry) => toBibtex(entry.data as Publication, entry.id, await render((entry.data as Publication).title))));
    const bibFile = join(scratch, 'publications.bib');
    writeFileSync(bibFile, `${entries.join('\n\n')}\n`);

    const folder = emptyFolder();
    const result = await run(bibFile, '--into', folder);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(-2)).toEqual([`${shipped.length} publications written, 0 skipped as already present, 0 invalid`, '']);

    const imported = importedPublications(folder);
    expect([...imported.keys()].sort()).toEqual(shipped.map((entry) => entry.id).sort());
    const differences = shipped.flatMap((entry) => {
      const back = imported.get(entry.id)!;
      const fields: { id: string; field: string; shipped: unknown; imported: unknown }[] = CARRIED.filter((field) => entry.data[field] !== back[field]).map((field) => ({
        id: entry.id,
        field,
        shipped: entry.data[field],
        imported: back[field],
      }));
      const authors = (list: unknown) => (list as { name: string }[]).map((author) => nameKey(author.name));
      if (JSON.stringify(authors(entry.data['authors'])) !== JSON.stringify(authors(back['authors']))) {
        fields.push({ id: entry.id, field: 'authors', shipped: entry.data['authors'], imported: back['authors'] });
      }
      return fields;
    });
    expect(differences).toEqual([]);
  });
});

describe("issue 19 §5: the site's own BibTeX export, imported with --update over the files it came from", () => {
  it('issue 19 §5: changes nothing: author lists that read the same, marks, formulas and an under-review status all stay', async () => {
    const folder = join(scratch, 'complete-publications');
    cpSync(join(COMPLETE, 'publications'), folder, { recursive: true });
    const sparse = join(folder, 'rossi2025sparse.md');
    writeFileSync(sparse, readFileSync(sparse, 'utf8').replace('status: accepted', 'status: under-review').replace('  - Keller A\n', '  - Keller A\n  - Núñez-Okonkwo MJ\n'));
    const before = new Map(filesIn(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
    const render = await createInlineRenderer();
    const exported = await Promise.all(
      [...before.keys()].map(async (name) => {
        const { entry } = checkFile({ path: `publications/${name}`, bytes: readFileSync(join(folder, name)) });
        const publication = entry!.data as Publication;
        return toBibtex(publication, entry!.id, await render(publication.title));
      }),
    );
    const bibFile = join(scratch, 'complete.bib');
    writeFileSync(bibFile, `${exported.join('\n\n')}\n`);
    const result = await run(bibFile, '--update', '--into', folder);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter((line) => !line.startsWith('unchanged '))).toEqual([
      '  kept status: "under-review" (the source has "submitted")',
      '',
      `0 publications written, 0 updated, ${before.size} unchanged, 1 value kept that differs from the source, 0 skipped as already present, 0 invalid`,
      "kept values are yours or older than the record of the last import; to take the source's instead, delete the line from the file and run --update again",
      '',
    ]);
    expect(new Map(filesIn(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]))).toEqual(before);
  });
});

/** Each file of an import folder, checked as npm run check checks it: id → schema-parsed data. */
function importedPublications(folder: string): Map<string, Record<string, unknown>> {
  return new Map(
    filesIn(folder).map((name) => {
      const { problems, entry } = checkFile({ path: `publications/${name}`, bytes: readFileSync(join(folder, name)) });
      expect(problems).toEqual([]);
      return [entry!.id, entry!.data];
    }),
  );
}

describe('npm run import with VITA_CONTENT', () => {
  const importWith = (content: string, ...args: string[]) => runCommand(importCommand, args, { env: { VITA_CONTENT: content } });

  it('writes into the publications folder of $VITA_CONTENT, as check, build and dev read it, and makes it when it is missing', async () => {
    const content = join(scratch, 'elsewhere', 'content');
    mkdirSync(join(content, 'publications'), { recursive: true });
    const result = await importWith(content, `${FIXTURES}/al-folio-papers.bib`);
    expect(result.status, result.stderr).toBe(0);
    expect(filesIn(join(content, 'publications'))).toContain('godel1931formal.md');
    const missing = join(scratch, 'no-content');
    expect((await importWith(missing, `${FIXTURES}/al-folio-papers.bib`)).status).toBe(0);
    expect(filesIn(join(missing, 'publications'))).toContain('godel1931formal.md');
  });
});
