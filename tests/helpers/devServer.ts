/** `npm run dev` on a content folder, as the owner starts it: on a free port, with the owner's environment. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT } from './build.ts';

export interface DevServer {
  readonly origin: string;
  /** Everything the server printed so far. */
  readonly output: () => string;
  /** Polls `probe` every 200 ms until it gives a value; after `timeout` ms (five minutes: a hung server, not a slow machine) it fails with the server's output. */
  readonly until: <T>(what: string, probe: () => Promise<T | undefined>, timeout?: number) => Promise<T>;
  readonly stop: () => void;
}

/** A port nobody listens on, so a preview or dev server the owner left running cannot get in the way. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Starts the dev server on `env` (VITA_CONTENT, VITA_WORK_DIR: Astro's working folder inside the project) and waits until it listens. */
export async function startDevServer(env: Record<string, string>): Promise<DevServer> {
  const port = await freePort();
  // --ignore-lock: beside another test's dev server, or the owner's, without taking over the project's lock file.
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    // The owner's environment, not the test runner's (Vitest's variables make Astro answer 404).
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const until = async <T>(what: string, probe: () => Promise<T | undefined>, timeout = 300_000): Promise<T> => {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      const result = await probe().catch(() => undefined);
      if (result !== undefined) return result;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`timed out waiting for ${what}; the dev server said:\n${output}`);
  };
  await until('the dev server', async () => (output.includes('watching for file changes') ? true : undefined));
  return { origin: `http://127.0.0.1:${port}`, output: () => output, until, stop: () => server.kill() };
}
