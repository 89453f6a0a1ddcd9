/**
 * `npm run import -- refs.bib --update`: publications already imported follow
 * their source (matched by DOI, arXiv id or key), the owner's own additions stay,
 * new entries are added, each change is printed as a diff, and a second run
 * changes nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { updatedFile } from '../../tooling/import/update.ts';
import { importCommand } from '../../scripts/import.ts';
import { runCommand } from '../helpers/command.ts';
import { SHIPPED } from '../helpers/build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vita-update-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args: string[]) => runCommand(importCommand, args, { cwd: scratch });

const BEFORE = `@article{doe2020first,
  title = {A First Paper},
  author = {Doe, J. and Roe, R.},
  journal = {Journal of Tests},
  year = {2020},
  doi = {10.1234/first}
}

@inproceedings{doe2021second,
  title = {A Second Paper},
  author = {Doe, J.},
  booktitle = {Proceedings of Tests},
  year = {2021},
  eprint = {2101.00001},
  archivePrefix = {arXiv}
}
`;

/** The bibliography a year later: the first paper got its volume and pages, the second a new title and was renamed; a third is new. */
const AFTER = `@article{doe2020first,
  title = {A First Paper},
  author = {Doe, J. and Roe, R. and Poe, P.},
  journal = {Journal of Tests},
  year = {2020},
  volume = {12},
  pages = {1--10},
  doi = {10.1234/FIRST}
}

@inproceedings{renamedkey,
  title = {A Second Paper, Revised},
  author = {Doe, J.},
  booktitle = {Proceedings of Tests},
  year = {2022},
  eprint = {2101.00001v3},
  archivePrefix = {arXiv},
  note = {Oral presentation}
}

@article{doe2023third,
  title = {A Third Paper},
  author = {Doe, J.},
  journal = {Journal of Tests},
  year = {2023}
}
`;

/** What the owner did by hand after the first import: a comment, a link, a selection, an award, a body. */
const OWNER_EDITS = `---
# imported from refs.bib; links added by hand
kind: journal-article
title: "A First Paper"
authors: [Doe J, Roe R]
year: 2020
venue: Journal of Tests
doi: "10.1234/first"
links:
  - kind: code
    url: https://example.org/code
award: Best Paper
selected: true
---
Our own summary of the paper.
`;

describe('--update', () => {
  const folder = join(scratch, 'publications');
  const source = join(scratch, 'refs.bib');
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');

  it('first import, owner edits, then --update --dry-run shows the diff and writes nothing', async () => {
    mkdirSync(folder);
    writeFileSync(source, BEFORE);
    expect((await run('refs.bib', '--into', 'publications')).status).toBe(0);
    writeFileSync(join(folder, 'doe2020first.md'), OWNER_EDITS);
    const secondBefore = read('doe2021second.md');

    writeFileSync(source, AFTER);
    const dry = await run('refs.bib', '--update', '--dry-run', '--into', 'publications');
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout.split('\n').filter((line) => !line.startsWith('    '))).toEqual([
      'would update publications/doe2020first.md from refs.bib:1 doe2020first (matched by DOI)',
      '  authors: Doe J; Roe R → Doe J; Roe R; Poe P',
      '  volume: (none) → 12',
      '  pages: (none) → "1-10"',
      'would update publications/doe2021second.md from refs.bib:11 renamedkey (matched by arXiv id)',
      '  title: "A Second Paper" → "A Second Paper, Revised"',
      '  year: 2021 → 2022',
      '  arxiv: "2101.00001" → "2101.00001v3"',
      'would write publications/doe2023third.md from refs.bib:21 doe2023third',
      '',
      '1 publication would be written (dry run), 2 updated, 0 unchanged, 0 skipped as already present, 0 invalid',
      '',
    ]);
    expect(read('doe2020first.md')).toBe(OWNER_EDITS);
    expect(read('doe2021second.md')).toBe(secondBefore);
    // The first import recorded what the source said, beside the files.
    expect(readdirSync(folder).sort()).toEqual(['.imported.json', 'doe2020first.md', 'doe2021second.md']);
  });

  it('--update writes the same changes, keeping comments, flow lists, links, award, selection and body', async () => {
    const result = await run('refs.bib', '--update', '--into', 'publications');
    expect(result.status).toBe(0);
    expect(read('doe2020first.md')).toBe(`---
# imported from refs.bib; links added by hand
kind: journal-article
title: "A First Paper"
authors: [Doe J, Roe R, Poe P]
year: 2020
venue: Journal of Tests
volume: 12
pages: "1-10"
doi: "10.1234/first"
links:
  - kind: code
    url: https://example.org/code
award: Best Paper
selected: true
---
Our own summary of the paper.
`);
    // The note is the owner's field: a note in the source is not written into an existing file.
    expect(read('doe2021second.md')).not.toContain('Oral presentation');
    expect(readdirSync(folder).sort()).toEqual(['.imported.json', 'doe2020first.md', 'doe2021second.md', 'doe2023third.md']);
  });

  it('a second --update changes nothing', async () => {
    const before = readdirSync(folder).map((name) => read(name));
    const result = await run('refs.bib', '--update', '--into', 'publications');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(-2)).toEqual(['0 publications written, 0 updated, 3 unchanged, 0 skipped as already present, 0 invalid', '']);
    expect(readdirSync(folder).map((name) => read(name))).toEqual(before);
  });
});

describe('G4: --update never loses an edit', () => {
  const site = join(scratch, 'g4');
  const folder = join(site, 'publications');
  const bib = join(site, 'refs.bib');
  const updateFrom = (...extra: string[]) => run(bib, '--update', '--into', folder, ...extra);
  const HAND_EDITED = `---
kind: review            # was journal-article, fixed by hand
title: 'Sparse $\\ell_1$ priors for <i>k</i>-NN'   # math added by hand
authors:
  - { name: Lapuschkin S, equal: true }   # equal contribution
  - { name: Doe J, equal: true }
  - { name: Smith A, corresponding: true }   # corresponding author, see below

  - { organization: The XAI Consortium }
year: 2020
venue: Journal of Sparse Things

# identifiers
doi: "10.1234/sparse"
---
`;
  const SPARSE = `@article{lapuschkin2020sparse,
  title = {Sparse l1 priors for k-NN},
  author = {Lapuschkin, Sebastian and Doe, John and Smith, Alice and {The XAI Consortium}},
  journal = {Journal of Sparse Things},
  year = {2020},
  doi = {10.1234/sparse}
}
`;

  it('G4: a hand-edited file (kind, formula, marks, organisation, comments) is left byte for byte; what differs is listed as kept, matched by DOI', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'lapuschkin2020sparse.md'), HAND_EDITED);
    writeFileSync(bib, SPARSE);
    const result = await updateFrom();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`unchanged g4/publications/lapuschkin2020sparse.md from ${bib}:1 lapuschkin2020sparse (matched by DOI)
  kept kind: "review" (the source has "journal-article")
  kept title: "Sparse $\\\\ell_1$ priors for <i>k</i>-NN" (the source has "Sparse l1 priors for k-NN")

0 publications written, 0 updated, 1 unchanged, 2 values kept that differ from the source, 0 skipped as already present, 0 invalid
kept values are yours or older than the record of the last import; to take the source's instead, delete the line from the file and run --update again
`);
    expect(readFileSync(join(folder, 'lapuschkin2020sparse.md'), 'utf8')).toBe(HAND_EDITED);
    // What the source said is recorded now, so the next run tells the source's changes from the owner's.
    expect(JSON.parse(readFileSync(join(folder, '.imported.json'), 'utf8')).publications).toEqual({
      lapuschkin2020sparse: {
        kind: 'journal-article',
        title: 'Sparse l1 priors for k-NN',
        authors: ['Lapuschkin, Sebastian', 'Doe, John', 'Smith, Alice', { organization: 'The XAI Consortium' }],
        year: 2020,
        venue: 'Journal of Sparse Things',
        doi: '10.1234/sparse',
      },
    });
    // Run again: nothing to say.
    const again = await updateFrom();
    expect(again.stdout.split('\n')[0]).toBe(`unchanged g4/publications/lapuschkin2020sparse.md from ${bib}:1 lapuschkin2020sparse (matched by DOI)`);
    expect(again.stdout).not.toContain('kept');
  });

  it('G4: later changes of the source are written in; the edits stay; organisations print by name, never [object Object]', async () => {
    writeFileSync(bib, SPARSE.replace('{The XAI Consortium}}', '{The XAI Consortium} and Poe, Penelope}').replace('year = {2020},', 'year = {2020},\n  volume = {12},\n  pages = {1--10},'));
    const result = await updateFrom();
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      `updated g4/publications/lapuschkin2020sparse.md from ${bib}:1 lapuschkin2020sparse (matched by DOI)`,
      '  authors: Lapuschkin S; Doe J; Smith A; The XAI Consortium → Lapuschkin S; Doe J; Smith A; The XAI Consortium; Poe, Penelope',
      '  volume: (none) → 12',
      '  pages: (none) → "1-10"',
    ]);
    expect(result.stdout).not.toContain('[object Object]');
    expect(readFileSync(join(folder, 'lapuschkin2020sparse.md'), 'utf8')).toBe(
      HAND_EDITED.replace('  - { organization: The XAI Consortium }\n', '  - { organization: The XAI Consortium }\n  - Poe, Penelope\n').replace(
        'venue: Journal of Sparse Things\n',
        'venue: Journal of Sparse Things\nvolume: 12\npages: "1-10"\n',
      ),
    );
  });

  it("G4: a co-author's entry whose key names a shipped file but whose title and DOI differ is refused, not merged", async () => {
    const shipped = join(scratch, 'shipped');
    cpSync(join(SHIPPED, 'publications'), shipped, { recursive: true });
    const before = readFileSync(join(shipped, 'lapuschkin2019unmasking.md'), 'utf8');
    const coauthor = join(scratch, 'coauthor.bib');
    writeFileSync(
      coauthor,
      '@article{lapuschkin2019unmasking,\n  title = {Unmasking fraud in insurance claims with explainable models},\n  author = {Other, Person and Lapuschkin, Sebastian},\n  journal = {Insurance Analytics},\n  year = {2019},\n  doi = {10.9999/insurance.2019.1}\n}\n',
    );
    const result = await run(coauthor, '--update', '--into', shipped);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `refused ${coauthor}:1 lapuschkin2019unmasking: its key names shipped/lapuschkin2019unmasking.md, but the titles differ ("Unmasking fraud in insurance claims with explainable models" in the source, "Unmasking Clever Hans Predictors and Assessing what Machines…" in the file); not updated. If it is another work, give the entry another key and it is imported as new.\n\n1 invalid entry; nothing was written. Fix them in ${coauthor}, or pass --skip-invalid to import the rest.\n`,
    );
    expect(readFileSync(join(shipped, 'lapuschkin2019unmasking.md'), 'utf8')).toBe(before);
    const skipping = await run(coauthor, '--update', '--into', shipped, '--skip-invalid');
    expect(skipping.status).toBe(0);
    expect(readFileSync(join(shipped, 'lapuschkin2019unmasking.md'), 'utf8')).toBe(before);
  });
});

describe('updatedFile', () => {
  it('leaves a file byte for byte when nothing changed, even with CRLF line endings and a byte-order mark', () => {
    const text = '\uFEFF---\r\nkind: journal-article\r\ntitle: "T"\r\nauthors: [Doe J]\r\nyear: 2020\r\nvenue: J\r\n---\r\nBody.\r\n';
    expect(updatedFile(text, { kind: 'journal-article', title: 'T', authors: ['Doe J'], year: 2020, venue: 'J' })).toEqual({ text, changes: [], kept: [] });
  });

  it('inserts a new field where the schema orders it and quotes it as new files do', () => {
    const result = updatedFile('---\nkind: journal-article\ntitle: "T"\nauthors: [Doe J]\nyear: 2020\nvenue: J\n---\n', { doi: '10.1/abcd', month: 3 });
    expect(result).toEqual({
      text: '---\nkind: journal-article\ntitle: "T"\nauthors: [Doe J]\nyear: 2020\nmonth: 3\nvenue: J\ndoi: "10.1/abcd"\n---\n',
      changes: [
        { field: 'month', before: undefined, after: 3 },
        { field: 'doi', before: undefined, after: '10.1/abcd' },
      ],
      kept: [],
    });
  });
});
