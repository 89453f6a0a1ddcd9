/**
 * The build refuses what the content check refuses about the site's own
 * address (adversarial test of 2026-12-05): old addresses that are pages (G1)
 * and files beside entries that could run script (G2), with the check's lines
 * and nothing written.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureCopy, MINIMAL, scratchDist } from '../helpers/build.ts';

const dist = scratchDist('site-files');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('G1, G2: a build stops at the content check', () => {
  it('G1, G2: names the old address of the home page and the SVG beside an entry, and writes no page', () => {
    const content = fixtureCopy(MINIMAL, { 'settings.yaml': 'redirects:\n  /index.html: cv\n  /404.html: home\n' });
    mkdirSync(join(content, 'publications'));
    writeFileSync(
      join(content, 'publications', 'a.md'),
      '---\nkind: preprint\ntitle: A\nauthors: [Lovelace A]\nyear: 2024\nvenue: arXiv\nlinks:\n  - { kind: data, url: figure.svg }\n---\n',
    );
    writeFileSync(join(content, 'publications', 'figure.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="document.title=1"><script>window.__pwned=1</script></svg>');
    let output = '';
    try {
      buildSite(dist, { content });
    } catch (error) {
      output = (error as Error).message;
    }
    expect(output).toContain(
      'content/settings.yaml:2 redirects./index.html: "/index.html" is the address of the page /; an old address must be one the site no longer has, or its redirect page would replace what is there',
    );
    expect(output).toContain('content/settings.yaml:3 redirects./404.html: "/404.html" is the address of the page for addresses that do not exist (/404.html);');
    expect(output).toContain(
      "content/publications/figure.svg: an SVG image can run script in a visitor's browser when opened from the site's own address, so it is not published;",
    );
    expect(output).toContain('content/publications/a.md:8 links[0].url: "figure.svg" is not published: content/publications/figure.svg is refused (its own message says why)');
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  });
});
