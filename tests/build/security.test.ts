/** The security policy in the build output: CSP on every page, headers file (and .htaccess), no inline handlers or styles, safe links. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseApacheConfig } from '../helpers/apacheConfig.ts';
import { DIST, DIST_GERMAN } from '../helpers/build.ts';
import { htmlPages, loadPage } from '../helpers/dist.ts';
import { CSP_HEADER, SECURITY_HEADERS } from '../../src/security.ts';

describe('security', () => {
  it('puts a strict Content-Security-Policy on every page, without unsafe-inline or unsafe-eval', () => {
    for (const page of htmlPages()) {
      const csp = loadPage(page)('meta[http-equiv="content-security-policy"]').attr('content');
      expect(csp, page).toMatch(/^default-src 'none';/);
      expect(csp, page).toContain("script-src 'self'");
      expect(csp, page).toContain("style-src 'self'");
      expect(csp, page).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });

  it('has no inline event handlers, style attributes, inline scripts or javascript: URLs', () => {
    for (const page of htmlPages()) {
      const $ = loadPage(page);
      const handlers = $('*')
        .toArray()
        .flatMap((element) => Object.keys('attribs' in element ? element.attribs : {}).filter((name) => name.startsWith('on') || name === 'style'));
      expect(handlers, page).toEqual([]);
      expect($('style').length, page).toBe(0);
      expect($('script:not([type="application/ld+json"])').length, page).toBe(0);
      expect($('[href^="javascript:"], [src^="javascript:"]').length, page).toBe(0);
    }
  });

  it('writes the headers file with the CSP and the other headers', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers.split('\n')[0]).toBe('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`  ${name}: ${value}\n`);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_HEADER).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('writes .htaccess for an Apache server only when the settings ask for it: the 404 page and the same headers (redirects: tests/unit/deploy.test.ts)', () => {
    expect(existsSync(join(DIST, '.htaccess'))).toBe(false);
    const directives = parseApacheConfig(readFileSync(join(DIST_GERMAN, '.htaccess'), 'utf8'));
    expect(directives.filter(({ name }) => name !== 'Header' && name !== 'AddType')).toEqual([{ module: undefined, name: 'ErrorDocument', args: ['404', '/404.html'] }]);
    expect(existsSync(join(DIST_GERMAN, '404.html'))).toBe(true);
    expect(directives.filter(({ name }) => name === 'Header').map(({ args }) => args.slice(2))).toEqual(Object.entries(SECURITY_HEADERS));
  });

  it('opens no link in a new tab without noopener, and writes mailto: and tel: correctly', () => {
    for (const page of htmlPages()) {
      const $ = loadPage(page);
      $('a[target="_blank"]').each((_, link) => expect($(link).attr('rel'), page).toMatch(/noopener.*noreferrer|noreferrer.*noopener/));
      $('a[href^="mailto:"]').each((_, link) => expect($(link).attr('href'), page).toMatch(/^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/));
      $('a[href^="tel:"]').each((_, link) => expect($(link).attr('href'), page).toMatch(/^tel:\+\d{6,15}$/));
    }
  });
});
