/** Every built page passes html-validate's recommended rules with zero errors, in English and in German. */
import { describe, expect, it } from 'vitest';
import { DIST, DIST_GERMAN } from '../helpers/build.ts';
import { htmlPages } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/htmlValidation.ts';

describe.each([DIST, DIST_GERMAN])('html-validate: %s', (root) => {
  it.each(htmlPages(root))('%s', async (page) => {
    expect(await htmlProblems(root, page)).toEqual([]);
  });
});
