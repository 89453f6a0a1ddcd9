/**
 * Regression tests for the content-side findings of the adversarial test of
 * 2026-11-27 (shared/reports/adversarial-2026-11-27.md), each named after its
 * finding. Build, export and import findings have theirs beside the code they
 * concern (buildLock, exportsProperty, exports, importAdversarial).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createInlineRenderer } from '../../src/lib/markdown/markdown.ts';
import { checkContentTree } from '../../src/pipeline/checkTree.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { readContentTree } from '../../src/pipeline/readTree.ts';
import { md, problemsOf, treeProblems } from '../helpers/check.ts';
import { loadPage } from '../helpers/dist.ts';
import { sharedSite } from '../helpers/sites.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vita-adversarial-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const profile = md('name: Ada Lovelace\naliases: [Lovelace A]\nportrait: /portrait.jpg\nportraitAlt: Ada Lovelace at her desk', 'Bio.');
const talk = (extra = '') => md(`title: A talk\ndate: 2022-10-21\nevent: E\n${extra}`);
const paper = (title: string) => md(`kind: journal-article\ntitle: ${title}\nauthors: [Lovelace A]\nyear: 2020\nvenue: J`);

describe('F2: only same-host media', () => {
  it.each([['//evil.example/t.png'], ['/../../etc/passwd.png']])('refuses the portrait %s', (portrait) => {
    expect(problemsOf('profile.md', md(`name: A\naliases: [A B]\nportrait: "${portrait}"\nportraitAlt: A at her desk`, 'Bio.'))).toEqual([
      `content/profile.md:4 portrait: expected the path of an image in public/ such as /portrait.jpg (a file of this site: no other host, no ".."); found "${portrait}"`,
    ]);
  });

  it('refuses a portrait that is not in public/, naming the file, line and field', () => {
    const { problems } = checkContentTree([{ path: 'profile.md', bytes: new TextEncoder().encode(profile) }], { publicFileExists: () => false });
    expect(problems.map((problem) => formatProblem(problem))).toEqual([
      'content/profile.md:4 portrait: "/portrait.jpg" names no file under public/; expected the path of an image in public/, e.g. /portrait.jpg for public/portrait.jpg',
    ]);
  });

  it.each([
    ['![track](https://evil.example/track.png)', 'https://evil.example/track.png'],
    ['<img src="//evil.example/t.png">', '//evil.example/t.png'],
    ['<img srcset="data:image/png;base64,AAAA 2x">', 'data:image/png;base64,AAAA'],
  ])('refuses %s in a body, with its line', (markup, address) => {
    expect(problemsOf('talks/a.md', `${talk()}\nText.\n\n${markup}\n`)).toEqual([
      `content/talks/a.md:9: image from another host (${address}): visitors' browsers would fetch it from there; put the file under public/ and write its path, e.g. /images/figure.png`,
    ]);
  });
});

describe('F4: control characters are refused in every text field', () => {
  it.each([
    ['"bell \\a esc \\e"', 'U+0007 BELL at position 6'],
    ['"nul \\0 char"', 'U+0000 NULL at position 5'],
    ['"Line one\\rER  - \\r\\rTY  - JOUR"', 'U+000D CARRIAGE RETURN at position 9'],
  ])('title %s', (title, character) => {
    const [problem] = problemsOf('publications/a.md', paper(title));
    expect(problem).toMatch(
      /^content\/publications\/a\.md:3 title: expected text without control characters \(paste it again as plain text, or delete the character\); found ".*"; it contains /,
    );
    expect(problem).toContain(character);
  });

  it('refuses them in a body, except tabs', () => {
    expect(problemsOf('talks/a.md', `${talk()}One\ttab.\nA bell\u0007.\n`)).toEqual([
      'content/talks/a.md:7: the body contains U+0007 BELL; expected text without control characters (paste it again as plain text)',
    ]);
  });
});

describe('F8: the check and the build read front matter the same way', () => {
  it('keeps an unquoted date in a text field as the text written, and 0b101 as text', () => {
    expect(problemsOf('talks/a.md', talk('note: 2024-05-01\nhost: 0b101'))).toEqual([]);
  });

  it('names a raw form feed, on its line', () => {
    expect(problemsOf('talks/a.md', '---\ntitle: A talk\ndate: 2022-10-21\nevent: "E\fF"\n---\n')).toEqual([
      'content/talks/a.md:4 event: expected text without control characters (paste it again as plain text, or delete the character); found "E\\fF"; it contains U+000C FORM FEED at position 2',
    ]);
  });

  it('reads files with old Mac line endings (CR only)', () => {
    expect(problemsOf('talks/a.md', '---\rtitle: A talk\rdate: 2022-10-21\revent: E\r---\r')).toEqual([]);
  });

  it('says so when the closing --- is missing', () => {
    expect(problemsOf('talks/a.md', '---\ntitle: A talk\ndate: 2022-10-21\nevent: E\n')).toEqual([
      'content/talks/a.md:1: the front matter has no closing "---" line; expected the fields between two lines "---"',
    ]);
  });

  it('builds what the check passes, with the values it read', () => {
    // The complete fixture has such a talk (talks/2022-05-06-lab-retreat.md), built by the global setup.
    const talk = loadPage('/talks/', sharedSite('complete'))('#talk-2022-05-06-lab-retreat').text();
    expect(talk).toContain('0b101');
    expect(talk).toContain('2024-05-01');
  });
});

describe('F9: the content tree is walked safely', () => {
  const root = join(scratch, 'f9', 'content');
  const outside = join(scratch, 'f9', 'outside');
  mkdirSync(join(root, 'talks', 'real'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(root, 'talks', 'real', '2022-10-21-a.md'), talk());
  writeFileSync(join(outside, 'b.md'), talk());
  symlinkSync(join(root, 'talks', 'real'), join(root, 'talks', 'linked'));
  symlinkSync('.', join(root, 'talks', 'loop'));
  symlinkSync(join(scratch, 'nowhere.md'), join(root, 'talks', 'dangling.md'));
  symlinkSync(join(outside, 'b.md'), join(root, 'talks', 'outside.md'));
  execFileSync('mkfifo', [join(root, 'talks', 'fifo.md')]);

  it('follows links within the folder once, and reports loops, dangling links, links outside and pipes without reading them', () => {
    const { files, problems } = readContentTree(root);
    expect(files.map((file) => file.path)).toEqual(['talks/linked/2022-10-21-a.md', 'talks/real/2022-10-21-a.md']);
    expect(problems).toEqual([
      { file: 'talks/dangling.md', message: 'broken symbolic link (its target does not exist); remove it or point it at a file' },
      { file: 'talks/fifo.md', message: 'a named pipe, not a file; remove it from the content folder' },
      { file: 'talks/loop', message: 'symbolic link loop (a folder that contains itself); remove the link' },
      { file: 'talks/outside.md', message: 'symbolic link to something outside the content folder; copy the file into content/ instead' },
    ]);
  });
});

describe('F12: a block tag in a title is refused, never half-escaped', () => {
  it('refuses <div> in a title', () => {
    expect(problemsOf('publications/a.md', paper('"Deep <i>nets</i> for <div>block</div> data"'))).toEqual([
      'content/publications/a.md:3 title: block markup is not allowed in a one-line field: <div> </div>; allowed are <sup> <sub> <i> <em> <b> <strong> <span> <code>',
    ]);
  });

  it.each([
    ['"Deep <i>nets</i> for <center>block</center> data"', '<center> </center>'],
    ['"Deep <i>nets</i> for <search>block</search> data"', '<search> </search>'],
    ['"<caption>Deep</caption> <i>nets</i>"', '<caption> </caption>'],
    ['"<iframe>Deep</iframe> <i>nets</i>"', '<iframe> </iframe>'],
    ['"<script>Deep</script> <i>nets</i>"', '<script> </script>'],
  ])('F12: refuses every tag that would make the title show as literal markup: %s', (title, tags) => {
    expect(problemsOf('publications/a.md', paper(title))).toEqual([
      `content/publications/a.md:3 title: block markup is not allowed in a one-line field: ${tags}; allowed are <sup> <sub> <i> <em> <b> <strong> <span> <code>`,
    ]);
  });

  it.each([
    ['>50 layers suffice', '>50 layers suffice'],
    ['> <i>p</i> < 0.05', '> <i>p</i> &#x3C; 0.05'],
  ])('F12: a title starting with ">" keeps it, and its markup: %s', async (title, html) => {
    const render = await createInlineRenderer();
    expect(await render(title)).toBe(html);
  });

  it('keeps the allowed markup when it strips what it warned about', async () => {
    const render = await createInlineRenderer();
    expect(await render('Deep <i>nets</i> for <u>underlined</u> data')).toBe('Deep <i>nets</i> for underlined data');
  });
});

describe('F14: a title of invisible characters is refused', () => {
  it.each([['"\\u200B"'], ['"\\u3164\\u2800"'], ['"\\u00AD"']])('title %s', (title) => {
    const [problem] = problemsOf('publications/a.md', paper(title));
    expect(problem).toMatch(/^content\/publications\/a\.md:3 title: expected visible text, not only invisible characters; found "(\\u[0-9a-f]{4})+"; it contains U\+/);
  });
});

describe('F15: messages name the character that looks right', () => {
  it('reads a name typed in decomposed Unicode as the composed one', () => {
    expect(problemsOf('publications/a.md', md('kind: preprint\ntitle: T\nauthors: ["Yolcu GU\u0308"]\nyear: 2020\nvenue: arXiv'))).toEqual([]);
  });

  it('names a Cyrillic letter in a file name', () => {
    expect(problemsOf('publications/l\u0430puschkin.md', paper('T'))).toEqual([
      'content/publications/l\u0430puschkin.md: file name "l\u0430puschkin.md" must use lowercase letters, digits and hyphens only, starting with a letter or digit (it becomes the page URL); U+0430 (Cyrillic letter) at position 2 is not one',
    ]);
  });
});

describe('F16: talks and lectures share one page and one feed, so they share ids', () => {
  it('refuses a lecture with a talk’s file name', () => {
    expect(treeProblems({ 'profile.md': md('name: A\naliases: [A B]', 'Bio.'), 'talks/2022-10-21-a.md': talk(), 'lectures/2022-10-21-a.md': talk() })).toEqual([
      'content/lectures/2022-10-21-a.md: duplicate id "2022-10-21-a": talks/2022-10-21-a.md already uses it; rename one file',
    ]);
  });
});

describe('F17: messages for mistakes people make every day', () => {
  it('hints to quote a title with a colon', () => {
    expect(problemsOf('publications/a.md', paper('T: with colon'))).toEqual([
      'content/publications/a.md:3: front matter is not valid YAML: Nested mappings are not allowed in compact mappings; quote the value: a colon followed by a space starts a mapping (write title: "Part A: Part B")',
    ]);
  });

  it('says why a quoted year was refused', () => {
    expect(problemsOf('publications/a.md', md('kind: preprint\ntitle: T\nauthors: [Lovelace A]\nyear: "2031"\nvenue: arXiv'))).toEqual([
      'content/publications/a.md:5 year: expected a year such as 2019; found "2031"; write the number without quotes',
    ]);
  });
});
