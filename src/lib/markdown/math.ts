/**
 * TeX between dollars (`$\alpha_i$`, `$$…$$` on lines of their own in bodies)
 * rendered at build time to MathML with Temml: no JavaScript, no fonts to
 * download, nothing for the CSP to allow. remark-math finds the formulas, this
 * module's rehype step turns them into MathML (with the TeX source as an
 * annotation, so plain-text exports and BibTeX can give it back), and the
 * sanitiser lets through MathML elements and harmless presentation attributes
 * only (no style, class or href: nothing that could carry a script).
 */
import { createRequire } from 'node:module';
import type { Root, Element, ElementContent, RootContent } from 'hast';
import type Temml from 'temml';
import { decodeEntities } from '../text/entities.ts';

/** Temml, loaded the first time a formula is met: most CVs have none, and their builds and checks need not load it. */
let loaded: typeof Temml | undefined;
const temml = (): typeof Temml => (loaded ??= createRequire(import.meta.url)('temml') as typeof Temml);

/** The MathML elements Temml writes for the TeX it supports. */
export const MATHML_TAGS = [
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
  'merror',
  'mmultiscripts',
  'mprescripts',
  'none',
] as const;

/** Presentation attributes only: values are words and lengths, never addresses or styles. */
export const MATHML_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  math: ['display'],
  annotation: ['encoding'],
  mi: ['mathvariant'],
  mo: ['fence', 'form', 'lspace', 'rspace', 'movablelimits', 'stretchy', 'separator', 'largeop', 'symmetric', 'accent', 'minsize', 'maxsize'],
  mover: ['accent'],
  munder: ['accentunder'],
  munderover: ['accent', 'accentunder'],
  mfrac: ['linethickness'],
  mspace: ['width', 'height', 'depth'],
  mpadded: ['width', 'height', 'depth', 'lspace', 'voffset'],
  menclose: ['notation'],
  mstyle: ['displaystyle', 'scriptlevel'],
  mrow: ['displaystyle', 'scriptlevel'],
  mtable: ['displaystyle', 'columnalign', 'rowalign', 'columnspacing', 'rowspacing'],
  mtd: ['columnalign', 'rowalign', 'columnspan', 'rowspan'],
};

/**
 * How far each length attribute may reach, in em: room for any real formula (`\qquad` is 2em, `\Bigg` 3em),
 * never enough to widen the page or to move a formula over the text around it (`\kern{2000em}`, `\raisebox{-40em}`).
 */
const LENGTH_LIMITS: Readonly<Record<string, number>> = {
  width: 10,
  lspace: 10,
  rspace: 10,
  columnspacing: 10,
  height: 3,
  depth: 3,
  voffset: 3,
  rowspacing: 3,
  minsize: 3,
  maxsize: 3,
  linethickness: 3,
};

/** Ems per unit, taking 1em as 16px; MathML 3's pseudo-units (`-1width`, relative to the content) count as ems. */
const EMS: Readonly<Record<string, number>> = {
  '': 1,
  em: 1,
  ex: 0.5,
  px: 1 / 16,
  pt: 1 / 12,
  pc: 1,
  mm: 96 / 25.4 / 16,
  cm: 96 / 2.54 / 16,
  in: 6,
  mu: 1 / 18,
  width: 1,
  height: 1,
  depth: 1,
};

/** A length (or a space-separated list of them) with each part clamped to `limit` ems; undefined when a part is no length. */
export function clampLength(value: string, limit: number): string | undefined {
  const parts = value
    .trim()
    .split(/\s+/)
    .map((part) => {
      const match = /^([+-]?)(\d*\.?\d+)(em|ex|px|pt|pc|mm|cm|in|mu|width|height|depth)?$/i.exec(part);
      if (!match) return undefined;
      const [, sign, number, unit = ''] = match as unknown as [string, string, string, string | undefined];
      const perEm = EMS[unit.toLowerCase()]!;
      return Number(number) * perEm <= limit ? part : `${sign}${Number((limit / perEm).toFixed(4))}${unit}`;
    });
  return parts.every((part) => part !== undefined) ? parts.join(' ') : undefined;
}

/**
 * The rehype step after the sanitiser: MathML lengths clamped to LENGTH_LIMITS, and `scriptlevel` (which
 * scales the font, 1.4 times per level below 0) kept to -2…2. A value that is no length is dropped.
 */
export function rehypeMathLengths() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type === 'element' && (MATHML_TAGS as readonly string[]).includes(node.tagName)) {
        for (const [name, value] of Object.entries(node.properties)) {
          const limit = LENGTH_LIMITS[name];
          if (limit === undefined && name !== 'scriptlevel') continue;
          const kept = limit === undefined ? (/^[+-]?[0-2]$/.test(String(value).trim()) ? String(value) : undefined) : clampLength(String(value), limit);
          if (kept === undefined) delete node.properties[name];
          else node.properties[name] = kept;
        }
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}

/** TeX to MathML; the TeX source rides along as an annotation. Throws on TeX that Temml cannot read. */
export function texToMathml(tex: string, display: boolean): string {
  return temml().renderToString(tex, { displayMode: display, annotate: true, throwOnError: true, trust: false, xml: false });
}

/** Why a formula cannot be rendered ("Unexpected end of input…"), or undefined when it can. */
export function texProblem(tex: string): string | undefined {
  try {
    texToMathml(tex, false);
    return undefined;
  } catch (error) {
    // Temml appends the formula with combining underlines after a colon: the first line without it is the reason.
    const message = ((error as Error).message.split('\n')[0] ?? '').trim();
    return message
      .replace(/(at (?:end of input|position \d+)):.*$/, '$1')
      .replace(/:\s*$/, '')
      .replace(/^(?:KaTeX|Temml) parse error:\s*/i, '');
  }
}

/**
 * The formulas of a text as remark-math reads them: `$…$` (or `$$…$$`) not
 * preceded by a backslash. Used by the content check to name a broken formula.
 */
export function formulasIn(text: string): string[] {
  const formulas: string[] = [];
  const pattern = /(?<!\\)(\${1,2})(?!\s)((?:\\.|[^$\\])+?)\1(?!\$)/gs;
  for (const match of text.matchAll(pattern)) formulas.push(match[2]!.trim());
  return formulas;
}

const classes = (node: Element): string[] => {
  const value: unknown = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
};

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

/**
 * The rehype step after remark-math: `<code class="math-inline">` and
 * `<pre><code class="math-display">` become MathML (as raw HTML, which
 * rehype-raw parses and the sanitiser then checks). A formula Temml cannot read
 * stays visible as its TeX in a <code> (the content check reports it).
 */
export function rehypeTemml() {
  return (tree: Root) => {
    const visit = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        const code = child.tagName === 'pre' && child.children[0]?.type === 'element' && child.children[0].tagName === 'code' ? child.children[0] : child;
        const kinds = code.tagName === 'code' ? classes(code) : [];
        const display = kinds.includes('math-display');
        if (!display && !kinds.includes('math-inline')) {
          visit(child);
          return child;
        }
        const tex = textOf(code);
        try {
          return { type: 'raw', value: texToMathml(tex, display) } as unknown as ElementContent;
        } catch {
          return { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: tex }] };
        }
      });
    };
    visit(tree);
  };
}

/** Each <math> element of sanitised HTML replaced by `replace(texSource)`; by default the TeX between dollars, as written. */
export function htmlMathToTex(html: string, replace: (tex: string) => string = (tex) => `$${tex}$`): string {
  if (!html.includes('<math')) return html;
  return html.replace(/<math\b[^>]*>([\s\S]*?)<\/math>/g, (whole, inner: string) => {
    const annotation = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(inner);
    return annotation ? replace(decodeEntities(annotation[1]!)) : whole;
  });
}
