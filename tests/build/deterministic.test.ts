/**
 * Same content, same bytes: the complete fixture built twice by the global setup, at once, is
 * identical file for file; and so is the shipped CV built on a content store an older vita wrote,
 * whose reader checked a file differently, to its shared build.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Astro's own store format and digest: the test writes a store as an older vita would have.
import * as devalue from 'devalue';
import xxhash from 'xxhash-wasm';
import { afterAll, expect, it } from 'vitest';
import { DIST, runAstro, scratchDist, SHIPPED } from '../helpers/build.ts';
import { distFiles } from '../helpers/dist.ts';
import { sharedSite } from '../helpers/sites.ts';

/** Files of `first` whose bytes differ in `second`. */
const differing = (first: string, second: string) => distFiles(first).filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));

it('builds byte-identical output twice', () => {
  const [first, second] = [sharedSite('complete'), sharedSite('complete-again')];
  expect(distFiles(second)).toEqual(distFiles(first));
  expect(differing(first, second)).toEqual([]);
});

// Astro run by itself in a working folder that outlives each command (npm run build deletes its own):
// `astro sync` writes the content store as a build does, at a fraction of a build's cost.
const work = scratchDist('data-store');
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('stores a file anew when the stored entry was read by another version of vita (same file, other data)', async () => {
  runAstro(['sync'], work);
  const storeFile = join(work, 'cache', 'data-store.json');
  const store = devalue.parse(readFileSync(storeFile, 'utf8')) as Map<string, Map<string, { data: { title: string }; digest: string }>>;
  const entry = store.get('publications')!.get('hedstrom2023quantus')!;
  const { h64ToString } = await xxhash();
  // Before, an entry's digest was its file's alone: an upgrade that reads the file differently kept the old data.
  entry.digest = h64ToString(readFileSync(join(SHIPPED, 'publications', 'hedstrom2023quantus.md')).toString('latin1'));
  entry.data.title = 'A title an older reader stored';
  writeFileSync(storeFile, devalue.stringify(store));
  const dist = join(work, 'site');
  runAstro(['build', '--outDir', dist], work);
  expect(readFileSync(join(dist, 'publications', 'hedstrom2023quantus', 'index.html'), 'utf8')).not.toContain('older reader');
  expect(differing(DIST, dist)).toEqual([]);
});
