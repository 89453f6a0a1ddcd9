/**
 * Regression tests for the content-check findings of the adversarial test of
 * 2026-12-05 (shared/reports/adversarial-2026-12-05.md: G6, G15, G20) and the
 * newcomer test of the same day (files tools leave in content folders, the
 * footer setting), each named after its finding. The renderers' side of G6,
 * G18 and G20 is tested beside them (pdf, sanitize), the messages for common
 * slips in schemas.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyProcessor } from '../../src/lib/markdown/markdown.ts';
import { MAX_NESTING } from '../../src/pipeline/markup.ts';
import { readContentTree } from '../../src/pipeline/readTree.ts';
import { md, problemsOf, treeProblems } from '../helpers/check.ts';

const profile = md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.');
const paper = (title: string, body = '') => md(`kind: journal-article\ntitle: ${title}\nauthors: [Lovelace A]\nyear: 2020\nvenue: J`, body);
const position = (body: string) => md('organization: O\nlocation: L\nrole: R\nstart: 2020-01', body);
const LANGUAGE_TAG = 'expected a language tag such as "en", "de" or "pt-BR"';

describe('G6: a lang attribute that is no language tag is refused with file, line and field', () => {
  it.each([
    ['x-klingon', `'Explaining <span lang="x-klingon">qaStaH nuq</span> decisions'`, 'lang="x-klingon"'],
    ['toolongtag', `'A <span lang="toolongtag">word</span>'`, 'lang="toolongtag"'],
    ['i-klingon', `'A <span lang=i-klingon>word</span>'`, 'lang=i-klingon'],
  ])('%s in a title', (tag, title, written) => {
    expect(problemsOf('publications/a.md', paper(title))).toEqual([`content/publications/a.md:3 title: ${written} on <span>: ${LANGUAGE_TAG}; found "${tag}"`]);
  });

  it('on any element of a body, on its line', () => {
    expect(problemsOf('experience/a.md', position('The work.\n\n<p lang="x-klingon">nuqneH</p>\n\n<em lang="tlh">ok</em>'))).toEqual([
      `content/experience/a.md:9: the body has lang="x-klingon" on <p>: ${LANGUAGE_TAG}; found "x-klingon"`,
    ]);
  });

  it('accepts real tags, with regions, scripts and extensions, and an empty one ("unknown")', () => {
    expect(
      problemsOf('publications/a.md', paper(`'<span lang="de-AT">Jänner</span> <span lang="sr-Latn">x</span> <span lang="en-u-nu-arab">y</span> <span lang="">z</span>'`)),
    ).toEqual([]);
  });
});

describe(`G15: nesting deeper than ${MAX_NESTING} levels is refused with file and line, never a stack trace at build`, () => {
  const nestedList = (levels: number) => Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');

  it.each([
    ['3,000 nested block quotes', `Intro.\n\n${'>'.repeat(3000)} deep`, 10, 'block quotes and lists'],
    ['1,000 nested list items', nestedList(1000), 58, 'block quotes and lists'],
    ['list items nested on one line', `${'- '.repeat(1000)}x`, 8, 'block quotes and lists'],
    ['nested lists whose items continue lazily', Array.from({ length: 60 }, (_, level) => `${'  '.repeat(level)}- item\nmore text`).join('\n'), 108, 'block quotes and lists'],
    ['3,000 nested HTML elements', `${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}`, 8, 'HTML elements'],
    ['HTML elements nested on lines of their own, after shallow ones', `<div>a</div>\n\n${Array.from({ length: 60 }, () => '<div>').join('\n')}`, 60, 'HTML elements'],
  ])('%s', (_, body, line, what) => {
    expect(problemsOf('publications/a.md', paper('T', body))).toEqual([
      `content/publications/a.md:${line}: the body has ${what} nested more than ${MAX_NESTING} levels deep; expected at most ${MAX_NESTING} (the page cannot be built from deeper nesting)`,
    ]);
  });

  it('in a title', () => {
    expect(problemsOf('publications/a.md', paper(`"${'<em>'.repeat(3000)}x${'</em>'.repeat(3000)}"`))).toEqual([
      `content/publications/a.md:3 title: HTML elements nested more than ${MAX_NESTING} levels deep; expected at most ${MAX_NESTING} (the page cannot be built from deeper nesting)`,
    ]);
  });

  it(`accepts ${MAX_NESTING} levels of each, which render`, async () => {
    const body = [
      `${'>'.repeat(MAX_NESTING)} quoted`,
      nestedList(MAX_NESTING),
      `${'<div>'.repeat(MAX_NESTING)}x${'</div>'.repeat(MAX_NESTING)}`,
      // Not nesting: a thematic break, quote marks in fenced code, list items whose end tags HTML leaves out.
      '- - - - - - - - - -',
      `\`\`\`\n${'>'.repeat(100)}\n\`\`\``,
      `<ul>${'<li>item'.repeat(100)}</ul>`,
    ].join('\n\n');
    expect(problemsOf('publications/a.md', paper('T', body))).toEqual([]);
    const html = (await (await bodyProcessor.createRenderer({ syntaxHighlight: false })).render(body)).code;
    expect(html.match(/<blockquote>/g)).toHaveLength(MAX_NESTING);
    expect(html.match(/<ul>/g)).toHaveLength(MAX_NESTING + 1);
  });
});

describe('G20: messages that say what is wrong', () => {
  it('a reference to an entry that exists but has errors says so, in every kind of reference', () => {
    const problems = treeProblems({
      'profile.md': profile,
      'publications/bach2015pixel.md': paper('""'),
      'awards/a.md': md('name: Best paper\nyear: 2020\npublication: bach2015pixel'),
      'news/n.md': md('date: 2020-01-01\nabout: [publication:bach2015pixel]', 'See [the paper](publication:bach2015pixel).'),
      'pages/impressum.md': md('title: ""', 'Angaben gemäß § 5 DDG.'),
      'settings.yaml': 'navigation: [home, impressum]\nfooter: [impressum]\n',
    });
    const errors = "which has errors (see that file's messages); fix them and this reference holds";
    expect(problems).toEqual([
      `content/awards/a.md:4 publication: "bach2015pixel" refers to content/publications/bach2015pixel.md, ${errors}`,
      `content/news/n.md:3 about[0]: "publication:bach2015pixel" refers to content/publications/bach2015pixel.md, ${errors}`,
      `content/news/n.md:5: the link "publication:bach2015pixel" refers to content/publications/bach2015pixel.md, ${errors}`,
      'content/pages/impressum.md:2 title: expected a non-empty text; found ""',
      'content/publications/bach2015pixel.md:3 title: expected a non-empty text; found ""',
      `content/settings.yaml:1 navigation[1]: "impressum" refers to content/pages/impressum.md, ${errors}`,
      `content/settings.yaml:2 footer[0]: "impressum" refers to content/pages/impressum.md, ${errors}`,
    ]);
  });

  it('settings with errors do not make every topic unknown, nor a publication with errors its citation count an orphan', () => {
    expect(
      treeProblems({
        'profile.md': profile,
        'settings.yaml': 'navigation: [cv, cv]\ntopics: { xai: Explainable AI }\n',
        'publications/a.md': md('kind: journal-article\ntitle: ""\nauthors: [Lovelace A]\nyear: 2020\nvenue: J'),
        'publications/b.md': md('kind: journal-article\ntitle: B\nauthors: [Lovelace A]\nyear: 2020\nvenue: J\ntopics: [xai]'),
        'metrics.json': JSON.stringify({
          version: 1,
          publications: Object.fromEntries(['a', 'b'].map((id) => [id, { citedBy: 3, source: 'openalex', retrieved: '2026-12-01', doi: `10.1000/${id}` }])),
        }),
      }),
    ).toEqual([
      'content/publications/a.md:3 title: expected a non-empty text; found ""',
      'content/settings.yaml:1 navigation[1]: expected each page once, and this one is in the list already; found "cv"',
    ]);
  });

  it('a person id one letter off an existing person’s file gets "did you mean"', () => {
    expect(
      treeProblems({ 'profile.md': profile, 'people/grace-hopper.md': md('name: Grace Hopper'), 'supervision/s.md': md('person: grace-hoper\nlevel: phd\nstart: 2020') }),
    ).toEqual(['content/supervision/s.md:2 person: "grace-hoper" names no file in content/people/; did you mean "grace-hopper"?']);
  });

  it('a wrong formula is quoted in a short excerpt only', () => {
    const [problem] = problemsOf('publications/a.md', paper('T', `$${'{'.repeat(3000)}$`));
    expect(problem).toBe(
      `content/publications/a.md:8: the formula $${'{'.repeat(59)}…$ cannot be rendered: Maximum call stack size exceeded; write it in TeX as Temml reads it, or \\$ for a dollar sign`,
    );
  });

  it('duplicate navigation entries are reported with file, line and field', () => {
    expect(problemsOf('settings.yaml', 'navigation:\n  - cv\n  - home\n  - { page: cv, label: CV again }\n')).toEqual([
      'content/settings.yaml:4 navigation[2]: expected each page once, and this one is in the list already; found "cv"',
    ]);
  });
});

describe('newcomer: files tools leave in content folders are ignored, not errors', () => {
  const root = mkdtempSync(join(tmpdir(), 'vita-ignored-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const ignored = ['README.md', 'readme.md', '.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini', 'a.md~', '.a.md.swp', 'a.md.bak', '.#a.md', '#a.md#'];

  it('in the content folder and in every section folder', () => {
    mkdirSync(join(root, 'talks'));
    writeFileSync(join(root, 'profile.md'), profile);
    writeFileSync(join(root, 'talks', 'a.md'), md('title: A talk\ndate: 2022-10-21\nevent: E'));
    for (const name of ignored) {
      writeFileSync(join(root, name), 'not content');
      writeFileSync(join(root, 'talks', name), 'not content');
    }
    const { files, attachments, problems } = readContentTree(root);
    expect(files.map((file) => file.path)).toEqual(['profile.md', 'talks/a.md']);
    expect(attachments).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('newcomer: footer pages in the settings', () => {
  const site = (settings: string) =>
    treeProblems({
      'profile.md': profile,
      'pages/impressum.md': md('title: Impressum', 'Angaben gemäß § 5 DDG.'),
      'pages/datenschutz.md': md('title: Datenschutzerklärung', 'Diese Website setzt keine Cookies.'),
      'settings.yaml': settings,
    });

  it('accepts free pages', () => {
    expect(site('footer: [impressum, datenschutz]\n')).toEqual([]);
  });

  it('says to write the page when there is none yet', () => {
    expect(treeProblems({ 'profile.md': profile, 'settings.yaml': 'footer: [impressum]\n' })).toEqual([
      'content/settings.yaml:1 footer[0]: "impressum" is no free page in content/pages/; write content/pages/impressum.md (a title and the text) first',
    ]);
  });

  it('refuses anything but a free page, and a page twice, with file, line and field', () => {
    expect(site('footer:\n  - impressum\n  - kontakt\n  - cv\n')).toEqual([
      'content/settings.yaml:3 footer[1]: "kontakt" is no free page in content/pages/; expected one of: datenschutz, impressum',
      'content/settings.yaml:4 footer[2]: "cv" is no free page in content/pages/; expected one of: datenschutz, impressum',
    ]);
    expect(site('footer: [impressum, Impressum.md, impressum]\n')).toEqual([
      'content/settings.yaml:1 footer[1]: expected the id of a free page (its file name in content/pages/ without .md), e.g. impressum; found "Impressum.md"',
      'content/settings.yaml:1 footer[2]: expected each page once, and this one is in the list already; found "impressum"',
    ]);
  });
});
