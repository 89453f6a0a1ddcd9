/** The HTTP client: Retry-After in both of its forms, the User-Agent, progress, and the cap on an answer's size. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpClient, createProgress, DEFAULT_MAX_ANSWER_BYTES, retryAfterMs, userAgent } from '../../tooling/net/http.ts';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Fri, 27 Nov 2026 12:00:30 GMT', 30_000],
    ['Fri, 27 Nov 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('%s → %s ms', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});

describe('userAgent', () => {
  it('names the tool, its version and the contact address when there is one', () => {
    expect(userAgent('0.1.0', 'owner@example.org')).toBe('vita/0.1.0 (academic website generator; mailto:owner@example.org)');
    expect(userAgent('0.1.0', undefined)).toBe('vita/0.1.0 (academic website generator)');
  });
});

describe('createProgress', () => {
  it('is silent for a handful of requests and counts beyond', () => {
    const lines: string[] = [];
    const few = createProgress(5, (line) => lines.push(line));
    for (let step = 0; step < 5; step++) few.step(`doi ${step}`);
    const many = createProgress(6, (line) => lines.push(line));
    many.step('doi a');
    many.step('doi b');
    expect(lines).toEqual(['[1/6] doi a', '[2/6] doi b']);
  });
});

describe('G8: answers have a size cap', () => {
  /** A server on 127.0.0.1 whose answer never ends (chunked, no Content-Length), counting what it sent. */
  async function endlessServer() {
    let sent = 0;
    let closed = false;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/atom+xml' });
      const push = () => {
        while (!closed && response.write(chunk)) sent += chunk.length;
        if (!closed) response.once('drain', push);
      };
      response.on('close', () => {
        closed = true;
      });
      push();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/api/query`,
      host: `127.0.0.1:${port}`,
      sent: () => sent,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  it('G8: the default cap is 20 MB', () => {
    expect(DEFAULT_MAX_ANSWER_BYTES).toBe(20 * 1024 * 1024);
  });

  it('G8: an endless answer is read only up to the cap, named, and not retried', async () => {
    const server = await endlessServer();
    const sleeps: number[] = [];
    const client = createHttpClient({ userAgent: 'test', maxBytes: 1024 * 1024, sleep: async (ms) => void sleeps.push(ms) });
    const result = await client.get({ url: server.url, identifier: '2206.03208', accept: 'application/atom+xml' });
    await server.close();
    expect(result).toEqual({ ok: false, message: `2206.03208: answer from ${server.host} larger than 1 MB; not read` });
    expect(sleeps).toEqual([]);
    // The connection was dropped soon after the cap, not read to the end (it has none).
    expect(server.sent()).toBeLessThan(16 * 1024 * 1024);
  });

  it('G8: a declared Content-Length past the cap is refused before the body is read', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Length': String(300 * 1024 * 1024) });
      response.write('{');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = createHttpClient({ userAgent: 'test', maxBytes: 1024 * 1024 });
    const result = await client.get({ url: `http://127.0.0.1:${port}/works`, identifier: '0000-0002-1825-0097', accept: 'application/json' });
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(result).toEqual({ ok: false, message: `0000-0002-1825-0097: answer from 127.0.0.1:${port} larger than 1 MB; not read` });
  });

  it('G8: an answer under the cap is read whole, multi-byte characters across chunks intact', async () => {
    const text = 'Müller–Ø '.repeat(20_000);
    const server = createServer((_request, response) => {
      response.writeHead(200);
      const bytes = Buffer.from(text);
      // Split inside a multi-byte character.
      response.write(bytes.subarray(0, 1));
      response.write(bytes.subarray(1, 2));
      response.end(bytes.subarray(2));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const result = await createHttpClient({ userAgent: 'test', maxBytes: 1024 * 1024 }).get({ url: `http://127.0.0.1:${port}/`, identifier: 'x', accept: '*/*' });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(result).toMatchObject({ ok: true, text });
  });
});

describe('a failed answer names what was looked up, the address asked and the status', () => {
  it('the address in full, without NCBI api_key; a query too long to read (a batch of 50 DOIs) as ?…', async () => {
    const server = createServer((_request, response) => response.writeHead(404).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = createHttpClient({ userAgent: 'vita/test', retries: 0 });
    const get = (url: string) => client.get({ url, identifier: 'PubMed search "x"', accept: 'application/json' });
    try {
      expect(await get(`${origin}/esearch.fcgi?db=pubmed&term=x&api_key=SECRET&tool=vita`)).toEqual({
        ok: false,
        status: 404,
        message: `PubMed search "x": not found at ${origin}/esearch.fcgi?db=pubmed&term=x&tool=vita (404)`,
      });
      const dois = Array.from({ length: 50 }, (_, index) => `10.1234/${index}`).join('|');
      expect(await get(`${origin}/works?filter=doi:${dois}`)).toMatchObject({ message: `PubMed search "x": not found at ${origin}/works?… (404)` });
    } finally {
      server.close();
    }
  });
});
