/** Reads a content folder from disk the way scripts/check-content.ts does. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkContentTree, type ValidEntry } from '../../src/pipeline/contentTree.ts';

export const CONTENT = join(import.meta.dirname, '..', '..', 'content');

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? listFiles(join(folder, item.name)) : [join(folder, item.name)],
  );
}

/** Validates the folder and returns problems plus the valid entries grouped by section. */
export function loadContent(root = CONTENT) {
  const files = listFiles(root).map((path) => ({ path: relative(root, path).split(sep).join('/'), bytes: readFileSync(path) }));
  const { problems, entries } = checkContentTree(files);
  const bySection = (section: string) => entries.filter((entry) => entry.section === section);
  const byId = (section: string, id: string): Record<string, unknown> => {
    const found = entries.find((entry: ValidEntry) => entry.section === section && entry.id === id);
    if (!found) throw new Error(`no ${section}/${id}`);
    return found.data;
  };
  return { problems, entries, bySection, byId };
}
