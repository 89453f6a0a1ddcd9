import { describe, expect, it } from 'vitest';
import { loadSiteSettings } from '../../src/site.config.ts';

describe('site settings', () => {
  it.each([
    [{}, { site: 'https://lapuschkin.com', base: '/' }],
    [{ SITE_URL: 'https://user.github.io', BASE_PATH: '/vita/' }, { site: 'https://user.github.io', base: '/vita/' }],
    [{ BASE_PATH: '/vita' }, { site: 'https://lapuschkin.com', base: '/vita/' }],
  ])('%j resolves to %j', (env, expected) => {
    expect(loadSiteSettings(env)).toEqual({ ...expected, listLimit: 300 });
  });

  it.each([
    [{ SITE_URL: 'lapuschkin.com' }, 'site: expected SITE_URL to be an absolute http(s) URL such as https://example.org'],
    [{ BASE_PATH: 'vita/' }, 'base: expected BASE_PATH to start and end with "/", e.g. / or /vita/'],
    [{ LIST_LIMIT: 'many' }, 'listLimit: expected LIST_LIMIT to be a positive whole number'],
  ])('%j is refused with a clear message', (env, message) => {
    expect(() => loadSiteSettings(env)).toThrow(`Invalid site settings:\n  ${message}`);
  });
});
