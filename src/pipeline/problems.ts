/** A problem with a content file, and the one way it is printed everywhere (check, build, dev server). */
import { posix } from 'node:path';

export interface Problem {
  /** Path relative to the content folder, with forward slashes. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
  /** Front-matter field, when the problem is about one. */
  readonly field?: string;
  /** What was found and what was expected. */
  readonly message: string;
  /** Warnings are printed but do not fail the check or the build. */
  readonly severity?: 'warning';
}

/** `content/publications/foo.md:12 authors[2]: expected …; found …` (warnings say so). */
export function formatProblem(problem: Problem, root = 'content'): string {
  // A group's member's file is named from the group's folder: content/../ada/x.md reads content/../ada/x.md → ../ada/x.md.
  const where = `${posix.normalize(`${root}/${problem.file}`)}${problem.line === undefined ? '' : `:${problem.line}`}`;
  return `${where}${problem.field ? ` ${problem.field}` : ''}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

export const isError = (problem: Problem): boolean => problem.severity !== 'warning';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "3 problems in 2 files": the closing line of a failed check. */
export function problemSummary(problems: readonly Problem[]): string {
  const errors = problems.filter(isError);
  return `${plural(errors.length, 'problem')} in ${plural(new Set(errors.map((problem) => problem.file)).size, 'file')}`;
}

/** Sorted by file, then line: the order they are printed in. */
export function byFileAndLine(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
