/**
 * The editing loop (F11): `npm run dev` reports exactly the messages `npm run
 * check` prints, in the terminal (the browser gets the same text in Astro's error
 * overlay, drawn by script), on start and on every save, and shows the page again
 * as soon as the file is fixed, without a restart, saying so. A change to the
 * settings restarts the server, after which it still sees every edit (O1).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { fixtureCopy, MINIMAL, ROOT, scratchDist } from '../helpers/build.ts';

const content = fixtureCopy(MINIMAL);
/** Astro's working folder, inside the project (where its packages resolve). */
const work = scratchDist('dev-server');
const talkFile = join(content, 'talks', '2022-10-21-a.md');
const talk = (date: string, title: string) => `---\ntitle: ${title}\ndate: ${date}\nevent: Workshop\n---\n`;
mkdirSync(join(content, 'talks'));
// Broken from the start: an impossible date, which a second YAML parser would have turned into 2 March.
writeFileSync(talkFile, talk('2022-02-30', 'First title'));

let server: ChildProcess;
let output = '';
let origin = '';
/** What the server printed until it was ready. */
let startup = '';

/** A port nobody listens on, so a preview or dev server the owner left running cannot get in the way. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Waits for `probe` to give a value; after five minutes (a hung server, not a slow machine) it fails with what the server said. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeout = 300_000): Promise<T> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const result = await probe().catch(() => undefined);
    if (result !== undefined) return result;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}; the dev server said:\n${output}`);
}

/** The check's own lines for the content folder, as `npm run check` prints them from the project folder. */
function checkLines(): string[] {
  const checked = checkContentFolder(content, { publicFileExists: () => true });
  if ('error' in checked) throw new Error(checked.error);
  return checked.problems.map((problem) => formatProblem(problem, relative(ROOT, content)));
}

const page = async (path: string) => {
  const response = await fetch(origin + path);
  return { status: response.status, text: await response.text() };
};

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // --ignore-lock: beside an owner's `npm run dev` in the same checkout, or a lock a killed server left behind
  // (whose process id the machine has since given to another Astro process), instead of refusing to start.
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    // The owner's environment, not the test runner's (Vitest's variables make Astro answer 404).
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], VITA_CONTENT: content, VITA_WORK_DIR: work, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until('the dev server', async () => (output.includes('watching for file changes') ? true : undefined));
  startup = output;
});
afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('F11: npm run dev reports what the check reports', () => {
  it('starts with a broken file and reports it as the check does, in the terminal and on the page', async () => {
    const [line] = checkLines();
    expect(line).toBe(
      `${relative(ROOT, content)}/talks/2022-10-21-a.md:3 date: expected a real date YYYY-MM-DD, a month YYYY-MM, or ascending days of one month YYYY-MM-DD/DD/DD; found "2022-02-30"`,
    );
    await until('the message in the terminal', async () => (output.includes(line!) ? true : undefined));
    expect((await page('/')).status).toBe(500);
    // The page's error, as the overlay shows it, is the same text.
    await until('the page error in the terminal', async () => (output.includes(`The content has problems; fix them and save to see the page:\n${line}`) ? true : undefined));
  });

  it('shows the page as soon as the file is fixed, without a restart', async () => {
    writeFileSync(talkFile, talk('2022-10-21', 'Fixed title'));
    const fixed = await until('the fixed page', async () => {
      const response = await page('/talks/');
      return response.status === 200 && response.text.includes('Fixed title') ? response : undefined;
    });
    expect(fixed.text).toContain('Oct 21, 2022');
    // The terminal's last word is no longer the error.
    await until('the all-clear in the terminal', async () => (output.includes('[vita-content] content ok again: the pages show the fixed files.') ? true : undefined));
  });

  it('reports a typo on save, with the check’s words, and recovers again', async () => {
    writeFileSync(talkFile, talk('2022-10-21', 'Fixed title').replace('event:', 'evnt:'));
    const lines = checkLines();
    expect(lines).toContain(`${relative(ROOT, content)}/talks/2022-10-21-a.md:4 evnt: unknown field "evnt"; did you mean "event"?`);
    await until('the typo in the terminal', async () => (lines.every((line) => output.includes(line)) ? true : undefined));
    await until('the error page', async () => ((await page('/talks/')).status === 500 ? true : undefined));
    writeFileSync(talkFile, readFileSync(talkFile, 'utf8').replace('evnt:', 'event:'));
    await until('the page again', async () => ((await page('/talks/')).status === 200 ? true : undefined));
  });
});

describe('the dev server, for its owner', () => {
  it('starts with no warning that is not the owner’s business (only the missing site URL, which is)', () => {
    const warnings = startup.split('\n').filter((line) => /warn/i.test(line));
    expect(warnings).toEqual([expect.stringContaining('[WARN] [vita] No site URL (url in content/settings.yaml, or SITE_URL)')]);
  });
});

describe('O1: a settings change restarts the dev server, which still sees every edit afterwards', () => {
  const under = (path: string) => `/~ada${path}`;

  it('O1: the new settings take effect, and the server says where the site now is', async () => {
    writeFileSync(join(content, 'settings.yaml'), 'language: de\nurl: https://www.example.org/~ada/\n');
    await until('the German page under the new base path', async () => {
      const response = await page(under('/talks/'));
      return response.status === 200 && response.text.includes('<html lang="de"') ? true : undefined;
    });
    expect(output).toContain(`[vita] the site is at ${origin}/~ada/`);
  });

  it('O1: a content edit after the restart shows, a broken file is reported and its fix shown', async () => {
    writeFileSync(talkFile, talk('2022-10-21', 'Edited after the restart'));
    await until('the edit', async () => ((await page(under('/talks/'))).text.includes('Edited after the restart') ? true : undefined));
    const printed = output.length;
    writeFileSync(talkFile, talk('2022-10-21', 'Edited after the restart').replace('event:', 'evnt:'));
    const [line] = checkLines();
    await until('the error in the terminal', async () => (output.slice(printed).includes(line!) ? true : undefined));
    await until('the error page', async () => ((await page(under('/talks/'))).status === 500 ? true : undefined));
    writeFileSync(talkFile, talk('2022-10-21', 'Fixed after the restart'));
    await until('the fix', async () => ((await page(under('/talks/'))).text.includes('Fixed after the restart') ? true : undefined));
  });
});
