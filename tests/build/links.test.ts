import { expect, it } from 'vitest';
import { DIST } from '../helpers/build.ts';
import { brokenLinks } from '../helpers/links.ts';
import { loadSiteSettings } from '../../src/site.config.ts';

it('has no broken internal link, asset or #fragment', () => {
  const { site } = loadSiteSettings({});
  expect(brokenLinks(DIST, '/', site)).toEqual([]);
});
