/**
 * Author names as CVs write them, and recognising the owner under every alias
 * ("Lovelace A", "A. Byron", "Ada Lovelace").
 */

export interface PersonName {
  /** Family name as written, e.g. "Müller". */
  readonly family: string;
  /** Given names or initials as written, e.g. "K-R", "Ada", "C J". */
  readonly given: string;
}

import { INITIALS } from '../schemas/atoms.ts';
import type { Contributor } from '../schemas/common.ts';
import { cached } from './cached.ts';

const parsedNames = new Map<string, PersonName>();

/** Splits "Family Initials", "Family, Given", "Given Family" or "G. Family" into its parts (once per name: names repeat across works, pages and exports). */
export function parseName(name: string): PersonName {
  return cached(parsedNames, name, () => Object.freeze(splitName(name)));
}

function splitName(name: string): PersonName {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const comma = trimmed.indexOf(',');
  if (comma >= 0) return { family: trimmed.slice(0, comma).trim(), given: trimmed.slice(comma + 1).trim() };
  const tokens = trimmed.split(' ');
  if (tokens.length < 2) return { family: trimmed, given: '' };
  // "Family I J": initials trail the family name (the CV style).
  if (!INITIALS.test(tokens[0]!) && INITIALS.test(tokens.at(-1)!)) {
    let split = tokens.length - 1;
    while (split > 1 && INITIALS.test(tokens[split - 1]!)) split--;
    return { family: tokens.slice(0, split).join(' '), given: tokens.slice(split).join(' ') };
  }
  // "Given Family" or "G. Family".
  return { family: tokens.at(-1)!, given: tokens.slice(0, -1).join(' ') };
}

/** The initials of given names, one per name part: "Klaus-Robert" → ["K", "R"], "CJ" → ["C", "J"], "M-C M" → ["M", "C", "M"]. */
export function initialsOf(given: string): string[] {
  return given
    .split(/[\s.]+/)
    .filter(Boolean)
    .flatMap((part) => (INITIALS.test(part) ? part.replace(/[.-]/g, '').split('') : part.split('-').map((piece) => piece.charAt(0))));
}

/** A person's initials for a monogram, at most two: the first given name's and the family name's ("Ada Lovelace" → "AL", "Jean-Luc Picard" → "JP", "Madonna" → "M"). */
export function monogram(name: string): string {
  const { family, given } = parseName(name);
  const letter = (word: string) => (word.match(/\p{L}/u)?.[0] ?? '').toLocaleUpperCase();
  return `${initialsOf(given).slice(0, 1).map(letter).join('')}${letter(family)}`;
}

/** Lowercase, without diacritics: "Höhne" → "hohne", so "Hoehne"-less sources still compare. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const nameKeys = new Map<string, string>();

/** A key equal for all spellings of one person: family name and first initial. Kept per name: every author of every work is tested for the owner, on every page that lists it. */
export function nameKey(name: string): string {
  return cached(nameKeys, name, () => {
    const { family, given } = parseName(name);
    return `${fold(family)}|${fold(initialsOf(given)[0] ?? '')}`;
  });
}

/** A predicate telling whether an author-list name is the owner under any alias. */
export function ownerMatcher(aliases: readonly string[]): (author: string) => boolean {
  const keys = new Set(aliases.map(nameKey));
  return (author) => keys.has(nameKey(author));
}

const citationGivens = new Map<string, string>();

/** Given names for citations: initials get dots ("K-R" → "K.-R.", "CJ" → "C. J."), full names stay as written (once per name, as parseName). */
export function citationGiven(given: string): string {
  return cached(citationGivens, given, () => dottedInitials(given));
}

function dottedInitials(given: string): string {
  const isInitials = initialsOf(given).join('') === given.replace(/[\s.-]/g, '');
  if (!isInitials) return given;
  return given
    .split(/\s+/)
    .map((part) =>
      part
        .replace(/\./g, '')
        .split('-')
        .map((piece) => [...piece].map((letter) => `${letter}.`).join(' '))
        .join('-'),
    )
    .join(' ');
}

/** An author as family name and citation-style given names: { family: "Müller", given: "K.-R." }. */
export function citationName(name: string): { family: string; given: string } {
  const { family, given } = parseName(name);
  return { family, given: citationGiven(given) };
}

/** A contributor for citation formats: an organisation whole (`literal`), a person as family and citation-style given names. */
export function citationParts(contributor: Contributor): { readonly literal: string } | { readonly family: string; readonly given: string } {
  return contributor.organization ? { literal: contributor.name } : citationName(contributor.name);
}

/** "Müller, K.-R.", "Lovelace", "The ATLAS Collaboration": one contributor as one line of RIS, Scholar tags and the like. */
export function invertedName(contributor: Contributor): string {
  const parts = citationParts(contributor);
  if ('literal' in parts) return parts.literal;
  return parts.given ? `${parts.family}, ${parts.given}` : parts.family;
}

/** The owner's test for a whole contributor: organisations are never the owner. */
export function ownerContributor(isOwner: (name: string) => boolean): (contributor: Contributor) => boolean {
  return (contributor) => !contributor.organization && isOwner(contributor.name);
}

/** How author lists show names (the `authorNames` setting). */
export type NameStyle = 'family-initials' | 'given-family' | 'as-written';

/** Initials as CVs write them: "Klaus-Robert" → "K-R", "Claus Thorn" → "C T", "G.-N." → "G-N"; initials stay. */
function cvInitials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/\./g, '')
        .split('-')
        .map((piece) => (INITIALS.test(piece) ? piece : piece.charAt(0).toUpperCase()))
        .join('-'),
    )
    .join(' ');
}

/** Chinese, Japanese and Korean names: family name first and given name whole, without a space ("王小明", "김민준"). */
const EAST_ASIAN = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
/** A given name in a script without capital letters has no initials to abbreviate it to ("محمد"). */
const UNCASED = /^[^\p{Lu}\p{Ll}\p{Lt}]+$/u;

/**
 * An author in the site's style: "Ekstrøm, Claus Thorn" → "Ekstrøm C T" (family-initials)
 * or "Claus Thorn Ekstrøm" (given-family); "Müller K-R" → "K.-R. Müller" (given-family).
 * Names in scripts without initials keep the given name whole: "王, 小明" → "王小明" in either
 * style, "العربي, محمد" → "العربي محمد" or "محمد العربي".
 */
export function displayName(name: string, style: NameStyle): string {
  if (style === 'as-written') return name;
  const { family, given } = parseName(name);
  if (given === '') return family;
  if (EAST_ASIAN.test(family) && EAST_ASIAN.test(given)) return `${family}${given}`;
  if (UNCASED.test(given)) return style === 'family-initials' ? `${family} ${given}` : `${given} ${family}`;
  return style === 'family-initials' ? `${family} ${cvInitials(given)}` : `${citationGiven(given)} ${family}`;
}
