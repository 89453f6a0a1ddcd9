/**
 * The malformed-content corpus (tests/fixtures/malformed/, plus three files made
 * here: binary, invalid UTF-8, 5 MB): each fault dropped into a copy of the
 * shipped CV is reported naming the file, the line where YAML gives one, and the
 * field; all of them at once make `npm run check:content` and `npm run build`
 * exit non-zero, naming every one; never a stack trace; the previous build
 * output stays untouched.
 * A byte-order mark with Windows line endings is accepted and builds (a file of the complete fixture).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { COMPLETE, FIXTURE_PUBLIC, SHIPPED as CONTENT, ROOT, scratchDist, SOURCE_DATE_EPOCH } from '../helpers/build.ts';
import { checkContentCommand } from '../../scripts/check-content.ts';
import { runCommand } from '../helpers/command.ts';
import { runScriptSync } from '../helpers/script.ts';
import { sharedSite } from '../helpers/sites.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'malformed');
const scratch = scratchDist('malformed');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs npm run build (a process of its own) or check:content (in this process) from the folder holding `content`, so it prints paths as content/…, as it would for the owner. */
async function run(script: 'build' | 'check-content', content: string, args: string[] = []) {
  const options = { cwd: dirname(content), env: { VITA_CONTENT: content, SOURCE_DATE_EPOCH } };
  const result = script === 'build' ? runScriptSync(script, args, options) : await runCommand(checkContentCommand, args, options);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of the shipped content with one file added or replaced. */
function contentWith(name: string, target: string, bytes: Uint8Array | string): string {
  const folder = join(scratch, name, 'content');
  cpSync(CONTENT, folder, { recursive: true });
  mkdirSync(dirname(join(folder, target)), { recursive: true });
  writeFileSync(join(folder, target), bytes);
  return folder;
}

const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.md`));
const invalidUtf8 = Buffer.concat([Buffer.from('---\ntitle: "Caf'), Buffer.from([0xe9]), Buffer.from('"\ndate: 2022-10-21\nevent: E\n---\n')]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const huge = `---\ntitle: Huge\ndate: 2022-10-21\nevent: E\n---\n${'All work and no play. '.repeat(240_000)}`;

/** [fault, file placed in content/, its bytes, the line the check must print] */
const CASES: [string, string, Uint8Array | string, string][] = [
  ['unclosed quote', 'talks/unclosed-quote.md', fixture('unclosed-quote'), 'talks/unclosed-quote.md:2: front matter is not valid YAML: Missing closing quote mark'],
  [
    'tab indentation',
    'talks/tab-indentation.md',
    fixture('tab-indentation'),
    'talks/tab-indentation.md:4: front matter is not valid YAML: Tabs are not allowed as indentation; indent with spaces',
  ],
  ['duplicate YAML key', 'talks/duplicate-key.md', fixture('duplicate-key'), 'talks/duplicate-key.md:5: front matter is not valid YAML: the same field appears twice'],
  [
    'number field given text',
    'publications/wrong-type-number.md',
    fixture('wrong-type-number'),
    'publications/wrong-type-number.md:5 year: expected a year such as 2019; found "twenty-twenty"',
  ],
  ['list field given text', 'publications/wrong-type-list.md', fixture('wrong-type-list'), 'publications/wrong-type-list.md:4 authors: expected a list; found "Lapuschkin S"'],
  ['text field given a list', 'publications/wrong-type-text.md', fixture('wrong-type-text'), 'publications/wrong-type-text.md:3 title: expected text; found a list of 2'],
  [
    'boolean field given text',
    'publications/wrong-type-boolean.md',
    fixture('wrong-type-boolean'),
    'publications/wrong-type-boolean.md:7 selected: expected true or false; found "yes"; write selected: true',
  ],
  [
    'date field given a number',
    'talks/wrong-type-date.md',
    fixture('wrong-type-date'),
    'talks/wrong-type-date.md:3 date: expected a date YYYY-MM-DD, a month YYYY-MM or days YYYY-MM-DD/DD/DD; found 20221021',
  ],
  [
    'impossible date',
    'talks/impossible-date.md',
    fixture('impossible-date'),
    'talks/impossible-date.md:3 date: expected a real date YYYY-MM-DD, a month YYYY-MM, or ascending days of one month YYYY-MM-DD/DD/DD; found "2022-02-30"',
  ],
  [
    'end before start',
    'projects/end-before-start.md',
    fixture('end-before-start'),
    'projects/end-before-start.md:5 end: expected an end not before the start (2022-12); found "2021-01"',
  ],
  ['unknown key', 'publications/unknown-key.md', fixture('unknown-key'), 'publications/unknown-key.md:3 titel: unknown field "titel"; did you mean "title"?'],
  [
    'unknown enum value',
    'talks/unknown-enum.md',
    fixture('unknown-enum'),
    'talks/unknown-enum.md:5 kind: expected one of: talk, keynote, invited-talk, paper-presentation, lecture, lecture-series, webinar; found "speech"',
  ],
  ['empty file', 'talks/empty.md', fixture('empty'), 'talks/empty.md: empty file; expected front matter between --- lines'],
  [
    'front matter only where a body is required',
    'profile.md',
    fixture('front-matter-only'),
    'profile.md: the text after the front matter is empty; expected the Markdown body (the short bio)',
  ],
  ['5 MB file', 'talks/huge.md', huge, 'talks/huge.md: file is 5.0 MB; expected a content file under 1 MB'],
  ['binary file', 'talks/binary.md', png, 'talks/binary.md: binary file; expected a Markdown text file'],
  ['invalid UTF-8', 'talks/invalid-utf8.md', invalidUtf8, 'talks/invalid-utf8.md:2: invalid UTF-8 byte sequence; expected the file saved as UTF-8'],
  [
    'duplicate id',
    'publications/2019/lapuschkin2019unmasking.md',
    fixture('duplicate-id'),
    'publications/lapuschkin2019unmasking.md: duplicate id "lapuschkin2019unmasking": publications/2019/lapuschkin2019unmasking.md already uses it; rename one file',
  ],
  [
    'dangling reference',
    'awards/dangling-reference.md',
    fixture('dangling-reference'),
    'awards/dangling-reference.md:4 publication: "nonexistent2020paper" names no file in content/publications/; expected the id (file name without .md) of an existing entry',
  ],
];

describe.each(CASES)('%s', (name, target, bytes, expected) => {
  it('is reported with the file, the line and the field', () => {
    const checked = checkContentFolder(contentWith(name.replaceAll(' ', '-'), target, bytes), { publicFileExists: () => true });
    if ('error' in checked) throw new Error(checked.error);
    expect(checked.problems.map((problem) => formatProblem(problem))).toContain(`content/${expected}`);
  });
});

describe('all faults at once', () => {
  const folder = join(scratch, 'all', 'content');
  cpSync(CONTENT, folder, { recursive: true });
  for (const [, target, bytes] of CASES) {
    mkdirSync(dirname(join(folder, target)), { recursive: true });
    writeFileSync(join(folder, target), bytes);
  }

  it('npm run check:content prints every one and exits 1', async () => {
    const result = await run('check-content', folder);
    expect(result.status).toBe(1);
    for (const [, , , expected] of CASES) expect(result.output.split('\n')).toContain(`content/${expected}`);
    expect(result.output).not.toMatch(/^\s+at /m);
  });

  it('npm run build names every one, exits non-zero and leaves the previous output untouched', async () => {
    const outDir = join(scratch, 'all-dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'previous-build.txt'), 'kept');
    const result = await run('build', folder, ['--outDir', outDir]);
    expect(result.status).not.toBe(0);
    for (const [, , , expected] of CASES) expect(result.output).toContain(`content/${expected.split(':')[0]!}`);
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(outDir, 'previous-build.txt'), 'utf8')).toBe('kept');
    // No lock, scratch or previous folder left beside it (dist.lock, dist.building-…, dist.previous-…).
    expect(readdirSync(scratch).filter((name) => name.startsWith(`${basename(outDir)}.`))).toEqual([]);
  });
});

describe('a byte-order mark and Windows line endings', () => {
  it('are accepted by the check and the build', () => {
    // The complete fixture has a file saved so (talks/2022-05-06-lab-retreat.md), built by the global setup.
    expect(readFileSync(join(COMPLETE, 'talks', '2022-05-06-lab-retreat.md'), 'utf8')).toMatch(/^\ufeff---\r\n(.*\r\n)+$/);
    const checked = checkContentFolder(COMPLETE, { publicDir: FIXTURE_PUBLIC });
    if ('error' in checked) throw new Error(checked.error);
    expect(checked.problems.map((problem) => formatProblem(problem))).toEqual([]);
    expect(readFileSync(join(sharedSite('complete'), 'talks', 'index.html'), 'utf8')).toContain('Notes from a Windows laptop');
  });
});
