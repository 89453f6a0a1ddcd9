/**
 * Your content: every file of content/ (or $VITA_CONTENT) is valid, the site
 * builds, every internal link resolves and every page is valid HTML. This is the
 * one group that reads content/; run it alone with `npm test -- --project content`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder, contentRoots } from '../../src/pipeline/contentFolder.ts';
import { formatProblem, isError } from '../../src/pipeline/problems.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { htmlPages } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/htmlValidation.ts';
import { brokenLinks } from '../helpers/links.ts';

const roots = contentRoots();
const dist = join(ROOT, 'tmp', 'owner-dist');
const settings = resolveSettings(roots.content);

describe(`your content (${roots.content})`, () => {
  it('has no problems', () => {
    const checked = checkContentFolder(roots.content, { publicDir: roots.public });
    if ('error' in checked) throw new Error(checked.error);
    expect(checked.problems.filter(isError).map((problem) => formatProblem(problem))).toEqual([]);
  });

  describe('built', () => {
    beforeAll(() => {
      rmSync(dist, { recursive: true, force: true });
      buildSite(dist, { content: roots.content, env: { VITA_PUBLIC: roots.public } });
    });
    afterAll(() => rmSync(dist, { recursive: true, force: true }));

    it('has no broken internal link, asset or #fragment', () => {
      // Without a site URL only relative links are checked; any origin stands in for it.
      expect(brokenLinks(dist, settings.base, settings.site ?? 'https://site.invalid')).toEqual([]);
    });

    it('has only valid HTML', async () => {
      const problems = await Promise.all(htmlPages(dist).map(async (page) => (await htmlProblems(dist, page)).map((message) => `${page} ${message}`)));
      expect(problems.flat()).toEqual([]);
    });
  });
});
