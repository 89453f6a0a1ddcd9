/**
 * What a command loads before it runs: Node reads and compiles every module a script imports, at every run.
 * The content check, `npm run new` and `npm run upgrade` need none of the import's sources and parsers
 * (tooling/import/: BibTeX, arXiv, PubMed, JSON Resume, about 500 modules and 0.5 CPU-s at each start);
 * the import and the metrics refresh need no Markdown processor (Astro's, with its highlighters: 430 modules).
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { relativeImports } from '../helpers/imports.ts';

/** The project's own modules a module imports statically, directly or through others (relative to the project). */
function projectModulesOf(entry: string): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    const name = relative(ROOT, file);
    if (found.has(name)) return;
    found.add(name);
    for (const imported of relativeImports(file)) visit(imported);
  };
  visit(join(ROOT, entry));
  return found;
}

describe('commands load only what they use', () => {
  it.each(['scripts/check-content.ts', 'scripts/new.ts', 'scripts/upgrade.ts'])('%s loads nothing of the import', (script) => {
    const modules = [...projectModulesOf(script)];
    expect(modules).toContain('tooling/commandLine.ts');
    expect(modules.filter((module) => module.startsWith('tooling/import/'))).toEqual([]);
  });

  it.each(['scripts/import.ts', 'scripts/metrics.ts'])('%s loads no Markdown processor', (script) => {
    const modules = [...projectModulesOf(script)];
    expect(modules).toContain('src/lib/formats/jsonResume.ts');
    expect(modules).not.toContain('src/lib/markdown/markdown.ts');
  });

  it('the import itself does load the import (the walk follows imports)', () => {
    expect([...projectModulesOf('scripts/import.ts')]).toContain('tooling/import/bibtex.ts');
  });
});
