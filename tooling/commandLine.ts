/**
 * The part every `npm run <command>` script shares: its options read (a mistake prints the
 * usage line and exits 1), --help, vita's version, and the command run with its exit code,
 * an expected failure (CommandError) printed as its message and anything else as
 * "<name> failed: …", never as a stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/**
 * A reason to stop, already worded for the person running the command. Here, not beside the import,
 * so that a command needing no import (check:content, new, upgrade) does not load its parsers.
 */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

/** Where and with what a command runs. */
export interface CommandContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** vita's version, for the User-Agent of requests. */
  readonly version: string;
}

export interface CommandLine<O extends ParseArgsOptionsConfig> {
  /** As typed after `npm run`: "sync". */
  readonly name: string;
  /** The whole --help text. */
  readonly help: string;
  /** The one usage line printed after a mistake in the options. */
  readonly usage: string;
  /** The options besides --help. */
  readonly options: O;
  /** Whether it takes arguments besides the options (given to run in order). */
  readonly positionals?: boolean;
  /** Runs the command; resolves to its exit code. */
  readonly run: (values: ReturnType<typeof parseArgs<{ options: O }>>['values'], context: CommandContext, positionals: readonly string[]) => Promise<number>;
}

/** A command as a function: its arguments (after `npm run <name> --`) and where it runs in, its exit code out. Tests run it in their own process (tests/helpers/command.ts). */
export type Command = (args: readonly string[], context: { cwd: string; env: NodeJS.ProcessEnv }) => Promise<number>;

/** The command a script's command line describes. */
export function commandOf<const O extends ParseArgsOptionsConfig>(command: CommandLine<O>): Command {
  return async (args, { cwd, env }) => {
    let values: ReturnType<typeof parseArgs<{ options: O }>>['values'];
    let positionals: readonly string[];
    try {
      const parsed = parseArgs({
        args: [...args],
        allowPositionals: command.positionals ?? false,
        options: { ...command.options, help: { type: 'boolean', short: 'h', default: false } },
      });
      if ((parsed.values as { help?: boolean }).help) {
        console.log(command.help);
        return 0;
      }
      values = parsed.values as typeof values;
      positionals = parsed.positionals;
    } catch (error) {
      console.error(`${(error as Error).message}\n${command.usage} (--help for more)`);
      return 1;
    }
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
    try {
      return await command.run(values, { cwd, env, version }, positionals);
    } catch (error) {
      console.error(error instanceof CommandError ? error.message : `${command.name} failed: ${(error as Error).message}`);
      return 1;
    }
  };
}

/** Runs a command from `process.argv`, setting `process.exitCode`. */
export async function runCommandLine(command: Command): Promise<void> {
  process.exitCode = await command(process.argv.slice(2), { cwd: process.cwd(), env: process.env });
}
