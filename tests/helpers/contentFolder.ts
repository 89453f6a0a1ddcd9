/** Reads a content folder the way `npm run check` does, with lookups by section and id. */
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { SHIPPED } from './build.ts';

/** Validates the folder and returns problems plus the valid entries grouped by section. */
export function loadContent(root = SHIPPED) {
  const checked = checkContentFolder(root, { publicFileExists: () => true });
  if ('error' in checked) throw new Error(checked.error);
  const { problems, entries } = checked;
  const bySection = (section: string) => entries.filter((entry) => entry.section === section);
  const byId = (section: string, id: string): Record<string, unknown> => {
    const found = entries.find((entry) => entry.section === section && entry.id === id);
    if (!found) throw new Error(`no ${section}/${id}`);
    return found.data;
  };
  return { problems, entries, bySection, byId };
}

/** Kept for the tests that still name it: the shipped CV fixture (not content/). */
export { SHIPPED as CONTENT } from './build.ts';
