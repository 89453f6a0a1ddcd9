/**
 * The editing loop (F11): `npm run dev` reports exactly the messages `npm run
 * check` prints, in the terminal (the browser gets the same text in Astro's error
 * overlay, drawn by script), on start and on every save, and shows the page again
 * as soon as the file is fixed, without a restart, saying so. It serves files beside
 * entries where the pages link them and answers old addresses with their redirect
 * pages (G19). A change to the settings restarts the server, after which it still
 * sees every edit (O1). One server for all of them, in this order (a dev server costs
 * seconds to start).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { fixtureCopy, MINIMAL, ROOT, scratchDist } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/devServer.ts';

const content = fixtureCopy(MINIMAL);
/** Astro's working folder, inside the project (where its packages resolve). */
const work = scratchDist('dev-server');
const talkFile = join(content, 'talks', '2022-10-21-a.md');
const talk = (date: string, title: string) => `---\ntitle: ${title}\ndate: ${date}\nevent: Workshop\n---\n`;
mkdirSync(join(content, 'talks'));
// Broken from the start: an impossible date, which a second YAML parser would have turned into 2 March.
writeFileSync(talkFile, talk('2022-02-30', 'First title'));
// A publication with a PDF beside it and an old address (G19).
mkdirSync(join(content, 'publications'));
writeFileSync(
  join(content, 'publications', 'a.md'),
  '---\nkind: preprint\ntitle: A\nauthors: [Lovelace A]\nyear: 2024\nvenue: arXiv\nlinks:\n  - { kind: pdf, url: paper.pdf }\nredirectFrom: [/publication/2024-a/]\n---\n',
);
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300_000, 7)]);
writeFileSync(join(content, 'publications', 'paper.pdf'), pdf);

let server: DevServer;
/** Everything the server printed so far. */
const output = () => server.output();
/** What the server printed until it was ready. */
let startup = '';

/** The check's own lines for the content folder, as `npm run check` prints them from the project folder (with its public folder, as the server has it). */
function checkLines(): string[] {
  const checked = checkContentFolder(content, { publicDir: join(ROOT, 'public') });
  if ('error' in checked) throw new Error(checked.error);
  return checked.problems.map((problem) => formatProblem(problem, relative(ROOT, content)));
}

const page = async (path: string) => {
  const response = await fetch(server.origin + path);
  return { status: response.status, text: await response.text() };
};
const until = <T>(what: string, probe: () => Promise<T | undefined>) => server.until(what, probe);

beforeAll(async () => {
  server = await startDevServer({ VITA_CONTENT: content, VITA_WORK_DIR: work });
  startup = output();
});
afterAll(() => {
  server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('F11: npm run dev reports what the check reports', () => {
  it('starts with a broken file and reports it as the check does, in the terminal and on the page', async () => {
    const [line] = checkLines();
    expect(line).toBe(
      `${relative(ROOT, content)}/talks/2022-10-21-a.md:3 date: expected a real date YYYY-MM-DD, a month YYYY-MM, or ascending days of one month YYYY-MM-DD/DD/DD; found "2022-02-30"`,
    );
    await until('the message in the terminal', async () => (output().includes(line!) ? true : undefined));
    expect((await page('/')).status).toBe(500);
    // The page's error, as the overlay shows it, is the same text.
    await until('the page error in the terminal', async () => (output().includes(`The content has problems; fix them and save to see the page:\n${line}`) ? true : undefined));
  });

  it('shows the page as soon as the file is fixed, without a restart', async () => {
    writeFileSync(talkFile, talk('2022-10-21', 'Fixed title'));
    const fixed = await until('the fixed page', async () => {
      const response = await page('/talks/');
      return response.status === 200 && response.text.includes('Fixed title') ? response : undefined;
    });
    expect(fixed.text).toContain('Oct 21, 2022');
    // The terminal's last word is no longer the error.
    await until('the all-clear in the terminal', async () => (output().includes('[vita-content] content ok again: the pages show the fixed files.') ? true : undefined));
  });

  it('reports a typo on save, with the check’s words, and recovers again', async () => {
    writeFileSync(talkFile, talk('2022-10-21', 'Fixed title').replace('event:', 'evnt:'));
    const lines = checkLines();
    expect(lines).toContain(`${relative(ROOT, content)}/talks/2022-10-21-a.md:4 evnt: unknown field "evnt"; did you mean "event"?`);
    await until('the typo in the terminal', async () => (lines.every((line) => output().includes(line)) ? true : undefined));
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

describe('G19: npm run dev serves files beside entries where the pages link them', () => {
  it('G19: answers the link of the publication page with the PDF, its type and its length', async () => {
    const page = cheerio.load(await (await fetch(`${server.origin}/publications/a/`)).text());
    const href = page('article a').filter((_, link) => page(link).text() === 'PDF').attr('href');
    expect(href).toBe('/publications/paper.pdf');
    const response = await fetch(`${server.origin}${href}`);
    expect([response.status, response.headers.get('content-type'), response.headers.get('content-length')]).toEqual([200, 'application/pdf', String(pdf.length)]);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(content, 'publications', 'paper.pdf')));
    const head = await fetch(`${server.origin}${href}`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(pdf.length)]);
  });

  it('G19: serves a file linked after the server started, from the content as it is now', async () => {
    writeFileSync(join(content, 'publications', 'slides.pdf'), '%PDF-1.7 slides\n');
    writeFileSync(join(content, 'publications', 'a.md'), readFileSync(join(content, 'publications', 'a.md'), 'utf8').replace('links:\n', 'links:\n  - { kind: slides, url: slides.pdf }\n'));
    const response = await server.until('the new file', async () => {
      const answer = await fetch(`${server.origin}/publications/slides.pdf`);
      return answer.status === 200 ? answer : undefined;
    });
    expect(await response.text()).toBe('%PDF-1.7 slides\n');
  });

  it('G1: answers an old address with its redirect page', async () => {
    const response = await fetch(`${server.origin}/publication/2024-a/`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(cheerio.load(await response.text())('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/publications/a/');
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
    expect(output()).toContain(`[vita] the site is at ${server.origin}/~ada/`);
  });

  it('O1: a content edit after the restart shows, a broken file is reported and its fix shown', async () => {
    writeFileSync(talkFile, talk('2022-10-21', 'Edited after the restart'));
    await until('the edit', async () => ((await page(under('/talks/'))).text.includes('Edited after the restart') ? true : undefined));
    const printed = output().length;
    writeFileSync(talkFile, talk('2022-10-21', 'Edited after the restart').replace('event:', 'evnt:'));
    const [line] = checkLines();
    await until('the error in the terminal', async () => (output().slice(printed).includes(line!) ? true : undefined));
    await until('the error page', async () => ((await page(under('/talks/'))).status === 500 ? true : undefined));
    writeFileSync(talkFile, talk('2022-10-21', 'Fixed after the restart'));
    await until('the fix', async () => ((await page(under('/talks/'))).text.includes('Fixed after the restart') ? true : undefined));
  });
});
