/**
 * Front matter as YAML 1.2 (core schema): dates stay the strings the author
 * wrote (2022-02-30 is an error, never 2 March), tabs and duplicate keys are
 * errors, and every node knows its line, so problems can point at it.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

export interface ParsedYaml {
  readonly document: Document.Parsed;
  readonly lines: LineCounter;
  /** The YAML text, to quote a value exactly as written. */
  readonly source: string;
  /** Added to YAML line numbers to get file line numbers (the lines before the YAML text). */
  readonly lineOffset: number;
}

export function parseYaml(source: string, lineOffset = 0): ParsedYaml {
  const lines = new LineCounter();

  const document = parseDocument(source, { lineCounter: lines, schema: 'core', uniqueKeys: true, prettyErrors: true });
  return { document, lines, source, lineOffset };
}

/** The node at `path` (the deepest one that exists) and the file line of it, or of its key for a map entry. */
function nodeAt(yaml: ParsedYaml, path: readonly PropertyKey[]): { node: unknown; line: number | undefined } {
  const lineOf = (node: unknown) => ((node as Node | null)?.range ? yaml.lines.linePos((node as Node).range![0]).line + yaml.lineOffset : undefined);
  let node: unknown = yaml.document.contents;
  let line = lineOf(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) return { node: undefined, line };
      line = lineOf(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = lineOf(node) ?? line;
    } else return { node: undefined, line };
  }
  return { node, line };
}

/** The file line of the field at `path`. */
export function lineOf(yaml: ParsedYaml, path: readonly PropertyKey[]): number | undefined {
  return nodeAt(yaml, path).line;
}

/** The value at `path` exactly as the file spells it (`2503.01230`, not the number YAML made of it). */
export function sourceText(yaml: ParsedYaml, path: readonly PropertyKey[]): string | undefined {
  const { node } = nodeAt(yaml, path);
  const range = (node as Node | undefined)?.range;
  return isScalar(node) && range ? yaml.source.slice(range[0], range[1]) : undefined;
}

/**
 * Unquoted values that a ` #` cut short or emptied: YAML reads the rest of the line as a comment
 * (`title: Lessons #1`, `accent: #7a1f5c`). Only a `#` followed directly by a character counts:
 * `# note` is a comment meant as one.
 */
export function cutByComment(yaml: ParsedYaml): { path: PropertyKey[]; value: string; rest: string }[] {
  const found: { path: PropertyKey[]; value: string; rest: string }[] = [];
  const commentAfter = (offset: number, value: string, path: PropertyKey[]) => {
    const rest = /^[ \t]+(#\S.*)/.exec(yaml.source.slice(offset).split('\n')[0]!)?.[1];
    if (rest !== undefined) found.push({ path, value, rest });
  };
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const at = [...path, isScalar(pair.key) ? String(pair.key.value) : '?'];
        const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null && pair.value.source === '');
        // `key: #…` leaves the value empty: the comment starts after the colon.
        if (empty && isScalar(pair.key) && pair.key.range) commentAfter(yaml.source.indexOf(':', pair.key.range[1]) + 1, '', at);
        else visit(pair.value, at);
      }
    } else if (isSeq(node)) for (const [index, item] of node.items.entries()) visit(item, [...path, index]);
    else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string' && node.range) commentAfter(node.range[1], node.value, path);
  };
  visit(yaml.document.contents, []);
  return found;
}

/** YAML's own words for errors people make every day, and what to do instead. */
const HINTS: readonly [RegExp, string][] = [
  [
    /Nested mappings are not allowed in compact mappings|Implicit map keys need to be followed by map values/,
    'quote the value: a colon followed by a space starts a mapping (write title: "Part A: Part B")',
  ],
  [/Tabs are not allowed as indentation/, 'indent with spaces'],
  [/Excessive alias count/, 'too many aliases (*name); write the values out'],
  [/Unexpected scalar at node end|Unexpected flow-seq-end|Unexpected flow-map-end/, 'quote the value: [ ] { } , have a meaning in YAML'],
  [/Plain value cannot start with reserved character [@`]/, 'quote the value: @ and ` cannot start a plain value'],
  [/Plain value cannot start with (?:block scalar )?indicator/, 'quote the value: it starts with a character YAML reserves'],
];

/**
 * A value in quotes whose text goes on after the closing quote: a quote mark inside the value ended it
 * (`title: "Die "Stimme" der Frau"`, `title: 'Kant's Werk'`). The hint names that quote and shows the line written so it reads.
 */
function innerQuoteHint(line: string): string | undefined {
  const opening = /^(\s*(?:-\s+)*(?:[^\s"'#][^:]*:\s+)?)(["'])/.exec(line);
  if (!opening) return undefined;
  const [, key, quote] = opening as unknown as [string, string, '"' | "'"];
  const inner = line.slice(key.length + 1, line.lastIndexOf(quote));
  if (!inner.includes(quote)) return undefined;
  return quote === '"'
    ? `a " inside the value ends it early; put the value in single quotes (${key.trim()} '${inner.replaceAll("'", "''")}') or write each inner " as \\"`
    : `a ' inside the value ends it early; write each inner ' twice (${key.trim()} '${inner.replaceAll("'", "''")}') or put the value in double quotes`;
}

/** The parser's message shortened to its first sentence, with a hint when one is known; `line` is the text of the line it points at. */
export function yamlErrorMessage(error: { code?: string; message: string }, line = ''): string {
  if (error.code === 'DUPLICATE_KEY') return 'the same field appears twice';
  const reason = error.message.split(' at line')[0]!.replace('"quote', 'quote mark');
  const hint = (/Unexpected scalar at node end/.test(error.message) ? innerQuoteHint(line) : undefined) ?? HINTS.find(([pattern]) => pattern.test(error.message))?.[1];
  return hint ? `${reason}; ${hint}` : reason;
}
