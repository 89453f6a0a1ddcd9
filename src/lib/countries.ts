/** Countries given as ISO 3166 codes (DE, ES), named in each page's language; any other text stays as written. */
import { cached } from './cached.ts';

const names = new Map<string, Intl.DisplayNames>();

/** Whether `code` is an ISO 3166 country or region code Intl can name (DE, ES, GB). */
export const isCountryCode = (code: string): boolean => /^[A-Z]{2}$/.test(code) && displayNames('en').of(code) !== undefined;

function displayNames(language: string): Intl.DisplayNames {
  return cached(names, language, () => new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
}

/** "Spanien" for ES on a German page; a country written out ("Spain") as written, with `named` false. */
export function countryName(value: string, language: string): { readonly name: string; readonly named: boolean } {
  return isCountryCode(value) ? { name: displayNames(language).of(value)!, named: true } : { name: value, named: false };
}
