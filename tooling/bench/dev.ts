/**
 * How fast `npm run dev` answers: from starting it to the first page served, and from saving
 * an edited file to the page showing the edit. The server runs in a process group of its own,
 * ended as a group when the measurement is done.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { DevTimes } from './report.ts';

export interface DevMeasurement {
  /** The folder `npm run dev` runs in. */
  readonly cwd: string;
  readonly env: Record<string, string>;
  /** The page's path, such as /publications/x/. */
  readonly page: string;
  /** The Markdown file behind the page; its `title:` line is edited. */
  readonly file: string;
}

const EDITED = 'Edited for the benchmark';
/**
 * How often the page is asked for while waiting: often enough to time seconds, not so often that the server does nothing else.
 * Asked for every 20 ms, a 5,000-publication site once never showed the edit (every 100 ms, within 5 s); since `npm run dev`
 * no longer watches .cache/ and tmp/ it does, after 8-9 s asked for every 20 ms or back to back (2026-12-06, cause not pinned).
 */
const POLL_MS = 100;
const TIMEOUT_MS = 600_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function devTimes({ cwd, env, page, file }: DevMeasurement): Promise<DevTimes> {
  const original = readFileSync(file, 'utf8');
  if (!/^title: .*$/m.test(original)) throw new Error(`${file}: no title: line to edit`);
  const port = 4700 + Math.floor(Math.random() * 200);
  const start = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - start) / 1e9;
  const server = spawn('npm', ['run', '--silent', 'dev', '--', '--port', String(port), '--strictPort'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
    detached: true,
  });
  const text = () =>
    fetch(`http://127.0.0.1:${port}${page}`).then(
      (response) => (response.ok ? response.text() : ''),
      () => '',
    );
  const waitFor = async (what: (html: string) => boolean, interval: number) => {
    while (!what(await text())) {
      if (elapsed() * 1000 > TIMEOUT_MS) throw new Error(`npm run dev in ${cwd}: ${page} did not show what was expected`);
      await pause(interval);
    }
  };
  try {
    await waitFor((html) => html.includes('</html>'), POLL_MS);
    const firstPageSeconds = elapsed();
    const saved = process.hrtime.bigint();
    writeFileSync(file, original.replace(/^title: .*$/m, `title: "${EDITED}"`));
    await waitFor((html) => html.includes(EDITED), POLL_MS);
    return { firstPageSeconds, editSeconds: Number(process.hrtime.bigint() - saved) / 1e9 };
  } finally {
    writeFileSync(file, original);
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
}
