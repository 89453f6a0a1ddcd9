/**
 * Limits checked before the BibTeX parser sees a file, so hostile or broken input
 * fails fast with the file line and entry instead of exhausting memory or the
 * stack: braces nested deeper than any real entry, author lists longer than any
 * real one, and `@string` macros that grow past any real value (`a39 = a38 # a38`
 * doubles at each step).
 * Pure: the file's text in, problems out.
 */

/** Deeper than any real title or abstract nests braces ({\"{u}} is three). */
export const MAX_BRACE_DEPTH = 64;

/** Longer than any real @string value (a journal name, a publisher). */
export const MAX_STRING_MACRO_LENGTH = 100_000;

/**
 * More names than any real author list (the largest collaborations sign about 5,000): the parser's name
 * splitting grows with the square of the count (10,000 names take 5 s) and fails near 20,000.
 */
export const MAX_NAMES = 10_000;

/** At most this much of the offending text is quoted in a message. */
const EXCERPT_LENGTH = 60;

export interface GuardProblem {
  readonly line: number;
  /** The entry's key, or @type when it has none (an @string). */
  readonly entry: string;
  readonly message: string;
}

/** A short, one-line quotation of `text`, cut with an ellipsis. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line;
}

const ENTRY_HEAD = /@(\w+)\s*([{(])\s*([^,\s=]*)/y;

/** What a value of an @string definition is made of: quoted or braced text, digits, or another macro's name. */
type StringPart = { readonly length: number } | { readonly macro: string };

/** The parts of `name = part # part …` in an @string body; undefined when it is not that shape (the parser then reports it). */
function stringDefinition(body: string): { name: string; parts: StringPart[] } | undefined {
  const head = /^\s*([^\s=#{}(),"]+)\s*=\s*/.exec(body);
  if (!head) return undefined;
  const parts: StringPart[] = [];
  let rest = body.slice(head[0].length);
  while (rest.trim() !== '') {
    const part = /^\s*(?:"((?:[^"{}]|\{[\s\S]*?\})*)"|\{([\s\S]*)\}|(\d+)|([^\s#{}(),"=]+))\s*(#|$)/.exec(rest);
    if (!part) return undefined;
    const literal = part[1] ?? part[2] ?? part[3];
    parts.push(literal === undefined ? { macro: part[4]!.toLowerCase() } : { length: literal.length });
    rest = rest.slice(part[0].length);
    if (part[5] === '') break;
  }
  return { name: head[1]!.toLowerCase(), parts };
}

const NAME_FIELD = /(?:^|[\s,{(])(author|editor)\s*=\s*/gi;

/** The author or editor field of one entry's text (between its braces) that names the most people, and how many. */
function mostNames(entryText: string): { field: string; names: number } | undefined {
  let most: { field: string; names: number } | undefined;
  for (const match of entryText.matchAll(NAME_FIELD)) {
    const start = match.index + match[0].length;
    const quote = entryText[start];
    if (quote !== '{' && quote !== '"') continue; // a macro name: the parser reports it if undefined
    let depth = 0;
    let end = start + 1;
    for (; end < entryText.length; end++) {
      const char = entryText[end];
      if (char === '{') depth++;
      else if (char === '}' && depth-- === 0) break;
      else if (char === '"' && quote === '"' && depth === 0) break;
    }
    const names = (entryText.slice(start + 1, end).match(/\s+and\s+/gi)?.length ?? 0) + 1;
    if (names > (most?.names ?? 0)) most = { field: match[1]!.toLowerCase(), names };
  }
  return most;
}

/**
 * Every place where the file exceeds a limit; empty for any real bibliography.
 * One pass over the text: brace depth and the names of each author and editor field per
 * entry, and the expanded length of each @string macro computed from its parts (never built).
 */
export function guardBibtex(text: string): GuardProblem[] {
  const problems: GuardProblem[] = [];
  const macroLengths = new Map<string, number>();
  let line = 1;
  let index = 0;
  while (index < text.length) {
    const at = text.indexOf('@', index);
    if (at < 0) break;
    for (let i = index; i < at; i++) if (text.charCodeAt(i) === 10) line++;
    ENTRY_HEAD.lastIndex = at;
    const head = ENTRY_HEAD.exec(text);
    if (!head) {
      index = at + 1;
      continue;
    }
    const type = head[1]!.toLowerCase();
    const entry = type === 'string' || type === 'preamble' || type === 'comment' || !head[3] ? `@${type}` : head[3];
    const startLine = line;
    const open = text.indexOf(head[2]!, at);
    for (let i = at; i < open; i++) if (text.charCodeAt(i) === 10) line++;
    const closer = head[2] === '(' ? ')' : '}';
    // Walk to the entry's end, counting depth; stop at the first excess.
    let depth = 1;
    let deepest = 1;
    let i = open + 1;
    for (; i < text.length && depth > 0; i++) {
      const char = text[i];
      if (char === '\n') line++;
      else if (char === '{') deepest = Math.max(deepest, ++depth);
      else if (char === '}' || (char === closer && depth === 1)) depth--;
      if (deepest > MAX_BRACE_DEPTH) break;
    }
    if (deepest > MAX_BRACE_DEPTH) {
      const from = text.lastIndexOf('\n', i) + 1;
      problems.push({
        line,
        entry,
        message: `braces nested more than ${MAX_BRACE_DEPTH} deep (entry starts on line ${startLine}): "${excerpt(text.slice(from, from + EXCERPT_LENGTH * 2))}"`,
      });
      return problems; // the rest of the file cannot be split into entries reliably
    }
    if (type !== 'string' && type !== 'preamble' && type !== 'comment') {
      const crowded = mostNames(text.slice(open + 1, i - 1));
      if (crowded && crowded.names > MAX_NAMES) {
        problems.push({
          line: startLine,
          entry,
          message: `${crowded.field} lists ${crowded.names.toLocaleString('en')} names (more than ${MAX_NAMES.toLocaleString('en')}, which no real author list reaches and the BibTeX reader cannot split in reasonable time); keep the first names and end the list with "and others"`,
        });
      }
    }
    if (type === 'string') {
      const definition = stringDefinition(text.slice(open + 1, i - 1));
      if (definition) {
        let length = 0;
        for (const part of definition.parts) length += 'length' in part ? part.length : (macroLengths.get(part.macro) ?? part.macro.length);
        macroLengths.set(definition.name, length);
        if (length > MAX_STRING_MACRO_LENGTH) {
          problems.push({
            line: startLine,
            entry,
            message: `@string ${definition.name} would expand to ${length.toLocaleString('en')} characters (more than ${MAX_STRING_MACRO_LENGTH.toLocaleString('en')}): "${excerpt(text.slice(head.index, i))}"`,
          });
          return problems;
        }
      }
    }
    index = i;
  }
  return problems;
}
