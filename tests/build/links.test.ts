import { expect, it } from 'vitest';
import { brokenLinks } from '../helpers/links.ts';
import { DIST, SHIPPED_SITE } from '../helpers/build.ts';

it('has no broken internal link, asset or #fragment', () => {
  expect(brokenLinks(DIST, '/', SHIPPED_SITE)).toEqual([]);
});
