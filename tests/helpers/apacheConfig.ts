/** Reading an Apache configuration file (`.htaccess`) back the way Apache parses it, to test what the build writes. */
import { expect } from 'vitest';

/** A directive of an Apache configuration file, with the `<IfModule>` section it sits in. */
export interface Directive {
  readonly module: string | undefined;
  readonly name: string;
  readonly args: readonly string[];
}

/** Reads a configuration file the way Apache does: one directive a line, `#` lines are comments, arguments split at spaces outside double quotes, `\"` inside them a quote. */
export function parseApacheConfig(text: string): Directive[] {
  const directives: Directive[] = [];
  let module: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const section = /^<IfModule ([\w.]+)>$/.exec(line);
    if (section) {
      expect(module, `nested section: ${line}`).toBeUndefined();
      module = section[1];
      continue;
    }
    if (line === '</IfModule>') {
      expect(module, 'a section closed that was not opened').toBeDefined();
      module = undefined;
      continue;
    }
    const words = [...line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map(([, inQuotes, bare]) => (inQuotes === undefined ? bare! : inQuotes.replace(/\\(["\\])/g, '$1')));
    directives.push({ module, name: words[0]!, args: words.slice(1) });
  }
  expect(module, 'a section left open').toBeUndefined();
  return directives;
}
