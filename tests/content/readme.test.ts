/** The README's content reference is generated from the schemas and must be current. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('README content reference matches the schemas (run npm run docs to update)', () => {
  const result = spawnSync(process.execPath, ['scripts/content-reference.ts', '--check'], {
    cwd: join(import.meta.dirname, '..', '..'),
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});
