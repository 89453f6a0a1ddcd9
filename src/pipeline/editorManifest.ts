/**
 * Front-matter help while typing. The Astro language server (VS Code's Astro extension with the
 * setting `astro.content-intellisense`, or any editor that starts it with `contentIntellisense: true`)
 * checks and completes the front matter of each Markdown file that `.astro/collections/collections.json`
 * assigns to a collection, against `.astro/collections/<collection>.schema.json`. vita writes that
 * manifest for every Markdown file of the content folder (examples and drafts in `_` folders and files
 * with errors included), each assigned to vita's JSON Schema of its section (schemas/, every field
 * described), copied beside it as `vita-<section>.schema.json`. Astro writes the manifest itself only
 * under its experimental `contentIntellisense` flag, which vita leaves off: that one lists only entries
 * that passed the check, and its schemas carry no descriptions.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classify } from './checkFile.ts';
import { IGNORED } from './readTree.ts';

/** The folder of vita's JSON Schemas of the content, in the project (written by npm run docs). */
export const SCHEMA_FOLDER = 'schemas';

/** The language server's folder of collection schemas and manifest, in the folder the editor opens. */
export const EDITOR_FOLDER = join('.astro', 'collections');

/** vita's collections in the manifest: apart from the schemas Astro writes there for its own collections. */
const collectionOf = (section: string) => `vita-${section}`;

/** The manifest's key of a file: its file URL as the language server compares it (decoded, lowercase). */
const fileKey = (path: string) => decodeURIComponent(pathToFileURL(path).href).toLowerCase();

/** Every Markdown file under `folder` (hidden ones and tools' leftovers aside), as paths relative to it. */
function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && item.name.endsWith('.md'))
    .map((item) => relative(folder, join(item.parentPath, item.name)))
    .filter((path) => !path.split(sep).some((part) => IGNORED.test(part)))
    .sort();
}

export interface EditorManifest {
  readonly collections: readonly { readonly hasSchema: true; readonly name: string }[];
  readonly entries: Readonly<Record<string, string>>;
}

/** The section of each Markdown file of a content folder (also under `_examples/` and other `_` folders), by its absolute path. */
function sectionsOf(contentRoot: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of markdownFiles(contentRoot)) {
    const place = classify(
      path
        .split(sep)
        .join('/')
        .replace(/^_[^/]*\//, ''),
    );
    if (!('error' in place) && place.section !== 'style') found.set(join(contentRoot, path), place.section);
  }
  return found;
}

/** The manifest for a content folder: each Markdown file of a section assigned to that section's schema. */
export function editorManifest(contentRoot: string): EditorManifest {
  const found = sectionsOf(contentRoot);
  const collections = [...new Set(found.values())].sort().map((section) => ({ hasSchema: true as const, name: collectionOf(section) }));
  return { collections, entries: Object.fromEntries([...found].map(([path, section]) => [fileKey(path), collectionOf(section)])) };
}

/** Writes a file unless it holds that text already; true when it wrote. */
function writeIfChanged(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

/**
 * Writes the manifest of `contentRoot` and the schemas it names (from `schemaFolder`, vita's schemas/) into
 * `<editorRoot>/.astro/collections/`; true when anything changed.
 */
export function writeEditorManifest(editorRoot: string, contentRoot: string, schemaFolder: string): boolean {
  const folder = join(editorRoot, EDITOR_FOLDER);
  mkdirSync(folder, { recursive: true });
  let changed = false;
  for (const section of new Set(sectionsOf(contentRoot).values())) {
    changed = writeIfChanged(join(folder, `${collectionOf(section)}.schema.json`), readFileSync(join(schemaFolder, `${section}.schema.json`), 'utf8')) || changed;
  }
  return writeIfChanged(join(folder, 'collections.json'), `${JSON.stringify(editorManifest(contentRoot), null, 2)}\n`) || changed;
}
