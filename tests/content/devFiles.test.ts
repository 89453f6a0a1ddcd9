/**
 * G19 (adversarial test of 2026-12-05): `npm run dev` serves files beside
 * entries at the address the pages link, with their media type, streamed
 * (G11), and answers old addresses with their redirect pages, as the build
 * writes them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, MINIMAL, scratchDist } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/devServer.ts';

const content = fixtureCopy(MINIMAL);
const work = scratchDist('dev-files');
mkdirSync(join(content, 'publications'));
writeFileSync(
  join(content, 'publications', 'a.md'),
  '---\nkind: preprint\ntitle: A\nauthors: [Lovelace A]\nyear: 2024\nvenue: arXiv\nlinks:\n  - { kind: pdf, url: paper.pdf }\nredirectFrom: [/publication/2024-a/]\n---\n',
);
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300_000, 7)]);
writeFileSync(join(content, 'publications', 'paper.pdf'), pdf);

let server: DevServer;
beforeAll(async () => {
  server = await startDevServer({ VITA_CONTENT: content, VITA_WORK_DIR: work });
}, 120_000);
afterAll(() => {
  server?.stop();
  rmSync(work, { recursive: true, force: true });
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
