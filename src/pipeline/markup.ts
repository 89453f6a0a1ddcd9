/**
 * Finds markup the renderers cannot take as written: tags in a short field that
 * the inline sanitiser will remove (the page itself is always safe), `lang`
 * values that are no language tag, and nesting deeper than the Markdown and
 * HTML parsers can follow.
 */
import { decodeEntities } from '../lib/text/entities.ts';
import { INLINE_TAGS } from '../lib/markdown/inlineTags.ts';
import { isLanguageTag, LANGUAGE_TAG_EXPECTED } from '../schemas/atoms.ts';

const ALLOWED = new Set<string>(INLINE_TAGS);
const TAG = /<\/?([a-zA-Z][\w:-]*)\b([^>]*)>/g;

/** Each tag (as written) that is not on the allowlist or carries attributes other than `lang` on <span>. */
export function disallowedMarkup(text: string): string[] {
  const found: string[] = [];
  for (const [tag, name, attributes] of text.matchAll(TAG)) {
    const lower = name!.toLowerCase();
    const attributeNames = [...attributes!.matchAll(/([^\s=/"']+)\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((match) => match[1]!.toLowerCase());
    const attributesAllowed = attributeNames.every((attribute) => lower === 'span' && attribute === 'lang');
    if (!ALLOWED.has(lower) || !attributesAllowed) found.push(tag);
  }
  return found;
}

/**
 * Elements that start a block: HTML closes the surrounding paragraph at them, or Markdown reads a line that
 * starts with one as raw HTML (CommonMark's HTML blocks), so a title with one would fall apart.
 */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'base',
  'basefont',
  'blockquote',
  'body',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'legend',
  'li',
  'link',
  'listing',
  'main',
  'menu',
  'menuitem',
  'nav',
  'noframes',
  'ol',
  'optgroup',
  'option',
  'p',
  'param',
  'plaintext',
  'pre',
  'script',
  'search',
  'section',
  'style',
  'summary',
  'table',
  'tbody',
  'td',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul',
  'xmp',
]);

/** Each block-level tag (as written) in a one-line field. */
export function blockMarkup(text: string): string[] {
  return [...text.matchAll(TAG)].filter(([, name]) => BLOCK_ELEMENTS.has(name!.toLowerCase())).map(([tag]) => tag);
}

/** A sentence about a place in a text: `index` is the offset it starts at. */
export interface TextProblem {
  readonly message: string;
  readonly index: number;
}

/**
 * Each `lang` attribute whose value is no language tag (`<span lang="x-klingon">`): the page would carry it,
 * and the PDF's typesetter refuses it. An empty value ("language unknown") is allowed.
 */
export function badLanguageTags(text: string): TextProblem[] {
  if (!/\blang\s*=/i.test(text)) return [];
  return [...text.matchAll(TAG)].flatMap((match) => {
    const written = /(?:^|\s)lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(match[2]!);
    const value = decodeEntities(written?.[1] ?? written?.[2] ?? written?.[3] ?? '').trim();
    return value === '' || isLanguageTag(value)
      ? []
      : [{ message: `${written![0].trim()} on <${match[1]!.toLowerCase()}>: ${LANGUAGE_TAG_EXPECTED}; found ${JSON.stringify(value)}`, index: match.index }];
  });
}

/**
 * How deep a body may nest block quotes and lists, and HTML elements: the Markdown and HTML parsers
 * recurse once per level and fail with a stack overflow past about 2,000 levels (nested lists take
 * seconds long before that). No CV needs more than a handful.
 */
export const MAX_NESTING = 50;

/** Elements that hold nothing, and elements whose end tag HTML may leave out (`<li>`, `<p>`): neither counts as a level. */
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'li',
  'p',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
]);

/** Where HTML elements first nest deeper than MAX_NESTING, as an offset. */
function deepHtml(text: string): number | undefined {
  const open: string[] = [];
  for (const { 0: tag, 1: name, 2: attributes, index } of text.matchAll(TAG)) {
    const lower = name!.toLowerCase();
    if (NOT_NESTING.has(lower) || attributes!.endsWith('/')) continue;
    if (tag.startsWith('</')) {
      const at = open.lastIndexOf(lower);
      if (at >= 0) open.length = at;
    } else if (open.push(lower) > MAX_NESTING) return index;
  }
  return undefined;
}

const QUOTE_MARKER = /^ {0,3}> ?/;
const LIST_MARKER = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?: {1,4}|$)/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?: *\1){2,} *$/;

/**
 * The 0-based line where block quotes and list items first nest deeper than MAX_NESTING, following
 * CommonMark's containers line by line: a `>` per quote on every line, a list item's content indented
 * under its marker, lines that continue a paragraph lazily, fenced code left alone.
 */
function deepMarkdown(body: string): number | undefined {
  // Each open container: a quote, or a list item with the indentation its content needs.
  let open: ({ quote: true } | { indent: number })[] = [];
  let fenced = false;
  let previousBlank = true;
  const lines = body.replace(/\t/g, '    ').split('\n');
  for (const [index, line] of lines.entries()) {
    const blank = line.trim() === '';
    let rest = line;
    let matched = 0;
    for (const container of open) {
      if ('quote' in container) {
        const marker = QUOTE_MARKER.exec(rest);
        if (!marker) break;
        rest = rest.slice(marker[0].length);
      } else if (!blank) {
        if (/^ */.exec(rest)![0].length < container.indent) break;
        rest = rest.slice(container.indent);
      }
      matched++;
    }
    if (FENCE.test(rest)) fenced = !fenced;
    else if (!fenced && !THEMATIC_BREAK.test(rest)) {
      const kept = open.slice(0, matched);
      for (let marker = QUOTE_MARKER.exec(rest) ?? LIST_MARKER.exec(rest); marker; marker = QUOTE_MARKER.exec(rest) ?? LIST_MARKER.exec(rest)) {
        kept.push(marker[0].includes('>') ? { quote: true } : { indent: marker[0].length });
        rest = rest.slice(marker[0].length);
      }
      // A line that opens nothing and continues a paragraph keeps every container open (a lazy line).
      if (kept.length > matched || blank || previousBlank || matched === open.length) open = kept;
    }
    if (open.length > MAX_NESTING) return index;
    previousBlank = blank;
  }
  return undefined;
}

/** Nesting deeper than MAX_NESTING in a Markdown body (`markdown`) or a short field's HTML, with where it starts. */
export function tooDeep(text: string, markdown: boolean): TextProblem | undefined {
  const quotes = markdown ? deepMarkdown(text) : undefined;
  if (quotes !== undefined) {
    const index = text
      .split('\n')
      .slice(0, quotes)
      .reduce((offset, line) => offset + line.length + 1, 0);
    return { message: `block quotes and lists nested more than ${MAX_NESTING} levels deep; expected at most ${MAX_NESTING} (the page cannot be built from deeper nesting)`, index };
  }
  const html = deepHtml(text);
  return html === undefined
    ? undefined
    : { message: `HTML elements nested more than ${MAX_NESTING} levels deep; expected at most ${MAX_NESTING} (the page cannot be built from deeper nesting)`, index: html };
}
