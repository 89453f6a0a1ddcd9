/**
 * A rehype step for Markdown bodies: images and other media from another host
 * are dropped, so no page makes a visitor's browser (or a feed reader that
 * ignores the CSP) contact a third party. The content check refuses them too,
 * with the file and line; this is the second line of defence.
 */
import type { Element, Root, RootContent } from 'hast';

/** Attributes whose value is fetched by the browser as the page loads. */
const FETCHED = ['src', 'srcSet', 'poster'] as const;

/** An address on another host: a scheme (https:, data:) or a protocol-relative //host. */
export const isForeign = (value: string): boolean => /^\s*(?:[a-z][a-z\d+.-]*:|\/\/|\\\\)/i.test(value);

function foreign(element: Element): boolean {
  return FETCHED.some((name) => {
    const value = element.properties[name];
    const values = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
    return values.some((candidate) => isForeign(candidate.trim()));
  });
}

function prune<T extends RootContent>(children: T[]): T[] {
  return children.filter((child) => {
    if (child.type !== 'element') return true;
    if (foreign(child)) return false;
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
