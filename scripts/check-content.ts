/**
 * `npm run check:content`: validates every file under content/ with the same zod
 * schemas Astro uses, and prints every problem (file:line field: message) at once.
 * Exit 0 when clean, 1 on any problem.
 *
 * Usage: node scripts/check-content.ts [content-folder]   (default: $VITA_CONTENT, else ./content)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkContentTree, formatProblem, type ContentFile } from '../src/pipeline/contentTree.ts';

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    if (item.name.startsWith('.')) return []; // .DS_Store, .gitkeep and editors' swap files
    const path = join(folder, item.name);
    return item.isDirectory() ? listFiles(path) : [path];
  });
}

const root = resolve(process.argv[2] ?? process.env['VITA_CONTENT'] ?? 'content');
let isFolder = false;
try {
  isFolder = statSync(root).isDirectory();
} catch {
  // reported below
}
if (!isFolder) {
  console.error(`${root}: no such folder; expected the content folder (default: ./content)`);
  process.exit(1);
}

const files: ContentFile[] = listFiles(root).map((path) => ({
  path: relative(root, path).split(sep).join('/'),
  bytes: readFileSync(path),
}));
const { problems, entries } = checkContentTree(files);
const shown = relative(process.cwd(), root) || '.';
for (const problem of problems) console.error(formatProblem(problem, shown));
const errors = problems.filter((problem) => problem.severity !== 'warning');
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
if (errors.length > 0) {
  const fileCount = new Set(errors.map((problem) => problem.file)).size;
  console.error(`\n${plural(errors.length, 'problem')} in ${plural(fileCount, 'file')}; nothing was built.`);
  process.exit(1);
}
const warnings = problems.length - errors.length;
console.log(`content ok: ${entries.length} entries in ${files.length} files${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}`);
