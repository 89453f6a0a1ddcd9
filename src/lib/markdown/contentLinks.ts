/**
 * Links inside Markdown bodies that point into the site: typed references
 * (`[our paper](publication:lovelace2024notes)`) and site paths (`/publications/`).
 * The content check finds them in the Markdown and tells whether each target
 * exists; the data layer rewrites them in the rendered HTML to real URLs under
 * the base path. Pure: the content, the paths and the base come in as values.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { decodeEntities, escapeHtml } from '../text/entities.ts';
import { parseEntryReference, type EntryReference } from '../../schemas/references.ts';

/** A target vita resolves: an entry (`kind:id`, optionally `#fragment`) or a path of this site. */
export type InternalTarget =
  | { readonly kind: 'entry'; readonly reference: EntryReference; readonly fragment: string }
  | { readonly kind: 'path'; readonly path: string; readonly suffix: string };

/** Schemes of ordinary links, never read as a kind of entry. */
const URL_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'ftp', 'irc', 'ircs', 'xmpp', 'data', 'javascript', 'file']);

/**
 * What a link target means to vita: an entry, a site path (`/cv/`, `/files/a.pdf?x#y`),
 * `{ unknownKind }` for `word:id` with a word that is neither a kind nor a URL scheme
 * (a misspelt `publications:…`), or undefined for everything else (external, relative, #fragment).
 */
export function internalTarget(target: string): InternalTarget | { readonly unknownKind: string } | undefined {
  if (target.startsWith('/') && !target.startsWith('//')) {
    const cut = target.search(/[?#]/);
    return { kind: 'path', path: cut < 0 ? target : target.slice(0, cut), suffix: cut < 0 ? '' : target.slice(cut) };
  }
  const hash = target.indexOf('#');
  const written = hash < 0 ? target : target.slice(0, hash);
  const reference = parseEntryReference(written);
  if (reference) return { kind: 'entry', reference, fragment: hash < 0 ? '' : target.slice(hash) };
  const scheme = /^([a-z][a-z-]*):[a-z0-9][a-z0-9-]*$/.exec(written)?.[1];
  return scheme !== undefined && !URL_SCHEMES.has(scheme) ? { unknownKind: scheme } : undefined;
}

export interface BodyLink {
  readonly target: string;
  /** 0-based line within the body. */
  readonly line: number;
}

/** Inline links `[text](target "title")`, autolinks `<target>`, reference definitions `[x]: target` and raw HTML `href="target"`. */
const LINK_PATTERNS = [/\]\(\s*<?([^\s)<>]+)>?/g, /<([a-z][a-z-]*:[^\s<>]+)>/g, /^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?([^\s<>]+)>?/gm, /\bhref\s*=\s*["']([^"']+)["']/g];

/** Every link target written in a Markdown body, with its line, in order. Code spans and blocks are not told apart. */
export function bodyLinks(body: string): BodyLink[] {
  if (!body.includes('](') && !body.includes('<') && !body.includes(']:')) return [];
  const lineAt = (offset: number) => body.slice(0, offset).split('\n').length - 1;
  return LINK_PATTERNS.flatMap((pattern) => [...body.matchAll(pattern)].map((match) => ({ target: match[1]!, line: lineAt(match.index), at: match.index })))
    .sort((a, b) => a.at - b.at)
    .map(({ target, line }) => ({ target, line }));
}

/**
 * Rewrites the internal links of rendered HTML: `resolve` gives the URL of a
 * target (or undefined to leave it). Only double-quoted href attributes occur in
 * the renderer's output.
 */
export function rewriteLinks(html: string, resolve: (target: InternalTarget) => string | undefined): string {
  if (!html.includes('href="')) return html;
  return html.replace(/href="([^"]*)"/g, (attribute, target: string) => {
    const internal = internalTarget(decodeEntities(target));
    const url = internal && 'kind' in internal ? resolve(internal) : undefined;
    return url === undefined ? attribute : `href="${escapeHtml(url)}"`;
  });
}

/** What the content check knows about the site it will become, to tell whether a site path exists. */
export interface SiteIndex {
  /** Page paths that will be built: "/", "/cv/", "/publications/x/", "/research/". */
  readonly pages: ReadonlySet<string>;
  /** Files the build writes: "/cv.pdf", "/publications.bib". */
  readonly files: ReadonlySet<string>;
  /** Whether a path names a file under public/ (undefined: files are not checked). */
  readonly publicFileExists?: ((path: string) => boolean) | undefined;
  /** The ids a page is known to have, to check a link's #fragment; undefined where they are not known (the fragment is not checked). */
  readonly fragmentsOf?: ((page: string) => ReadonlySet<string> | undefined) | undefined;
}

/** Whether a site path (without query or fragment) names something the site will have; with a suggestion when a slash is missing. */
export function sitePathStatus(path: string, site: SiteIndex): { exists: true } | { exists: false; suggestion?: string } {
  if (site.pages.has(path) || site.files.has(path)) return { exists: true };
  if (!path.endsWith('/') && site.pages.has(`${path}/`)) return { exists: false, suggestion: `${path}/` };
  // A file name (with an extension) may be under public/; without a way to look, it is not reported.
  if (/\.[a-z0-9]+$/i.test(path)) return site.publicFileExists === undefined || site.publicFileExists(path) ? { exists: true } : { exists: false };
  return { exists: false };
}

/** The text of a Markdown heading as the page's heading ids read it: text and code, no image descriptions; undefined when it holds raw HTML or a formula. */
function headingText(node: Nodes): string | undefined {
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return node.type === 'html' ? undefined : '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value.includes('$') ? undefined : node.value;
  if (!('children' in node)) return '';
  let text = '';
  for (const child of node.children) {
    const part = headingText(child);
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

/**
 * The ids a Markdown body gives its elements once rendered: each heading's slug, as Astro's heading ids make
 * them (github-slugger, numbered when repeated), and "user-content-<id>" for an id written in raw HTML (the
 * sanitiser's prefix). Undefined when they cannot be told without rendering: a heading in raw HTML, or one
 * with HTML or a formula in its text.
 */
export function bodyIds(body: string): ReadonlySet<string> | undefined {
  if (/<h[1-6][\s>]/i.test(body)) return undefined;
  const ids = new Set([...body.matchAll(/\bid\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => `user-content-${match[1]}`));
  if (!/^ {0,3}#|\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)/m.test(body)) return ids;
  const slugger = new GithubSlugger();
  const visit = (node: Nodes): boolean => {
    if (node.type === 'heading') {
      const text = headingText(node);
      if (text === undefined) return false;
      ids.add(slugger.slug(text));
      return true;
    }
    return !('children' in node) || node.children.every(visit);
  };
  return visit(fromMarkdown(body)) ? ids : undefined;
}
