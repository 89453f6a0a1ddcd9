/**
 * Rich text from the Markdown pipeline's sanitised HTML: inline fields (titles,
 * venues) become runs, bodies become lines. The input has passed rehype-sanitize,
 * so a small tag reader is enough: it keeps emphasis, scripts, code, languages and
 * links, reads each <math> element once as a formula (MathML, TeX and tree), and
 * reads every other element for its text.
 */
import { decodeEntities } from '../lib/text/entities.ts';
import { htmlMathToTex } from '../lib/markdown/math.ts';
import { isLanguageTag } from '../schemas/atoms.ts';
import { mathText, mathTree } from './math.ts';
import { merge, type Body, type Inline, type Line, type Rich, type Style } from './rich.ts';

const TOKEN = /<math\b[^>]*>[\s\S]*?<\/math>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const BLOCKS = new Set(['p', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'tr', 'ul', 'ol', 'figure', 'figcaption', 'dl', 'dt', 'dd']);
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input']);

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decodeEntities(value);
}

/** What an opening tag adds to the style of its content. */
function styleOf(tag: string, attributes: string): Style {
  // A tag no language has (the check reports it) is dropped rather than reach the typesetter, which would refuse the PDF.
  const lang = attribute(attributes, 'lang');
  const own: Style = lang && isLanguageTag(lang) ? { lang } : {};
  switch (tag) {
    case 'b':
    case 'strong':
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'dt':
      return { ...own, bold: true };
    case 'i':
    case 'em':
      return { ...own, italic: true };
    case 'cite':
      return { ...own, cite: true };
    case 'code':
      return { ...own, code: true };
    case 'sup':
    case 'sub':
      return { ...own, script: tag };
    case 'a': {
      const href = attribute(attributes, 'href');
      return href === undefined ? own : { ...own, link: href };
    }
    default:
      return own;
  }
}

/** A formula run from one <math> element. */
function formula(mathml: string, style: Style): Inline {
  const tex = htmlMathToTex(mathml, (source) => source);
  const tree = mathTree(mathml);
  return { ...style, text: mathText(tree), math: { mathml, tex: tex === mathml ? '' : tex, tree } };
}

/** Trims a line's outer spaces and drops runs left empty. */
function trim(runs: readonly Inline[]): Inline[] {
  const result = runs.map((run) => ({ ...run }));
  const first = result[0];
  if (first && !first.math) first.text = first.text.trimStart();
  const last = result.at(-1);
  if (last && !last.math) last.text = last.text.trimEnd();
  return merge(result);
}

/**
 * HTML read into lines: a line per paragraph, heading or list item (list items
 * marked as bullets), whitespace collapsed as a browser would.
 */
export function linesFromHtml(source: string): Line[] {
  const lines: Line[] = [];
  let current: Inline[] = [];
  let bullet = false;
  const stack: { tag: string; style: Style }[] = [];
  const flush = () => {
    const runs = trim(current);
    if (runs.length > 0) lines.push(bullet ? { runs, bullet: true } : { runs });
    current = [];
  };
  for (const match of source.matchAll(TOKEN)) {
    const [whole, closing, rawTag, attributes = '', content] = match;
    const style = stack.at(-1)?.style ?? {};
    if (content !== undefined) {
      current.push({ ...style, text: decodeEntities(content).replace(/\s+/g, ' ') });
      continue;
    }
    if (rawTag === undefined) {
      current.push(formula(whole, style));
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'br') {
      current.push({ ...style, text: ' ' });
      continue;
    }
    if (VOID.has(tag)) continue;
    if (tag === 'li') {
      flush();
      bullet = !closing;
    } else if (BLOCKS.has(tag)) {
      flush();
      if (tag === 'ul' || tag === 'ol') bullet = false;
    }
    if (closing) {
      const open = stack.findLastIndex((entry) => entry.tag === tag);
      if (open >= 0) stack.length = open;
    } else {
      stack.push({ tag, style: { ...style, ...styleOf(tag, attributes) } });
    }
  }
  flush();
  return lines;
}

/** One line of inline HTML (a title, a venue) as runs; block structure, if any, joined by spaces. */
export function runsFromHtml(source: string): Rich {
  return merge(linesFromHtml(source).flatMap((line, i) => (i === 0 ? line.runs : [{ text: ' ' }, ...line.runs])));
}

/** A rendered Markdown body as the three renderings every output picks from. */
export function bodyFromHtml(source: string): Body {
  const lines = linesFromHtml(source);
  return { html: source, lines, text: lines.map((line) => line.runs.map((run) => run.text).join('')).join('\n\n') };
}
