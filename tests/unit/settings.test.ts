/** content/settings.yaml: defaults, the environment's overrides, and every mistake named with file, line and field. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, contrastRatio, DEFAULT_ACCENT } from '../../src/lib/contrast.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { themeCss } from '../../src/integrations/vita.ts';
import { md, problemsOf, treeProblems } from '../helpers/check.ts';

const settingsFolder = (text?: string) => {
  const folder = mkdtempSync(join(tmpdir(), 'vita-settings-'));
  if (text !== undefined) writeFileSync(join(folder, 'settings.yaml'), text);
  return folder;
};

describe('resolved settings', () => {
  it('has defaults for everything when there is no settings file', () => {
    expect(resolveSettings(settingsFolder(), {})).toMatchObject({
      language: 'en',
      site: undefined,
      base: '/',
      authorNames: 'family-initials',
      lists: { homePublications: 5, homeTalks: 4, homeProjects: 3, cvExcerpt: 10, authors: 12, pageLimit: 300 },
    });
  });

  it.each([
    ['url: https://user.github.io/vita/\n', {}, { site: 'https://user.github.io', base: '/vita/' }],
    ['url: https://example.org\n', { SITE_URL: 'https://user.github.io', BASE_PATH: '/vita' }, { site: 'https://user.github.io', base: '/vita/' }],
    ['language: de-AT\n', { LIST_LIMIT: '30' }, { language: 'de-AT', lists: expect.objectContaining({ pageLimit: 30 }) }],
  ])('%j with %j resolves to %j', (text, env, expected) => {
    expect(resolveSettings(settingsFolder(text), env)).toMatchObject(expected);
  });
});

describe('mistakes in settings.yaml', () => {
  it.each([
    ['langauge: de', 'content/settings.yaml:1 langauge: unknown field "langauge"; did you mean "language"?'],
    [
      'language: ja',
      'content/settings.yaml:1 language: expected a language tag vita has interface text for: en, de, fr, es, it, pt, nl, ar (optionally with a region, e.g. en-GB, de-AT); found "ja"',
    ],
    [
      'language: english',
      'content/settings.yaml:1 language: expected a language tag vita has interface text for: en, de, fr, es, it, pt, nl, ar (optionally with a region, e.g. en-GB, de-AT); found "english"',
    ],
    [
      'navigation: [home, My Blog]',
      'content/settings.yaml:1 navigation[1]: expected a page name (home, news, people, publications, talks, patents, cv), the id of a free page, or { page, label }; found "My Blog"',
    ],
    ['lists:\n  homeTalks: 0', 'content/settings.yaml:2 lists.homeTalks: expected a number of at least 1; found 0'],
    ['lists:\n  authors: -1', 'content/settings.yaml:2 lists.authors: expected a number of at least 1; found -1'],
    ['url: example.org', 'content/settings.yaml:1 url: expected an absolute http(s) URL such as https://example.org; found "example.org"'],
    [
      'accent: "#ffff00"',
      'content/settings.yaml:1 accent.light: expected a colour with a contrast of at least 4.5:1 on the light background (WCAG AA), not 1.02:1; found "#ffff00"',
    ],
    [
      'accent: { light: "#0a5a9c", dark: "#0a5a9c" }',
      'content/settings.yaml:1 accent.dark: expected a colour with a contrast of at least 4.5:1 on the dark background (WCAG AA), not 2.27:1; found "#0a5a9c"',
    ],
    ['accent: blue', 'content/settings.yaml:1 accent.light: expected a colour as #rrggbb, e.g. #0a5a9c; found "blue"'],
    ['pdf:\n  paper: letter', 'content/settings.yaml:2 pdf.paper: expected one of: a4, us-letter; found "letter"'],
    [
      'cv:\n  sections: [publications, papers]',
      'content/settings.yaml:2 cv.sections[1]: expected a CV section: experience, education, publications, grants, awards, projects, patents, talks, lectures, teaching, supervision, service, skills; found "papers"',
    ],
    ['cv:\n  sections: [talks, publications, talks]', 'content/settings.yaml:2 cv.sections[2]: expected each section once, and this one is in the list already; found "talks"'],
    ['cv:\n  sections: []', 'content/settings.yaml:2 cv.sections: expected at least one section; found a list of 0'],
    [
      'pdf:\n  sections: [talks]',
      'content/settings.yaml:2 pdf.sections: unknown field "sections"; it moved: write it as cv.sections (the CV page and the PDF share one list since 0.3)',
    ],
  ])('%j', (text, expected) => {
    expect(problemsOf('settings.yaml', `${text}\n`)).toContain(expected);
  });

  it('refuses a navigation entry that names no page, listing the free pages there are', () => {
    expect(
      treeProblems({
        'profile.md': md('name: A\naliases: [A A]', 'Bio.'),
        'pages/research.md': md('title: Research', 'Text.'),
        'settings.yaml': 'navigation: [home, reserch, research]\n',
      }),
    ).toEqual([
      'content/settings.yaml:1 navigation[1]: "reserch" is neither a page of vita nor a free page in content/pages/; expected one of: home, news, people, publications, talks, patents, cv, research',
    ]);
  });

  it('is quiet about a good file, and warns about a navigation entry with nothing to show', () => {
    expect(problemsOf('settings.yaml', 'language: en-GB\naccent: { light: "#0a5a9c", dark: "#8cc4ff" }\n')).toEqual([]);
  });
});

describe('accent colour', () => {
  it('checks against the backgrounds the stylesheet really uses', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    for (const [scheme, block] of [
      ['light', light!],
      ['dark', dark!],
    ] as const) {
      expect(block).toContain(`--paper: ${BACKGROUNDS[scheme].paper};`);
      expect(block).toContain(`--paper-raised: ${BACKGROUNDS[scheme].raised};`);
      expect(block).toContain(`--accent: ${DEFAULT_ACCENT[scheme]};`);
    }
  });

  it('becomes custom properties with readable text on accent backgrounds', () => {
    expect(themeCss({ light: '#0a5a9c', dark: '#8cc4ff' })).toBe(
      ':root { --accent: #0a5a9c; --accent-ink: #ffffff; }\n@media (prefers-color-scheme: dark) { :root { --accent: #8cc4ff; --accent-ink: #0b1220; } }\n',
    );
    expect(themeCss(undefined)).toBe('');
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
  });
});

describe('the portrait in the PDF', () => {
  it('warns when the settings ask for it and the profile has none', () => {
    const files = { 'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.'), 'settings.yaml': 'pdf:\n  portrait: true\n' };
    expect(treeProblems(files)).toEqual([
      'content/settings.yaml:2 pdf.portrait: warning: the PDF is to show the portrait, but profile.md names none; expected portrait: /portrait.jpg (an image in public/) and portraitAlt in profile.md',
    ]);
    expect(treeProblems({ ...files, 'settings.yaml': 'pdf:\n  portrait: false\n' })).toEqual([]);
  });
});
