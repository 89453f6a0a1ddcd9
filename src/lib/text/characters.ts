/**
 * Naming the characters that make a value wrong while it looks right: control
 * characters, invisible ones, combining marks and letters from another script
 * that look Latin. Messages quote them as "U+0430 (Cyrillic letter) at position 2".
 */

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x2060: 'WORD JOINER',
  0x2800: 'BRAILLE PATTERN BLANK',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Characters that show nothing: format characters, fillers and blank patterns. */
export const INVISIBLE = /[\p{Cf}\u00AD\u115F\u1160\u2800\u3164\uFFA0]/u;
/** Control characters (C0, DEL, C1). */
export const CONTROL = /\p{Cc}/u;

/** "U+0007 BELL", "U+0430 (Cyrillic letter)", "U+0308 (combining mark)". */
export function characterName(character: string): string {
  const code = character.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  if (name) return `${hex} ${name}`;
  if (code === 0x20) return 'a space';
  if (code > 0x20 && code < 0x7f) return `"${character}"`;
  if (/\p{Cc}/u.test(character)) return `${hex} (control character)`;
  if (/\p{M}/u.test(character)) return `${hex} (combining mark)`;
  if (INVISIBLE.test(character)) return `${hex} (invisible character)`;
  for (const script of ['Cyrillic', 'Greek', 'Armenian', 'Cherokee'] as const) {
    if (new RegExp(`\\p{Script=${script}}`, 'u').test(character)) return `${hex} (${script} letter)`;
  }
  return hex;
}

/** Letters of other scripts mixed into a Latin word, where they are almost always a lookalike by mistake. */
function lookalikeIndex(text: string): number {
  const hasLatin = /\p{Script=Latin}/u.test(text);
  if (!hasLatin) return -1;
  return [...text].findIndex((character) => /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(character));
}

/**
 * The first character that may explain why a value which looks right was refused:
 * a control, an invisible character, a combining mark, or a Cyrillic/Greek letter
 * among Latin ones. "U+0430 (Cyrillic letter) at position 2", or undefined.
 */
export function suspiciousCharacter(text: string): string | undefined {
  const characters = [...text];
  let index = characters.findIndex((character) => CONTROL.test(character) || INVISIBLE.test(character) || /\p{M}/u.test(character));
  if (index < 0) index = lookalikeIndex(text);
  return index < 0 ? undefined : `${characterName(characters[index]!)} at position ${index + 1}`;
}

/** Scripts by the name Unicode gives them, to say which one a character is written in. */
const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Nko',
  'Samaritan',
  'Mandaic',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Cherokee',
  'Canadian_Aboriginal',
  'Ogham',
  'Runic',
  'Tagalog',
  'Khmer',
  'Mongolian',
  'Limbu',
  'Tai_Le',
  'New_Tai_Lue',
  'Buginese',
  'Tai_Tham',
  'Balinese',
  'Sundanese',
  'Batak',
  'Lepcha',
  'Ol_Chiki',
  'Glagolitic',
  'Tifinagh',
  'Coptic',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Yi',
  'Lisu',
  'Vai',
  'Bamum',
  'Javanese',
  'Cham',
  'Tai_Viet',
  'Meetei_Mayek',
  'Adlam',
  'Gothic',
  'Old_Italic',
  'Linear_B',
  'Cuneiform',
  'Egyptian_Hieroglyphs',
  'Braille',
  'Inherited',
] as const;

/** "Mongolian", "Hangul", "combining mark", or "symbol" for a character of no script; undefined when unknown. */
export function scriptName(character: string): string | undefined {
  const script = SCRIPTS.find((name) => new RegExp(`\\p{Script=${name}}`, 'u').test(character));
  if (script === 'Inherited') return 'combining mark';
  if (script) return script.replaceAll('_', ' ');
  return /\p{S}/u.test(character) ? 'symbol' : undefined;
}
