/**
 * Regression tests for the adversarial test of 2026-12-05
 * (shared/reports/adversarial-2026-12-05.md) about what the content may put on
 * the site's own address: old addresses (G1), files beside entries (G2, G11,
 * G19), media from other hosts (G3) and links in bodies (G20). Each is named
 * after its finding; the build and the dev server are tested in
 * tests/build/siteFiles.test.ts and tests/content/devServer.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSiteFiles } from '../../src/integrations/siteFiles.ts';
import { bodyIds } from '../../src/lib/markdown/contentLinks.ts';
import { bodyProcessor } from '../../src/lib/markdown/markdown.ts';
import { isForeign, srcsetUrls } from '../../src/lib/markdown/sameHostMedia.ts';
import { checkContentTree, type TreeOptions } from '../../src/pipeline/checkTree.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { readContentTree } from '../../src/pipeline/readTree.ts';
import { readBibtex } from '../../tooling/import/bibtex.ts';
import { readCslJson } from '../../tooling/import/cslJson.ts';
import { ImportedSite } from '../../tooling/import/oldAddresses.ts';
import { planImport } from '../../tooling/import/plan.ts';
import { withOldAddresses } from '../../tooling/import/sourceEntry.ts';
import { md, problemsOf } from '../helpers/check.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vita-files-redirects-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PROFILE = md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.');
const PAPER = 'kind: journal-article\ntitle: "T"\nauthors: [Lovelace A]\nyear: 2021\nvenue: V';

/** The check's lines for a content tree given as path → text. */
function check(files: Record<string, string>, options: TreeOptions = {}): string[] {
  const list = Object.entries({ 'profile.md': PROFILE, ...files }).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
  return checkContentTree(list, options).problems.map((problem) => formatProblem(problem));
}

const TAKEN = 'an old address must be one the site no longer has, or its redirect page would replace what is there';

describe('G1: redirects never replace a page', () => {
  const site = {
    'settings.yaml': 'url: https://ada.example.org\ntopics:\n  xai: XAI\n',
    'publications/bach2015pixel.md': md(`${PAPER}\ntopics: [xai]`, 'The abstract.'),
    'news/2024-01-01-a.md': md('date: 2024-01-01', 'News.'),
    'pages/research.md': md('title: Research', 'Text.'),
  };
  const withRedirects = (redirects: string) =>
    check({ ...site, 'settings.yaml': `${site['settings.yaml']}redirects:\n${redirects}` }, { publicFileExists: (path) => path === '/favicon.svg' });

  it.each([
    ['/', 'the page /'],
    ['/index.html', 'the page /'],
    ['/publications/index.html', 'the page /publications/'],
    ['/publications', 'the page /publications/'],
    ['/CV/', 'the page /cv/'],
    ['/cv/index.html', 'the page /cv/'],
    ['/404.html', 'the page for addresses that do not exist (/404.html)'],
    ['/news/', 'the page /news/'],
    ['/research/', 'the page /research/'],
    ['/topics/xai/', 'the topic pages (/topics/)'],
    ['/publications/by-year/2021/', 'the publication pages per year (/publications/by-year/)'],
    ['/publications/bach2015pixel/', 'the page /publications/bach2015pixel/'],
    ['/publications/bach2015pixel.bib', 'the BibTeX of bach2015pixel (/publications/bach2015pixel.bib)'],
    ['/cv.pdf', 'the PDF CV (/cv.pdf)'],
    ['/cv.pdf/', 'the PDF CV (/cv.pdf)'],
    ['/cv.json', 'the JSON Resume export (/cv.json)'],
    ['/feed.xml', 'the feed (/feed.xml)'],
    ['/robots.txt', 'the instructions for search engines (/robots.txt)'],
    ['/sitemap-index.xml', 'the sitemap (/sitemap-index.xml)'],
    ['/og/home.png', 'the preview images (/og/)'],
    ['/favicon.svg', 'the icon (/favicon.svg)'],
    ['/_redirects', 'the redirects for Netlify and Cloudflare Pages (/_redirects)'],
    ['/_headers', 'the security headers (/_headers)'],
  ])('G1: the old address %s is refused in the settings, with file, line and field', (path, what) => {
    expect(withRedirects(`  ${path}: home\n`)).toEqual([`content/settings.yaml:5 redirects.${path}: "${path}" is the address of ${what}; ${TAKEN}`]);
  });

  it('G1: a file in public/ and a file beside an entry are taken too', () => {
    expect(withRedirects('  /favicon.svg: home\n')).toHaveLength(1);
    expect(
      check(
        {
          'settings.yaml': 'redirects:\n  /logo.png: home\n',
          'publications/a.md': md(`${PAPER}\nlinks:\n  - kind: data\n    url: data.csv`),
          'talks/2022-10-21-t.md': md('title: T\ndate: 2022-10-21\nevent: E\nredirectFrom: [/publications/data.csv]'),
        },
        { publicFileExists: (path) => path === '/logo.png', attachments: [{ path: 'publications/data.csv', size: 10 }] },
      ),
    ).toEqual([
      `content/settings.yaml:2 redirects./logo.png: "/logo.png" is the address of the file public/logo.png; ${TAKEN}`,
      `content/talks/2022-10-21-t.md:5 redirectFrom[0]: "/publications/data.csv" is the address of the file content/publications/data.csv beside its entry (/publications/data.csv); ${TAKEN}`,
    ]);
  });

  it('G1: redirectFrom of a publication may not take a free page', () => {
    expect(check({ ...site, 'publications/a.md': md(`${PAPER}\nredirectFrom: [/research/]`) })).toEqual([
      `content/publications/a.md:7 redirectFrom[0]: "/research/" is the address of the page /research/; ${TAKEN}`,
    ]);
  });

  it('G1: .., escaped dots, empty segments and backslashes are refused in the settings as in redirectFrom', () => {
    expect(withRedirects('  /../../../../tmp/escape.html: home\n  /%2e%2e/x.html: home\n  //evil.example/x: home\n  /a%5Cb/: home\n')).toEqual([
      'content/settings.yaml:5 redirects./../../../../tmp/escape.html: expected a path without . or .. segments (%2e counts as a dot); found "/../../../../tmp/escape.html"',
      'content/settings.yaml:6 redirects./%2e%2e/x.html: expected a path without . or .. segments (%2e counts as a dot); found "/%2e%2e/x.html"',
      'content/settings.yaml:7 redirects.//evil.example/x: expected a path without empty segments (//); found "//evil.example/x"',
      'content/settings.yaml:8 redirects./a%5Cb/: expected a path without backslashes or control characters (nor their %-escapes); found "/a%5Cb/"',
    ]);
  });

  it('G1: two redirects may not share a file, whatever the case or the trailing slash', () => {
    expect(
      check({
        'settings.yaml': 'redirects:\n  /Old/: home\n',
        'publications/a.md': md(`${PAPER}\nredirectFrom: [/old, /old/index.html]`),
      }),
    ).toEqual([
      'content/publications/a.md:7 redirectFrom[0]: "/old" is already an old address of content/settings.yaml; each old address can lead to one place only',
      'content/publications/a.md:7 redirectFrom[1]: "/old/index.html" is already an old address of content/settings.yaml; each old address can lead to one place only',
    ]);
  });

  it('G1: two redirects may not need one place as a file and as a folder', () => {
    expect(check({ 'settings.yaml': 'redirects:\n  /a.html/b/: home\n  /a.html: cv\n  /c/: home\n  /c/index.html/d.html: cv\n' })).toEqual([
      'content/settings.yaml:3 redirects./a.html: "/a.html" cannot be written beside an old address of content/settings.yaml: one needs a file where the other needs a folder',
      'content/settings.yaml:5 redirects./c/index.html/d.html: "/c/index.html/d.html" cannot be written beside an old address of content/settings.yaml: one needs a file where the other needs a folder',
    ]);
  });

  it('G1: an old address leading to a page that is not built is a warning', () => {
    expect(check({ 'settings.yaml': 'redirects:\n  /x/: news\n  /y/: cv\n' })).toEqual([
      'content/settings.yaml:2 redirects./x/: warning: "/x/" leads to news, which is not built while it has no entries, so the old address gets no redirect page',
    ]);
  });

  it('G1: the build writes redirect pages and files beside entries only where no file is, never half a file', async () => {
    const out = join(scratch, 'g1-out');
    mkdirSync(join(out, 'topics', 'xai'), { recursive: true });
    const topicPage = '<!DOCTYPE html><title>XAI</title>'.repeat(200);
    writeFileSync(join(out, 'topics', 'xai', 'index.html'), topicPage);
    writeFileSync(join(out, 'figure.pdf'), '%PDF-1.7 the owner');
    await expect(writeSiteFiles(out, [{ path: 'old/index.html', text: 'moved' }])).resolves.toBe(1);
    expect(readFileSync(join(out, 'old', 'index.html'), 'utf8')).toBe('moved');
    await expect(writeSiteFiles(out, [{ path: 'topics/xai/index.html', text: 'moved' }])).rejects.toThrow(
      '/topics/xai/index.html: the build already wrote this file, and a redirect page (an old address) would replace it; nothing was replaced. npm run check:content names the entry.',
    );
    await expect(writeSiteFiles(out, [{ path: 'old/index.html/x.html', text: 'moved' }])).rejects.toThrow('/old/index.html/x.html: the build already wrote this file');
    await expect(writeSiteFiles(out, [{ path: 'figure.pdf', copyOf: join(out, 'old', 'index.html') }])).rejects.toThrow(
      `/figure.pdf: the build already wrote this file, and the file beside an entry ${join(out, 'old', 'index.html')} would replace it`,
    );
    expect(readFileSync(join(out, 'topics', 'xai', 'index.html'), 'utf8')).toBe(topicPage);
    expect(readFileSync(join(out, 'figure.pdf'), 'utf8')).toBe('%PDF-1.7 the owner');
  });
});

describe('G1: npm run import -- --old-site never writes an old address the check refuses', () => {
  const content = join(scratch, 'g1-import', 'content');
  for (const folder of ['publications', 'pages']) mkdirSync(join(content, folder), { recursive: true });
  writeFileSync(join(content, 'profile.md'), PROFILE);
  writeFileSync(join(content, 'settings.yaml'), 'redirects:\n  /publications.html: publications\n');
  writeFileSync(join(content, 'pages', 'research.md'), md('title: Research', 'Text.'));

  it('G1: drops the home page, the CV, a free page, a page of the same import and an address taken twice, and says so', () => {
    const { entries } = readBibtex(
      [
        '@article{evil1, title={Home}, author={Lovelace, A.}, journal={J}, year=2020, url={https://ada.github.io/index.html}}',
        '@article{evil2, title={CV}, author={Lovelace, A.}, journal={J}, year=2020, url={https://ada.github.io/cv/index.html}}',
        '@article{evil3, title={Research}, author={Lovelace, A.}, journal={J}, year=2020, url={https://ada.github.io/research/}}',
        '@article{evil4, title={Other}, author={Lovelace, A.}, journal={J}, year=2020, url={https://ada.github.io/publications/good/}}',
        '@article{good, title={Good}, author={Lovelace, A.}, journal={J}, year=2019, url={https://ada.github.io/publication/2019-good/}}',
        '@article{again, title={Again}, author={Lovelace, A.}, journal={J}, year=2019, url={https://ada.github.io/publication/2019-good}}',
        '@article{twice, title={Twice}, author={Lovelace, A.}, journal={J}, year=2018, url={https://ada.github.io/publications.html}}',
      ].join('\n'),
      {},
    );
    const folder = join(content, 'publications');
    const outcomes = ImportedSite.around(folder).keepFreeInPlan(
      planImport(
        entries.map((entry) => withOldAddresses(entry, new URL('https://ada.github.io'))),
        [],
      ),
      folder,
      'en',
    );
    expect(outcomes.map((outcome) => [outcome.entry.key, outcome.entry.data.redirectFrom, outcome.entry.notices])).toEqual([
      ['evil1', undefined, ['old address "/index.html" not kept: it is the address of the page /']],
      ['evil2', undefined, ['old address "/cv/index.html" not kept: it is the address of the page /cv/']],
      ['evil3', undefined, ['old address "/research/" not kept: it is the address of the page /research/']],
      ['evil4', undefined, ['old address "/publications/good/" not kept: it is the address of the page /publications/good/']],
      ['good', ['/publication/2019-good/'], []],
      ['again', undefined, ['old address "/publication/2019-good" not kept: it is already an old address of content/publications/good.md']],
      ['twice', undefined, ['old address "/publications.html" not kept: it is already an old address of content/settings.yaml']],
    ]);
    const written = outcomes.flatMap((outcome) => (outcome.status === 'new' ? [{ path: `publications/${outcome.id}.md`, bytes: new TextEncoder().encode(outcome.fileText) }] : []));
    const tree = readContentTree(content);
    expect(checkContentTree([...tree.files, ...written]).problems.map((problem) => formatProblem(problem))).toEqual([]);
    const [home] = outcomes;
    expect(home?.status === 'new' && home.fileText).toBe('---\nkind: journal-article\ntitle: "Home"\nauthors:\n  - Lovelace A\nyear: 2020\nvenue: J\n---\n');
  });
});

describe('G2: no script on the site’s origin from files beside entries', () => {
  const root = join(scratch, 'g2', 'content');
  mkdirSync(join(root, 'publications'), { recursive: true });
  const files: Record<string, string> = {
    'figure.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="document.title=1"><script>window.__pwned=1</script></svg>',
    'page.html': '<script>alert(1)</script>',
    'page.xhtml': '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
    'data.xml': '<?xml version="1.0"?><x/>',
    'code.js': 'alert(1)',
    'fake.pdf': '\n  <html><script>alert(1)</script></html>',
    'table.csv': '<script>alert(1)</script>,1',
    'paper.pdf': '%PDF-1.7\n',
    'figure.png': '\u0089PNG\r\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'publications', name), text);

  it('G2: refuses SVG, HTML, XML and script, and files that begin like a web page, with file and reason; publishes the rest', () => {
    const { attachments, problems } = readContentTree(root);
    expect(attachments).toEqual([
      { path: 'publications/figure.png', size: 7 },
      { path: 'publications/paper.pdf', size: 9 },
    ]);
    const allowed = 'files beside entries are PDFs, images (PNG, JPEG, GIF, WebP, AVIF), slides, data, audio and video';
    const runs = "can run script in a visitor's browser when opened from the site's own address, so it is not published";
    expect(problems.map((problem) => formatProblem(problem))).toEqual([
      `content/publications/code.js: a file a browser may run ${runs}; ${allowed}: put it in a .zip to publish it as data`,
      `content/publications/data.xml: a file a browser may run ${runs}; ${allowed}: put it in a .zip to publish it as data`,
      `content/publications/fake.pdf: it begins like a web page ("<html><scrip…"), which a browser may run as one when the host does not say the file's type, so it is not published; ${allowed}, each in its own format`,
      `content/publications/figure.svg: an SVG image ${runs}; ${allowed}: convert it to PNG or PDF`,
      `content/publications/page.html: a web page ${runs}; ${allowed}: make it a free page (content/pages/) or a PDF`,
      `content/publications/page.xhtml: a web page ${runs}; ${allowed}: make it a free page (content/pages/) or a PDF`,
      `content/publications/table.csv: it begins like a web page ("<script>aler…"), which a browser may run as one when the host does not say the file's type, so it is not published; ${allowed}, each in its own format`,
    ]);
  });

  it('G2: a link to a refused file says it is not published', () => {
    const { files, attachments, problems } = readContentTree(root);
    const entry = { path: 'publications/a.md', bytes: new TextEncoder().encode(md(`${PAPER}\nlinks:\n  - { kind: data, url: figure.svg }\n  - { kind: pdf, url: paper.pdf }`)) };
    const checked = checkContentTree([...files, entry, { path: 'profile.md', bytes: new TextEncoder().encode(PROFILE) }], {
      attachments,
      refused: problems.map((problem) => problem.file),
    });
    expect(checked.problems.map((problem) => formatProblem(problem))).toEqual([
      'content/publications/a.md:8 links[0].url: "figure.svg" is not published: content/publications/figure.svg is refused (its own message says why)',
      'content/publications/figure.png: warning: no entry links to this file, so it is not published; link it from an entry (links: [{ kind: pdf, url: <its name> }]) or remove it',
    ]);
  });
});

describe('G3: same-host media is decided as a browser resolves the address', () => {
  const body = [
    'Text.',
    '',
    '<img src="/\\evil.example/backslash.png" alt="a">',
    '<img src="/&#9;/evil.example/tab.png" alt="b">',
    '<picture><source srcset="/\\evil.example/srcset.png 1x"><img src="/ok.png" alt="c"></picture>',
    '<img/src="//evil.example/slash.png" alt="d">',
    '<IMG SRC=" https:evil.example/scheme.png" alt="e">',
    '<img srcset="/a.png 1x,/b.png 2x, data:image/png;base64,AAAA 3x" src="/ok.png" alt="f">',
    '',
    '![g][far]',
    '',
    '[far]: //evil.example/reference.png',
    '',
    '![h](/fine.png) <img src="fine.png" alt="i"> <img srcset="/x.png 1x, /y,z.png 2x" alt="j">',
  ].join('\n');

  it('G3: the check refuses backslashes, tabs, srcset candidates, /-less slashes and reference images, with their lines', () => {
    const line = (number: number, address: string) =>
      `content/pages/a.md:${number}: image from another host (${address}): visitors' browsers would fetch it from there; put the file under public/ and write its path, e.g. /images/figure.png`;
    expect(problemsOf('pages/a.md', md('title: A', body))).toEqual([
      line(6, '/\\evil.example/backslash.png'),
      line(7, '/\\t/evil.example/tab.png'),
      line(8, '/\\evil.example/srcset.png'),
      line(9, '//evil.example/slash.png'),
      line(10, ' https:evil.example/scheme.png'),
      line(11, 'data:image/png;base64,AAAA'),
      line(13, '//evil.example/reference.png'),
    ]);
  });

  it('G3: the renderer drops every such element and keeps the ones on this site', async () => {
    const html = (await (await bodyProcessor.createRenderer({ syntaxHighlight: false } as never)).render(body)).code;
    expect([...html.matchAll(/<img[^>]*>/g)].map(([tag]) => tag)).toEqual([
      '<img src="/ok.png" alt="c">',
      '<img alt="e">',
      '<img src="/ok.png" alt="f">',
      '<img src="/fine.png" alt="h">',
      '<img src="fine.png" alt="i">',
      '<img alt="j">',
    ]);
    expect(html).not.toContain('evil.example');
  });

  it('G3: resolves addresses with the URL parser and splits srcsets as the HTML standard does', () => {
    expect(['/a.png', 'a.png', '?x', '', '/\\evil.example/a.png', '\\\\evil.example/a.png', ' //evil.example/a', 'https:evil.example/a', 'http://[bad'].map(isForeign)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(srcsetUrls(' /a.png 1x,/b,c.png 2x , data:image/png;base64,AA== 3x,,/d.png')).toEqual(['/a.png', '/b,c.png', 'data:image/png;base64,AA==', '/d.png']);
    expect(srcsetUrls('/a.png (max-width: 1x, 2x), //evil.example/b.png')).toEqual(['/a.png', '//evil.example/b.png']);
  });

  it('G3: an imported abstract goes through the same check', () => {
    const csl = readCslJson(
      JSON.stringify({
        id: 'x',
        type: 'article-journal',
        title: 'T',
        author: [{ family: 'Lovelace', given: 'Ada' }],
        issued: { 'date-parts': [[2020]] },
        'container-title': 'J',
        abstract: 'Result <img src="/\\evil.example/t.png">.',
      }),
    );
    if ('error' in csl) throw new Error(csl.error);
    const [outcome] = planImport(csl.entries, []);
    expect(outcome?.status === 'invalid' && outcome.problems.map((problem) => problem.message)).toEqual([
      "image from another host (/\\evil.example/t.png): visitors' browsers would fetch it from there; put the file under public/ and write its path, e.g. /images/figure.png",
    ]);
  });
});

describe('G11: files beside entries are never read whole', () => {
  it('G11: warns at 100 MB a file and at 1 GB together', () => {
    const links = (urls: string[]) => md(`${PAPER}\nlinks:\n${urls.map((url) => `  - kind: video\n    url: ${url}`).join('\n')}`);
    expect(
      check(
        {
          'talks/2022-10-21-t.md': md(`title: T\ndate: 2022-10-21\nevent: E\nlinks:\n  - kind: video\n    url: recording.mp4`),
          'publications/a.md': links(['data.zip', 'small.pdf']),
        },
        {
          attachments: [
            { path: 'talks/recording.mp4', size: 2_621_440_000 },
            { path: 'publications/data.zip', size: 150 * 1024 * 1024 },
            { path: 'publications/small.pdf', size: 1000 },
          ],
        },
      ),
    ).toEqual([
      'content/publications/a.md:9 links[0].url: warning: "data.zip" is 150 MB: GitHub refuses files over 100 MB and hosts limit a site\'s size (GitHub Pages: 1 GB); put large files on a repository such as Zenodo and link them there',
      'content/talks/2022-10-21-t.md:7 links[0].url: warning: "recording.mp4" is 2500 MB: GitHub refuses files over 100 MB and hosts limit a site\'s size (GitHub Pages: 1 GB); put large files on a repository such as Zenodo and link them there',
      'content/talks/2022-10-21-t.md:7 links[0].url: warning: the files beside entries come to 2650 MB together, more than a GitHub Pages site may hold (1 GB); the largest is "recording.mp4"',
    ]);
  });
});

describe('G19: files beside entries behave as documented', () => {
  it('G19: a file named like a generated export is refused, not silently replaced', () => {
    expect(
      check(
        { 'publications/bach2015pixel.md': md(`${PAPER}\nlinks:\n  - kind: data\n    url: bach2015pixel.bib`) },
        { attachments: [{ path: 'publications/bach2015pixel.bib', size: 10 }] },
      ),
    ).toEqual([
      'content/publications/bach2015pixel.md:9 links[0].url: "bach2015pixel.bib" would be published at /publications/bach2015pixel.bib, where the build writes the BibTeX of bach2015pixel (/publications/bach2015pixel.bib); rename the file (e.g. bach2015pixel-data.bib) and the link',
    ]);
  });

  it('G19: names with spaces or letters outside A–Z are refused with the reason, at the link and at the file', () => {
    const link = (url: string) => problemsOf('publications/a.md', md(`${PAPER}\nlinks:\n  - kind: pdf\n    url: "${url}"`));
    expect([...link('my paper.pdf'), ...link('ümlaut.pdf')]).toEqual([
      'content/publications/a.md:9 links[0].url: expected a file name of letters A–Z and a–z, digits, "-", "_" and ".", starting with a letter, a digit or "_" (a file on the site is part of its address); "my paper.pdf" has a space: rename it, e.g. my-paper.pdf; found "my paper.pdf"',
      'content/publications/a.md:9 links[0].url: expected a file name of letters A–Z and a–z, digits, "-", "_" and ".", starting with a letter, a digit or "_" (a file on the site is part of its address); "ümlaut.pdf" has "ü", a letter outside A–Z: rename it, e.g. umlaut.pdf; found "ümlaut.pdf"',
    ]);
    const root = join(scratch, 'g19', 'content');
    mkdirSync(join(root, 'talks'), { recursive: true });
    writeFileSync(join(root, 'talks', 'my slides.pdf'), '%PDF-1.7\n');
    expect(readContentTree(root).problems.map((problem) => formatProblem(problem))).toEqual([
      'content/talks/my slides.pdf: warning: expected a file name of letters A–Z and a–z, digits, "-", "_" and ".", starting with a letter, a digit or "_" (a file on the site is part of its address); "my slides.pdf" has a space: rename it, e.g. my-slides.pdf; until then no entry can link it',
    ]);
  });
});

describe('G20: links in bodies are checked like other internal links', () => {
  it.each([
    ['## Hello *World* `code`\n\nText\n\n## Hello World\n\nSetext\n---\n\n<span id="x">y</span>\n\n> ## Quoted & "it" ![img](/a.png)'],
    ['## Ünïcödé Ärger — 2024!\n\n#hashtag, no heading\n\n# Real'],
    ['No headings'],
  ])('G20: knows the ids a body gets as the renderer gives them: %j', async (body) => {
    const html = (await (await bodyProcessor.createRenderer({ syntaxHighlight: false } as never)).render(body)).code;
    expect([...(bodyIds(body) ?? [])].sort()).toEqual([...html.matchAll(/ id="([^"]*)"/g)].map((match) => match[1]).sort());
  });

  it('G20: does not guess the ids of headings with HTML or a formula: their fragments are not checked', () => {
    expect([bodyIds('## A $x$'), bodyIds('<h2>Raw</h2>'), bodyIds('## A <b>b</b>')]).toEqual([undefined, undefined, undefined]);
  });

  const tree = {
    'settings.yaml': 'url: https://ada.example.org/vita/\n',
    'publications/bach2015pixel.md': md(PAPER, 'The abstract.\n\n## Results\n\nSee [them](#results).'),
    'talks/2022-10-21-t.md': md('title: T\ndate: 2022-10-21\nevent: E'),
    'pages/research.md': md('title: Research', '## Aims\n\n[a](#aims) [b](../publications/bach2015pixel/#cite) [c](../group/) [d](https://ada.example.org/vita/research/#aims)'),
  };

  it('G20: checks addresses on a url without a base path too, in bodies and in links', () => {
    const files = (path: string) => path === '/files/there.pdf';
    expect(
      check(
        {
          'settings.yaml': 'url: https://ada.example.org\n',
          'publications/a.md': md(
            `${PAPER}\nlinks:\n  - kind: pdf\n    url: https://ada.example.org/files/there.pdf`,
            '[x](https://ada.example.org/files/gone.pdf) [y](http://ada.example.org/publications/a/#cite)',
          ),
        },
        { publicFileExists: files },
      ),
    ).toEqual([
      'content/publications/a.md:11: the link "https://ada.example.org/files/gone.pdf" (/files/gone.pdf on this site) names no page of this site; expected a page of this site (such as /publications/ or /cv/), a file under public/, or kind:id',
    ]);
  });

  it('G20: accepts fragments, relative links and own-site addresses that lead somewhere', () => {
    expect(check({ ...tree, 'pages/group.md': md('title: Group', 'Text.') })).toEqual([]);
  });

  it('G20: names #fragments, kind:id#fragments, relative links and addresses on the site’s own url that lead nowhere', () => {
    expect(
      check(
        {
          ...tree,
          'profile.md': md(
            'name: Ada Lovelace\naliases: [Lovelace A]',
            '[a](#no-such-id) [b](publication:bach2015pixel#nosuch) [c](../../etc/passwd)\n[d](talk:2022-10-21-t#x) [e](https://ada.example.org/vita/files/x.pdf) [f](https://ada.example.org/other/) [g](/publications/bach2015pixel/#abstrakt)',
          ),
          'publications/other.md': md(`${PAPER}\nlinks:\n  - kind: pdf\n    url: https://ada.example.org/vita/papers/x.pdf`, '[h](#abstract) [i](#nope)'),
        },
        { publicFileExists: () => false },
      ),
    ).toEqual([
      'content/pages/research.md:6: the link "../group/" (/group/ from /research/) names no page of this site; expected a page of this site (such as /publications/ or /cv/), a file under public/, or kind:id',
      'content/profile.md:5: the link "#no-such-id" names no part of this text, which is shown on several pages with only its own headings on each; expected no #fragment (it has no part to link to)',
      'content/profile.md:5: the link "publication:bach2015pixel#nosuch" names no part of /publications/bach2015pixel/; expected one of #abstract, #cite, #results',
      'content/profile.md:5: the link "../../etc/passwd" is relative, but this text is shown on several pages, where it would lead to different places; write the site path it means (such as /publications/ or /files/paper.pdf) or kind:id',
      'content/profile.md:6: the link "talk:2022-10-21-t#x" leads to the talk\'s own place on its page, which is a #fragment already; leave out "#x"',
      'content/profile.md:6: the link "https://ada.example.org/vita/files/x.pdf" (/files/x.pdf on this site) names no page of this site; expected a page of this site (such as /publications/ or /cv/), a file under public/, or kind:id',
      'content/profile.md:6: the link "/publications/bach2015pixel/#abstrakt" names no part of /publications/bach2015pixel/; expected one of #abstract, #cite, #results',
      'content/publications/other.md:9 links[0].url: "https://ada.example.org/vita/papers/x.pdf" is an address of this site (url in content/settings.yaml), but the site has no page or file /papers/x.pdf; expected a file under public/ (public/papers/x.pdf) or beside this entry, linked by its name',
      'content/publications/other.md:11: the link "#nope" names no part of /publications/other/; expected one of #abstract, #cite',
    ]);
  });
});
