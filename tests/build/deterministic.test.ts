/** Same content, same bytes: a second build is identical to the first, file for file. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite, DIST, ROOT } from '../helpers/build.ts';
import { distFiles } from '../helpers/dist.ts';

const SECOND = join(ROOT, 'tmp', 'test-dist-again');
afterAll(() => rmSync(SECOND, { recursive: true, force: true }));

it('builds byte-identical output twice', () => {
  buildSite(SECOND);
  const files = distFiles(DIST);
  expect(distFiles(SECOND)).toEqual(files);
  const differing = files.filter((file) => !readFileSync(join(DIST, file)).equals(readFileSync(join(SECOND, file))));
  expect(differing).toEqual([]);
});
