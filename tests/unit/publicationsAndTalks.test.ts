/**
 * Publications and talks, part B of the content types: the kinds table and how
 * every kind is exported (read back by Better BibTeX's parser and citation-js),
 * status, organisations, marks and et al., formulas, topics, files on the site,
 * old addresses, talk places and profile links. Exact messages throughout.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { htmlToLatex, toBibtex } from '../../src/lib/formats/bibtex.ts';
import type { Citable } from '../../src/lib/citable.ts';
import { toCsl } from '../../src/lib/formats/csl.ts';
import { publicationLd } from '../../src/lib/formats/jsonLd.ts';
import { htmlToText } from '../../src/lib/markdown/htmlText.ts';
import { createInlineRenderer } from '../../src/lib/markdown/markdown.ts';
import { htmlTextProblems } from '../helpers/htmlValidation.ts';
import { profileLinks } from '../../src/lib/profile.ts';
import { redirectFile, redirectPage, redirectsFile } from '../../src/lib/redirects.ts';
import { toRis } from '../../src/lib/formats/ris.ts';
import { scholarMetaTags } from '../../src/lib/formats/scholarMeta.ts';
import { checkContentTree, type TreeOptions } from '../../src/pipeline/checkTree.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { profileSchema } from '../../src/schemas/profile.ts';
import { publicationSchema } from '../../src/schemas/publication.ts';
import { KIND_ORDER, PUBLICATION_KINDS, type PublicationKind } from '../../src/schemas/publicationKinds.ts';
import { readBibtex } from '../../tooling/import/bibtex.ts';
import { readCslJson } from '../../tooling/import/cslJson.ts';
import { withOldAddresses } from '../../tooling/import/sourceEntry.ts';
import { md, problemsOf } from '../helpers/check.ts';
import { ROOT } from '../helpers/build.ts';

const render = await createInlineRenderer();

async function citable(fields: Record<string, unknown>): Promise<Citable> {
  const publication = publicationSchema.parse({ kind: 'journal-article', title: 'T', authors: ['Lovelace A', 'Hopper G'], year: 2021, venue: 'V', ...fields });
  const titleHtml = await render(publication.title);
  return { ...publication, id: 'lovelace2021t', titleText: htmlToText(titleHtml), venueText: publication.venue, url: 'https://example.org/publications/lovelace2021t/' };
}

/** One publication of each new kind, as a CV would list it. */
const NEW_KINDS: Record<string, Record<string, unknown>> = {
  book: { kind: 'book', title: 'Notes on the Analytical Engine', publisher: 'Taylor', publisherPlace: 'London', venue: undefined },
  'edited-volume': { kind: 'edited-volume', title: 'Compilers Today', publisher: 'ACM', venue: undefined },
  review: { kind: 'review', title: 'Review of “Engines” by C. Babbage', venue: 'Isis', volume: 3, pages: '5-6' },
  'review-article': { kind: 'review-article', title: 'Engines: a review', venue: 'Nature Reviews Physics', volume: 3, pages: '5-16' },
  translation: {
    kind: 'translation',
    title: 'Die Maschine',
    translators: ['Vogel, Katharina'],
    originalTitle: 'The Engine',
    originalLanguage: 'en',
    publisher: 'Wallstein',
    venue: undefined,
  },
  report: { kind: 'report', title: 'A working paper', venue: 'Vassar College', issue: 'TR-7' },
  poster: { kind: 'poster', title: 'A poster', venue: 'CHI 2021' },
  dataset: { kind: 'dataset', title: 'Engine tables', venue: 'Zenodo', doi: '10.5281/zenodo.42' },
  software: { kind: 'software', title: 'engine.py', venue: 'GitHub' },
  'magazine-article': { kind: 'magazine-article', title: 'Why engines matter', venue: 'Scientific American' },
};

describe('the kinds table', () => {
  const css = readFileSync(join(ROOT, 'src', 'styles', 'global.css'), 'utf8');

  it.each(KIND_ORDER)('%s has labels in every catalogue and a chart colour in light and dark', (kind) => {
    for (const catalogue of [en, de]) {
      expect(catalogue.publicationKinds[kind].heading).not.toBe('');
      expect(catalogue.publicationKinds[kind].prefix).toMatch(/^[A-Z]{1,2}$/);
    }
    expect(css.match(new RegExp(`--kind-${kind}: #[0-9a-f]{6};`, 'g'))).toHaveLength(2);
  });

  it('gives every kind its own number prefix in the PDF, per language', () => {
    for (const catalogue of [en, de]) {
      const prefixes = KIND_ORDER.map((kind) => catalogue.publicationKinds[kind].prefix);
      expect(new Set(prefixes).size).toBe(prefixes.length);
    }
  });
});

describe('every new kind in every export', () => {
  /** kind → BibTeX type, `type` field, CSL type, RIS type, JSON-LD type, Scholar venue tag. */
  const EXPECTED: [PublicationKind, string, string | undefined, string, string, string, string | undefined][] = [
    ['book', 'book', undefined, 'book', 'BOOK', 'Book', undefined],
    ['edited-volume', 'book', undefined, 'book', 'EDBOOK', 'Book', undefined],
    ['translation', 'book', undefined, 'book', 'BOOK', 'Book', undefined],
    ['review-article', 'article', 'Review article', 'article-journal', 'JOUR', 'ScholarlyArticle', 'citation_journal_title'],
    ['review', 'article', 'Review', 'review', 'JOUR', 'ScholarlyArticle', 'citation_journal_title'],
    ['report', 'techreport', undefined, 'report', 'RPRT', 'Report', 'citation_technical_report_institution'],
    ['poster', 'misc', 'Poster', 'speech', 'ABST', 'CreativeWork', 'citation_conference_title'],
    ['dataset', 'misc', 'Dataset', 'dataset', 'DATA', 'Dataset', undefined],
    ['software', 'misc', 'Software', 'software', 'COMP', 'SoftwareSourceCode', undefined],
    ['magazine-article', 'article', 'Magazine article', 'article-magazine', 'MGZN', 'Article', undefined],
  ];

  it.each(EXPECTED)('%s: @%s (type %s), CSL %s, RIS %s, JSON-LD %s, Scholar %s', async (kind, bibtexType, subtype, cslType, risType, ldType, scholarVenue) => {
    const publication = await citable(NEW_KINDS[kind]!);
    expect(PUBLICATION_KINDS[kind].bibtex).toBe(bibtexType);

    const bib = parseBibtex(toBibtex(publication, publication.id, publication.title), { sentenceCase: false });
    expect(bib.errors).toEqual([]);
    const [entry] = bib.entries;
    expect(entry?.type).toBe(bibtexType);
    expect(entry?.fields['type']).toBe(subtype);
    const people = (kind === 'edited-volume' ? entry?.fields['editor'] : entry?.fields['author']) as { lastName: string }[];
    expect(people.map((person) => person.lastName)).toEqual(['Lovelace', 'Hopper']);

    const csl = toCsl(publication);
    expect(csl.type).toBe(cslType);
    expect((kind === 'edited-volume' ? csl.editor : csl.author)?.map((name) => ('family' in name ? name.family : name.literal))).toEqual(['Lovelace', 'Hopper']);
    const apa = new Cite([csl]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(apa).toContain(publication.titleText);

    const ris = toRis(publication);
    expect(ris.split('\r\n')[0]).toBe(`TY  - ${risType}`);
    const [readBack] = new Cite(ris).data as { type: string; title: string; author?: unknown[]; editor?: { family: string }[] }[];
    expect(readBack?.title).toBe(publication.titleText);
    if (kind === 'edited-volume') expect(readBack?.editor?.map((name) => name.family)).toEqual(['Lovelace', 'Hopper']);

    expect(publicationLd(publication)['@type']).toBe(ldType);
    const tags = scholarMetaTags(publication);
    expect(tags.find(([name]) => name === scholarVenue)?.[1]).toBe(scholarVenue === undefined ? undefined : publication.venueText);
  });

  it('imports its own BibTeX and CSL-JSON export of every kind back as the same kind', async () => {
    for (const kind of KIND_ORDER) {
      const fields = NEW_KINDS[kind] ?? { kind, venue: kind === 'preprint' ? 'arXiv' : 'V', ...(kind === 'preprint' ? { arxiv: '2101.00001' } : {}) };
      const publication = await citable(fields);
      const [fromBibtex] = readBibtex(toBibtex(publication, publication.id, publication.title)).entries;
      expect([kind, fromBibtex?.data.kind]).toEqual([kind, kind]);
      const csl = readCslJson(JSON.stringify([toCsl(publication)]));
      expect([kind, 'entries' in csl ? csl.entries[0]?.data.kind : csl.error]).toEqual([kind, kind]);
    }
  });

  it('exports a report number as citation_technical_report_number', async () => {
    const tags = scholarMetaTags(await citable(NEW_KINDS['report']!));
    expect(tags).toContainEqual(['citation_technical_report_number', 'TR-7']);
    expect(tags.map(([name]) => name)).not.toContain('citation_issue');
  });
});

describe('status', () => {
  it.each([
    ['submitted', 'submitted', 'submitted', 'Submitted'],
    ['under-review', 'submitted', 'under review', 'UnderReview'],
    ['accepted', 'forthcoming', 'accepted', 'Accepted'],
    ['in-press', 'inpress', 'in press', 'InPress'],
  ])('%s: no Scholar tags, BibTeX pubstate %s, CSL status "%s", JSON-LD %s, a RIS note', async (status, pubstate, cslStatus, ldStatus) => {
    const publication = await citable({ status });
    expect(scholarMetaTags(publication)).toEqual([]);
    const [entry] = parseBibtex(toBibtex(publication, publication.id, 'T')).entries;
    expect(entry?.fields['pubstate']).toBe(pubstate);
    expect(toCsl(publication).status).toBe(cslStatus);
    const ld = publicationLd(publication);
    expect([ld['creativeWorkStatus'], ld['datePublished'], ld['dateCreated']]).toEqual([ldStatus, undefined, '2021']);
    expect(toRis(publication)).toContain(`N1  - ${status.replace('-', ' ')}`);
    const [imported] = readBibtex(toBibtex(publication, publication.id, 'T')).entries;
    expect(imported?.data.status).toBe(status === 'under-review' ? 'submitted' : status);
  });

  it('is published by default, and then Scholar gets its tags', async () => {
    const publication = await citable({});
    expect(publication.status).toBe('published');
    expect(scholarMetaTags(publication)[0]).toEqual(['citation_title', 'T']);
  });

  it('lets work under submission leave out its venue, but not accepted work', () => {
    const paper = 'kind: journal-article\ntitle: "T"\nauthors: [Lovelace A]\nyear: 2026';
    expect(problemsOf('publications/a.md', md(`${paper}\nstatus: submitted`))).toEqual([]);
    expect(problemsOf('publications/a.md', md(`${paper}\nstatus: accepted`))).toEqual([
      'content/publications/a.md:2 venue: required field is missing; expected a venue: a journal-article needs one',
    ]);
    expect(problemsOf('publications/a.md', md(`${paper}\nvenue: V\nstatus: printed`))).toEqual([
      'content/publications/a.md:7 status: expected one of: submitted, under-review, accepted, in-press, published; found "printed"',
    ]);
  });
});

describe('authors: organisations, marks and et al.', () => {
  const paper = (authors: string) => md(`kind: journal-article\ntitle: "T"\nauthors:\n${authors}\nyear: 2021\nvenue: V`);

  it.each([
    [
      '  - { organisation: WHO }',
      'content/publications/a.md:5 authors[0]: expected an author name, { name: "Family Initials", equal: true, coSenior: true, corresponding: true } for a person with marks, or { organization: … } for an organisation; found a mapping of fields',
    ],
    ['  - { organization: "" }', 'content/publications/a.md:5 authors[0].organization: expected a non-empty text; found ""'],
    ['  - { organization: WHO, equal: true }', 'content/publications/a.md:5 authors[0].equal: unknown field "equal"; expected one of: organization'],
    [
      '  - { name: klaus, equal: true }',
      'content/publications/a.md:5 authors[0].name: expected an author name "Family Initials" such as "Lovelace A", or "Family, Given"; found "klaus"',
    ],
    ['  - { name: Lovelace A, equl: true }', 'content/publications/a.md:5 authors[0].equl: unknown field "equl"; did you mean "equal"?'],
  ])('%s is refused', (authors, message) => {
    expect(problemsOf('publications/a.md', paper(authors))).toEqual([message]);
  });

  it('exports an organisation whole in every format and et al. as BibTeX "and others"', async () => {
    const publication = await citable({ authors: [{ organization: 'The ATLAS Collaboration' }, { name: 'Lovelace A', equal: true, corresponding: true }], etAl: true });
    const bibtex = toBibtex(publication, publication.id, 'T');
    expect(bibtex).toContain('author = {{The ATLAS Collaboration} and Lovelace, A. and others}');
    const [entry] = parseBibtex(bibtex).entries;
    expect(entry?.fields['author']).toEqual([{ name: 'The ATLAS Collaboration' }, { lastName: 'Lovelace', firstName: 'A.' }, { lastName: 'others' }]);
    expect(toCsl(publication).author).toEqual([{ literal: 'The ATLAS Collaboration' }, { family: 'Lovelace', given: 'A.' }]);
    expect(toRis(publication)).toContain('AU  - The ATLAS Collaboration\r\nAU  - Lovelace, A.');
    expect(scholarMetaTags(publication).filter(([name]) => name === 'citation_author')).toEqual([
      ['citation_author', 'The ATLAS Collaboration'],
      ['citation_author', 'Lovelace, A.'],
    ]);
    expect(publicationLd(publication)['author']).toEqual([
      { '@type': 'Organization', name: 'The ATLAS Collaboration' },
      { '@type': 'Person', name: 'Lovelace A' },
    ]);
  });

  it('imports BibTeX organisations and "and others", and CSL literals', () => {
    const [entry] = readBibtex('@article{a, title={T}, author={{The ATLAS Collaboration} and Lovelace, Ada and others}, journal={J}, year=2021}').entries;
    expect(entry?.data.authors).toEqual([{ organization: 'The ATLAS Collaboration' }, 'Lovelace, Ada']);
    expect(entry?.data.etAl).toBe(true);
    expect(entry?.notices).toEqual([]);
    const csl = readCslJson(
      JSON.stringify([{ id: 'w', type: 'report', title: 'T', author: [{ literal: 'World Health Organization' }], issued: { 'date-parts': [[2021]] }, publisher: 'WHO' }]),
    );
    expect('entries' in csl && csl.entries[0]?.data).toMatchObject({ kind: 'report', authors: [{ organization: 'World Health Organization' }] });
  });

  it('reads an edited volume from BibTeX editors and CSL editors', () => {
    const [book] = readBibtex('@book{b, title={Compilers Today}, editor={Hopper, Grace and Lovelace, A.}, publisher={ACM}, year=2020}').entries;
    expect(book?.data).toMatchObject({ kind: 'edited-volume', authors: ['Hopper, Grace', 'Lovelace A'] });
    expect(book?.notImported).toEqual([]);
    const csl = readCslJson(JSON.stringify([{ id: 'b', type: 'book', title: 'T', editor: [{ family: 'Hopper', given: 'Grace' }], issued: { 'date-parts': [[2020]] } }]));
    expect('entries' in csl && csl.entries[0]?.data).toMatchObject({ kind: 'edited-volume', authors: ['Hopper, Grace'] });
  });
});

describe('formulas', () => {
  it('renders TeX between dollars to MathML and gives the TeX back as text and BibTeX', async () => {
    const html = await render('ECQ$^{\\text{x}}$: sparse $\\ell_1$ priors');
    expect(html).toBe(
      'ECQ<math><semantics><msup><mrow></mrow><mtext>x</mtext></msup><annotation encoding="application/x-tex">^{\\text{x}}</annotation></semantics></math>: sparse <math><semantics><msub><mi>ℓ</mi><mn>1</mn></msub><annotation encoding="application/x-tex">\\ell_1</annotation></semantics></math> priors',
    );
    expect(htmlToText(html)).toBe('ECQ$^{\\text{x}}$: sparse $\\ell_1$ priors');
    expect(htmlToLatex(html)).toBe('ECQ$^{\\text{x}}$: sparse $\\ell_1$ priors');
  });

  it('keeps a dollar sign written \\$ and text without formulas as it was', async () => {
    expect(await render('Costs \\$5')).toBe('Costs $5');
    expect(await render('Plain & simple')).toBe('Plain &#x26; simple');
  });

  it('lets through MathML only, never styles, links, handlers or scripts', async () => {
    const html = await render('$\\color{red}{x}$ <math><mi href="javascript:alert(1)" onclick="alert(1)" style="color:red">y</mi></math><script>alert(1)</script>');
    expect(html).not.toMatch(/style=|href=|onclick|<script/);
    expect(html).toContain('<math><mi>y</mi></math>');
  });

  it('names a formula Temml cannot read, with file, line and field', () => {
    expect(
      problemsOf('publications/a.md', md('kind: journal-article\ntitle: "Bad $\\\\frac{1}{$"\nauthors: [Lovelace A]\nyear: 2021\nvenue: V', 'Fine $x$ and broken $\\sqrt[$.')),
    ).toEqual([
      "content/publications/a.md:3 title: the formula $\\frac{1}{$ cannot be rendered: Unexpected end of input in a macro argument, expected '}' at end of input; write it in TeX as Temml reads it, or \\$ for a dollar sign",
      "content/publications/a.md:8: the formula $\\sqrt[$ cannot be rendered: Unexpected end of input in a macro argument, expected ']' at end of input; write it in TeX as Temml reads it, or \\$ for a dollar sign",
    ]);
  });

  it('imports BibTeX formulas as TeX between dollars', () => {
    const [entry] = readBibtex('@inproceedings{b, title={{ECQ}$^{\\text{x}}$: Explainability-Driven Quantization}, author={Becking, D.}, booktitle={CVPR}, year=2022}').entries;
    expect(entry?.data.title).toBe('ECQ$^{\\text{x}}$: Explainability-Driven Quantization');
    expect(entry?.errors).toEqual([]);
  });
});

/** A content tree (path → text) checked with files beside entries and under public/. */
function tree(files: Record<string, string>, options: TreeOptions = {}): { problems: string[]; links: (id: string) => unknown } {
  const result = checkContentTree(
    Object.entries({ 'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.'), ...files }).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })),
    options,
  );
  return {
    problems: result.problems.map((problem) => formatProblem(problem)),
    links: (id) => result.entries.find((entry) => entry.id === id)?.data['links'],
  };
}

const PAPER = 'kind: journal-article\ntitle: "T"\nauthors: [Lovelace A]\nyear: 2021\nvenue: V';

describe('topics', () => {
  const settings = 'topics:\n  machine-learning: Machine learning\n  compilers: Compilers\n';

  it('are checked against the settings, with a suggestion', () => {
    expect(tree({ 'settings.yaml': settings, 'publications/a.md': md(`${PAPER}\ntopics: [machine-learning, compiler]`) }).problems).toEqual([
      'content/publications/a.md:7 topics[1]: unknown topic "compiler"; did you mean "compilers"?',
    ]);
    expect(tree({ 'settings.yaml': settings, 'talks/t.md': md('title: T\ndate: 2021-01-01\nevent: E\ntopics: [quantum]') }).problems).toEqual([
      'content/talks/t.md:5 topics[0]: unknown topic "quantum"; expected one of the topics in content/settings.yaml: machine-learning, compilers',
    ]);
    expect(tree({ 'projects/p.md': md('acronym: P\ntitle: T\nstart: 2020-01\ntopics: [compilers]') }).problems).toEqual([
      'content/projects/p.md:5 topics[0]: unknown topic "compilers"; declare it under topics in content/settings.yaml first (topics: { compilers: Its label })',
    ]);
  });

  it('need ids in the settings', () => {
    expect(problemsOf('settings.yaml', 'topics:\n  Machine Learning: ML\n')).toEqual([
      'content/settings.yaml:2 topics.Machine Learning: expected a topic id of lowercase letters, digits and hyphens, e.g. machine-learning; found "Machine Learning"',
    ]);
  });
});

describe('files on the site', () => {
  const withLink = (url: string, kind = 'pdf') => md(`${PAPER}\nlinks:\n  - kind: ${kind}\n    url: ${url}`);
  const publicFiles = { publicFileExists: (path: string) => path === '/files/a.pdf' };

  it('turn a file beside the entry into its site path, and name a missing one with file, line and field', () => {
    const found = tree({ 'publications/2021/a.md': withLink('a.pdf') }, { attachments: [{ path: 'publications/2021/a.pdf', size: 1 }] });
    expect(found.problems).toEqual([]);
    expect(found.links('a')).toEqual([{ kind: 'pdf', url: '/publications/2021/a.pdf' }]);
    expect(tree({ 'publications/a.md': withLink('./b.pdf') }, { attachments: [{ path: 'publications/a.pdf', size: 1 }] }).problems).toEqual([
      'content/publications/a.md:9 links[0].url: "./b.pdf" names no file beside this one; expected content/publications/b.pdf (or a file under public/, written /files/b.pdf)',
      'content/publications/a.pdf: warning: no entry links to this file, so it is not published; link it from an entry (links: [{ kind: pdf, url: <its name> }]) or remove it',
    ]);
  });

  it('check a path under public/', () => {
    expect(tree({ 'publications/a.md': withLink('/files/a.pdf') }, publicFiles).problems).toEqual([]);
    expect(tree({ 'talks/t.md': md('title: T\ndate: 2021-01-01\nevent: E\nlinks:\n  - kind: slides\n    url: /files/slides.pdf') }, publicFiles).problems).toEqual([
      'content/talks/t.md:7 links[0].url: "/files/slides.pdf" names no file under public/; expected a file such as public/files/slides.pdf, or a file beside this one written without the leading / (slides.pdf)',
    ]);
  });

  it('warn when a PDF is on another host than the site', () => {
    const settings = 'url: https://ada.example.org\n';
    expect(tree({ 'settings.yaml': settings, 'publications/a.md': withLink('https://arxiv.org/pdf/2101.00001.pdf') }).problems).toEqual([
      "content/publications/a.md:9 links[0].url: warning: the PDF is on another host (arxiv.org); Google Scholar indexes full texts more reliably when the PDF is on the site's own host: put it in public/files/ and link /files/2101.00001.pdf",
    ]);
    expect(tree({ 'settings.yaml': settings, 'publications/a.md': withLink('https://ada.example.org/a.pdf') }).problems).toEqual([]);
    expect(tree({ 'settings.yaml': settings, 'publications/a.md': withLink('https://github.com/a/b', 'code') }).problems).toEqual([]);
  });

  it('refuse addresses that leave the site or carry a scheme', () => {
    for (const url of ['../secret.pdf', 'files/../../x.pdf', 'javascript:alert(1)', '//evil.example/x.pdf']) {
      expect(problemsOf('publications/a.md', withLink(JSON.stringify(url)))).toEqual([
        `content/publications/a.md:9 links[0].url: expected an absolute http(s) URL such as https://example.org/page, a file under public/ such as /files/paper.pdf, or a file beside this one such as paper.pdf; found ${JSON.stringify(url)}`,
      ]);
    }
  });

  it("give Scholar an absolute citation_pdf_url on the site's own host", async () => {
    const publication = await citable({ links: [{ kind: 'pdf', url: '/vita/publications/a.pdf' }] });
    expect(scholarMetaTags(publication, 'https://ada.example.org')).toContainEqual(['citation_pdf_url', 'https://ada.example.org/vita/publications/a.pdf']);
    expect(scholarMetaTags(publication, undefined).map(([name]) => name)).not.toContain('citation_pdf_url');
  });
});

describe('old addresses', () => {
  it('are unique, never a page of the site, and paths', () => {
    expect(
      tree({
        'settings.yaml': 'redirects:\n  /publications.html: publications\n  /cv/: cv\n',
        'publications/a.md': md(`${PAPER}\nredirectFrom: [/publication/a/, /publications.html]`),
        'talks/t.md': md('title: T\ndate: 2021-01-01\nevent: E\nredirectFrom: [/publication/a]'),
      }).problems,
    ).toEqual([
      'content/publications/a.md:7 redirectFrom[1]: "/publications.html" is already an old address of content/settings.yaml; each old address can lead to one place only',
      'content/settings.yaml:3 redirects./cv/: "/cv/" is the address of the page /cv/; an old address must be one the site no longer has, or its redirect page would replace what is there',
      'content/talks/t.md:5 redirectFrom[0]: "/publication/a" is already an old address of content/publications/a.md; each old address can lead to one place only',
    ]);
    expect(problemsOf('publications/a.md', md(`${PAPER}\nredirectFrom: ["https://old.example/x", /a/../b/]`))).toEqual([
      'content/publications/a.md:7 redirectFrom[0]: expected a path on this site such as /publication/2019-clever-hans/ (starting with /, no host, no ? or #); found "https://old.example/x"',
      'content/publications/a.md:7 redirectFrom[1]: expected a path without . or .. segments; found "/a/../b/"',
    ]);
  });

  it('become a redirect page (valid HTML, canonical, no script) and a _redirects line', async () => {
    expect(redirectFile('/publication/2019-clever-hans/')).toBe('publication/2019-clever-hans/index.html');
    expect(redirectFile('/publication/2019-clever-hans')).toBe('publication/2019-clever-hans/index.html');
    expect(redirectFile('/publications.html')).toBe('publications.html');
    const page = redirectPage({
      target: '/vita/publications/a/',
      canonical: 'https://ada.example.org/vita/publications/a/',
      title: 'A <b> title',
      lang: 'en',
      dir: 'ltr',
      labels: en.works,
    });
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/vita/publications/a/">');
    expect(page).toContain('<link rel="canonical" href="https://ada.example.org/vita/publications/a/">');
    expect(page).toContain('This page has moved to <a href="/vita/publications/a/">A &lt;b&gt; title</a>.');
    expect(await htmlTextProblems(page)).toEqual([]);
    const under = (path: string) => `/vita${path}`;
    expect(
      redirectsFile(
        [
          { from: '/publication/a/', to: '/publications/a/', title: 'A' },
          { from: '/talk.html', to: '/talks/#talk-t', title: 'T' },
        ],
        under,
      ),
    ).toBe('/vita/publication/a/ /vita/publications/a/ 301\n/vita/talk.html /vita/talks/#talk-t 301\n');
  });
});

describe('talks', () => {
  it("take a city, a country and the event's website", () => {
    expect(problemsOf('talks/t.md', md('title: T\ndate: 2021-01-01\nevent: E\ncity: Montréal\ncountry: Canada\neventUrl: https://ismb.example.org'))).toEqual([]);
    expect(problemsOf('talks/t.md', md('title: T\ndate: 2021-01-01\nevent: E\neventUrl: ismb.example.org'))).toEqual([
      'content/talks/t.md:5 eventUrl: expected an absolute http(s) URL such as https://example.org/page; found "ismb.example.org"',
    ]);
  });
});

describe('profile links', () => {
  const links = (value: Record<string, unknown>) => profileSchema.shape.links.safeParse(value);

  it('reduce pasted addresses to their ids and link them back', () => {
    const parsed = links({
      dblp: 'https://dblp.org/pid/123/4567.html',
      semanticScholar: 'https://www.semanticscholar.org/author/Ada-Lovelace/1234567',
      openreview: 'https://openreview.net/profile?id=~Ada_Lovelace1',
      researchgate: 'https://www.researchgate.net/profile/Ada-Lovelace',
      mastodon: 'https://mathstodon.xyz/@ada',
      bluesky: 'https://bsky.app/profile/ada.bsky.social',
      x: 'https://twitter.com/ada_lovelace',
    });
    expect(parsed.success && parsed.data).toEqual({
      dblp: '123/4567',
      semanticScholar: '1234567',
      openreview: '~Ada_Lovelace1',
      researchgate: 'Ada-Lovelace',
      mastodon: '@ada@mathstodon.xyz',
      bluesky: 'ada.bsky.social',
      x: 'ada_lovelace',
    });
    expect(profileLinks(parsed.success ? parsed.data : {}).map((link) => [link.label, link.url])).toEqual([
      ['DBLP', 'https://dblp.org/pid/123/4567.html'],
      ['Semantic Scholar', 'https://www.semanticscholar.org/author/1234567'],
      ['OpenReview', 'https://openreview.net/profile?id=~Ada_Lovelace1'],
      ['ResearchGate', 'https://www.researchgate.net/profile/Ada-Lovelace'],
      ['Mastodon: @ada@mathstodon.xyz', 'https://mathstodon.xyz/@ada'],
      ['Bluesky: @ada.bsky.social', 'https://bsky.app/profile/ada.bsky.social'],
      ['X: @ada_lovelace', 'https://x.com/ada_lovelace'],
    ]);
  });

  it.each([
    ['dblp', 'Ada Lovelace', 'expected a DBLP person id such as 123/4567 (from dblp.org/pid/123/4567)'],
    ['semanticScholar', 'ada', 'expected a Semantic Scholar author id such as 1234567 (from semanticscholar.org/author/…/1234567)'],
    ['openreview', 'Ada_Lovelace', 'expected an OpenReview profile id such as ~Ada_Lovelace1'],
    ['mastodon', '@ada', 'expected a Mastodon account such as @ada@mathstodon.xyz'],
    ['bluesky', 'ada', 'expected a Bluesky handle such as ada.bsky.social'],
    ['x', 'https://x.com/a-very-long-handle-indeed', 'expected an X handle such as ada_lovelace (letters, digits, _; at most 15)'],
  ])('%s refuses %j', (field, value, message) => {
    // What was found is the value as read, a pasted address already reduced to its handle.
    const found = value.replace(/^https:\/\/x\.com\//, '');
    expect(problemsOf('profile.md', md(`name: Ada Lovelace\naliases: [Lovelace A]\nlinks:\n  ${field}: "${value}"`, 'Bio.'))).toEqual([
      `content/profile.md:5 links.${field}: ${message}; found "${found}"`,
    ]);
  });
});

describe('importing old addresses', () => {
  it('--old-site turns links into the site being left into redirectFrom paths under its base', () => {
    const [entry] = readBibtex(
      '@article{a, title={T}, author={Lovelace, A.}, journal={J}, year=2019, html={https://ada.github.io/site/publication/2019-engine/}, code={https://github.com/ada/engine}}',
    ).entries;
    expect(withOldAddresses(entry!, new URL('https://ada.github.io/site/')).data).toMatchObject({
      links: [{ kind: 'code', url: 'https://github.com/ada/engine' }],
      redirectFrom: ['/publication/2019-engine/'],
    });
    expect(withOldAddresses(entry!, new URL('https://elsewhere.example.org')).data.redirectFrom).toBeUndefined();
    expect(withOldAddresses(entry!, undefined)).toBe(entry);
  });
});
