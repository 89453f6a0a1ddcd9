/**
 * A formula's MathML (as Temml writes it and the sanitiser lets through) read
 * into a small tree, with two readings of it: plain Unicode text for outputs
 * without markup ("ℓ₁", "α-helix", "x²"), and the tree itself, which the PDF
 * template typesets with Typst's own math functions (src/pdf/cv.typ).
 */
import { decodeEntities } from '../lib/text/entities.ts';

/** What the PDF typesets: text (italic for single-letter identifiers), rows, scripts, fractions, roots, accents. */
export type MathNode =
  | { readonly t: 'text'; readonly v: string; readonly italic?: boolean }
  | { readonly t: 'row'; readonly c: readonly MathNode[] }
  | { readonly t: 'attach'; readonly base: MathNode; readonly b?: MathNode; readonly tr?: MathNode; readonly limits?: boolean }
  | { readonly t: 'frac'; readonly num: MathNode; readonly den: MathNode }
  | { readonly t: 'root'; readonly c: MathNode; readonly index?: MathNode }
  | { readonly t: 'accent'; readonly base: MathNode; readonly accent: string }
  | { readonly t: 'space' };

interface Element {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (Element | string)[];
}

const TOKEN = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([\w:-]+)(?:="([^"]*)")?/g;

/** The element tree of one <math> element's markup. */
function parseMathml(mathml: string): Element {
  const root: { tag: string; attributes: Record<string, string>; children: (Element | string)[] } = { tag: '#root', attributes: {}, children: [] };
  const stack = [root];
  for (const [, closing, tag, attributeText = '', selfClosing, content] of mathml.matchAll(TOKEN)) {
    const top = stack.at(-1)!;
    if (content !== undefined) {
      top.children.push(decodeEntities(content));
    } else if (closing) {
      if (stack.length > 1) stack.pop();
    } else {
      const attributes: Record<string, string> = {};
      for (const [, name, value = ''] of attributeText.matchAll(ATTRIBUTE)) attributes[name!] = decodeEntities(value);
      const element = { tag: tag!.toLowerCase(), attributes, children: [] as (Element | string)[] };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  return root;
}

const elements = (node: Element): Element[] => node.children.filter((child): child is Element => typeof child !== 'string');
const textOf = (node: Element): string => node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');

/** Invisible operators (function application, invisible times and separators). */
const INVISIBLE = /[\u2061-\u2064]/g;

/** The tree of a formula, without its TeX annotation. */
export function mathTree(mathml: string): MathNode {
  const toNode = (node: Element): MathNode => {
    const kids = elements(node);
    const arg = (i: number): MathNode => (kids[i] ? toNode(kids[i]) : { t: 'row', c: [] });
    switch (node.tag) {
      case 'mi': {
        const value = textOf(node);
        return { t: 'text', v: value, ...([...value].length === 1 && node.attributes['mathvariant'] !== 'normal' ? { italic: true } : {}) };
      }
      case 'mn':
      case 'mo':
      case 'mtext':
      case 'ms':
        return { t: 'text', v: textOf(node).replace(INVISIBLE, '') };
      case 'mspace':
        return parseFloat(node.attributes['width'] ?? '0') > 0.1 ? { t: 'space' } : { t: 'row', c: [] };
      case 'msub':
        return { t: 'attach', base: arg(0), b: arg(1) };
      case 'msup':
        return { t: 'attach', base: arg(0), tr: arg(1) };
      case 'msubsup':
        return { t: 'attach', base: arg(0), b: arg(1), tr: arg(2) };
      case 'munder':
        return { t: 'attach', base: arg(0), b: arg(1), limits: true };
      case 'munderover':
        return { t: 'attach', base: arg(0), b: arg(1), tr: arg(2), limits: true };
      case 'mover': {
        const over = kids[1] && textOf(kids[1]);
        return node.attributes['accent'] === 'true' || (over !== undefined && ACCENTS[over] !== undefined)
          ? { t: 'accent', base: arg(0), accent: over ?? '' }
          : { t: 'attach', base: arg(0), tr: arg(1), limits: true };
      }
      case 'mfrac':
        return { t: 'frac', num: arg(0), den: arg(1) };
      case 'msqrt':
        return { t: 'root', c: { t: 'row', c: kids.map(toNode) } };
      case 'mroot':
        return { t: 'root', c: arg(0), index: arg(1) };
      case 'annotation':
      case 'annotation-xml':
      case 'mphantom':
        return { t: 'row', c: [] };
      default:
        return { t: 'row', c: kids.map(toNode) };
    }
  };
  return simplify(toNode(parseMathml(mathml)));
}

/** Rows of one node become that node; empty rows inside rows go. */
function simplify(node: MathNode): MathNode {
  switch (node.t) {
    case 'row': {
      const children = node.c.map(simplify).filter((child) => !(child.t === 'row' && child.c.length === 0));
      return children.length === 1 ? children[0]! : { t: 'row', c: children };
    }
    case 'attach':
      return { ...node, base: simplify(node.base), ...(node.b ? { b: simplify(node.b) } : {}), ...(node.tr ? { tr: simplify(node.tr) } : {}) };
    case 'frac':
      return { t: 'frac', num: simplify(node.num), den: simplify(node.den) };
    case 'root':
      return { t: 'root', c: simplify(node.c), ...(node.index ? { index: simplify(node.index) } : {}) };
    case 'accent':
      return { ...node, base: simplify(node.base) };
    default:
      return node;
  }
}

/** Accents over a symbol, as combining characters (x̂, ṽ, x̄, v⃗, ẋ, ẍ). */
const ACCENTS: Readonly<Record<string, string>> = {
  ˆ: '\u0302',
  '^': '\u0302',
  '˜': '\u0303',
  '~': '\u0303',
  '¯': '\u0304',
  '‾': '\u0305',
  '→': '\u20D7',
  '˙': '\u0307',
  '¨': '\u0308',
  ˇ: '\u030C',
  '˘': '\u0306',
  '´': '\u0301',
  '`': '\u0300',
};

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ';
const SUBSCRIPT_OF = '0123456789+-=()aehijklmnoprstuvx';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ';
const SUPERSCRIPT_OF = '0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW';

/** The text in Unicode sub- or superscript letters, when every character has one. */
function scripted(value: string, from: string, to: string): string | undefined {
  const letters = [...to];
  let result = '';
  for (const character of value.replace('−', '-')) {
    const index = from.indexOf(character);
    if (index < 0) return undefined;
    result += letters[index];
  }
  return result;
}

/** A part written after "^", "_" or "/": bracketed when it is more than one symbol. */
const grouped = (value: string) => ([...value].length <= 1 ? value : `(${value})`);

/** The plain Unicode reading of a formula: ℓ₁, x², α, a/b, √x, x̂. */
export function mathText(node: MathNode): string {
  switch (node.t) {
    case 'text':
      return node.v;
    case 'space':
      return ' ';
    case 'row':
      return node.c.map(mathText).join('');
    case 'attach': {
      const base = mathText(node.base);
      const below = node.b && mathText(node.b);
      const above = node.tr && mathText(node.tr);
      const sub = below === undefined ? '' : (scripted(below, SUBSCRIPT_OF, SUBSCRIPTS) ?? `_${grouped(below)}`);
      const sup = above === undefined ? '' : (scripted(above, SUPERSCRIPT_OF, SUPERSCRIPTS) ?? `^${grouped(above)}`);
      return `${base}${sub}${sup}`;
    }
    case 'frac':
      return `${grouped(mathText(node.num))}/${grouped(mathText(node.den))}`;
    case 'root': {
      const index = node.index && mathText(node.index);
      const radicand = mathText(node.c);
      const prefix = index === undefined ? '' : (scripted(index, SUPERSCRIPT_OF, SUPERSCRIPTS) ?? `(${index})`);
      return `${prefix}√${grouped(radicand)}`;
    }
    case 'accent': {
      const base = mathText(node.base);
      const mark = ACCENTS[node.accent];
      return mark !== undefined && [...base].length === 1 ? `${base}${mark}` : base;
    }
  }
}
