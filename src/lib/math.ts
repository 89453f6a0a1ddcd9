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
import type { Root, Element, ElementContent } from 'hast';
import type Temml from 'temml';
import { decodeEntities } from './entities.ts';

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
