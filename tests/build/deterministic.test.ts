/**
 * Same content, same bytes: the complete fixture built again is identical file for file to its
 * shared build (tests/helpers/sites.ts), and so it is when built on a content store an older vita
 * wrote, whose reader checked a file differently: the file is read anew.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// Astro's own store format and digest: the test writes a store as an older vita would have.
import * as devalue from 'devalue';
import xxhash from 'xxhash-wasm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COMPLETE, scratchDist } from '../helpers/build.ts';
import { distFiles } from '../helpers/dist.ts';
import { buildOnSharedBuilders, keptWork, sharedSite } from '../helpers/sites.ts';

/** Files of `first` whose bytes differ in `second`. */
const differing = (first: string, second: string) => distFiles(first).filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));

// The complete site's build kept Astro's working files (tests/helpers/sites.ts): the build again starts from its content
// store, one entry of which an older vita stored.
const work = keptWork('complete');
const dist = join(scratchDist('data-store'), 'site');
const ENTRY = 'rossi2022spatial';
beforeAll(async () => {
  const storeFile = join(work, 'cache', 'data-store.json');
  const store = devalue.parse(readFileSync(storeFile, 'utf8')) as Map<string, Map<string, { data: { title: string }; digest: string }>>;
  const entry = store.get('publications')!.get(ENTRY)!;
  const { h64ToString } = await xxhash();
  // Before, an entry's digest was its file's alone: an upgrade that reads the file differently kept the old data.
  entry.digest = h64ToString(readFileSync(join(COMPLETE, 'publications', `${ENTRY}.md`)).toString('latin1'));
  entry.data.title = 'A title an older reader stored';
  writeFileSync(storeFile, devalue.stringify(store));
  await buildOnSharedBuilders(dist, { content: COMPLETE, env: { VITA_WORK_DIR: work } });
});
afterAll(() => rmSync(dirname(dist), { recursive: true, force: true }));

it('builds byte-identical output twice', () => {
  const first = sharedSite('complete');
  expect(distFiles(dist)).toEqual(distFiles(first));
  expect(differing(first, dist)).toEqual([]);
});

it('stores a file anew when the stored entry was read by another version of vita (same file, other data)', () => {
  const page = readFileSync(join(dist, 'publications', ENTRY, 'index.html'), 'utf8');
  expect(page).not.toContain('older reader');
  expect(page).toContain('Spatial Statistics for Cell Biologists');
});
