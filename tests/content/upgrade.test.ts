/**
 * Upgrading: a content tree written for vita 0.1 (tests/fixtures/upgrade/0.1/: no
 * settings.yaml, and one of each change CHANGELOG.md flags under "Content format")
 * gets one problem per file that needs an edit, each naming the edit; with those
 * edits made, it checks clean and builds with the defaults.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { FIXTURE_PUBLIC, fixtureCopy, ROOT, scratchDist } from '../helpers/build.ts';
import { buildOnSharedBuilders } from '../helpers/sites.ts';
import { loadPage } from '../helpers/dist.ts';

const RELEASE_0_1 = join(ROOT, 'tests', 'fixtures', 'upgrade', '0.1');
const LONG_ID = 'lovelace2022letters-to-charles-babbage-on-the-engine-and-its-bernoulli-numbers-program';
const dist = scratchDist('upgrade');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function problems(folder: string): string[] {
  const checked = checkContentFolder(folder, { publicDir: FIXTURE_PUBLIC });
  if ('error' in checked) throw new Error(checked.error);
  return checked.problems.map((problem) => formatProblem(problem));
}

/** A file of the tree with one exact replacement, failing loudly if the text is not there. */
function edit(folder: string, file: string, from: string, to: string): void {
  const path = join(folder, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('a content tree written for vita 0.1', () => {
  it('gets one problem per change of the content format, each naming the file, line, field and the edit', () => {
    expect(problems(RELEASE_0_1)).toEqual([
      'content/profile.md:2 portraitAlt: required field is missing; expected a description of the portrait for people who cannot see it, e.g. "Ada Lovelace at her desk"',
      `content/publications/${LONG_ID}.md: file name "${LONG_ID}.md" is 86 characters long before .md; expected at most 80`,
      'content/publications/lovelace2023notes.md:11 doi: expected a DOI such as 10.1038/s41467-019-08987-4 (10., a registrant number, /, then no spaces or braces); found "10.5281/{zenodo}.1843"',
      'content/talks/2023-06-01-engine.md:2 title: block markup is not allowed in a one-line field: <div> </div>; allowed are <sup> <sub> <i> <em> <b> <strong> <span> <code>',
    ]);
  });

  it('checks clean and builds with the defaults once the edits of CHANGELOG.md are made', async () => {
    const folder = fixtureCopy(RELEASE_0_1);
    edit(folder, 'profile.md', 'portrait: /portrait.jpg\n', 'portrait: /portrait.jpg\nportraitAlt: An illustration of Ada Lovelace\n');
    edit(folder, 'publications/lovelace2023notes.md', 'doi: "10.5281/{zenodo}.1843"', 'doi: "10.5281/zenodo.1843"');
    edit(folder, 'talks/2023-06-01-engine.md', '"<div>The Engine and its notes</div>"', '"The Engine and its notes"');
    renameSync(join(folder, 'publications', `${LONG_ID}.md`), join(folder, 'publications', 'lovelace2022letters.md'));
    expect(problems(folder)).toEqual([]);

    await buildOnSharedBuilders(dist, { content: folder });
    // No settings.yaml: English, no site URL (so no canonical link), every page that has entries.
    const home = loadPage('/', dist);
    expect(home('html').attr('lang')).toBe('en');
    expect(home('link[rel="canonical"]').length).toBe(0);
    expect(home('picture img').attr('alt')).toBe('An illustration of Ada Lovelace');
    for (const page of ['publications/lovelace2023notes', 'publications/lovelace2022letters', 'talks', 'cv']) expect(existsSync(join(dist, page, 'index.html')), page).toBe(true);
    expect(loadPage('/publications/lovelace2023notes/', dist)('meta[name="citation_doi"]').attr('content')).toBe('10.5281/zenodo.1843');
    expect(loadPage('/talks/', dist)('#talk-2023-06-01-engine').text()).toContain('The Engine and its notes');
  });
});
