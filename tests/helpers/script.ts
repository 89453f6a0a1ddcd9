/**
 * Running vita's commands (scripts/<name>.ts) as an owner runs them: a child process of its own,
 * from the project folder unless told otherwise, without colours. `runScript` waits without
 * blocking, for tests whose own process answers the command (a recorded API on 127.0.0.1).
 * tests/helpers/command.ts runs a command that its script exports as a function in the test's own process.
 */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
export const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

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
