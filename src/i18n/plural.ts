/** Counted phrases ("1 journal article", "21 journal articles") through the language's plural rules. */
import { intl } from '../lib/intl.ts';

/**
 * Forms by Intl.PluralRules category; `#` stands for the formatted number. `other` is required, as in CLDR.
 * `zero` is also said for the count 0 whatever its category (ICU's `=0`): Brazilian Portuguese puts 0 in
 * `one`, and a catalogue says "nenhuma patente" rather than "0 patente".
 */
export interface Plural {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** "21 journal articles" in English, "21 Zeitschriftenartikel" in German: the form the language's rules pick for `count`. */
export function countPhrase(language: string, count: number, forms: Plural): string {
  const form = (count === 0 ? forms.zero : undefined) ?? forms[intl(Intl.PluralRules, language, {}).select(count)] ?? forms.other;
  return form.replace('#', intl(Intl.NumberFormat, language, {}).format(count));
}
