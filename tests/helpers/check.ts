/** Runs the content check on in-memory files and returns its printed lines. */
import { checkFile } from '../../src/pipeline/checkFile.ts';
import { checkContentTree } from '../../src/pipeline/checkTree.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';

const encoder = new TextEncoder();

/** Problems of one file, formatted exactly as `npm run check` prints them. */
export function problemsOf(path: string, text: string | Uint8Array): string[] {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  return checkFile({ path, bytes }).problems.map((problem) => formatProblem(problem));
}

/** Problems of a whole tree given as path → text. */
export function treeProblems(files: Record<string, string>): string[] {
  const list = Object.entries(files).map(([path, text]) => ({ path, bytes: encoder.encode(text) }));
  return checkContentTree(list).problems.map((problem) => formatProblem(problem));
}

/** A Markdown file from front-matter lines and an optional body. */
export function md(frontMatter: string, body = ''): string {
  return `---\n${frontMatter.trim()}\n---\n${body}`;
}
