/** The modules a source file imports by a relative path, as the tests follow them (sitesNamedIn, commandModules.test.ts). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The files `file` (whose text is `text`) imports or re-exports statically from a relative path, resolved. An `import(…)`
 * is loaded when it runs, not with the module, and an `import type` not at all: neither counts.
 */
export const relativeImports = (file: string, text = readFileSync(file, 'utf8')): string[] =>
  [...text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)].map(([, path]) => join(dirname(file), path!));
