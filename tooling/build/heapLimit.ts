/**
 * The heap `npm run build` gives Astro's process, scaled by the content it builds. Left to itself,
 * V8 lets the heap grow towards its default limit (4 GB on a 16 GB machine) before it collects:
 * a warm build of 5,000 publications peaked at 1.28 GB though at most 270 MB of it was alive
 * (the seed: 62 MB). A limit a few times what stays alive makes it collect sooner, at no
 * measurable CPU (issue 21 §2, docs/benchmarks.md). A build that runs out of it all the same
 * (members' folders outside the content folder are not counted) is run again without it.
 */
import { readdirSync } from 'node:fs';

/** The heap every build gets, in MB: Astro, Vite and the bundle, four times the seed's live heap. */
const BASE_MB = 256;
/** The heap per file in the content folder, in MB: somewhat over what a generated publication keeps alive (≈32 KB). */
const PER_FILE_MB = 0.04;

/** The limit for a content folder of `files` files, in MB; undefined when it would not be below V8's own (`defaultMb`). */
export function heapLimitMb(files: number, defaultMb: number): number | undefined {
  const limit = Math.ceil(BASE_MB + files * PER_FILE_MB);
  return limit < defaultMb ? limit : undefined;
}

/** How many files `folder` holds, in all its folders; 0 when it cannot be read (the build then says why). */
export function countFiles(folder: string): number {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}

/** The exit status of a Node process that ran out of heap: V8 aborts it (SIGABRT). */
export const OUT_OF_MEMORY_STATUS = 134;
