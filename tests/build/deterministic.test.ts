/** Same content, same bytes: the complete fixture built twice by the global setup, at once, is identical file for file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { distFiles } from '../helpers/dist.ts';
import { sharedSite } from '../helpers/sites.ts';

it('builds byte-identical output twice', () => {
  const [first, second] = [sharedSite('complete'), sharedSite('complete-again')];
  const files = distFiles(first);
  expect(distFiles(second)).toEqual(files);
  const differing = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
  expect(differing).toEqual([]);
});
