/** The README's content reference is generated from the schemas and must be current. */
import { expect, it } from 'vitest';
import { runScriptSync } from '../helpers/script.ts';

it('README content reference matches the schemas (run npm run docs to update)', () => {
  const result = runScriptSync('content-reference', ['--check']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});
