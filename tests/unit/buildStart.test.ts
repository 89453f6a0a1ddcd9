/**
 * What every `npm run build` pays before Astro renders a page (issue 21 §2): the modules its
 * configuration loads through Node. No timing is asserted here: the bench measures, tests do not.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The project's own modules Node loads for the configuration `npm run build` hands to Astro, relative to the project. */
function configModules(): string[] {
  // A load hook in the child's own thread lists every module as Node loads it.
  const hook = `import { registerHooks } from 'node:module';
registerHooks({ load(url, context, next) { if (url.startsWith('file:') && !url.includes('/node_modules/')) process.stderr.write('loaded ' + url + '\\n'); return next(url, context); } });`;
  const { stderr, status } = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, '--input-type=module', '-e', "await import('./tooling/build/astro.config.mjs')"], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VITA_CONTENT: join(ROOT, 'tests', 'fixtures', 'sites', 'minimal') },
  });
  if (status !== 0) throw new Error(stderr);
  return [...stderr.matchAll(/^loaded file:\/\/(.+)$/gm)].map((match) => match[1]!.slice(ROOT.length + 1));
}

describe("the build's configuration", () => {
  const modules = configModules();

  it('is loaded from the project (the check below sees its modules)', () => {
    expect(modules).toContain('astro.config.ts');
    expect(modules).toContain('src/schemas/settings.ts');
    expect(modules).toContain('src/i18n/languages.ts');
  });

  it('issue 21: loads no interface catalogue (200 KB of TypeScript stripped on every build for the language codes only)', () => {
    expect(modules.filter((module) => module.startsWith('src/i18n/') && module !== 'src/i18n/languages.ts')).toEqual([]);
  });
});
