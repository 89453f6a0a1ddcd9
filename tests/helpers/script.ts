/**
 * Running vita's commands (scripts/<name>.ts) as an owner runs them: a child process of its own,
 * from the project folder unless told otherwise, without colours. `runScript` waits without
 * blocking, for tests whose own process answers the command (a recorded API on 127.0.0.1).
 * `runCommand` runs a command that a script exports as a function in the test's own process.
 */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { format } from 'node:util';
import { vi } from 'vitest';
import { ROOT } from './build.ts';

export interface ScriptOptions {
  /** The working folder (default: the project folder); the command prints paths relative to it. */
  readonly cwd?: string | undefined;
  /** More environment, over the tests' own. */
  readonly env?: Record<string, string> | undefined;
}

export interface ScriptResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// CI forces colours on; the tests compare the text.
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

const spawnOptions = ({ cwd = ROOT, env = {} }: ScriptOptions) => ({
  cwd,
  encoding: 'utf8' as const,
  env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
});

/** Runs a Node program of the project (its path from the project folder, then its arguments) and waits for it. */
export function runNodeSync(argv: readonly string[], options: ScriptOptions = {}): ScriptResult {
  const [program = '', ...args] = argv;
  const result = spawnSync(process.execPath, [join(ROOT, program), ...args], spawnOptions(options));
  return { status: result.status, stdout: plain(result.stdout), stderr: plain(result.stderr) };
}

/** Runs `npm run <name> -- args` (scripts/<name>.ts) and waits for it. */
export const runScriptSync = (name: string, args: readonly string[] = [], options: ScriptOptions = {}): ScriptResult =>
  runNodeSync([join('scripts', `${name}.ts`), ...args], options);

/** The same, resolving when the command exits, so that this process can answer it meanwhile. */
export function runScript(name: string, args: readonly string[] = [], options: ScriptOptions = {}): Promise<ScriptResult> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(ROOT, 'scripts', `${name}.ts`), ...args], spawnOptions(options), (_error, stdout, stderr) =>
      resolve({ status: child.exitCode, stdout: plain(stdout), stderr: plain(stderr) }),
    );
  });
}

/** A command as its script exports it (`importCommand` of scripts/import.ts): the arguments and where it runs in, the exit status out. */
export type Command = (args: readonly string[], context: { cwd: string; env: NodeJS.ProcessEnv }) => Promise<number>;

/**
 * Runs a command in this process as its script would in a process of its own: from `cwd` (the
 * working folder too), with the tests' environment and `env`, what it prints collected. Starting a
 * process costs half a second of loading modules; the script's one line that calls the function
 * is run by the tests that start it.
 */
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
