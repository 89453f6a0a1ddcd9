/** The HTTP client's pure parts: Retry-After in both of its forms, the User-Agent, progress. */
import { describe, expect, it } from 'vitest';
import { createProgress, retryAfterMs, userAgent } from '../../tooling/net/http.ts';

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
