/**
 * `--update` never loses an edit (G4 of shared/reports/adversarial-2026-12-05.md,
 * and issue 19 §5): how a source entry is matched to a file, and what is written,
 * kept or left alone, with and without the record of the last import.
 */
import { describe, expect, it } from 'vitest';
import { WorkIndex } from '../../tooling/import/plan.ts';
import type { PublicationDraft, SourceEntry } from '../../tooling/import/sourceEntry.ts';
import { changeLines, matchForUpdate, sameAuthor, updatedFile, type UpdatableFile } from '../../tooling/import/update.ts';

const file = (frontMatter: string, body = '') => `---\n${frontMatter}---\n${body}`;

/** The hand-edited file of the report: a kind fixed by hand, a formula in the title, marks, an organisation, comments with their spacing. */
const HAND_EDITED = file(`# imported from refs.bib, then edited
kind: review            # was journal-article, fixed by hand
title: 'Sparse $\\ell_1$ priors for <i>k</i>-NN'   # math added by hand
authors:
  - { name: Lapuschkin S, equal: true }   # equal contribution
  - { name: Doe J, equal: true }
  - { name: Smith A, corresponding: true }   # corresponding author

  - { organization: The XAI Consortium }
year: 2020
venue: Journal of Sparse Things

# identifiers
doi: "10.1234/sparse"
`);

/** What the .bib says: the same paper, plain title, full given names, the same organisation. */
const SOURCE: PublicationDraft = {
  kind: 'journal-article',
  title: 'Sparse l1 priors for k-NN',
  authors: ['Lapuschkin, Sebastian', 'Doe, John', 'Smith, Alice', { organization: 'The XAI Consortium' }],
  year: 2020,
  venue: 'Journal of Sparse Things',
  doi: '10.1234/sparse',
};

describe('G4: matching a source entry to a file', () => {
  const files: UpdatableFile[] = [
    { id: 'lapuschkin2019unmasking', file: 'publications/lapuschkin2019unmasking.md', doi: '10.1038/s41467-019-08987-4', title: 'Unmasking Clever Hans predictors', year: 2019 },
    { id: 'doe2021preprint', file: 'publications/doe2021preprint.md', arxiv: '2101.00001', title: 'A Preprint', year: 2021 },
    { id: 'roe2020plain', file: 'publications/roe2020plain.md', title: 'A Plain Paper', year: 2020 },
  ];
  const works = new WorkIndex(files);
  const byId = new Map(files.map((candidate) => [candidate.id, candidate]));
  const entry = (key: string, data: PublicationDraft) => ({ key, type: 'article', data, body: '', notImported: [], notices: [], errors: [] }) satisfies SourceEntry;
  const match = (key: string, data: PublicationDraft) => {
    const found = matchForUpdate(entry(key, data), works, byId);
    return found === undefined ? undefined : { id: found.file.id, by: found.by, ...('refused' in found ? { refused: found.refused } : {}) };
  };

  it.each([
    ['by DOI first, whatever the key and title', 'x', { doi: '10.1038/S41467-019-08987-4', title: 'Other' }, { id: 'lapuschkin2019unmasking', by: 'DOI' }],
    ['then by arXiv id, any version', 'x', { arxiv: '2101.00001v3', title: 'A Preprint, Revised', year: 2022 }, { id: 'doe2021preprint', by: 'arXiv id' }],
    ['then by normalised title and year', 'x', { title: 'A plain paper.', year: 2020, doi: '10.1/new' }, { id: 'roe2020plain', by: 'title and year' }],
    ['and only then by key (same title, another year)', 'roe2020plain', { title: 'A Plain Paper', year: 2021 }, { id: 'roe2020plain', by: 'key' }],
    ['nothing: a new entry', 'new2024entry', { title: 'New', year: 2024 }, undefined],
  ] as const)('G4: %s', (_name, key, data, expected) => {
    expect(match(key, data)).toEqual(expected);
  });

  it("G4: a key match whose title and DOI differ is refused, not merged (a co-author's Scholar-style key)", () => {
    expect(match('lapuschkin2019unmasking', { title: 'Unmasking fraud in insurance claims with explainable AI', year: 2019, doi: '10.9999/insurance.2019.1' })).toEqual({
      id: 'lapuschkin2019unmasking',
      by: 'key',
      refused:
        'the titles differ ("Unmasking fraud in insurance claims with explainable AI" in the source, "Unmasking Clever Hans predictors" in the file) and the DOIs differ (10.9999/insurance.2019.1 in the source, 10.1038/s41467-019-08987-4 in the file)',
    });
  });

  it('G4: a title-and-year match whose DOI differs is refused (a conference paper and its journal version)', () => {
    const files2: UpdatableFile[] = [{ id: 'a', file: 'a.md', title: 'Same Title', year: 2020, doi: '10.1/conference' }];
    const found = matchForUpdate(entry('b', { title: 'Same Title', year: 2020, doi: '10.1/journal' }), new WorkIndex(files2), new Map());
    expect(found).toMatchObject({ by: 'title and year', refused: 'the DOIs differ (10.1/journal in the source, 10.1/conference in the file)' });
  });
});

describe('G4: --update without a record keeps every hand edit', () => {
  it("G4: the report's file: nothing rewritten, byte for byte; the kind and the formula kept and listed", () => {
    const result = updatedFile(HAND_EDITED, SOURCE);
    expect(result).toEqual({
      text: HAND_EDITED,
      changes: [],
      kept: [
        { field: 'kind', before: 'review', after: 'journal-article' },
        { field: 'title', before: 'Sparse $\\ell_1$ priors for <i>k</i>-NN', after: 'Sparse l1 priors for k-NN' },
      ],
    });
    expect(changeLines([], 'kept' in result ? result.kept : [])).toEqual([
      '  kept kind: "review" (the source has "journal-article")',
      '  kept title: "Sparse $\\\\ell_1$ priors for <i>k</i>-NN" (the source has "Sparse l1 priors for k-NN")',
    ]);
  });

  it('G4: an author the source adds is added; marks, the organisation, comments and blank lines stay; authors print by name', () => {
    const source = { ...SOURCE, authors: [...SOURCE.authors!, 'Poe, Penelope'], volume: '12', pages: '1-10' };
    const result = updatedFile(HAND_EDITED, source);
    if ('error' in result) throw new Error(result.error);
    expect(result.text).toBe(
      file(`# imported from refs.bib, then edited
kind: review            # was journal-article, fixed by hand
title: 'Sparse $\\ell_1$ priors for <i>k</i>-NN'   # math added by hand
authors:
  - { name: Lapuschkin S, equal: true }   # equal contribution
  - { name: Doe J, equal: true }
  - { name: Smith A, corresponding: true }   # corresponding author

  - { organization: The XAI Consortium }
  - Poe, Penelope
year: 2020
venue: Journal of Sparse Things
volume: 12
pages: "1-10"

# identifiers
doi: "10.1234/sparse"
`),
    );
    expect(changeLines(result.changes)).toEqual([
      '  authors: Lapuschkin S; Doe J; Smith A; The XAI Consortium → Lapuschkin S; Doe J; Smith A; The XAI Consortium; Poe, Penelope',
      '  volume: (none) → 12',
      '  pages: (none) → "1-10"',
    ]);
  });

  it("G4: a person in the file that the source lacks: without a record the file's list is kept", () => {
    const result = updatedFile(file('kind: journal-article\ntitle: "T"\nauthors: [Doe J, Roe R]\nyear: 2020\nvenue: J\n'), { authors: ['Doe, J.', 'Poe, P.'] });
    expect(result).toMatchObject({ changes: [], kept: [{ field: 'authors', before: ['Doe J', 'Roe R'], after: ['Doe, J.', 'Poe, P.'] }] });
  });

  it('G4: an organisation the owner added to the author list, which the source lacks, stays; nothing is rewritten', () => {
    const text = file('kind: journal-article\ntitle: "T"\nauthors:\n  - Doe J\n  - { organization: The XAI Consortium }   # added by hand\nyear: 2020\nvenue: J\n');
    expect(updatedFile(text, { authors: ['Doe, Jane'] })).toEqual({ text, changes: [], kept: [] });
  });

  it('G4: a field the source does not carry is left as the owner wrote it', () => {
    const text = file('kind: book-chapter\ntitle: "T"\nauthors: [Doe J]\nyear: 2020\nvenue: B\nseries: LNCS\npublisher: Springer\nlanguage: de\netAl: true\n');
    expect(updatedFile(text, { kind: 'book-chapter', title: 'T', authors: ['Doe, J.'], year: 2020, venue: 'B' })).toEqual({ text, changes: [], kept: [] });
  });
});

describe('issue 19 §5: --update changes only what changed', () => {
  it.each([
    ['Núñez-Okonkwo MJ', 'Núñez-Okonkwo, M. J.'],
    ['Müller K-R', 'Müller, Klaus-Robert'],
    ['Lapuschkin S', 'Lapuschkin, Sebastian'],
    ['Ekstrøm, Claus Thorn', 'Ekstrøm C T'],
    ['van Beethoven L', 'van Beethoven, Ludwig'],
  ])('issue 19 §5: "%s" reads the same as "%s"', (a, b) => {
    expect(sameAuthor(a, b)).toBe(true);
  });

  it.each([
    ['Doe J', 'Doe P'],
    ['Doe J', 'Roe J'],
    ['Doe J', { organization: 'Doe Foundation' }],
  ])('issue 19 §5: "%s" is not "%o"', (a, b) => {
    expect(sameAuthor(a, b)).toBe(false);
  });

  it('issue 19 §5: an author list that reads the same stays untouched', () => {
    const text = file('kind: journal-article\ntitle: "T"\nauthors:\n  - Núñez-Okonkwo MJ\n  - Weber L\nyear: 2020\nvenue: J\n');
    expect(updatedFile(text, { authors: ['Núñez-Okonkwo, M. J.', 'Weber, L.'] })).toEqual({ text, changes: [], kept: [] });
  });

  it.each([
    ['under-review', 'submitted'],
    ['accepted', 'submitted'],
    ['in-press', 'accepted'],
    // No status: published.
    [undefined, 'in-press'],
  ])("issue 19 §5: a status is never lowered: %s stays against the source's %s", (status, source) => {
    const text = file(`kind: journal-article\ntitle: "T"\nauthors: [Doe J]\nyear: 2020\nvenue: J\n${status === undefined ? '' : `status: ${status}\n`}`);
    expect(updatedFile(text, { status: source as PublicationDraft['status'] })).toEqual({ text, changes: [], kept: [{ field: 'status', before: status, after: source }] });
    // Not even when the record says the owner never touched it.
    expect(updatedFile(text, { status: source as PublicationDraft['status'] }, { base: { status: status as PublicationDraft['status'] } })).toMatchObject({ changes: [] });
  });

  it('issue 19 §5: a status is raised, and published removes the line, when the source moved on since the import', () => {
    const text = file('kind: journal-article\ntitle: "T"\nauthors: [Doe J]\nyear: 2020\nstatus: in-press # pubstate\nvenue: J\n');
    expect(updatedFile(text, { title: 'T' }, { base: { title: 'T', status: 'in-press' } })).toEqual({
      text: file('kind: journal-article\ntitle: "T"\nauthors: [Doe J]\nyear: 2020\nvenue: J\n'),
      changes: [{ field: 'status', before: 'in-press', after: 'published' }],
      kept: [],
    });
    expect(updatedFile(text, { status: 'accepted' }, { base: { status: 'accepted' } })).toMatchObject({ changes: [] });
  });
});

describe('G4: --update with the record of the last import (three-way)', () => {
  const imported: PublicationDraft = { kind: 'journal-article', title: 'A Paper', authors: ['Doe, Jane', 'Smyth, Alice', 'Roe, Richard'], year: 2020, venue: 'J' };
  const owned = file(`kind: journal-article
title: "A Paper on $\\\\ell_1$"   # my formula
authors:
  - { name: Doe J, equal: true }
  - { name: Smyth A, corresponding: true }
  - Roe R
  - Added by Hand
year: 2020
venue: J
`);

  it("G4: the owner's edits stay silently while the source is unchanged", () => {
    expect(updatedFile(owned, imported, { base: imported })).toEqual({ text: owned, changes: [], kept: [] });
  });

  it('G4: what the source changed since is written; what the owner changed stays; an author renamed in the source keeps its mark', () => {
    const source = { ...imported, authors: ['Doe, Jane', 'Smith, Alice', 'Roe, Richard', 'Poe, Penelope'], year: 2021, volume: '3' };
    const result = updatedFile(owned, source, { base: imported });
    if ('error' in result) throw new Error(result.error);
    expect(result.text).toBe(
      file(`kind: journal-article
title: "A Paper on $\\\\ell_1$"   # my formula
authors:
  - { name: Doe J, equal: true }
  - { name: "Smith, Alice", corresponding: true }
  - Roe R
  - Added by Hand
  - Poe, Penelope
year: 2021
venue: J
volume: 3
`),
    );
    expect(result.kept).toEqual([]);
  });

  it("G4: where both changed a field, the owner's value is kept and listed", () => {
    const result = updatedFile(owned, { ...imported, title: 'A Paper, Revised' }, { base: imported });
    expect(result).toMatchObject({ changes: [], kept: [{ field: 'title', before: 'A Paper on $\\ell_1$', after: 'A Paper, Revised' }] });
  });

  it("G4: an author the source dropped since is dropped, the owner's own addition stays", () => {
    const result = updatedFile(owned, { ...imported, authors: ['Doe, Jane', 'Smyth, Alice'] }, { base: imported });
    expect(result).toMatchObject({ changes: [{ field: 'authors', after: [{ name: 'Doe J', equal: true }, { name: 'Smyth A', corresponding: true }, 'Added by Hand'] }] });
  });

  it('G4: CRLF files stay CRLF', () => {
    const crlf = '---\r\nkind: journal-article\r\ntitle: "T"\r\nauthors:\r\n  - Doe J\r\nyear: 2020\r\nvenue: J\r\n---\r\n';
    const result = updatedFile(crlf, { authors: ['Doe J', 'Roe R'], month: 4 }, { base: { authors: ['Doe J'] } });
    expect(result).toMatchObject({ text: '---\r\nkind: journal-article\r\ntitle: "T"\r\nauthors:\r\n  - Doe J\r\n  - Roe R\r\nyear: 2020\r\nmonth: 4\r\nvenue: J\r\n---\r\n' });
  });
});
