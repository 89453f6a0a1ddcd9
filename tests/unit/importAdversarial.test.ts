/**
 * Regression tests for the import findings of the adversarial test
 * (shared/reports/adversarial-2026-11-27.md): F5 angle brackets, F6 linear
 * duplicate detection, F7 id length and all-or-nothing writes, F17 hostile BibTeX.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBibtex } from '../../tooling/import/bibtex.ts';
import { guardBibtex, MAX_BRACE_DEPTH } from '../../tooling/import/bibtexGuard.ts';
import { planImport, publicationId, WorkIndex } from '../../tooling/import/plan.ts';
import { writeAll, WriteFailure } from '../../tooling/import/writeFiles.ts';
import { htmlToText } from '../../src/lib/markdown/htmlText.ts';
import { createInlineRenderer } from '../../src/lib/markdown/markdown.ts';
import { MAX_ID_LENGTH } from '../../src/schemas/atoms.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vita-adversarial-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('F5: < and > in BibTeX stay < and >', () => {
  const bibtex = `@article{lt2020, title = {When is p < 0.05 enough? Comparing x > y}, author = {Doe, John},
  journal = {Stats <Letters>}, year = {2020}, abstract = {We show that p < 0.05 and n > 30 suffice; $a<b$.},
  doi = {10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0}}`;

  it('F5: titles, venues, abstracts and DOIs keep them; a tag-like <Letters> is written &lt; so it shows', async () => {
    const { entries, syntaxErrors } = readBibtex(bibtex);
    expect(syntaxErrors).toEqual([]);
    const [entry] = entries;
    expect(entry?.data).toMatchObject({
      title: 'When is p < 0.05 enough? Comparing x > y',
      venue: 'Stats &lt;Letters>',
      doi: '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0',
    });
    // A formula stays TeX between dollars: the site renders it as MathML.
    expect(entry?.body).toBe('We show that p < 0.05 and n > 30 suffice; $a<b$.');
    expect(readBibtex('@misc{m, abstract={See <br/> and <!x> and a<b, c>d}}').entries[0]?.body).toBe('See &lt;br/> and &lt;!x> and a<b, c>d');
    const render = await createInlineRenderer();
    // What a visitor reads on the page.
    expect([htmlToText(await render(entry!.data.title!)), htmlToText(await render(entry!.data.venue!))]).toEqual(['When is p < 0.05 enough? Comparing x > y', 'Stats <Letters>']);
  });

  it('F5: the planned file passes the content check', () => {
    const [outcome] = planImport(readBibtex(bibtex).entries, []);
    expect(outcome?.status).toBe('new');
  });
});

describe('F6: duplicate detection is a lookup, not a scan', () => {
  const index = new WorkIndex([
    { id: 'a', file: 'a.md', doi: '10.1038/S41467-019-08987-4' },
    { id: 'b', file: 'b.md', arxiv: '2206.03208v2' },
    { id: 'c', file: 'c.md', title: 'ECQ<sup>X</sup>: Explainability-Driven Quantization', year: 2022 },
  ]);

  it.each([
    [{ doi: '10.1038/s41467-019-08987-4' }, 'a.md'],
    [{ arxiv: '2206.03208' }, 'b.md'],
    [{ arxiv: '2206.03208v3' }, 'b.md'],
    [{ title: 'ECQx — explainability-driven quantization', year: 2022 }, 'c.md'],
    [{ title: 'ECQx — explainability-driven quantization', year: 2023 }, undefined],
    [{ doi: '10.1038/other', title: 'Something else', year: 2022 }, undefined],
  ])('F6: %o → %s', (draft, file) => {
    expect(index.find(draft)?.file).toBe(file);
  });

  it('F6: 10,000 entries plan with every later copy found as a duplicate of the first', () => {
    const records = Array.from(
      { length: 5_000 },
      (_, index) => `@article{k${index}, title={Paper number ${index}}, author={Doe, J.}, journal={J}, year=2020, doi={10.1234/p${index}}}`,
    );
    const copies = records.map((record) => record.replace(/@article\{k/, '@article{copy'));
    const { entries } = readBibtex([...records, ...copies].join('\n'));
    const outcomes = planImport(entries, []);
    expect(outcomes.filter((outcome) => outcome.status === 'new')).toHaveLength(5_000);
    expect(outcomes.at(-1)).toMatchObject({ status: 'duplicate', existing: 'k4999 (earlier in this import)' });
  });

  it('F6: an author list of 100,000 names is refused at once, before the parser splits it (which took minutes, then failed)', () => {
    const names = Array.from({ length: 100_000 }, (_, index) => `Family${index}, Given${index}`).join(' and ');
    const { entries, syntaxErrors } = readBibtex(`@article{ok, title={Fine}, author={Doe, J.}, year=2020}\n\n@article{many,\n  author = {${names}},\n  year = 2020\n}`);
    expect(entries).toEqual([]);
    expect(syntaxErrors).toEqual([
      {
        line: 3,
        entry: 'many',
        message:
          'author lists 100,000 names (more than 10,000, which no real author list reaches and the BibTeX reader cannot split in reasonable time); keep the first names and end the list with "and others"',
      },
    ]);
  });

  it('F6: only author and editor fields count names: an abstract full of "and" passes', () => {
    expect(guardBibtex(`@article{k, author = "Doe, J. and Roe, R.", abstract = {${'this and that '.repeat(20_000)}}, editor = {A, B}}`)).toEqual([]);
  });

  it('F6: crossref containers are found by key for every child', () => {
    const children = Array.from({ length: 3 }, (_, index) => `@inproceedings{c${index}, title={T${index}}, author={Doe, J.}, crossref={proc}, year=2020}`);
    const { entries } = readBibtex([...children, '@proceedings{proc, title={Proceedings of X}, year=2020}'].join('\n'));
    expect(entries.at(-1)?.containerOf).toEqual(['c0', 'c1', 'c2']);
    expect(entries[0]?.data.venue).toBe('Proceedings of X');
  });
});

describe('F7: ids have a length limit and writes are all or nothing', () => {
  it('F7: a 300-character key is not used as the id; the id built instead stays within the limit', () => {
    const key = 'a'.repeat(300);
    const family = 'b'.repeat(200);
    const [outcome] = planImport(readBibtex(`@article{${key}, title={Long names}, author={${family}, J.}, journal={J}, year=2020}`).entries, []);
    expect(outcome).toMatchObject({ status: 'new', id: `${'b'.repeat(40)}2020long` });
    const longTitle = Array.from({ length: 20 }, () => 'supercalifragilistic').join(' ');
    const taken = new Set([publicationId({ authors: [family], year: 2020, title: longTitle }, new Set())]);
    taken.add(publicationId({ authors: [family], year: 2020, title: longTitle }, taken));
    const third = publicationId({ authors: [family], year: 2020, title: longTitle }, taken);
    expect([...taken, third].map((id) => id.length)).toEqual([64, 74, 76]);
    expect(third.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
  });

  it('F7: when one file cannot be written, the files written before it are removed and the message says so', () => {
    const folder = join(scratch, 'f7');
    const writes = [
      { path: join(folder, 'doe2020traversal.md'), text: 'a' },
      { path: join(folder, 'doe2021windows.md'), text: 'b' },
      { path: join(folder, `${'x'.repeat(300)}.md`), text: 'c' },
    ];
    expect(() => writeAll(writes, (path) => path.slice(folder.length + 1, folder.length + 11))).toThrow(
      new WriteFailure('xxxxxxxxxx: cannot write (the file name is too long for this file system); the 2 files written before it were removed or restored; nothing changed'),
    );
    expect(existsSync(folder)).toBe(false);
  });

  it('F7: a changed file gets its old text back', () => {
    const folder = join(scratch, 'f7-restore');
    writeAll([{ path: join(folder, 'kept.md'), text: 'old' }]);
    expect(() =>
      writeAll([
        { path: join(folder, 'kept.md'), text: 'new', previous: 'old' },
        { path: join(folder, 'kept.md'), text: 'again' }, // a new file where one exists: refused
      ]),
    ).toThrow(/kept\.md: cannot write \(a file of that name appeared while importing\); the 1 file written before it was removed or restored/);
    expect(readdirSync(folder)).toEqual(['kept.md']);
  });
});

describe('F17: hostile BibTeX fails fast with file line and entry', () => {
  it('F17: an @string doubling bomb is refused before it is expanded', () => {
    const lines = [
      '@string{a0 = "xxxxxxxxxx"}',
      ...Array.from({ length: 39 }, (_, index) => `@string{a${index + 1} = a${index} # a${index}}`),
      '@article{k, title=a39, author={Doe, J.}, journal={J}, year=2020}',
    ];
    const { syntaxErrors } = readBibtex(lines.join('\n'));
    expect(syntaxErrors).toEqual([{ line: 15, entry: '@string', message: '@string a14 would expand to 163,840 characters (more than 100,000): "@string{a14 = a13 # a13}"' }]);
  });

  it('F17: braces nested 50,000 deep are refused with a short excerpt', () => {
    const title = `${'{'.repeat(50_000)}deep${'}'.repeat(50_000)}`;
    const { entries, syntaxErrors } = readBibtex(`@article{ok, title={Fine}, author={Doe, J.}, journal={J}, year=2020}\n\n@article{deep,\n  title = ${title},\n  year = 2020\n}`);
    expect(entries).toEqual([]);
    expect(syntaxErrors).toEqual([{ line: 4, entry: 'deep', message: `braces nested more than ${MAX_BRACE_DEPTH} deep (entry starts on line 3): "title = ${'{'.repeat(52)}…"` }]);
  });

  it('F17: a parser message quoting a long entry is cut to a line', () => {
    const { syntaxErrors } = readBibtex(`@article{broken, title = {${'word '.repeat(2_000)}, year = 2020\n@article{next, title={T}, year=2020}`);
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]!.message.length).toBeLessThan(200);
  });

  it('F17: a field the parser fails on is reported in one line, without the entry the parser appends', () => {
    // The parser appends the whole entry to such errors: 2.7 MB for one with 100,000 authors ("Invalid array length").
    const { syntaxErrors } = readBibtex(`@article{k, title = {A \\newcommand{x}{y} b}, abstract = {${'word '.repeat(2_000)}}, year = 2020}`);
    expect(syntaxErrors).toEqual([{ line: 1, entry: 'k', message: 'Unexpected name for \\newcommand{x}{y}' }]);
  });
});
