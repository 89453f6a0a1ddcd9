/**
 * Same content, same bytes: a second build is identical to the first, file for file; and so is a
 * build on a content store an older vita wrote, whose reader checked a file differently.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Astro's own store format and digest: the test writes a store as an older vita would have.
import * as devalue from 'devalue';
import xxhash from 'xxhash-wasm';
import { afterAll, expect, it } from 'vitest';
import { buildSite, DIST, ROOT, SHIPPED } from '../helpers/build.ts';
import { distFiles } from '../helpers/dist.ts';

const SECOND = join(ROOT, 'tmp', 'test-dist-again');
afterAll(() => {
  rmSync(SECOND, { recursive: true, force: true });
  rmSync(`${SECOND}.work`, { recursive: true, force: true });
});

/** Files of `dist` whose bytes differ from the first build's. */
const differingFrom = (dist: string) => distFiles(DIST).filter((file) => !readFileSync(join(DIST, file)).equals(readFileSync(join(dist, file))));

it('builds byte-identical output twice', () => {
  buildSite(SECOND);
  expect(distFiles(SECOND)).toEqual(distFiles(DIST));
  expect(differingFrom(SECOND)).toEqual([]);
});

it('stores a file anew when the stored entry was read by another version of vita (same file, other data)', async () => {
  const storeFile = join(`${SECOND}.work`, 'cache', 'data-store.json');
  const store = devalue.parse(readFileSync(storeFile, 'utf8')) as Map<string, Map<string, { data: { title: string }; digest: string }>>;
  const entry = store.get('publications')!.get('hedstrom2023quantus')!;
  const { h64ToString } = await xxhash();
  // Before, an entry's digest was its file's alone: an upgrade that reads the file differently kept the old data.
  entry.digest = h64ToString(readFileSync(join(SHIPPED, 'publications', 'hedstrom2023quantus.md')).toString('latin1'));
  entry.data.title = 'A title an older reader stored';
  writeFileSync(storeFile, devalue.stringify(store));
  buildSite(SECOND);
  expect(readFileSync(join(SECOND, 'publications', 'hedstrom2023quantus', 'index.html'), 'utf8')).not.toContain('older reader');
  expect(differingFrom(SECOND)).toEqual([]);
});
