/**
 * Media from this site only: whether a browser would fetch an image, a video
 * poster or a srcset candidate from another host, decided by resolving the
 * address as the browser does (WHATWG URL parsing: tabs and newlines dropped,
 * backslashes read as slashes, `//host` protocol-relative), never by pattern.
 * The content check refuses such media with the file and line; the rehype step
 * below drops them from rendered bodies as the second line of defence, so no
 * page makes a visitor's browser (or a feed reader that ignores the CSP)
 * contact a third party.
 */
import type { Element, Root, RootContent } from 'hast';

/** Attributes whose value is fetched by the browser as the page loads (hast property names). */
const FETCHED = ['src', 'srcSet', 'poster'] as const;

/**
 * What addresses are resolved against: a host that cannot exist (.invalid), so only paths stay on it; over
 * https and http, since "https:host/x" is a path on an https page but another host on an http one.
 */
const THIS_SITE = [new URL('https://this-site.invalid/'), new URL('http://this-site.invalid/')];

/** Whether a browser would fetch `address`, as written in an attribute, from another host (or not at all: an address it cannot parse). */
export const isForeign = (address: string): boolean =>
  THIS_SITE.some((site) => {
    const resolved = URL.parse(address, site);
    return resolved === null || resolved.origin !== site.origin;
  });

const SPACE = /[\t\n\f\r ]/;

/** The URLs of a srcset, split as the HTML standard's parser splits it (a URL may hold commas, as data: URLs do). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && (SPACE.test(srcset[at]!) || srcset[at] === ',')) at++;
    if (at >= srcset.length) break;
    const start = at;
    while (at < srcset.length && !SPACE.test(srcset[at]!)) at++;
    const url = srcset.slice(start, at);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    // The descriptors ("2x", "640w") run to the next comma outside parentheses.
    let parenthesised = false;
    while (at < srcset.length) {
      const character = srcset[at++];
      if (character === '(') parenthesised = true;
      else if (character === ')') parenthesised = false;
      else if (character === ',' && !parenthesised) break;
    }
  }
  return urls;
}

/**
 * The addresses an element would make the browser fetch from another host. hast keeps a srcset as its
 * comma-separated parts; they are joined as the page is written (", ") before being split as the browser splits them.
 */
export function foreignSources(element: Element): string[] {
  return FETCHED.flatMap((name) => {
    const value = element.properties[name];
    if (value === undefined || value === null || typeof value === 'boolean') return [];
    const text = Array.isArray(value) ? value.join(name === 'srcSet' ? ', ' : ' ') : String(value);
    return (name === 'srcSet' ? srcsetUrls(text) : [text]).filter(isForeign);
  });
}

function prune<T extends RootContent>(children: T[]): T[] {
  return children.filter((child) => {
    if (child.type !== 'element') return true;
    if (foreignSources(child).length > 0) return false;
    child.children = prune(child.children);
    return true;
  });
}

/** The plugin: `rehypePlugins: [..., rehypeSameHostMedia]`. */
export function rehypeSameHostMedia() {
  return (tree: Root) => {
    tree.children = prune(tree.children);
  };
}
