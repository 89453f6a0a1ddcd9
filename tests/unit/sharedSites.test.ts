/** The shared sites a run of some of the generator's test files builds: those the files, and the helpers they import, name (tests/globalSetup.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { sitesNamedIn } from '../helpers/sites.ts';

const scratch = mkdtempSync(join(ROOT, 'tmp', 'shared-sites-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A test file with this text. */
function testFile(name: string, text: string): string {
  const file = join(scratch, `${name}.test.ts`);
  writeFileSync(file, text);
  return file;
}

it('are the sites a file names by sharedSite, preparedContent and keptWork, DIST and DIST_GERMAN, in the order they are built', () => {
  const file = testFile('named', "const a = sharedSite('group');\nconst b = keptWork( 'complete');\nconst c = preparedContent('bilingual');\nreadPage('/', DIST_GERMAN);\n");
  expect(sitesNamedIn([file])).toEqual(['shipped-de', 'complete', 'bilingual', 'group']);
});

it('a name made with ${…} counts every site it can be', () => {
  expect(sitesNamedIn([testFile('made', 'const roots = [2, 3].map((row) => sharedSite(`matrix-${row}`));\n')])).toEqual([
    'matrix-2',
    'matrix-3',
    'matrix-4',
    'matrix-5',
    'matrix-6',
    'matrix-7',
    'matrix-0',
  ]);
});

it('a helper the file imports counts, with what it reads by default (tests/helpers/dist.ts reads the shipped site)', () => {
  const file = testFile('helper', "import { loadPage } from '../../tests/helpers/dist.ts';\nloadPage('/cv/');\n");
  expect(sitesNamedIn([file])).toEqual(['shipped']);
});

it('none for a file that names none, and each site once for several files', () => {
  expect(sitesNamedIn([testFile('none', "it('adds', () => expect(1 + 1).toBe(2));\n")])).toEqual([]);
  expect(sitesNamedIn([testFile('one', "sharedSite('complete-ar');\n"), testFile('two', "sharedSite('complete-ar');\nsharedSite('large-lists');\n")])).toEqual([
    'large-lists',
    'complete-ar',
  ]);
});
