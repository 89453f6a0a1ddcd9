/** The cache of typeset CVs (src/pdf/cache.ts): what its key depends on, and that a half-written entry is a miss. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfCacheFolder, pdfCacheKey, readCachedPdf, writeCachedPdf } from '../../src/pdf/cache.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'vita-pdf-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const pdf = { bytes: new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n')), pages: 3 };

describe('the PDF cache', () => {
  it('keys a PDF by the whole entry source and the template', () => {
    const key = pdfCacheKey(ROOT, 'entry', 'template');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(pdfCacheKey(ROOT, 'entry', 'template')).toBe(key);
    expect(pdfCacheKey(ROOT, 'entry ', 'template')).not.toBe(key);
    expect(pdfCacheKey(ROOT, 'entry', 'template ')).not.toBe(key);
    // The parts are length-prefixed: moving text from one to the other is another key.
    expect(pdfCacheKey(ROOT, 'entrytemplate', '')).not.toBe(pdfCacheKey(ROOT, 'entry', 'template'));
  });

  it('returns what was stored, bytes and page count, and nothing for another key', () => {
    const folder = join(scratch, 'round-trip');
    const key = pdfCacheKey(ROOT, 'entry', 'template');
    expect(readCachedPdf(folder, key)).toBeUndefined();
    writeCachedPdf(folder, key, pdf);
    expect(readdirSync(folder).sort()).toEqual([`${key}.json`, `${key}.pdf`]);
    expect(readCachedPdf(folder, key)).toEqual(pdf);
    expect(readCachedPdf(folder, pdfCacheKey(ROOT, 'other', 'template'))).toBeUndefined();
  });

  it('misses when the page count or the PDF is gone (an interrupted write or a prune)', () => {
    const folder = join(scratch, 'half');
    writeCachedPdf(folder, 'a', pdf);
    rmSync(join(folder, 'a.json'));
    expect(readCachedPdf(folder, 'a')).toBeUndefined();
    writeCachedPdf(folder, 'b', pdf);
    rmSync(join(folder, 'b.pdf'));
    expect(readCachedPdf(folder, 'b')).toBeUndefined();
  });

  it('lives in .cache/pdf of the project', () => {
    expect(pdfCacheFolder('/site')).toBe('/site/.cache/pdf');
  });
});
