/**
 * Finds markup in a short field that the inline sanitiser will remove, so the
 * content check can warn the author (the page itself is always safe).
 */
import { INLINE_TAGS } from '../lib/inlineTags.ts';

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
