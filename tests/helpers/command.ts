/**
 * Running a command that its script exports as a function (`importCommand` of scripts/import.ts, `syncCommand` of scripts/sync.ts…) in
 * the test's own process, as the script would run it in a process of its own. Starting a process
 * costs half a second of loading modules; the script's one line that calls the function is run by
 * the tests that start it (tests/helpers/script.ts).
 */
import { format } from 'node:util';
import { vi } from 'vitest';
import type { Command } from '../../tooling/commandLine.ts';
import { ROOT } from './build.ts';
import { plain, type ScriptOptions, type ScriptResult } from './script.ts';

/** Runs a command from `cwd` (the working folder too), with the tests' environment and `env`, what it prints collected. */
export async function runCommand(command: Command, args: readonly string[] = [], { cwd = ROOT, env = {} }: ScriptOptions = {}): Promise<ScriptResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  // What it prints, with console.log and console.error or on the streams themselves.
  const collect = (into: string[]) => (text: unknown) => {
    into.push(String(text));
    return true;
  };
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => collect(stdout)(`${format(...parts)}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => collect(stderr)(`${format(...parts)}\n`)),
    vi.spyOn(process.stdout, 'write').mockImplementation(collect(stdout)),
    vi.spyOn(process.stderr, 'write').mockImplementation(collect(stderr)),
  ];
  const workingFolder = process.cwd();
  process.chdir(cwd);
  try {
    const status = await command(args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    return { status, stdout: plain(stdout.join('')), stderr: plain(stderr.join('')) };
  } finally {
    process.chdir(workingFolder);
    for (const spy of spies) spy.mockRestore();
  }
}
