import { describe, expect, it } from 'vitest';
import { unwatched } from '../../src/pipeline/devWatcher.ts';

describe("the dev server's watcher", () => {
  const project = '/home/ada/vita';
  const ignored = unwatched(
    ['dist', '.cache', '.astro/builds', 'tmp'].map((folder) => `${project}/${folder}`),
    [`${project}/tmp/cv/content`, `${project}/public`],
  );

  it('leaves out what builds, the bench and the tests write, with everything in it', () => {
    for (const path of ['dist', 'dist/publications/a/index.html', '.cache/cards/x.png', '.astro/builds/123-abc/site', 'tmp/test-sites/shipped/index.html']) {
      expect([path, ignored(`${project}/${path}`)]).toEqual([path, true]);
    }
  });

  it('watches the rest of the project, a content folder inside a left-out one and the folders on the way to it', () => {
    for (const path of [
      '',
      'src/pages/index.astro',
      'content/profile.md',
      '.astro/content.d.ts',
      'distant/file.md',
      'tmp',
      'tmp/cv',
      'tmp/cv/content',
      'tmp/cv/content/talks/a.md',
      'public/portrait.jpg',
    ]) {
      expect([path, ignored(`${project}/${path}`)]).toEqual([path, false]);
    }
    expect(ignored(`${project}/tmp/cv/other`)).toBe(true);
  });
});
