/**
 * Turns zod issues into sentences for the person editing Markdown: the field,
 * what was expected and what was found. Pure: no file access.
 */
import { MOVED_SETTINGS } from '../schemas/settings.ts';
import { PER_LANGUAGE_EXPECTED } from '../schemas/translations.ts';
import type { z } from 'zod';
import { INVISIBLE, suspiciousCharacter } from '../lib/text/characters.ts';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `authors[2]`, `contact.email.value`: the field as the author would point at it. */
export function fieldName(path: readonly PathKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields (key: value)',
  date: 'a date',
};

/** A short, quoted rendering of what the file contains at that place. */
export function describeFound(input: unknown): string {
  if (input === null) return 'an empty value';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'an invalid date' : input.toISOString().slice(0, 10);
  if (Array.isArray(input)) return `a list of ${input.length}`;
  if (typeof input === 'object') return 'a mapping of fields';
  // Invisible characters are spelt out (\u200b), so the message shows what the eye cannot.
  const shown =
    typeof input === 'string'
      ? JSON.stringify(input).replace(new RegExp(INVISIBLE.source, 'gu'), (character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`)
      : String(input);
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

/** What the schema wanted, in words. */
function expectation(issue: Issue): string {
  if (issue.message.startsWith('expected')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected one of: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'invalid_key':
      return issue.issues[0] ? expectation(issue.issues[0] as Issue) : 'expected another key';
    case 'invalid_union': {
      const options = [...new Set(issue.errors.map((branch) => (branch[0] ? expectation(branch[0]) : '')))];
      return `expected ${options.map((option) => option.replace(/^expected /, '')).join(' or ')}`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'expected a non-empty text'
          : `expected a value of at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `expected at most ${issue.maximum} items` : `expected a value of at most ${issue.maximum}`;
    default:
      return `expected ${issue.message.replace(/^Invalid input:?\s*/i, '').toLowerCase() || 'a valid value'}`;
  }
}

export interface FieldProblem {
  /** Path of the offending field inside the front matter. */
  readonly path: readonly PathKey[];
  /** The sentence: what was found, what was expected. */
  readonly message: string;
}

/** Closest known key to a misspelt one, if it is close enough to be a likely typo. */
export function closest(unknown: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  };
  const ranked = known.map((key) => ({ key, cost: distance(unknown.toLowerCase(), key.toLowerCase()) }));
  ranked.sort((a, b) => a.cost - b.cost);
  const best = ranked[0];
  return best && best.cost <= Math.max(2, Math.floor(unknown.length / 3)) ? best.key : undefined;
}

/** Abbreviations and other words people write for a value of a list (`msc` for `master`): suggested only where the list has that value. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  public: 'web',
  private: 'hidden',
  msc: 'master',
  ma: 'master',
  meng: 'master',
  mres: 'master',
  mphil: 'master',
  bsc: 'bachelor',
  ba: 'bachelor',
  beng: 'bachelor',
  dphil: 'phd',
  doctorate: 'phd',
  doctoral: 'phd',
};

/**
 * The value of a list that a value outside it probably meant: the same words spelt otherwise (`in press`
 * for `in-press`, `M.Sc.` for `master`), a near miss, or a value whose words it contains (`keynote-talk`).
 */
export function likelyValue(written: string, values: readonly string[]): string | undefined {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[.'’]/g, '')
      .trim()
      .split(/[\s_-]+/);
  const spelt = words(written).join('-');
  const same = values.find((value) => words(value).join('-') === spelt);
  if (same !== undefined) return same;
  const abbreviated = ABBREVIATIONS[spelt];
  if (abbreviated !== undefined && values.includes(abbreviated)) return abbreviated;
  const near = closest(written, values);
  if (near !== undefined) return near;
  const contained = values.filter((value) => words(value).every((word) => words(written).includes(word)));
  return contained.sort((a, b) => b.length - a.length)[0];
}

/** Words written for "still running" in an `end` field. */
const ONGOING = /^(?:present|now|today|current(?:ly)?|ongoing|open|heute|jetzt|laufend|aktuell|dato|bis heute|[-–—?]|\.{3}|…)$/i;

/** YAML 1.2 reads only true and false as true/false: the words people write for them instead. */
const YES = /^(?:yes|y|on|ja)$/i;
const NO = /^(?:no|n|off|nein)$/i;

/**
 * Why a value that looks right was read wrongly: YAML turned unquoted digits into a
 * number (dropping a trailing zero), quoted digits stayed text, yes/no are not
 * true/false, "present" is no end, or the text holds a character that only looks right.
 */
function readingHint(issue: Issue, written: string | undefined): string {
  const { input } = issue;
  const field = issue.path.at(-1);
  // Only for plain text fields: a field with a format of its own (a date) says what it wants instead.
  const plainText = issue.code === 'invalid_type' && issue.expected === 'string' && !issue.message.startsWith('expected');
  if (plainText && (typeof input === 'number' || typeof input === 'boolean')) {
    const shown = written ?? String(input);
    const changed = shown !== String(input) ? ` (${String(input)})` : '';
    return `; YAML read ${shown} as ${typeof input === 'number' ? 'a number' : 'true/false'}${changed}: quote it, "${shown}"`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof input === 'string' && /^-?\d+(?:\.\d+)?$/.test(input.trim())) {
    return '; write the number without quotes';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'boolean' && typeof input === 'string' && (YES.test(input) || NO.test(input))) {
    return `; write ${typeof field === 'string' ? `${field}: ` : ''}${YES.test(input)}`;
  }
  if (field === 'end' && typeof input === 'string' && ONGOING.test(input.trim())) return '; leave end out for a current position (without an end it is shown as ongoing)';
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    const guess = likelyValue(input, issue.values.map(String));
    if (guess !== undefined) return `; did you mean "${guess}"?`;
  }
  const character = typeof input === 'string' ? suspiciousCharacter(input) : undefined;
  return character ? `; it contains ${character}` : '';
}

/**
 * The issues of the one form of a union a mapping was meant as, with their full paths: its fields are
 * all there, only their values are wrong (`{ name: Doe J, equal: yes }` is a person with marks whose
 * `equal` is wrong, not "no author form"). Undefined when no single form fits that well. (A form whose
 * only fault is an unknown key, zod reports on its own.)
 */
function meantBranch(issue: Issue): Issue[] | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  // A text that may carry translations: a value that is no mapping was meant as the text, a mapping as one text per language.
  const mapping = typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input);
  const atRoot = (branch: readonly Issue[], expected: string) =>
    branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.expected === expected && branch[0]!.path.length === 0;
  const perLanguage = (branch: readonly Issue[]) => atRoot(branch, 'record') || branch.some((inner) => inner.code === 'invalid_key' || inner.message === PER_LANGUAGE_EXPECTED);
  const meant = issue.errors.length === 2 && issue.errors.some(perLanguage) ? issue.errors.find((branch) => perLanguage(branch) === mapping) : undefined;
  if (meant) return meant.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
  if (!mapping) return undefined;
  const fitting = issue.errors.filter((branch) => branch.every((inner) => inner.path.length > 0 && inner.input !== undefined));
  return fitting.length === 1 ? fitting[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })) : undefined;
}

/**
 * One problem per issue; an unknown key names the key and suggests the field it probably meant.
 * `writtenAt` gives a value as the file spells it, for hints about how YAML read it.
 */
export function issuesToProblems(
  issues: readonly Issue[],
  knownKeysAt: (path: readonly PathKey[], unknown: readonly string[]) => readonly string[],
  writtenAt: (path: readonly PathKey[]) => string | undefined = () => undefined,
): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const meant = meantBranch(issue);
    if (meant) return issuesToProblems(meant, knownKeysAt, writtenAt);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(issue.path, issue.keys);
      return issue.keys.map((key) => {
        const moved = MOVED_SETTINGS[[...issue.path, key].join('.')];
        if (moved) return { path: [...issue.path, key], message: `unknown field "${key}"; it moved: write it as ${moved}` };
        const guess = closest(key, known);
        const hint = guess ? `did you mean "${guess}"?` : `expected one of: ${known.join(', ')}`;
        return { path: [...issue.path, key], message: `unknown field "${key}"; ${hint}` };
      });
    }
    if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'custom')) {
      return [{ path: issue.path, message: `required field is missing; ${expectation(issue)}` }];
    }
    const written = writtenAt(issue.path);
    const found = typeof issue.input === 'number' && written !== undefined ? written : describeFound(issue.input);
    return [{ path: issue.path, message: `${expectation(issue)}; found ${found}${readingHint(issue, written)}` }];
  });
}

/**
 * The field names an object schema accepts at `path`, looking through optional/default/pipe/array/union wrappers;
 * of a union of mappings, the one that has none of the `unknown` keys (zod refused those in that form).
 */
export function knownKeys(schema: z.ZodType, path: readonly PathKey[], unknown: readonly string[] = []): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (type: z.core.$ZodType): z.core.$ZodType => {
    const def = type._zod.def as unknown as Record<string, z.core.$ZodType | undefined> & { type: string };
    const inner = def['innerType'] ?? (def.type === 'pipe' ? def['in'] : undefined);
    return inner ? unwrap(inner) : type;
  };
  for (const key of [...path, undefined]) {
    if (!current) return [];
    current = unwrap(current);
    const def = current._zod.def as unknown as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      options?: z.core.$ZodType[];
    };
    if (def.type === 'union') {
      const mappings = (def.options ?? []).map(unwrap).filter((option) => option._zod.def.type === 'object');
      const lacksUnknown = (option: z.core.$ZodType) => unknown.every((name) => !(option._zod.def as typeof def).shape?.[name]);
      current = (key === undefined ? mappings.find(lacksUnknown) : undefined) ?? mappings[0];
    }
    if (!current) return [];
    const resolved = current._zod.def as typeof def;
    if (key === undefined) return resolved.shape ? Object.keys(resolved.shape) : [];
    current = typeof key === 'number' ? resolved.element : resolved.shape?.[String(key)];
  }
  return [];
}
