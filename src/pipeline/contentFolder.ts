/**
 * The one content-folder reader: the check command, the Astro loader and the
 * importers read and check a folder through here, so they agree on every file.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDay } from './buildDate.ts';
import { byFileAndLine } from './problems.ts';
import { checkContentTree, type TreeOptions, type TreeResult } from './checkTree.ts';
import { readContentTree } from './readTree.ts';

/** Where the content and public folders are: $VITA_CONTENT and $VITA_PUBLIC, else ./content and ./public (relative to `cwd`). */
export function contentRoots(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): { content: string; public: string } {
  return { content: resolve(cwd, env['VITA_CONTENT'] ?? 'content'), public: resolve(cwd, env['VITA_PUBLIC'] ?? 'public') };
}

/** Whether a site path such as /portrait.jpg names a file in the public folder (never outside it). */
export function publicFileChecker(publicDir: string): (sitePath: string) => boolean {
  return (sitePath) => {
    const file = resolve(publicDir, `.${decodeURIComponent(sitePath)}`);
    return !relative(publicDir, file).startsWith('..') && existsSync(file) && statSync(file).isFile();
  };
}

export interface FolderResult extends TreeResult {
  /** How many files were read. */
  readonly files: number;
  /** The folder as messages name it, relative to the working directory ("content"). */
  readonly shownRoot: string;
}

/** Reads and checks a content folder; `error` when it is no folder at all. */
export function checkContentFolder(root: string, options: TreeOptions & { publicDir?: string } = {}): FolderResult | { error: string } {
  const folder = resolve(root);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return { error: `${folder}: no such folder; expected the content folder (default: ./content)` };
  const tree = readContentTree(folder);
  const checked = checkContentTree(tree.files, {
    today: buildDay(),
    attachments: tree.attachments,
    refused: tree.problems.map((problem) => problem.file),
    ...options,
    publicFileExists: options.publicFileExists ?? publicFileChecker(options.publicDir ?? join(folder, '..', 'public')),
  });
  const problems = [...tree.problems, ...checked.problems].sort(byFileAndLine);
  return { problems, entries: checked.entries, files: tree.files.length + tree.problems.length, shownRoot: relative(process.cwd(), folder) || '.' };
}
