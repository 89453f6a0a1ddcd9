/**
 * The PDF CV in a right-to-left language: the page mirrors (the date column at the right,
 * aligned towards the text), each paragraph reads in its own text's direction (an English
 * entry on an Arabic CV keeps its full stop at its end), Arabic letters keep their dots, and
 * the Arabic words copy back as written. Read back with poppler, independent of the writer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeFor } from '../../src/i18n/index.ts';
import { compilePdf } from '../../src/pdf/compile.ts';
import { cvDocument, type CvPdfOptions } from '../../src/pdf/document.ts';
import { md } from '../helpers/check.ts';
import { modelOfFiles, pdfAddresses, pdfOptions } from '../helpers/model.ts';

const TEMPLATE = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'pdf', 'cv.typ'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'vita-pdf-rtl-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let written = 0;
/** A poppler tool's output for the PDF bytes (`pdftoppm` writes a PNG and gives its bytes). */
function poppler(tool: 'pdftotext' | 'pdftoppm', bytes: Uint8Array, ...args: string[]): string | Buffer {
  const file = join(scratch, `${++written}.pdf`);
  writeFileSync(file, bytes);
  if (tool === 'pdftoppm') return execFileSync(tool, [...args, '-png', '-singlefile', file], { stdio: ['ignore', 'pipe', 'ignore'] });
  return execFileSync(tool, [...args, file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** The words of the first page with their boxes, as pdftotext -bbox gives them. */
function words(bytes: Uint8Array): { text: string; xMin: number; xMax: number }[] {
  const html = poppler('pdftotext', bytes, '-bbox', '-f', '1', '-l', '1') as string;
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(([, xMin, xMax, text]) => ({
    text: text!.replaceAll('&amp;', '&'),
    xMin: Number(xMin),
    xMax: Number(xMax),
  }));
}

/** The characters of extracted text without the marks pdftotext and the catalogue add for direction, nor spaces. */
const readable = (text: string) => text.replace(/[\u202A-\u202E\u2066-\u2069\s]/g, '');

const OPTIONS: CvPdfOptions = pdfOptions({ date: '2026-11-27', ...pdfAddresses('https://example.org/ada/') });

/** An English CV's content, as a site in Arabic (or English) shows it. */
const files = (language: string) => ({
  'profile.md': md('name: Ada Lovelace\naliases: [Lovelace A]\nrole: Analyst\naffiliation: Analytical Society\nlinks: { orcid: 0000-0002-1825-0097 }\n', 'Bio.'),
  'settings.yaml': `language: ${language}\n`,
  'experience/society.md': md('organization: Analytical Society\nlocation: London\nrole: Analyst\nstart: 2012-01\nend: 2014-06\n', 'Programmes for the engine.'),
});
const typeset = async (language: string) =>
  compilePdf(cvDocument(await modelOfFiles(files(language), { settings: { site: 'https://example.org', base: '/ada/' } }), OPTIONS, localeFor(language)), TEMPLATE).bytes;
const arabicSite = await modelOfFiles(files('ar'), { settings: { site: 'https://example.org', base: '/ada/' } });
const document = cvDocument(arabicSite, OPTIONS, localeFor('ar'));
const arabic = compilePdf(document, TEMPLATE).bytes;
const english = await typeset('en');

describe('the PDF CV right to left', () => {
  it('is a right-to-left document', () => {
    expect([document.dir, cvDocument(arabicSite, OPTIONS, localeFor('en')).dir]).toEqual(['rtl', 'ltr']);
  });

  it('sets the date column at the right margin, the entry beside it at its left (and the other way round in English)', () => {
    const at = (list: ReturnType<typeof words>, text: string) => list.find((word) => word.text === text)!;
    // "Analyst" is the entry's title; "2012" is in its date, "يناير 2012 – يونيو 2014" or "Jan 2012 – Jun 2014".
    expect(at(words(arabic), '2012').xMin).toBeGreaterThan(at(words(arabic), 'Analyst').xMax);
    expect(at(words(english), '2012').xMax).toBeLessThan(at(words(english), 'Analyst').xMin);
  });

  it('reads an English paragraph left to right on the Arabic CV: its full stop ends its last word', () => {
    const texts = words(arabic).map((word) => word.text);
    expect(texts).toContain('engine.');
    expect(texts.filter((text) => text.startsWith('.'))).toEqual([]);
  });

  it('copies the Arabic words back as written: a heading, the months, the page label', () => {
    const text = readable(poppler('pdftotext', arabic) as string);
    const { t } = localeFor('ar');
    // pdftotext gives a line's Arabic words and its numbers in the order it sees them: the words are what count.
    for (const word of [t.cv.sections.experience, 'يناير', 'يونيو', t.pdf.page.split(' ')[0]!]) expect(text).toContain(readable(word));
  });

  it('draws each Arabic letter with its dots in place: the page looks as it would with the font’s mark positioning, which the template turns off for Arabic', () => {
    // Noto's Arabic fonts draw dots as marks: unmoved, they stand off their letters, and this page would differ.
    const positioned = TEMPLATE.replace('|[\\\\p{Arabic}\\\\p{Thai}][\\\\p{Arabic}\\\\p{Thai}\\\\p{Mn}\\\\x{200C}\\\\x{200D}]*', '');
    expect(positioned).not.toBe(TEMPLATE);
    const page = (template: string) => poppler('pdftoppm', compilePdf(document, template).bytes, '-r', '100', '-f', '1', '-l', '1') as Buffer;
    expect(page(TEMPLATE).equals(page(positioned))).toBe(true);
  });
});
