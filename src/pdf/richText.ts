/**
 * The site's sanitised HTML (inline fields and Markdown bodies) as runs of
 * styled text for the PDF. The input has passed rehype-sanitize, so a small
 * tag reader is enough: it keeps emphasis, scripts, languages and links, and
 * reads every other element for its text.
 */
import { decodeEntities } from '../lib/entities.ts';
import { isLanguageTag } from '../schemas/atoms.ts';
import type { CvLine, Inline, Rich } from './cvDocument.ts';

interface Style {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly link?: string;
  readonly lang?: string;
  readonly script?: 'sup' | 'sub';
}

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const BLOCKS = new Set(['p', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'tr', 'ul', 'ol']);
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input']);

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decodeEntities(value);
}

/** What an opening tag adds to the style of its content. */
function styleOf(tag: string, attributes: string, resolveLink: (href: string) => string | undefined): Style {
  // A tag the typesetter would refuse (the check reports it) is dropped rather than fail the PDF.
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
      return { ...own, bold: true };
    case 'i':
    case 'em':
    case 'cite':
      return { ...own, italic: true };
    case 'sup':
    case 'sub':
      return { ...own, script: tag };
    case 'a': {
      const href = attribute(attributes, 'href');
      const link = href === undefined ? undefined : resolveLink(href);
      return link === undefined ? own : { ...own, link };
    }
    default:
      return own;
  }
}

const sameStyle = (a: Inline, b: Inline) => a.bold === b.bold && a.italic === b.italic && a.link === b.link && a.subtle === b.subtle && a.lang === b.lang && a.script === b.script;

/** Adjacent runs of the same style become one. */
export function merge(runs: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && sameStyle(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}

/** Trims a line's outer spaces and drops runs left empty. */
function trim(runs: readonly Inline[]): Inline[] {
  const result = runs.map((run) => ({ ...run }));
  if (result[0]) result[0].text = result[0].text.trimStart();
  const last = result.at(-1);
  if (last) last.text = last.text.trimEnd();
  return merge(result.filter((run) => run.text !== ''));
}

/** The run set upright if it was italic, in italics if it was not (emphasis inside an italic venue). */
export function toggleItalic({ italic, ...run }: Inline): Inline {
  return italic ? run : { ...run, italic: true };
}

function withStyle(text: string, style: Style): Inline {
  return { text, ...style };
}

/**
 * Reads HTML into lines: a line per paragraph, heading or list item (list
 * items marked as bullets), whitespace collapsed as a browser would.
 * `resolveLink` turns an href into an absolute URL, or undefined to drop the link.
 */
export function linesFromHtml(html: string, resolveLink: (href: string) => string | undefined = absoluteOnly): CvLine[] {
  const lines: CvLine[] = [];
  let current: Inline[] = [];
  let bullet = false;
  const stack: { tag: string; style: Style }[] = [];
  const flush = () => {
    const runs = trim(current);
    if (runs.length > 0) lines.push(bullet ? { runs, bullet: true } : { runs });
    current = [];
  };
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attributes = '', text] = match;
    if (text !== undefined) {
      const style = stack.at(-1)?.style ?? {};
      current.push(withStyle(decodeEntities(text).replace(/\s+/g, ' '), style));
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'br') {
      current.push(withStyle(' ', stack.at(-1)?.style ?? {}));
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
      const outer = stack.at(-1)?.style ?? {};
      stack.push({ tag, style: { ...outer, ...styleOf(tag, attributes, resolveLink) } });
    }
  }
  flush();
  return lines;
}

/** One line of inline HTML (a title, a venue) as runs; block structure, if any, joined by spaces. */
export function inlineFromHtml(html: string, resolveLink?: (href: string) => string | undefined): Rich {
  const lines = linesFromHtml(html, resolveLink);
  return merge(lines.flatMap((line, i) => (i === 0 ? line.runs : [{ text: ' ' }, ...line.runs])));
}

/** Keeps absolute web, mail and phone links; relative ones have no target inside a PDF. */
function absoluteOnly(href: string): string | undefined {
  return /^(https?:|mailto:|tel:)/i.test(href) ? href : undefined;
}
