/**
 * The PDF's fonts: the text face's coverage as the compiler ships it (generated, kept up to
 * date), the fallback files unpacked from WOFF as Typst reads them, and the content check that
 * refuses a character no font covers, with the file, line, field and script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedVersion } from '../../src/buildCache.ts';
import { fallbackFonts, uncovered } from '../../src/pdf/fonts.ts';
import { cmapCoverage, fontName } from '../../src/pdf/sfnt.ts';
import { builtinRanges, COVERAGE_FILE, coverageModule } from '../../tooling/fonts/builtinCoverage.ts';
import { md, treeProblems } from '../helpers/check.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the text face', () => {
  it('has its coverage generated from the installed compiler (npm run pdf-fonts)', () => {
    const generated = coverageModule(builtinRanges(ROOT), installedVersion(ROOT, '@myriaddreamin/typst-ts-node-compiler'));
    expect(readFileSync(join(ROOT, COVERAGE_FILE), 'utf8')).toBe(generated);
  });

  it('covers Latin, Greek, Cyrillic and Hebrew, and nothing of the scripts it lacks', () => {
    expect(uncovered('Ekstrøm Marinč Király Ελληνικά Русский עברית “quotes” – … €')).toEqual([]);
    expect(fallbackFonts('Ekstrøm Ελληνικά Русский עברית').families).toEqual([]);
  });
});

describe('the fallback fonts', () => {
  it('are unpacked from WOFF under a family of their own, each file with the characters its package says', () => {
    const { families, files } = fallbackFonts('王 ก');
    expect(families).toEqual([{ family: 'vita noto-sans-thai thai' }, { family: expect.stringMatching(/^vita noto-sans-sc \d+$/) }]);
    const fonts = files();
    // Regular and bold of each.
    expect(fonts.map((font) => fontName(font))).toEqual([
      { family: 'vita noto-sans-thai thai', style: 'Regular' },
      { family: 'vita noto-sans-thai thai', style: 'Bold' },
      { family: families[1]!.family, style: 'Regular' },
      { family: families[1]!.family, style: 'Bold' },
    ]);
    expect(cmapCoverage(fonts[2]!).has('王'.codePointAt(0)!)).toBe(true);
    expect(cmapCoverage(fonts[0]!).has('ก'.codePointAt(0)!)).toBe(true);
  });

  it('take Arabic and Devanagari from their own fonts, never from the Chinese font, whose range lists name a few unjoined Arabic letters and Devanagari it lacks', () => {
    const { families, files } = fallbackFonts('العلم हिन्दी');
    expect(families).toEqual([{ family: 'vita amiri arabic', covers: '[\\p{Script_Extensions=Arabic}]' }, { family: 'vita noto-sans-devanagari devanagari' }]);
    const [amiri, , devanagari] = files();
    for (const letter of 'العلم') expect(cmapCoverage(amiri!).has(letter.codePointAt(0)!), letter).toBe(true);
    for (const letter of 'हिन्दी') expect(cmapCoverage(devanagari!).has(letter.codePointAt(0)!), letter).toBe(true);
  });

  it('keep the Korean font to Hangul, so Chinese text never mixes in its hanja', () => {
    expect(fallbackFonts('中').families).toEqual([{ family: expect.stringMatching(/^vita noto-sans-sc \d+$/) }]);
    expect(fallbackFonts('한').families).toEqual([{ family: expect.stringMatching(/^vita noto-sans-kr /), covers: '[\\p{Script=Hangul}]' }]);
  });
});

describe('G17: the content check and text the PDF cannot set', () => {
  const profile = md('name: Ada Lovelace\naliases: [Lovelace A]', 'Bio.');

  it('G17: refuses a character no font of the PDF has, naming file, line, field and script', () => {
    expect(
      treeProblems({
        'profile.md': profile,
        'publications/lovelace2020x.md': md('kind: journal-article\ntitle: "Монгол ᠮᠣᠩᠭᠣᠯ бичиг"\nauthors: [Lovelace A, "Bat, ᠪᠠᠲᠤ"]\nyear: 2020\nvenue: J'),
        'experience/tib.md': md('organization: O\nlocation: L\nrole: R\nstart: 2020-01', 'Fine text.\n\nབོད་ཡིག line'),
      }),
    ).toEqual([
      'content/experience/tib.md:9: the PDF CV has no font for "བ" (U+0F56, Tibetan), "ོ" (U+0F7C, Tibetan), "ད" (U+0F51, Tibetan), "་" (U+0F0B, Tibetan), "ཡ" (U+0F61, Tibetan) and 2 more; expected text in a script it can set (Latin, Greek, Cyrillic, Hebrew, Arabic, Korean (Hangul), Devanagari, Bengali, Tamil, Thai, Armenian, Georgian, Chinese and Japanese (Han, kana), emoji), or the text transliterated into one of them',
      'content/publications/lovelace2020x.md:3 title: the PDF CV has no font for "ᠮ" (U+182E, Mongolian), "ᠣ" (U+1823, Mongolian), "ᠩ" (U+1829, Mongolian), "ᠭ" (U+182D, Mongolian), "ᠯ" (U+182F, Mongolian); expected text in a script it can set (Latin, Greek, Cyrillic, Hebrew, Arabic, Korean (Hangul), Devanagari, Bengali, Tamil, Thai, Armenian, Georgian, Chinese and Japanese (Han, kana), emoji), or the text transliterated into one of them',
      'content/publications/lovelace2020x.md:4 authors[1]: the PDF CV has no font for "ᠪ" (U+182A, Mongolian), "ᠠ" (U+1820, Mongolian), "ᠲ" (U+1832, Mongolian), "ᠤ" (U+1824, Mongolian); expected text in a script it can set (Latin, Greek, Cyrillic, Hebrew, Arabic, Korean (Hangul), Devanagari, Bengali, Tamil, Thai, Armenian, Georgian, Chinese and Japanese (Han, kana), emoji), or the text transliterated into one of them',
    ]);
  });

  it('G17: finds a character a YAML escape makes, and passes one only a comment has', () => {
    expect(
      treeProblems({
        'profile.md': profile,
        'publications/lovelace2020x.md': md('kind: journal-article\ntitle: "Mongol \\u182E"\nauthors: [Lovelace A]\nyear: 2020\nvenue: J'),
        'publications/lovelace2021y.md': md('kind: journal-article\ntitle: Mongol\nauthors: [Lovelace A] # ᠪᠠᠲᠤ\nyear: 2021\nvenue: J'),
      }),
    ).toEqual([
      'content/publications/lovelace2020x.md:3 title: the PDF CV has no font for "ᠮ" (U+182E, Mongolian); expected text in a script it can set (Latin, Greek, Cyrillic, Hebrew, Arabic, Korean (Hangul), Devanagari, Bengali, Tamil, Thai, Armenian, Georgian, Chinese and Japanese (Han, kana), emoji), or the text transliterated into one of them',
    ]);
  });

  it('G17: accepts every script the PDF sets, and text the PDF does not print', () => {
    expect(
      treeProblems({
        'profile.md': profile,
        'publications/lovelace2020x.md': md(
          'kind: journal-article\ntitle: "深層学習 한국어 العربية עברית हिन्दी தமிழ் ไทย Հայ ქართ 🤖"\nauthors: [Lovelace A]\nyear: 2020\nvenue: J',
        ),
        // News and free pages are on the website only; the browser's fonts set them.
        'news/2020-01-01-x.md': md('date: 2020-01-01\ntitle: "ᠮᠣᠩᠭᠣᠯ"', 'བོད་ཡིག'),
        // A section the settings leave out of the CV is not printed either.
        'settings.yaml': 'cv: { sections: [publications] }\n',
        'talks/2020-x.md': md('title: "ᠮᠣᠩᠭᠣᠯ"\ndate: 2020-01-01\nevent: E'),
      }),
    ).toEqual([]);
  });
});
