/**
 * The importer's pure parts: BibTeX and CSL-JSON fixtures (written in the style
 * of al-folio, DBLP, Better BibTeX on Windows and Zotero) read to exact field
 * values, and the rules for names, ids, duplicates and the file format, table by table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBibtex } from '../../tooling/import/bibtex.ts';
import { readCslJson } from '../../tooling/import/cslJson.ts';
import { readJsonResume } from '../../tooling/import/jsonResume.ts';
import { readOrcidWork } from '../../tooling/import/orcid.ts';
import { planImport, publicationId, type ExistingPublication } from '../../tooling/import/plan.ts';
import { publicationFile } from '../../tooling/import/publicationFile.ts';
import { arxivIdIn, authorName, pageRange, parseKindMap, type PublicationDraft, type SourceEntry } from '../../tooling/import/sourceEntry.ts';
import { bareDoi } from '../../src/schemas/atoms.ts';
import { checkFile } from '../../src/pipeline/checkFile.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'bibtex', name), 'utf8');

/** What a reader made of each entry, without the empty lists, so the tables show what matters. */
function summary(entry: SourceEntry) {
  return {
    key: entry.key,
    ...(entry.line === undefined ? {} : { line: entry.line }),
    data: entry.data,
    ...(entry.body ? { body: entry.body } : {}),
    ...(entry.notImported.length > 0 ? { notImported: entry.notImported } : {}),
    ...(entry.notices.length > 0 ? { notices: entry.notices } : {}),
    ...(entry.errors.length > 0 ? { errors: entry.errors } : {}),
    ...(entry.containerOf ? { containerOf: entry.containerOf } : {}),
  };
}

function bibtexEntries(text: string, kindMap = {}) {
  const { entries, syntaxErrors } = readBibtex(text, kindMap);
  expect(syntaxErrors).toEqual([]);
  return entries.map(summary);
}

const NO_KIND = (type: string) =>
  `${type} has no publication kind; map it with --kind-map ${type.replace(/^@|^CSL type "|"$/g, '')}=<kind> (journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article)`;

describe('BibTeX fixtures read to exact field values', () => {
  it('al-folio papers.bib: Jekyll front matter, comments, @string macros, month macros, accents, nested braces, "and others", button fields', () => {
    expect(bibtexEntries(fixture('al-folio-papers.bib'))).toEqual([
      {
        key: 'PhysRev.47.777',
        line: 13,
        data: {
          kind: 'journal-article',
          title: 'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?',
          authors: ['Einstein A', 'Podolsky B', 'Rosen N'],
          year: 1935,
          month: 5, // month = may
          venue: 'Phys. Rev.',
          volume: '47',
          issue: '10',
          pages: '777-780',
          publisher: 'American Physical Society', // publisher = aps, an @string macro
          doi: '10.1103/PhysRev.47.777',
          links: [
            { kind: 'website', url: 'http://link.aps.org/doi/10.1103/PhysRev.47.777' },
            { kind: 'website', url: 'https://journals.aps.org/pr/abstract/10.1103/PhysRev.47.777' }, // al-folio's html button
          ],
          selected: true,
        },
        notImported: ['abbr', 'bibtex_show', 'numpages', 'altmetric', 'pdf'],
        notices: ['pdf: "example_pdf.pdf" is not a URL; put the file in public/ and add it under links'],
      },
      {
        key: 'einstein1905electrodynamics',
        line: 34,
        data: {
          kind: 'journal-article',
          title: 'Zur Elektrodynamik bewegter Körper', // K{\"o}rper
          authors: ['Einstein, Albert'],
          year: 1905,
          venue: 'Annalen der Physik',
          volume: '322',
          issue: '10',
          pages: '891-921',
          doi: '10.1002/andp.19053221004', // written as https://doi.org/…
        },
      },
      {
        key: 'schrodinger1926quantisierung',
        line: 45,
        data: {
          kind: 'journal-article',
          title: 'Quantisierung als Eigenwertproblem',
          authors: ['Schrödinger E'], // Schr\"{o}dinger
          year: 1926,
          venue: 'Annalen der Physik (Leipzig)', // annalen # " (Leipzig)"
          volume: '384',
          issue: '4',
          pages: '361-376',
          doi: '10.1002/andp.19263840404',
        },
      },
      {
        key: 'godel1931formal',
        line: 56,
        data: {
          kind: 'journal-article',
          title: 'Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I',
          authors: ['Gödel, Kurt'],
          year: 1931,
          month: 12,
          venue: 'Monatshefte für Mathematik und Physik', // a macro holding {\"u}
          volume: '38',
          issue: '1',
          pages: '173-198',
          doi: '10.1007/BF01700692',
        },
      },
      {
        key: 'vaswani2017attention',
        line: 68,
        data: {
          kind: 'conference-paper',
          title: 'Attention is All you Need',
          authors: ['Vaswani, Ashish', 'Shazeer, Noam', 'Parmar, Niki', 'Uszkoreit, Jakob'],
          year: 2017,
          venue: 'Advances in Neural Information Processing Systems',
          volume: '30',
          pages: '5998-6008',
          arxiv: '1706.03762', // al-folio's arxiv field
          links: [{ kind: 'code', url: 'https://github.com/tensorflow/tensor2tensor' }],
          etAl: true, // "and others"
        },
        notImported: ['abbr'],
      },
      {
        key: 'anders2020xai',
        line: 80,
        data: {
          kind: 'conference-paper',
          title: 'XAI for Analyzing and Unlearning Spurious Correlations in ImageNet', // {{XAI}}, {{ImageNet}}
          authors: ['Anders C J', 'Neumann D', 'Marinč T', 'Samek W', 'Müller K-R', 'Lapuschkin S'], // Marin{\v c}, M{\"u}ller, K.-R.
          year: 2020,
          month: 7,
          venue: 'XXAI: Extending Explainable AI Beyond Deep Models and Classifiers. ICML Workshop',
        },
      },
    ]);
  });

  it('DBLP: crossref inheritance (booktitle, publisher, address), the container skipped, CoRR preprints', () => {
    const dblp = ['timestamp', 'biburl', 'bibsource'];
    expect(bibtexEntries(fixture('dblp-crossref.bib'))).toEqual([
      {
        key: 'DBLP:conf/cvpr/HeZRS16',
        line: 4,
        data: {
          kind: 'conference-paper',
          title: 'Deep Residual Learning for Image Recognition',
          authors: ['He, Kaiming', 'Zhang, Xiangyu', 'Ren, Shaoqing', 'Sun, Jian'],
          year: 2016,
          venue: '2016 IEEE Conference on Computer Vision and Pattern Recognition, CVPR 2016, Las Vegas, NV, USA, June 27-30, 2016',
          pages: '770-778',
          publisher: 'IEEE Computer Society',
          publisherPlace: 'Los Alamitos, CA',
          doi: '10.1109/CVPR.2016.90', // the url is the DOI's, so no link
        },
        notImported: dblp,
      },
      {
        key: 'DBLP:conf/cvpr/2016',
        line: 19,
        data: {
          title: '2016 IEEE Conference on Computer Vision and Pattern Recognition, CVPR 2016, Las Vegas, NV, USA, June 27-30, 2016',
          authors: [],
          year: 2016,
          publisher: 'IEEE Computer Society',
          publisherPlace: 'Los Alamitos, CA',
          isbn: '978-1-4673-8851-1',
          links: [{ kind: 'website', url: 'https://ieeexplore.ieee.org/xpl/conhome/7776647/proceeding' }],
        },
        notImported: dblp,
        containerOf: ['DBLP:conf/cvpr/HeZRS16'],
      },
      {
        key: 'DBLP:journals/corr/KingmaB14',
        line: 32,
        data: {
          kind: 'preprint',
          title: 'Adam: A Method for Stochastic Optimization',
          authors: ['Kingma, Diederik P.', 'Ba, Jimmy'],
          year: 2014,
          venue: 'CoRR',
          arxiv: '1412.6980',
        },
        notImported: dblp,
      },
      {
        key: 'DBLP:journals/corr/abs-2211-17174',
        line: 47,
        data: {
          kind: 'preprint',
          title: 'Optimizing Explanations by Network Canonization and Hyperparameter Search',
          authors: ['Pahde, Frederik', 'Yolcu, Galip Ümit', 'Binder, Alexander', 'Samek, Wojciech', 'Lapuschkin, Sebastian'], // {\"{U}}mit
          year: 2022,
          venue: 'CoRR',
          doi: '10.48550/ARXIV.2211.17174',
          arxiv: '2211.17174',
        },
        notImported: dblp,
      },
    ]);
  });

  it('Better BibTeX saved on Windows: CRLF line endings, {\\o}, an abstract, a corporate author, a report', () => {
    const text = fixture('zotero-windows.bib');
    expect(text).toContain('\r\n');
    expect(bibtexEntries(text)).toEqual([
      {
        key: 'rieckmann2022causes',
        line: 4,
        data: {
          kind: 'journal-article',
          title: 'Causes of Outcome Learning: A Causal Inference-inspired Machine Learning Approach to Disentangling Common Combinations of Potential Causes of a Health Outcome',
          authors: [
            'Rieckmann, Andreas',
            'Dworzynski, Piotr',
            'Arras, Leila',
            'Lapuschkin, Sebastian',
            'Samek, Wojciech',
            'Onyebuchi A A',
            'Rod, Naja Hulvej',
            'Ekstrøm, Claus Thorn',
          ],
          year: 2022,
          month: 7,
          venue: 'International Journal of Epidemiology',
          articleNumber: 'dyac078',
          doi: '10.1093/ije/dyac078',
          language: 'en',
          issn: '0300-5771',
        },
        body: 'Nearly all diseases are caused by different combinations of exposures. Causes of outcome learning finds such combinations in data.',
        notImported: ['shorttitle', 'urldate', 'file', 'keywords'],
      },
      {
        key: 'krizhevsky2009learning',
        line: 22,
        data: {
          kind: 'report',
          title: 'Learning Multiple Layers of Features from Tiny Images',
          authors: ['Krizhevsky, Alex', 'Hinton, Geoffrey'],
          year: 2009,
          month: 4,
          venue: 'University of Toronto',
          publisherPlace: 'Toronto',
        },
      },
      {
        key: 'who2021ethics',
        line: 31,
        data: {
          kind: 'report',
          title: 'Ethics and Governance of Artificial Intelligence for Health: WHO Guidance',
          authors: [{ organization: 'World Health Organization' }],
          year: 2021,
          month: 6,
          venue: 'World Health Organization',
          publisherPlace: 'Geneva',
          isbn: '978-92-4-002920-0',
          links: [{ kind: 'website', url: 'https://www.who.int/publications/i/item/9789240029200' }],
        },
      },
    ]);
  });

  it('--kind-map gives a kind to types that have none, and overrides the default', () => {
    const [, report] = bibtexEntries(fixture('zotero-windows.bib'), { techreport: 'preprint' });
    expect(report).toMatchObject({ key: 'krizhevsky2009learning', data: { kind: 'preprint', venue: 'University of Toronto' } });
    const [article] = bibtexEntries('@article{a, title={T}, journal={J}, year=2020}', { article: 'conference-paper' });
    expect(article?.data.kind).toBe('conference-paper');
    expect(bibtexEntries('@patent{p, title={T}, author={Doe, J.}, year=2020}')[0]?.errors).toEqual([NO_KIND('@patent')]);
    expect(bibtexEntries('@patent{p, title={T}, author={Doe, J.}, year=2020}', { patent: 'report' })[0]?.data.kind).toBe('report');
  });

  it('Zotero arXiv preprint: no publisher repeating the venue, no note restating the arXiv id', () => {
    const zotero = `@misc{rossi_foundation_2020,
  title = {A foundation model for cells},
  url = {http://arxiv.org/abs/2010.01234},
  doi = {10.48550/arXiv.2010.01234},
  publisher = {arXiv},
  author = {Rossi, Maria},
  year = {2020},
  note = {arXiv:2010.01234 [q-bio]},
}`;
    expect(bibtexEntries(zotero)[0]?.data).toEqual({
      kind: 'preprint',
      title: 'A foundation model for cells',
      authors: ['Rossi, Maria'],
      year: 2020,
      venue: 'arXiv',
      doi: '10.48550/arXiv.2010.01234',
      arxiv: '2010.01234',
    });
    // A note that says more stays.
    expect(bibtexEntries(zotero.replace('[q-bio]', 'Accepted at ICML'))[0]?.data.note).toBe('arXiv:2010.01234 Accepted at ICML');
  });

  it('reports a syntax error with the line, the entry and where the entry starts; nothing is read', () => {
    expect(readBibtex(fixture('syntax-error.bib'))).toEqual({
      entries: [],
      syntaxErrors: [{ line: 20, entry: 'lapuschkin2016analyzing', message: 'Token mismatch, expected "}", found "@article{samek2017ev"... (the entry starts on line 12)' }],
    });
  });

  it('names the line and entry of an undefined @string macro', () => {
    expect(readBibtex('@string{nc = {Nature Communications}}\n@article{a,\n  journal = natcom,\n  year = 2019\n}').syntaxErrors).toEqual([
      { line: 3, entry: 'a', message: 'Unresolved @string reference "natcom"' },
    ]);
  });

  it.each([
    ['@misc{a, title={Preprint}, author={Doe, J.}, eprint={2106.13200}, archivePrefix={arXiv}, year=2021}', { kind: 'preprint', venue: 'arXiv', arxiv: '2106.13200' }],
    ['@article{a, title={T}, author={Doe, J.}, journal={arXiv preprint arXiv:2106.13200}, year=2021}', { kind: 'preprint', venue: 'arXiv', arxiv: '2106.13200' }],
    ['@misc{a, title={T}, author={Doe, J.}, howpublished={CoRR}, eprint={2106.13200}, year=2021}', { kind: 'preprint', venue: 'CoRR', arxiv: '2106.13200' }],
    ['@misc{a, title={T}, author={Doe, J.}, url={https://arxiv.org/abs/2106.13200v2}, year=2021}', { kind: 'preprint', venue: 'arXiv', arxiv: '2106.13200v2' }],
    [
      '@article{a, title={T}, author={Doe, J.}, journal={Nature}, eprint={2106.13200}, archiveprefix={arXiv}, year=2021}',
      { kind: 'journal-article', venue: 'Nature', arxiv: '2106.13200' },
    ],
    ['@article{a, title={T}, author={Doe, J.}, journal={J}, pages={e0130140}, eid={e0130140}, year=2015}', { articleNumber: 'e0130140' }],
    ['@article{a, title={T}, author={Doe, J.}, journal={J}, pages={1--27}, eid={14}, year=2022}', { pages: '1-27', articleNumber: '14' }],
    ['@phdthesis{a, title={T}, author={Doe, Jane}, school={TU Berlin}, year=2018, month={12}}', { kind: 'thesis', venue: 'TU Berlin', month: 12 }],
    [
      '@incollection{a, title={T}, author={Doe, J.}, booktitle={B}, series={LNCS}, location={Cham}, year=2019}',
      { kind: 'book-chapter', venue: 'B', series: 'LNCS', publisherPlace: 'Cham' },
    ],
    [
      '@article{a, title={\\textit{In vivo} H\\textsubscript{2}O and E = mc\\textsuperscript{2}}, author={Doe, J.}, journal={J}, year=2019}',
      { title: '<i>In vivo</i> H₂O and E = mc²' },
    ],
    ['@article{a, title={{\\sc Small} caps}, author={Doe, J.}, journal={J}, year=2019}', { title: 'Small caps' }],
  ])('%s', (bibtex, expected) => {
    expect(bibtexEntries(bibtex)[0]?.data).toMatchObject(expected);
  });

  it.each([
    ['@article{a, title={Caf\\foo{e}}, author={Doe, J.}, journal={J}, year=2019}', ['unknown LaTeX command \\foo; write the character or text itself instead'], []],
    ['@article{a, title={T}, author={Doe, J.}, journal={J}, year={in press}}', ['year "in press" is not a year such as 2019'], []],
    ['@article{a, title={T}, author={Doe, J.}, journal={J}, year=2019, month={Spring}}', [], ['month "Spring" not understood; left out']],
    ['@inproceedings{a, title={T}, author={Doe, J.}, crossref={nowhere}, year=2019}', [], ['crossref "nowhere" names no entry in this file']],
  ])('%s', (bibtex, errors, notices) => {
    const [entry] = bibtexEntries(bibtex);
    expect([entry?.errors ?? [], entry?.notices ?? []]).toEqual([errors, notices]);
  });

  it("keeps an eprint only when it is arXiv's, and reports it otherwise", () => {
    const [hal, pubmed] = bibtexEntries(
      '@article{a, title={T}, author={Doe, J.}, journal={J}, year=2020, eprint={hal-01234567}}\n@article{b, title={T}, author={Doe, J.}, journal={J}, year=2020, eprint={2106.13200}, eprinttype={pubmed}}',
    );
    expect([hal?.data.arxiv, hal?.notImported, pubmed?.data.arxiv, pubmed?.notImported]).toEqual([undefined, ['eprint'], undefined, ['eprint']]);
  });
});

describe('CSL-JSON', () => {
  it('Zotero export: items read to exact field values', () => {
    const result = readCslJson(fixture('zotero-csl.json'));
    expect('entries' in result && result.entries.map(summary)).toEqual([
      {
        key: 'bach2015pixel', // citation-key wins over Zotero's URI id
        data: {
          kind: 'journal-article',
          title: 'On Pixel-Wise Explanations for Non-Linear Classifier Decisions by Layer-Wise Relevance Propagation',
          authors: ['Bach, Sebastian', 'Binder, Alexander', 'Montavon, Grégoire', 'Klauschen, Frederick', 'Müller, Klaus-Robert', 'Samek, Wojciech'],
          year: 2015,
          month: 7,
          venue: 'PLOS ONE',
          volume: '10',
          issue: '7',
          pages: 'e0130140',
          doi: '10.1371/journal.pone.0130140',
          language: 'en',
          issn: '1932-6203',
        },
        body: 'Understanding and interpreting classification decisions of automated image classification systems is of high value in many applications.',
        notImported: ['source', 'journalAbbreviation'],
      },
      {
        key: 'lapuschkin2016analyzing',
        data: {
          kind: 'conference-paper',
          title: 'Analyzing Classifiers: Fisher Vectors and Deep Neural Networks',
          authors: ['Lapuschkin S', 'Binder A', 'Montavon G', 'Müller K-R', 'Samek W'],
          year: 2016,
          month: 6,
          venue: 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
          pages: '2912-2920',
          publisher: 'IEEE',
          publisherPlace: 'Las Vegas, NV, USA',
          doi: '10.1109/CVPR.2016.318',
          links: [{ kind: 'website', url: 'https://openaccess.thecvf.com/content_cvpr_2016/html/Bach_Analyzing_Classifiers_Fisher_CVPR_2016_paper.html' }],
        },
      },
      {
        key: 'kingma2014adam',
        data: {
          kind: 'preprint',
          title: 'Adam: A Method for Stochastic Optimization',
          authors: ['Kingma, Diederik P.', 'Ba, Jimmy'],
          year: 2014,
          month: 12,
          venue: 'arXiv', // its publisher "arXiv" would only repeat it
          doi: '10.48550/arXiv.1412.6980',
          arxiv: '1412.6980', // from number "arXiv:1412.6980"; the arxiv.org URL then adds no link
          note: 'Published as a conference paper at ICLR 2015',
        },
        notImported: ['keyword'],
      },
      {
        key: 'who2021ethics',
        data: {
          kind: 'report',
          title: 'Ethics and governance of artificial intelligence for health: WHO guidance',
          authors: [{ organization: 'World Health Organization' }],
          year: 2021,
          publisher: 'World Health Organization',
          publisherPlace: 'Geneva',
          isbn: '978-92-4-002920-0',
        },
      },
    ]);
  });

  it.each([
    ['de', { language: 'de' }, []],
    // Kept: publicationFile leaves it out only where it is the site's language.
    ['en-GB', { language: 'en-GB' }, []],
    ['English', {}, ['language "English" is not a language tag such as "de"; left out']],
  ])('language %s', (language, expected, notices) => {
    const result = readCslJson(JSON.stringify({ type: 'article-journal', title: 'T', language }));
    const [entry] = 'entries' in result ? result.entries : [];
    expect([entry?.data.language, entry?.notices]).toEqual([(expected as { language?: string }).language, notices]);
  });

  it.each([
    ['{"title": "no type"}', 'not CSL-JSON: expected a list of items, each with a "type"'],
    ['[1, 2]', 'not CSL-JSON: expected a list of items, each with a "type"'],
    ['{"type": ', 'not valid JSON (Unexpected end of JSON input)'],
  ])('refuses %s', (text, error) => {
    expect(readCslJson(text)).toEqual({ error });
  });
});

describe('an edited volume without editors', () => {
  it('still reports the fields it does not import (the editors it has none of are no such field)', () => {
    const [entry] = readBibtex('@proceedings{x, title={T}, year=2020, publisher={P}, keywords={k}}', {}).entries;
    expect([entry!.data.kind, entry!.notImported]).toEqual(['edited-volume', ['keywords']]);
  });
});

describe('an ORCID work record', () => {
  const recorded = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scholarly', 'orcid-0000-0002-1825-0097-works-1003.json'), 'utf8')).bulk[0].work;

  it('names every field it has no place for, as ORCID names it, and keeps the rest', () => {
    const work = {
      ...recorded,
      title: { ...recorded.title, subtitle: { value: 'A first look' } },
      citation: { 'citation-type': 'bibtex', 'citation-value': '@inproceedings{carberry2021, …}' },
      'language-code': 'en',
      'external-ids': {
        'external-id': [
          { 'external-id-type': 'pmid', 'external-id-value': '12345', 'external-id-relationship': 'self' },
          { 'external-id-type': 'issn', 'external-id-value': '1234-5678', 'external-id-relationship': 'part-of' },
          { 'external-id-type': 'doi', 'external-id-value': '10.5555/12345678', 'external-id-relationship': 'self' },
        ],
      },
    };
    const entry = readOrcidWork(work, '0000-0002-1825-0097', {});
    // The language-code is the title's language (read as language).
    expect([entry.notImported, entry.data.language]).toEqual([['title.subtitle', 'citation'], 'en']);
    // The PubMed id and the editor are read (the ISSN is the journal's, "part-of", and says nothing of this work).
    expect(entry.data).toMatchObject({
      title: 'Towards a Theory of Carberry Numbers',
      doi: '10.5555/12345678',
      pmid: '12345',
      authors: ['Carberry, Josiah Stinkney', 'van Beethoven, Ludwig'],
      editors: ['Editor, Ada'],
    });
    expect(entry.data.issn).toBeUndefined();
  });

  it('reports nothing for a record with only what it reads', () => {
    const { contributors, ...rest } = recorded;
    const authorsOnly = {
      ...rest,
      contributors: { contributor: contributors.contributor.filter((c: { 'credit-name': { value: string } }) => c['credit-name'].value !== 'Ada Editor') },
    };
    expect(readOrcidWork(authorsOnly, '0000-0002-1825-0097', {}).notImported).toEqual([]);
  });
});

describe('source values', () => {
  it.each([
    ['Müller', 'K.-R.', 'Müller K-R'],
    ['Höhne', 'M.-C. M.', 'Höhne M-C M'],
    ['Anders', 'C. J.', 'Anders C J'],
    ['Pahde', 'G.N.', 'Pahde G N'],
    ['Yolcu', 'GÜ', 'Yolcu GÜ'],
    ['van der Maaten', 'L.', 'van der Maaten L'],
    ['Ekstrøm', 'Claus Thorn', 'Ekstrøm, Claus Thorn'],
    ['Kingma', 'Diederik P.', 'Kingma, Diederik P.'],
    ['Plato', '', 'Plato'],
  ])('%s, %s → %s', (family, given, expected) => {
    expect(authorName(family, given)).toBe(expected);
  });

  it.each([
    [pageRange, '154--176', '154-176'],
    [pageRange, '154–176', '154-176'],
    [bareDoi, 'https://doi.org/10.1038/s41467-019-08987-4', '10.1038/s41467-019-08987-4'],
    [bareDoi, 'doi:10.1/x', '10.1/x'],
    [arxivIdIn, 'abs/2211.17174', '2211.17174'],
    [arxivIdIn, 'arXiv preprint arXiv:1706.03762', '1706.03762'],
    [arxivIdIn, 'https://arxiv.org/pdf/2211.17174v2.pdf', '2211.17174v2'],
    [arxivIdIn, '10.48550/arXiv.1412.6980', '1412.6980'],
    [arxivIdIn, 'hep-th/9901001 is old style: arXiv:hep-th/9901001', 'hep-th/9901001'],
  ])('%o(%s) → %s', (read, value, expected) => {
    expect(read(value)).toBe(expected);
  });

  it.each([
    [['book=book-chapter,techreport=preprint'], { kindMap: { book: 'book-chapter', techreport: 'preprint' } }],
    [['book=thesis', 'Report=preprint'], { kindMap: { book: 'thesis', report: 'preprint' } }],
    [
      ['book=monograph'],
      {
        error:
          '--kind-map: "book=monograph" is not type=kind; kinds are journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article',
      },
    ],
    [
      ['book'],
      {
        error:
          '--kind-map: "book" is not type=kind; kinds are journal-article, review-article, conference-paper, book, edited-volume, translation, book-chapter, review, report, preprint, poster, thesis, dataset, software, magazine-article',
      },
    ],
  ])('--kind-map %j', (specs, expected) => {
    expect(parseKindMap(specs)).toEqual(expected);
  });
});

describe('ids', () => {
  const draft = (author: string, year: number, title: string): PublicationDraft => ({ authors: [author], year, title });
  it.each([
    [draft('Lapuschkin S', 2019, 'Unmasking Clever Hans Predictors'), [], 'lapuschkin2019unmasking'],
    [draft('Bach S', 2015, 'On Pixel-wise Explanations'), [], 'bach2015pixel'],
    [draft('Becking D', 2022, 'ECQ<sup>X</sup>: Explainability-Driven Quantization'), [], 'becking2022ecqx'],
    [draft('Ekstrøm, Claus Thorn', 2022, 'The Causes of Outcome Learning'), [], 'ekstrom2022causes'],
    [draft('Marinč T', 2020, 'An XAI Study'), [], 'marinc2020xai'],
    [draft('Weiß, Anna', 2021, 'Über Sätze'), [], 'weiss2021uber'],
    [draft('van der Maaten L', 2008, 'Visualizing Data using t-SNE'), [], 'vandermaaten2008visualizing'],
    [draft('Binder A', 2016, 'Layer-wise Relevance Propagation'), ['binder2016layer'], 'binder2016layerwise'],
    [draft('Binder A', 2016, 'Layer-wise Relevance Propagation'), ['binder2016layer', 'binder2016layerwise'], 'binder2016layerwise-2'],
    [draft('Binder A', 2016, 'Layer-wise Relevance Propagation'), ['binder2016layer', 'binder2016layerwise', 'binder2016layerwise-2'], 'binder2016layerwise-3'],
  ])('%j with %j taken → %s', (data, taken, expected) => {
    expect(publicationId(data, new Set(taken))).toBe(expected);
  });
});

describe('planning an import', () => {
  const entry = (key: string, data: PublicationDraft): SourceEntry => ({
    key,
    type: 'article',
    data: { kind: 'journal-article', authors: ['Doe J'], year: 2022, venue: 'J', ...data },
    body: '',
    notImported: [],
    notices: [],
    errors: [],
  });
  const existing: ExistingPublication[] = [
    {
      id: 'becking2022ecqx',
      file: 'content/publications/becking2022ecqx.md',
      doi: '10.1007/978-3-031-04083-2_14',
      title: 'ECQ<sup>X</sup>: Explainability-Driven Quantization',
      year: 2022,
    },
    { id: 'pahde2022optimizing', file: 'content/publications/pahde2022optimizing.md', arxiv: '2211.17174', title: 'Optimizing Explanations', year: 2022 },
  ];
  const outcome = (entries: SourceEntry[]) =>
    planImport(entries, existing).map((result) =>
      result.status === 'duplicate' ? `duplicate of ${result.existing}` : result.status === 'container' ? 'container' : `${result.status} as ${result.id}`,
    );

  it.each([
    ['same DOI in another case', entry('x', { title: 'Other', doi: '10.1007/978-3-031-04083-2_14'.toUpperCase() }), 'duplicate of content/publications/becking2022ecqx.md'],
    ['same arXiv id, another version', entry('x', { title: 'Other', arxiv: '2211.17174v2' }), 'duplicate of content/publications/pahde2022optimizing.md'],
    ['same title without markup, other case, same year', entry('x', { title: 'ECQX: explainability-driven quantization' }), 'duplicate of content/publications/becking2022ecqx.md'],
    ['same title, another year', entry('x', { title: 'ECQX: Explainability-Driven Quantization', year: 2023 }), 'new as x'],
    ['a key that is a valid id is kept', entry('doe2022new', { title: 'New' }), 'new as doe2022new'],
    ['a key that is no valid id is replaced', entry('Doe:2022', { title: 'A New Result' }), 'new as doe2022new'],
    ['a key already taken is replaced', entry('becking2022ecqx', { title: 'Brand New' }), 'new as doe2022brand'],
  ])('%s', (_, source, expected) => {
    expect(outcome([source])).toEqual([expected]);
  });

  it('compares within the batch too, and gives each new entry a free id', () => {
    expect(
      outcome([
        entry('a', { title: 'Same Work', doi: '10.1000/a' }),
        entry('b', { title: 'Same work!', doi: '10.1000/b' }),
        entry('Doe2022', { title: 'Same Thing' }),
        entry('Doe2022b', { title: 'Same Thing Again', year: 2022 }),
      ]),
    ).toEqual(['new as a', 'duplicate of a (earlier in this import)', 'new as doe2022same', 'new as doe2022samething']);
  });

  it('an invalid entry carries the problems exactly as npm run check prints them', () => {
    const [result] = planImport([entry('bad', { title: 'T', pages: 'xii--xv', authors: ['World Health Organization'] })], []);
    expect(result?.status).toBe('invalid');
    expect(result?.status === 'invalid' && result.problems.map((problem) => formatProblem(problem))).toEqual([
      'content/publications/bad.md:5 authors[0]: expected an author name "Family Initials" such as "Lovelace A", or "Family, Given"; found "World Health Organization"',
      'content/publications/bad.md:8 pages: expected pages such as 154-176 or 7; found "xii--xv"',
    ]);
  });
});

describe('the file format', () => {
  const data: PublicationDraft = {
    kind: 'book-chapter',
    title: 'ECQ<sup>X</sup>: "Quantization" for Low-Bit DNNs',
    authors: ['Becking D', { name: 'Müller K-R', equal: true, corresponding: true }, { organization: 'The ATLAS Collaboration' }, 'Lovelace, Ada'],
    etAl: true,
    year: 2022,
    status: 'accepted',
    month: 3,
    venue: 'xxAI – Beyond Explainable AI',
    series: 'Lecture Notes in Computer Science: State of the Art',
    volume: '13200',
    issue: 'S1',
    pages: '271-296',
    articleNumber: '007',
    publisher: 'Springer',
    publisherPlace: 'Cham',
    doi: '10.1007/978-3-031-04083-2_14',
    arxiv: '2109.04236',
    links: [
      { kind: 'code', url: 'https://github.com/a/b#readme' },
      { kind: 'pdf', url: 'https://x.org/p.pdf', label: 'Preprint' },
    ],
    topics: ['xai'],
    redirectFrom: ['/publication/2022-ecqx/'],
    note: 'Open access',
    language: 'de',
    selected: true,
  };

  it('writes the schema order, quotes what the shipped files quote, and reads back to the same data', () => {
    const text = publicationFile(data, 'The abstract.');
    expect(text).toBe(`---
kind: book-chapter
title: "ECQ<sup>X</sup>: \\"Quantization\\" for Low-Bit DNNs"
authors:
  - Becking D
  - { name: "Müller K-R", equal: true, corresponding: true }
  - { organization: "The ATLAS Collaboration" }
  - Lovelace, Ada
etAl: true
year: 2022
status: accepted
month: 3
venue: xxAI – Beyond Explainable AI
series: "Lecture Notes in Computer Science: State of the Art"
volume: 13200
issue: S1
pages: "271-296"
articleNumber: "007"
publisher: Springer
publisherPlace: Cham
doi: "10.1007/978-3-031-04083-2_14"
arxiv: "2109.04236"
links:
  - kind: code
    url: https://github.com/a/b#readme
  - kind: pdf
    url: https://x.org/p.pdf
    label: "Preprint"
topics:
  - xai
redirectFrom:
  - "/publication/2022-ecqx/"
note: "Open access"
language: de
selected: true
---
The abstract.
`);
    const checked = checkFile({ path: 'publications/becking2022ecqx.md', bytes: new TextEncoder().encode(text) });
    expect(checked.problems).toEqual([]);
    expect(checked.entry?.data).toEqual({
      ...data,
      volume: '13200',
      authors: [
        { name: 'Becking D' },
        { name: 'Müller K-R', equal: true, corresponding: true },
        { name: 'The ATLAS Collaboration', organization: true },
        { name: 'Lovelace, Ada' },
      ],
      editors: [],
      translators: [],
    });
    expect(checked.entry?.body).toBe('The abstract.');
  });

  it('leaves defaults out and writes nothing after the front matter without an abstract', () => {
    expect(publicationFile({ kind: 'thesis', title: 'T', authors: ['Doe J'], year: 2018, links: [], selected: false })).toBe(
      '---\nkind: thesis\ntitle: "T"\nauthors:\n  - Doe J\nyear: 2018\n---\n',
    );
  });

  it('keeps a language other than the site’s, English too: on a German site an English title says so', () => {
    expect(publicationFile({ kind: 'thesis', title: 'T', authors: ['Doe J'], year: 2018, language: 'en' }, '', 'de')).toBe(
      '---\nkind: thesis\ntitle: "T"\nauthors:\n  - Doe J\nyear: 2018\nlanguage: en\n---\n',
    );
    expect(publicationFile({ kind: 'thesis', title: 'T', authors: ['Doe J'], year: 2018, language: 'en-GB' }, '', 'en')).not.toContain('language');
  });
});

describe("vita's own cv.json (meta x-vita): every entry read back whole", () => {
  const resume = {
    basics: {
      name: 'Dr. Ada Lovelace',
      label: 'Analyst, Society',
      'x-name': 'Ada Lovelace',
      'x-honorific': 'Dr.',
      'x-aliases': ['Lovelace A', 'Byron A'],
      'x-formerNames': ['Ada Byron'],
      'x-body': 'The *bio*.',
    },
    work: [
      {
        'x-id': 'society',
        name: 'Society',
        position: 'Analyst',
        location: 'London',
        startDate: '1843-01',
        summary: 'Notes.\n\nThe notes.',
        'x-summary': 'Notes.',
        'x-body': 'The *notes*.',
      },
      { name: 'Added by hand', position: 'Tutor', location: 'London', startDate: '1840-01', summary: 'Taught.' },
    ],
    publications: [
      {
        'x-id': 'lovelace1843notes',
        name: 'Notes',
        summary: 'Lovelace A, The Analytical Society',
        'x-kind': 'journal-article',
        'x-title': 'Notes on $k$-mers',
        'x-authors': [{ name: 'Lovelace A', equal: true }, { organization: 'The Analytical Society' }],
        'x-year': 1843,
        'x-venue': 'Memoirs',
        'x-selected': true,
        'x-colour': 'blue',
      },
    ],
    'x-talks': [{ id: 'talk', title: 'T', date: '2021-12-13/14', event: 'E', note: 'with a demo', slides: 'x', body: 'The demo: ![a figure](/images/demo.png).' }],
    'x-settings': { language: 'de' },
    meta: { canonical: 'https://ada.example.org/cv.json', version: 'v1.0.0', 'x-vita': 1 },
  };
  const reading = readJsonResume(resume);
  const byKey = (key: string) => reading.drafts.find((draft) => draft.key === key)!;

  it('the profile: name, honorific, aliases and former names as written, the bio as Markdown', () => {
    expect(byKey('basics')).toMatchObject({
      data: { name: 'Ada Lovelace', honorific: 'Dr.', aliases: ['Lovelace A', 'Byron A'], formerNames: ['Ada Byron'] },
      body: 'The *bio*.',
      notImported: [],
    });
  });

  it('an entry: JSON Resume fields that hold the value, x- fields for the rest, its id and Markdown body; the plain-text summary is not read back', () => {
    expect(byKey('work[0]')).toMatchObject({
      preferredId: 'society',
      data: { organization: 'Society', role: 'Analyst', location: 'London', start: '1843-01', summary: 'Notes.' },
      body: 'The *notes*.',
    });
  });

  it('an entry added by hand (no x-id) is read as any resume entry is', () => {
    expect(byKey('work[1]')).toMatchObject({ data: { organization: 'Added by hand', start: '1840-01' }, body: 'Taught.' });
    expect(byKey('work[1]').preferredId).toBeUndefined();
  });

  it('a publication: authors with marks and organisations, the title with its formula, selected; an x- field vita has not is reported', () => {
    expect(byKey('publications[0]')).toMatchObject({
      preferredId: 'lovelace1843notes',
      data: {
        kind: 'journal-article',
        title: 'Notes on $k$-mers',
        authors: [{ name: 'Lovelace A', equal: true }, { organization: 'The Analytical Society' }],
        year: 1843,
        venue: 'Memoirs',
        selected: true,
      },
      notImported: ['x-colour'],
    });
  });

  it('an x- section item: its fields under their own names (a multi-day date, a note); an unknown key is reported', () => {
    expect(byKey('x-talks[0]')).toMatchObject({
      preferredId: 'talk',
      data: { title: 'T', date: '2021-12-13/14', event: 'E', note: 'with a demo' },
      body: 'The demo: ![a figure](/images/demo.png).',
      notImported: ['slides'],
      // A file of the old site that the body shows: named, to copy.
      notices: ['body: /images/demo.png is a file of the old site that the resume cannot carry; copy it under public/'],
    });
  });

  it('the settings come along; without meta x-vita, the same file is read as any resume', () => {
    expect(reading.settings).toEqual({ language: 'de' });
    const foreign = readJsonResume({ ...resume, meta: { version: 'v1.0.0' } });
    expect(foreign.drafts.find((draft) => draft.key === 'work[0]')!.body).toBe('Notes.\n\nThe notes.');
  });
});
