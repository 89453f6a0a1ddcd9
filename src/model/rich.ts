/**
 * Rich text: what every output says, as runs of styled text. Inline fields are
 * parsed into runs once (src/model/parse.ts); the model composes lines from runs
 * (a citation, a where-line); each renderer paints runs its own way: HTML for the
 * pages, Typst for the PDF (src/pdf/cv.typ reads them as data), plain text for
 * everything that cannot carry markup (<title>, meta tags, the feed, the cards).
 */
import { escapeHtml } from '../lib/text/entities.ts';
import type { MathNode } from './math.ts';

/** How a run looks and what it is; runs follow each other without added spaces. */
export interface Style {
  readonly bold?: boolean;
  /** Underlined: a member of the group in an author list (the `memberNames` setting). */
  readonly underline?: boolean;
  readonly italic?: boolean;
  /** Program text, set in a fixed-width face. */
  readonly code?: boolean;
  readonly script?: 'sup' | 'sub';
  /** BCP 47 tag when the run is in another language than the page. */
  readonly lang?: string;
  /** The title of a work (a venue): <cite> on the pages, italics on paper. */
  readonly cite?: boolean;
  /** Secondary text: greyed. */
  readonly muted?: boolean;
  /** A label set apart (a status, a grade): a badge on the pages, plain on paper. */
  readonly badge?: 'plain' | 'status' | 'award';
  /** Machine-readable date of the run's text (`<time datetime>`). */
  readonly datetime?: string;
  /** Where the run links to: a path under the base path, or an absolute URL. */
  readonly link?: string;
  /** A link whose address matters on paper: the printed page spells it out. */
  readonly printUrl?: boolean;
  /** A link in the text's colour (a title that links to its page). */
  readonly subtle?: boolean;
  /** Shown only on paper (a `cv` detail): hidden on the screen, printed, in the PDF. */
  readonly printOnly?: boolean;
}

/** A formula: its MathML for the pages, its tree for the PDF, its TeX for exports; `text` is its plain Unicode reading. */
export interface Formula {
  readonly mathml: string;
  readonly tex: string;
  readonly tree: MathNode;
}

export interface Inline extends Style {
  /** The text, or a formula's plain reading ("ℓ₁"). */
  readonly text: string;
  readonly math?: Formula;
}

export type Rich = readonly Inline[];

/** A block of rich text (a paragraph of a body, a responsibility): `bullet` marks a list item. */
export interface Line {
  readonly runs: Rich;
  readonly bullet?: boolean;
}

/** A Markdown body, rendered once: HTML for the pages, lines for the PDF, text for plain outputs. */
export interface Body {
  readonly html: string;
  readonly lines: readonly Line[];
  readonly text: string;
}

export const EMPTY_BODY: Body = { html: '', lines: [], text: '' };

/** What stands between the facts of one line: "ETH Zürich · Zürich". */
export const SEPARATOR = ' · ';

/** A run of plain text. */
export const text = (value: string, style: Style = {}): Inline => ({ text: value, ...style });

/** Runs given `style` on top of their own (a title that becomes a link, a venue that becomes muted). */
export const styled = (runs: Rich, style: Style): Rich => runs.map((run) => ({ ...run, ...style }));

/** Runs tagged with a language unless they carry one (a title in another language than the page). */
export const inLanguage = (runs: Rich, lang: string | undefined): Rich => (lang === undefined ? runs : runs.map((run) => (run.lang ? run : { ...run, lang })));

/** Text with slots marked `\u0000i\u0000` (as a catalogue function wrote them in) filled with the runs of part i. */
function filled(joined: string, parts: readonly Rich[]): Inline[] {
  return merge(joined.split('\u0000').flatMap((piece, i) => (i % 2 === 1 ? [...parts[Number(piece)]!] : [text(piece)])));
}

/** The slot marker of part i, which a catalogue function places where it puts that part. */
const slot = (i: number) => `\u0000${i}\u0000`;

/**
 * A sentence of the catalogue around runs: `sentence(t.patents.inventors, names)` gives
 * "Inventors: " and the names, each in its style, whatever the language's word order.
 */
export function sentence(template: (slot: string) => string, runs: Rich): Inline[] {
  return filled(template(slot(0)), [runs]);
}

/**
 * A phrase of the catalogue around several parts, each keeping its style, in the order and
 * with the words the language gives them: `phrase(t.reference.inEditedBook, [editors, book])`.
 */
export function phrase<Slots extends string[]>(template: (...slots: Slots) => string, parts: { readonly [K in keyof Slots]: Rich }): Inline[] {
  return filled(template(...(parts.map((_, i) => slot(i)) as Slots)), parts as readonly Rich[]);
}

/** Parts joined as the language joins a list ("A, B and C"), each keeping its style: `list` is the locale's. */
export function listRuns(parts: readonly Rich[], list: (items: readonly string[]) => string): Inline[] {
  return filled(list(parts.map((_, i) => slot(i))), parts);
}

/** The non-empty parts, `separator` between them; a separator next to a part shown only on paper is shown only on paper. */
export function joinRich(parts: readonly (Rich | undefined)[], separator: string): Inline[] {
  const present = parts.filter((part): part is Rich => part !== undefined && part.length > 0);
  const printOnly = (part: Rich) => part.every((run) => run.printOnly);
  return present.flatMap((part, i) => {
    if (i === 0) return [...part];
    const paperOnly = printOnly(part) || printOnly(present[i - 1]!);
    return [text(separator, paperOnly ? { printOnly: true } : {}), ...part];
  });
}

const STYLE_KEYS = ['bold', 'underline', 'italic', 'code', 'script', 'lang', 'cite', 'muted', 'badge', 'datetime', 'link', 'printUrl', 'subtle', 'printOnly'] as const;
const sameStyle = (a: Inline, b: Inline) => a.math === undefined && b.math === undefined && STYLE_KEYS.every((key) => a[key] === b[key]);

/** Adjacent runs of the same style become one. */
export function merge(runs: Rich): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && sameStyle(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else if (run.text !== '' || run.math) merged.push(run);
  }
  return merged;
}

/** The plain text of runs: formulas in their Unicode reading. */
export const plain = (runs: Rich): string => runs.map((run) => run.text).join('');

/** The plain text of lines, paragraphs separated by a blank line. */
export const plainLines = (lines: readonly Line[]): string => lines.map((line) => plain(line.runs)).join('\n\n');

/** One run as HTML, innermost style first. */
function runHtml(run: Inline): string {
  let html = run.math ? run.math.mathml : escapeHtml(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.script) html = `<${run.script}>${html}</${run.script}>`;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.datetime) html = `<time datetime="${escapeHtml(run.datetime)}">${html}</time>`;
  if (run.badge) html = `<span class="badge${run.badge === 'plain' ? '' : ` badge-${run.badge}`}">${html}</span>`;
  return html;
}

/** Attributes and wrapper of a group of runs that share a link, a language, a citation or a visibility. */
interface Wrapper {
  readonly key: (run: Inline) => string | boolean | undefined;
  readonly open: (run: Inline) => string;
  readonly close: string;
}

const linkClass = (run: Inline) => (run.printUrl ? ' class="print-url"' : '');

/** Outermost first: a link may hold a citation in a language, never the other way round. */
const WRAPPERS: readonly Wrapper[] = [
  { key: (run) => run.printOnly, open: () => '<span class="print-only">', close: '</span>' },
  { key: (run) => run.muted, open: () => '<span class="muted">', close: '</span>' },
  { key: (run) => run.link, open: (run) => `<a href="${escapeHtml(run.link!)}"${linkClass(run)}>`, close: '</a>' },
  { key: (run) => run.cite, open: () => '<cite>', close: '</cite>' },
  { key: (run) => run.lang, open: (run) => `<span lang="${escapeHtml(run.lang!)}">`, close: '</span>' },
];

function wrapped(runs: Rich, depth: number): string {
  const wrapper = WRAPPERS[depth];
  if (wrapper === undefined) return runs.map(runHtml).join('');
  let html = '';
  for (let start = 0; start < runs.length; ) {
    const key = wrapper.key(runs[start]!);
    let end = start + 1;
    while (end < runs.length && wrapper.key(runs[end]!) === key) end++;
    const inner = wrapped(runs.slice(start, end), depth + 1);
    html += key ? `${wrapper.open(runs[start]!)}${inner}${wrapper.close}` : inner;
    start = end;
  }
  return html;
}

/** Runs as HTML: runs that share a link (or language, citation, visibility) share one element. */
export const html = (runs: Rich): string => wrapped(runs, 0);

/** Characters Markdown reads as markup, escaped in running text. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~]/g;

/** One run as CommonMark, without its link. */
function markdownRun(run: Inline): string {
  if (run.code) return `\`${run.text.replaceAll('`', "'")}\``;
  let md = run.text.replace(MARKDOWN_SPECIAL, '\\$&');
  if (md.trim() === '') return md;
  if (run.italic || run.cite) md = `*${md}*`;
  if (run.bold) md = `**${md}**`;
  return md;
}

/** Runs as CommonMark: italics (and cited titles) in `*`, bold in `**`, code in backticks, runs that share a link as one [text](url). */
export function markdown(runs: Rich): string {
  let md = '';
  for (let start = 0; start < runs.length; ) {
    const { link } = runs[start]!;
    let end = start + 1;
    while (end < runs.length && runs[end]!.link === link) end += 1;
    const inner = runs.slice(start, end).map(markdownRun).join('');
    md += link && /^(https?:|mailto:)/i.test(link) && inner.trim() !== '' ? `[${inner}](<${link.replaceAll('>', '%3E')}>)` : inner;
    start = end;
  }
  return md;
}
