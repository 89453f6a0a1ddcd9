/**
 * The commands an owner runs: `npm run check:content` on good and bad content,
 * and `astro build` refusing bad content by itself (what `npm run build` runs
 * after the check).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHIPPED as CONTENT, ROOT, scratchDist } from '../helpers/build.ts';
import { checkContentCommand } from '../../scripts/check-content.ts';
import { runCommand } from '../helpers/command.ts';
import { runNodeSync } from '../helpers/script.ts';

const scratch = scratchDist('commands');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (argv: string[], env: Record<string, string> = {}) => runNodeSync(argv, { env: { ...env, VITA_WORK_DIR: join(scratch, 'work') } });
/** `npm run check:content -- folder` in this process (the first test starts the script, as an owner runs it). */
const check = (folder: string) => runCommand(checkContentCommand, [folder]);

/** A copy of the shipped content with some files replaced. */
function contentWith(name: string, changes: Record<string, (text: string) => string>): string {
  const folder = join(scratch, name);
  cpSync(CONTENT, folder, { recursive: true });
  for (const [path, change] of Object.entries(changes)) {
    writeFileSync(join(folder, path), change(readFileSync(join(CONTENT, path), 'utf8')));
  }
  return folder;
}

describe('npm run check:content', () => {
  it('passes on the shipped CV', () => {
    const result = run(['scripts/check-content.ts', CONTENT]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('content ok: 101 entries in 101 files\n');
    expect(result.status).toBe(0);
  });

  it('prints every problem in every file, then exits 1', async () => {
    const folder = contentWith('broken', {
      'publications/bach2015pixel.md': (text) => text.replace('year: 2015', 'year: 2O15'),
      'talks/2022-10-21-beyond-heatmaps.md': (text) => text.replace('date: "2022-10-21"', 'date: "2022-10-32"'),
      'awards/pattern-recognition-best-paper-2020.md': (text) => text.replace('montavon2017explaining', 'montavon2017explainin'),
      'projects/tema.md': (text) => text.replace('role: lead', 'role: lead\nfunder: EU\nfundr: EU'),
    });
    const result = await check(folder);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    // The script prints paths relative to the working directory.
    const printedFolder = lines[0]!.slice(0, lines[0]!.indexOf('/awards/'));
    expect(join(ROOT, printedFolder)).toBe(folder);
    expect(lines.map((line) => line.replace(printedFolder, 'content'))).toEqual([
      'content/awards/pattern-recognition-best-paper-2020.md:4 publication: "montavon2017explainin" names no file in content/publications/; did you mean "montavon2017explaining"?',
      'content/projects/tema.md:8 fundr: unknown field "fundr"; did you mean "funder"?',
      'content/publications/bach2015pixel.md:11 year: expected a year such as 2019; found "2O15"',
      'content/talks/2022-10-21-beyond-heatmaps.md:3 date: expected a real date YYYY-MM-DD, a month YYYY-MM, or ascending days of one month YYYY-MM-DD/DD/DD; found "2022-10-32"',
      '',
      '4 problems in 4 files.',
    ]);
  });

  it('says so when the folder does not exist', async () => {
    const result = await check(join(scratch, 'missing'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${join(scratch, 'missing')}: no such folder; expected the content folder (default: ./content)\n`);
  });
});

describe('astro build run directly', () => {
  it('refuses invalid content with exactly the messages of the check, and no stack trace', async () => {
    const folder = contentWith('astro-broken', {
      'publications/lapuschkin2019unmasking.md': (text) => text.replace('kind: journal-article', 'kind: journal'),
    });
    const checked = await check(folder);
    const expected = checked.stderr.split('\n')[0]!;
    expect(expected).toContain('lapuschkin2019unmasking.md:2 kind: expected one of: journal-article, review-article, conference-paper');
    const result = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(scratch, 'dist')], { VITA_CONTENT: folder });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain(expected.slice(expected.indexOf('/publications/')));
    expect(output).toContain('1 problem in 1 file; nothing was built.');
    expect(output).not.toMatch(/^\s+at /m);
  });
});
