/** The cache of checked content files (src/pipeline/checkCache.ts): what a stored result gives back, and what makes it a miss. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCheckCache } from '../../src/pipeline/checkCache.ts';
import { checkFile } from '../../src/pipeline/checkFile.ts';
import { lineOf } from '../../src/pipeline/yaml.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vita-check-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project with its own code (src/) and lock file, which the cache's key is made of. */
function project(name: string): string {
  const root = join(scratch, name);
  mkdirSync(join(root, 'src', 'pipeline'), { recursive: true });
  writeFileSync(join(root, 'src', 'pipeline', 'check.ts'), 'export const version = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  return root;
}

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const good = file('publications/lovelace2020x.md', '---\nkind: journal-article\ntitle: "On engines"\nauthors: [Lovelace A]\nyear: 2020\nvenue: J\n---\n\nA body.\n');
const bad = file('publications/babbage2021y.md', '---\nkind: journal-article\ntitle: "On engines"\nyear: 2021\n---\n');

/** Checks `files` through a cache opened on `root`, as the loader does; which files were checked anew. */
function build(root: string, files: readonly { path: string; bytes: Uint8Array }[], digest = 'd1') {
  const cache = openCheckCache(root);
  const checked: string[] = [];
  const results = files.map((one) => {
    let result = cache.get(one.path, digest);
    if (!result) {
      checked.push(one.path);
      result = checkFile(one);
      cache.set(one.path, digest, result);
    }
    return result;
  });
  cache.save();
  return { checked, results };
}

describe('the check cache', () => {
  it('gives back what checking the file gives: fields, body, problems and the lines of fields', () => {
    const root = project('round-trip');
    expect(build(root, [good, bad]).checked).toEqual([good.path, bad.path]);
    const again = build(root, [good, bad]);
    expect(again.checked).toEqual([]);
    const [fresh, freshBad] = [checkFile(good), checkFile(bad)];
    const [stored, storedBad] = again.results;
    expect(stored!.problems).toEqual([]);
    expect(stored!.entry!.data).toEqual(fresh.entry!.data);
    expect([stored!.entry!.body, stored!.entry!.bodyLine, stored!.entry!.file]).toEqual(['A body.', 9, good.path]);
    expect(lineOf(stored!.entry!.yaml, ['year'])).toBe(5);
    expect(lineOf(stored!.entry!.yaml, ['year'])).toBe(lineOf(fresh.entry!.yaml, ['year']));
    expect(storedBad!.problems.length).toBeGreaterThan(0);
    expect(storedBad!.problems).toEqual(freshBad.problems);
  });

  it('misses a file whose contents changed, and keeps only the files of the last build', () => {
    const root = project('changed');
    build(root, [good, bad]);
    expect(build(root, [good, bad], 'd2').checked).toEqual([good.path, bad.path]);
    build(root, [good], 'd2');
    expect(build(root, [good, bad], 'd2').checked).toEqual([bad.path]);
  });

  it('misses everything after a change to vita: its code or its installed packages', () => {
    const root = project('upgrade');
    build(root, [good]);
    writeFileSync(join(root, 'src', 'pipeline', 'check.ts'), 'export const version = 2;\n');
    expect(build(root, [good]).checked).toEqual([good.path]);
    expect(build(root, [good]).checked).toEqual([]);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n');
    expect(build(root, [good]).checked).toEqual([good.path]);
  });
});
