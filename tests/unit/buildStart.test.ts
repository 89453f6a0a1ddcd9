/**
 * What every `npm run build` pays before Astro renders a page (issue 21 §2): the modules its
 * configuration loads through Node. No timing is asserted here: the bench measures, tests do not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The project's own modules Node loads for the configuration `npm run build` hands to Astro, relative to the project. */
function configModules(): string[] {
  // A load hook in the child's own thread lists every module as Node loads it.
  const hook = `import { registerHooks } from 'node:module';
registerHooks({ load(url, context, next) { if (url.startsWith('file:') && !url.includes('/node_modules/')) process.stderr.write('loaded ' + url + '\\n'); return next(url, context); } });`;
  const { stderr, status } = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, '--input-type=module', '-e', "await import('./tooling/build/astro.config.mjs')"],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, VITA_CONTENT: join(ROOT, 'tests', 'fixtures', 'sites', 'minimal') },
    },
  );
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

describe('the stripped TypeScript Astro keeps between builds (tooling/build/typescriptCache.mjs)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'vita-typescript-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const cache = join(scratch, 'cache');
  const hook = pathToFileURL(join(ROOT, 'tooling', 'build', 'typescriptCache.mjs')).href;
  writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }');
  const module = join(scratch, 'answer.ts');

  /** What Node prints running `module` with the hook, and its warnings. */
  const run = () => {
    const { stdout, stderr, status } = spawnSync(process.execPath, ['--import', hook, module], { encoding: 'utf8', env: { ...process.env, VITA_TYPESCRIPT_CACHE: cache } });
    if (status !== 0) throw new Error(stderr);
    return { stdout, stderr };
  };

  it('issue 21: strips a module once, then loads it from the cache, and strips it again when its source changes', () => {
    writeFileSync(module, 'const answer: number = 42;\nconsole.log(answer);\n');
    expect(run()).toEqual({ stdout: '42\n', stderr: '' });
    const [stored] = readdirSync(cache);
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/^[0-9a-f]{40}\.js$/)]);
    // What the cache holds is what runs.
    writeFileSync(join(cache, stored!), 'console.log("from the cache");\n');
    expect(run().stdout).toBe('from the cache\n');
    writeFileSync(module, 'const answer: number = 43;\nconsole.log(answer);\n');
    expect(run().stdout).toBe('43\n');
    expect(readdirSync(cache)).toHaveLength(2);
  });
});
