/**
 * Content atoms: the small shapes every part of vita agrees on (entry ids,
 * initials, DOIs, arXiv ids, page ranges). The schemas, the importers and the
 * checks all read them from here, so they cannot disagree.
 */
import { characterName } from '../lib/text/characters.ts';

/** Longest entry id (file name without .md): long enough for any real key, short enough for every file system. */
export const MAX_ID_LENGTH = 80;

/** An entry id: the file name without .md, which becomes part of a URL. */
export const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Whether `id` can name an entry: the pattern and the length limit. */
export const isEntryId = (id: string): boolean => ENTRY_ID.test(id) && id.length <= MAX_ID_LENGTH;

/** A name beside an entry becomes part of an address: ASCII letters, digits, "-", "_" and ".", starting with a letter or digit. */
export const FILE_NAME = /^[A-Za-z0-9_][\w.-]*$/;

/** A file name as it may be written instead ("my paper.pdf" → "my-paper.pdf", "Übersicht.pdf" → "Ubersicht.pdf"). */
export const safeFileName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+/, '');

/** Why a name cannot be part of an address, naming the first character that cannot, or undefined when it can. */
export function unlinkableName(name: string): string | undefined {
  if (FILE_NAME.test(name)) return undefined;
  const odd = [...name].find((character, index) => !/[\w.-]/.test(character) || (index === 0 && !/[A-Za-z0-9_]/.test(character)))!;
  const which = /[\w.-]/.test(odd) ? `starts with "${odd}"` : `has ${/\p{L}/u.test(odd) ? `"${odd}", a letter outside A–Z` : characterName(odd)}`;
  return `expected a file name of letters A–Z and a–z, digits, "-", "_" and ".", starting with a letter, a digit or "_" (a file on the site is part of its address); "${name}" ${which}: rename it, e.g. ${safeFileName(name) || 'paper.pdf'}`;
}

/** One initial or a run of them as author lists write them: "S", "K-R", "C.", "GÜ". */
export const INITIALS = /^\p{Lu}\.?(?:-?\p{Lu}\.?)*$/u;

/**
 * An arXiv identifier: new style `2211.17174`, old style `cs/0112017` or `math.GT/0309136`,
 * either optionally versioned (`v2`). The body of a pattern, to be anchored or embedded.
 */
export const ARXIV_ID_SOURCE = String.raw`(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?`;
export const ARXIV_ID = new RegExp(`^${ARXIV_ID_SOURCE}$`);

/** An arXiv id without its version: 2211.17174v2 → 2211.17174. */
export const unversionedArxiv = (arxiv: string): string => arxiv.replace(/v\d+$/, '');

/**
 * A DOI as the DOI Handbook (2.2, 2.5) defines it: "10." and a registrant code of
 * digits (dot-separated), "/", and a suffix of printable Unicode characters. No
 * white space or control characters, and no braces: no registered DOI uses them and
 * they cannot be written into a BibTeX field without changing what it reads.
 */
export const DOI = /^10\.\d{4,9}(?:\.\d+)*\/[^\s\p{C}{}]+$/u;

/** A DOI without its resolver prefix: "https://doi.org/10.1/x" or "doi:10.1/x" → "10.1/x". */
export const bareDoi = (value: string): string => value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');

/** A DOI's resolver form: https://doi.org/10.1/x. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;

/** A page range `154-176` (or with an en dash) or a single page `7`, optionally with a letter prefix (`S12`). */
export const PAGES = /^[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?$/;

/** What a language tag must look like, as the check says it. */
export const LANGUAGE_TAG_EXPECTED = 'expected a language tag such as "en", "de" or "pt-BR"';

/** A well-formed BCP 47 language tag (`en`, `de`, `pt-BR`, `sr-Latn`), as Intl reads it. */
export function isLanguageTag(tag: string): boolean {
  try {
    return /^[a-z]{2,3}(?:-|$)/i.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** An ISBN-10 or ISBN-13, hyphens and spaces allowed, whose check digit is right. */
export function isIsbn(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(digits)) {
    const sum = [...digits].reduce((total, digit, i) => total + (digit === 'X' ? 10 : Number(digit)) * (10 - i), 0);
    return sum % 11 === 0;
  }
  if (/^97[89]\d{10}$/.test(digits)) {
    const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
    return sum % 10 === 0;
  }
  return false;
}

/** An ISSN `0340-613X` whose check digit is right. */
export function isIssn(value: string): boolean {
  if (!/^\d{4}-\d{3}[\dX]$/.test(value)) return false;
  const digits = value.replace('-', '');
  const sum = [...digits].reduce((total, digit, i) => total + (digit === 'X' ? 10 : Number(digit)) * (8 - i), 0);
  return sum % 11 === 0;
}

/** A PubMed id: digits, no leading zero. */
export const PMID = /^[1-9]\d{0,8}$/;

/** A PubMed Central id: PMC and digits. */
export const PMCID = /^PMC\d{1,9}$/;

/** A PubMed record's address. */
export const pubmedUrl = (pmid: string): string => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;

/** A PubMed Central article's address. */
export const pmcUrl = (pmcid: string): string => `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`;
