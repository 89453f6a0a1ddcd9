/**
 * Help while typing, as an editor gets it, from the real language servers over stdio: the YAML
 * language server (VS Code's YAML extension, and the editors that run it) checks, completes and
 * explains settings.yaml through the schema line `npm run new` writes; the Astro language server
 * (VS Code's Astro extension with `astro.content-intellisense`) does the same for the front matter
 * of Markdown files through the manifest vita writes into .astro/collections/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { editorManifest, EDITOR_FOLDER, SCHEMA_FOLDER, writeEditorManifest } from '../../src/pipeline/editorManifest.ts';
import { newSiteFiles } from '../../tooling/starter/newSite.ts';
import { ROOT } from '../helpers/build.ts';
import { startLanguageServer } from '../helpers/languageServer.ts';

const require = createRequire(import.meta.url);
const project = mkdtempSync(join(tmpdir(), 'vita-editor-'));
const content = join(project, 'content');
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The new site's files as `npm run new` writes them into content/ of a project beside vita. */
for (const file of newSiteFiles({ name: 'Ada Lovelace', email: 'ada@example.org', language: 'en', schemaFolder: relative(content, join(ROOT, SCHEMA_FOLDER)) })) {
  mkdirSync(dirname(join(content, file.path)), { recursive: true });
  writeFileSync(join(content, file.path), file.text);
}

describe('settings.yaml in the YAML language server', () => {
  const path = join(content, 'settings.yaml');
  const [schemaLine] = readFileSync(path, 'utf8').split('\n');
  const text = [schemaLine, 'language: en', 'lists:', '  homeTalks: many', '  ', 'pdf:', '  paper: a5', 'colour: red', ''].join('\n');

  it('reports wrong values and unknown fields, completes field names and explains them', async () => {
    const server = await startLanguageServer([require.resolve('yaml-language-server/bin/yaml-language-server')], project, {
      settings: { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } },
    });
    try {
      expect(await server.open(path, text, 'yaml')).toEqual([
        { line: 3, message: 'Incorrect type. Expected "integer".' },
        { line: 6, message: 'Value is not accepted. Valid values: "a4", "us-letter".' },
        { line: 7, message: 'Property colour is not allowed.' },
      ]);
      const offered = await server.completion(path, 4, 2);
      expect(offered.map((item) => item.label)).toEqual(['homePublications', 'homeProjects', 'cvExcerpt', 'authors', 'authorsFirst', 'authorsLast', 'pageLimit', 'homeNews']);
      expect(offered.find((item) => item.label === 'homeNews')?.documentation).toContain('Latest news items on the home page (all of them on /news/).');
      expect(await server.hover(path, 2, 2)).toContain('How many items lists show.');
    } finally {
      server.close();
    }
  });
});

describe('front matter in the Astro language server', () => {
  const paper = join(content, 'publications', 'draft.md');
  const example = join(content, '_examples', 'talks', '2024-05-keynote.md');
  for (const file of [paper, example]) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(paper, ['---', 'kind: journal-article', 'titel: A paper', 'authors: [Lovelace A]', 'year: next year', '', '---', 'Abstract.', ''].join('\n'));
  writeFileSync(example, ['---', 'title: A keynote', 'date: 2024-02-30', 'event: Somewhere', 'kind: speech', '---', ''].join('\n'));

  it('the manifest names every Markdown file by its section, examples and files with errors included', () => {
    const manifest = editorManifest(content);
    const key = (path: string) => decodeURIComponent(pathToFileURL(path).href).toLowerCase();
    expect(manifest.entries[key(paper)]).toBe('vita-publications');
    expect(manifest.entries[key(example)]).toBe('vita-talks');
    expect(manifest.entries[key(join(content, 'profile.md'))]).toBe('vita-profile');
    expect(Object.keys(manifest.entries).filter((file) => file.endsWith('.yaml'))).toEqual([]);
    expect(writeEditorManifest(project, content, join(ROOT, SCHEMA_FOLDER))).toBe(true);
    expect(writeEditorManifest(project, content, join(ROOT, SCHEMA_FOLDER))).toBe(false);
    expect(readFileSync(join(project, EDITOR_FOLDER, 'vita-talks.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, SCHEMA_FOLDER, 'talks.schema.json'), 'utf8'));
  });

  it('reports, completes and explains the fields of a publication and of an example talk', async () => {
    writeEditorManifest(project, content, join(ROOT, SCHEMA_FOLDER));
    const server = await startLanguageServer([require.resolve('@astrojs/language-server/bin/nodeServer.js')], project, {
      initializationOptions: { typescript: { tsdk: dirname(require.resolve('typescript')) }, contentIntellisense: true },
    });
    try {
      expect(await server.open(paper, readFileSync(paper, 'utf8'), 'markdown')).toEqual([
        { line: 0, message: 'Missing property "title".' },
        { line: 2, message: 'Property titel is not allowed.' },
        { line: 4, message: 'Incorrect type. Expected "integer".' },
      ]);
      const offered = await server.completion(paper, 5, 0);
      expect(offered.map((item) => item.label)).toContain('doi');
      expect(offered.find((item) => item.label === 'doi')?.documentation).toContain('Digital Object Identifier.');
      expect(await server.hover(paper, 1, 2)).toContain('Which list the publication belongs to.');
      expect(await server.open(example, readFileSync(example, 'utf8'), 'markdown')).toEqual([
        { line: 2, message: expect.stringMatching(/^String does not match the pattern of/) },
        { line: 4, message: 'Value is not accepted. Valid values: "talk", "keynote", "invited-talk", "paper-presentation", "lecture", "lecture-series", "webinar".' },
      ]);
    } finally {
      server.close();
    }
  });
});
