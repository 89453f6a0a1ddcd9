/**
 * The PDF's fonts: its text face, Libertinus Serif, built into the Typst compiler, and for
 * the scripts that face lacks, Noto fonts from npm packages (SIL Open Font Licence), never
 * from the network or the machine. Fontsource splits each font into files by character range
 * (a hundred for Chinese); a document loads only the files of the characters it has, in
 * regular and bold, and a document of Latin, Greek, Cyrillic and Hebrew loads none. The
 * content check refuses a character no font here covers (src/pipeline/pdfText.ts), so the
 * PDF never shows a missing-glyph box.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUILTIN_COVERAGE } from './builtinCoverage.ts';
import { woffToSfnt } from './sfnt.ts';

export interface Fallback {
  /** What it sets, as the check names it: "Korean (Hangul)". */
  readonly scripts: string;
  /** The Fontsource package, without its scope. */
  readonly name: string;
  /** Only for these characters (a character class, read alike by JavaScript and Typst); without it, for whatever the text face lacks. */
  readonly covers?: string;
}

/** In the order Typst tries them for a character the text face lacks. */
export const FALLBACKS: readonly Fallback[] = [
  // Before the Chinese font, which has a few Hangul syllables; kept to Hangul, as the Korean font has Chinese characters (hanja) too.
  { scripts: 'Korean (Hangul)', name: 'noto-sans-kr', covers: '[\\p{Script=Hangul}]' },
  // Before the Chinese font, which has some emoji too.
  { scripts: 'emoji', name: 'noto-emoji' },
  { scripts: 'Chinese and Japanese (Han, kana)', name: 'noto-sans-sc' },
  { scripts: 'Arabic', name: 'noto-sans-arabic' },
  { scripts: 'Devanagari', name: 'noto-sans-devanagari' },
  { scripts: 'Bengali', name: 'noto-sans-bengali' },
  { scripts: 'Tamil', name: 'noto-sans-tamil' },
  { scripts: 'Thai', name: 'noto-sans-thai' },
  { scripts: 'Armenian', name: 'noto-sans-armenian' },
  { scripts: 'Georgian', name: 'noto-sans-georgian' },
];

/** What the PDF can set, for messages: its text face's scripts, then the fallbacks', emoji last. */
export const PDF_SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Hebrew', ...FALLBACKS.map((fallback) => fallback.scripts)].sort((a, b) => Number(a === 'emoji') - Number(b === 'emoji'));

/** Regular for text, bold for titles and the owner's name. */
const WEIGHTS = [400, 700] as const;

/** "20-7e,a0-2e4" → [[0x20, 0x7e], [0xa0, 0x2e4]]; "U+4e00-4e01,U+4e03" alike. */
const parseRanges = (ranges: string): [number, number][] =>
  ranges.split(',').map((range) => {
    const [first, last = first] = range
      .trim()
      .replace(/^U\+/i, '')
      .split('-')
      .map((hex) => Number.parseInt(hex, 16));
    return [first!, last!];
  });

/** Ranges sorted by their first code point, each with what it stands for. */
type Ranges<T> = readonly (readonly [number, number, T])[];

/** What the range holding `point` stands for (binary search), or undefined. */
function lookup<T>(ranges: Ranges<T>, point: number): T | undefined {
  let [low, high] = [0, ranges.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last, value] = ranges[middle]!;
    if (point < first) high = middle - 1;
    else if (point > last) low = middle + 1;
    else return value;
  }
  return undefined;
}

const BUILTIN: Ranges<true> = parseRanges(BUILTIN_COVERAGE).map(([first, last]) => [first, last, true]);
const builtin = (point: number) => lookup(BUILTIN, point) === true;

/** A file of a fallback font: one range of its characters. */
interface Subset {
  readonly fallback: Fallback;
  /** "57", "arabic": the file's part of the name. */
  readonly id: string;
}

const require = createRequire(import.meta.url);
/** A file of a Fontsource package in node_modules. */
const packageFile = (name: string, file: string) => join(dirname(require.resolve(`@fontsource/${name}/package.json`)), file);

let fallbackRanges: { readonly covers: RegExp | undefined; readonly ranges: Ranges<Subset> }[] | undefined;

/** The fallback file that sets `point`, from the packages' range lists (read once). */
function fallbackSubset(point: number): Subset | undefined {
  fallbackRanges ??= FALLBACKS.map((fallback) => {
    const unicode = JSON.parse(readFileSync(packageFile(fallback.name, 'unicode.json'), 'utf8')) as Record<string, string>;
    const ranges = Object.entries(unicode).flatMap(([key, list]) => {
      const subset: Subset = { fallback, id: key.replace(/^\[(.*)\]$/, '$1') };
      return parseRanges(list).map(([first, last]) => [first, last, subset] as const);
    });
    return { covers: fallback.covers === undefined ? undefined : new RegExp(fallback.covers, 'u'), ranges: ranges.sort((a, b) => a[0] - b[0]) };
  });
  const character = String.fromCodePoint(point);
  for (const { covers, ranges } of fallbackRanges) {
    if (covers && !covers.test(character)) continue;
    const subset = lookup(ranges, point);
    if (subset) return subset;
  }
  return undefined;
}

/** Characters that take no glyph: spaces and line breaks, controls, joiners, variation selectors, direction marks. */
const GLYPHLESS = /[\s\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** Text the text face covers whole without a look-up: Basic Latin, Latin-1 and Latin Extended (controls take no glyph). */
const LATIN = /^[\u0000-\u02E4]*$/;

/** The distinct characters of `text` that no font of the PDF covers, in order of appearance. */
export function uncovered(text: string): string[] {
  if (LATIN.test(text)) return [];
  const missing = new Set<string>();
  for (const character of text) {
    const point = character.codePointAt(0)!;
    if (!GLYPHLESS.test(character) && !builtin(point) && fallbackSubset(point) === undefined) missing.add(character);
  }
  return [...missing];
}

/** A family Typst may use after the text face, and the characters it is kept to. */
export interface FontFamily {
  readonly family: string;
  readonly covers?: string;
}

export interface FallbackFonts {
  /** In the order Typst tries them. */
  readonly families: readonly FontFamily[];
  /** Reads the font files (TrueType/OpenType), each under its family name. */
  readonly files: () => Uint8Array[];
}

/** A fallback file's family name: its own, as the files of one font share theirs. */
const familyOf = (subset: Subset) => `vita ${subset.fallback.name} ${subset.id}`;

/** The fallback fonts the characters of `text` need: none when the text face covers them all. */
export function fallbackFonts(text: string): FallbackFonts {
  const needed = new Map<string, Subset>();
  for (const character of new Set(text)) {
    const point = character.codePointAt(0)!;
    if (GLYPHLESS.test(character) || builtin(point)) continue;
    const subset = fallbackSubset(point);
    if (subset !== undefined) needed.set(familyOf(subset), subset);
  }
  const subsets = [...needed.values()].sort((a, b) => FALLBACKS.indexOf(a.fallback) - FALLBACKS.indexOf(b.fallback) || a.id.localeCompare(b.id));
  return {
    families: subsets.map((subset) => ({ family: familyOf(subset), ...(subset.fallback.covers ? { covers: subset.fallback.covers } : {}) })),
    files: () =>
      subsets.flatMap((subset) =>
        WEIGHTS.flatMap((weight) => {
          const path = packageFile(subset.fallback.name, `files/${subset.fallback.name}-${subset.id}-${weight}-normal.woff`);
          return existsSync(path) ? [woffToSfnt(readFileSync(path), familyOf(subset))] : [];
        }),
      ),
  };
}

/** The fallback packages with their installed versions: what a typeset PDF depends on besides the compiler. */
export function fallbackVersions(): string {
  return FALLBACKS.map((fallback) => {
    const { version } = JSON.parse(readFileSync(packageFile(fallback.name, 'package.json'), 'utf8')) as { version: string };
    return `@fontsource/${fallback.name}@${version}`;
  }).join(' ');
}
