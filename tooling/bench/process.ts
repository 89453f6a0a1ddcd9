/**
 * Timing what the user runs: a whole command (npm, its scripts, Astro) as one
 * process tree, its wall time and its peak memory, and the floor to compare it
 * with, a bare Astro site of the same page count.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface Run {
  readonly seconds: number;
  /** Peak resident memory of the largest process of the tree, in MB (GNU time), when it can be read. */
  readonly peakMb: number | undefined;
}

/** Runs a command to completion, timed as a whole; throws with its output when it fails. */
export function timed(command: string, args: readonly string[], options: { cwd: string; env: Record<string, string> }): Run {
  const withTime = existsSync(GNU_TIME);
  const start = process.hrtime.bigint();
  const result = spawnSync(withTime ? GNU_TIME : command, withTime ? ['-f', 'peak-kb %M', command, ...args] : [...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const peakKb = Number(/peak-kb (\d+)/.exec(result.stderr)?.[1]);
  return { seconds, peakMb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : undefined };
}

export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * A bare Astro site with `pages` trivial Markdown pages, in `folder` inside the
 * project (so it uses the project's Astro): the floor any Astro site of that size pays.
 */
export function writeBareSite(folder: string, pages: number): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'src', 'pages', 'p'), { recursive: true });
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ name: 'bare-astro', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2)}\n`);
  writeFileSync(join(folder, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  for (let i = 0; i < pages; i++) writeFileSync(join(folder, 'src', 'pages', 'p', `${i}.md`), `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\nA trivial page.\n`);
}
