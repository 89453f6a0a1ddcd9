/** The cache of typeset CVs (src/pdf/cache.ts): what its key depends on, that a half-written or damaged entry is a miss, and that a cache that cannot be written is no failure. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pdfCacheFolder, pdfCacheKey, readCachedPdf, writeCachedPdf } from '../../src/pdf/cache.ts';
import { ROOT } from '../helpers/build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vita-pdf-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const pdf = { bytes: new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n')), pages: 3, room: [1.5, 1.25] };

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

  it('G14: misses when the cached PDF was damaged on disk, even at the same size', () => {
    const folder = join(scratch, 'damaged');
    writeCachedPdf(folder, 'a', pdf);
    const bytes = readFileSync(join(folder, 'a.pdf'));
    bytes[3]! ^= 0x01;
    writeFileSync(join(folder, 'a.pdf'), bytes);
    expect(readCachedPdf(folder, 'a')).toBeUndefined();
    writeFileSync(join(folder, 'a.pdf'), '');
    expect(readCachedPdf(folder, 'a')).toBeUndefined();
    // A record written before checksums were kept is a miss too: typeset once more.
    writeCachedPdf(folder, 'b', pdf);
    writeFileSync(join(folder, 'b.json'), JSON.stringify({ pages: 3 }));
    expect(readCachedPdf(folder, 'b')).toBeUndefined();
  });

  it('G12: a cache that cannot be written (a link to a volume not mounted) is one warning, not a failure', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const project = join(scratch, 'unmounted');
      mkdirSync(project);
      symlinkSync(join(scratch, 'no-such-volume'), join(project, '.cache'));
      const folder = pdfCacheFolder(project);
      writeCachedPdf(folder, 'a', pdf);
      writeCachedPdf(folder, 'b', pdf);
      expect(readCachedPdf(folder, 'a')).toBeUndefined();
      expect(warn.mock.calls.map(([message]) => String(message).replace(/\(ENOENT: [^)]*\)/, '(ENOENT)'))).toEqual([
        `warning: the build cache ${folder} cannot be written (ENOENT); building without it, which only takes longer`,
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it('lives in .cache/pdf of the project', () => {
    expect(pdfCacheFolder('/site')).toBe('/site/.cache/pdf');
  });
});
