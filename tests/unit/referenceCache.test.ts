/**
 * The formatted references kept in .cache/references/ between builds: a group's members, each with a list of
 * their own in one style, keep theirs side by side instead of each replacing the last one's.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/lib/formats/csl.ts';
import { citationFormatter } from '../../src/pipeline/citationStyle.ts';
import { ROOT } from '../helpers/build.ts';

// A project of its own (vita's sources and packages linked in), so the test's cache is not the working copy's.
const project = mkdtempSync(join(tmpdir(), 'vita-references-'));
for (const linked of ['src', 'node_modules']) symlinkSync(join(ROOT, linked), join(project, linked));
const folders = ['ada', 'ben'].map((member) => {
  const folder = join(project, 'members', member);
  mkdirSync(folder, { recursive: true });
  return folder;
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const book = (family: string, title: string): CslItem => ({ id: family, type: 'book', title, author: [{ family, given: 'A.' }], issued: { 'date-parts': [[2024]] } });
const formatFor = (content: string) => citationFormatter('apa', 'en', { project, content })!;

describe('formatted references kept between builds', () => {
  it("keep each content folder's references: the second folder's list leaves the first one's in place", () => {
    const [adaFolder, benFolder] = folders as [string, string];
    const [ada] = formatFor(adaFolder)([book('Lovelace', 'Notes on the analytical engine')]);
    const [ben] = formatFor(benFolder)([book('Okafor', 'A store of numbers')]);
    expect(ada).toBe('Lovelace, A. (2024). <i>Notes on the analytical engine</i>.');
    expect(ben).toBe('Okafor, A. (2024). <i>A store of numbers</i>.');

    const files = readdirSync(join(project, '.cache', 'references')).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(2);
    // The next build reads the first folder's reference from its file: changed there, it comes back changed.
    for (const file of files) {
      const path = join(project, '.cache', 'references', file);
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
      writeFileSync(path, JSON.stringify(Object.fromEntries(Object.entries(stored).map(([hash, html]) => [hash, `kept: ${html}`]))));
    }
    expect(formatFor(adaFolder)([book('Lovelace', 'Notes on the analytical engine')])).toEqual([`kept: ${ada}`]);
    expect(formatFor(benFolder)([book('Okafor', 'A store of numbers')])).toEqual([`kept: ${ben}`]);
  });
});
