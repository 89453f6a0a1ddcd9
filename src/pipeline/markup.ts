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
