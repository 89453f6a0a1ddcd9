/**
 * The Markdown pipeline: one unified processor for Markdown bodies (configured
 * in astro.config.ts) and one for short inline fields such as titles. Both parse
 * raw HTML first and then sanitise it, so content can never inject markup.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { ENTRY_KINDS } from '../schemas/references.ts';
import { decodeEntities } from './entities.ts';
import { INLINE_TAGS } from './inlineTags.ts';
import { rehypeSameHostMedia } from './sameHostMedia.ts';

/**
 * Bodies (bio, descriptions): GitHub's allowlist, plus `lang` on any element for foreign-language passages,
 * and links to entries written `kind:id` (`publication:lovelace2024notes`), which the data layer turns into URLs.
 */
const bodySchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang'] },
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.['href'] ?? []), ...Object.keys(ENTRY_KINDS)] },
};

/** Inline fields (titles, venues, award descriptions): a handful of typographic tags and `<span lang>`. */
const inlineSchema: SanitizeSchema = {
  tagNames: [...INLINE_TAGS, 'p'],
  attributes: { span: ['lang'] },
  protocols: {},
  strip: ['script', 'style'],
};

/** The processor for Markdown bodies; astro.config.ts uses this same one. */
export const bodyProcessor = unified({ smartypants: false, rehypePlugins: [rehypeRaw, [rehypeSanitize, bodySchema], rehypeSameHostMedia] });

const inlineProcessor = unified({ smartypants: false, gfm: false, rehypePlugins: [rehypeRaw, [rehypeSanitize, inlineSchema]] });

/** Characters that can start Markdown or HTML inline markup, or a line Markdown would read as a block. */
const MARKUP = /[*_`<>[\]\\&!~]|^\s*(?:[-+#>]|\d+[.)])(?:\s|$)/;

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * A renderer for one-line fields: inline Markdown and allowlisted HTML become
 * safe HTML without a wrapping paragraph. Text that Markdown would read as a
 * block (a title starting "1. ") is shown literally.
 */
export async function createInlineRenderer(): Promise<(text: string) => Promise<string>> {
  const renderer = await inlineProcessor.createRenderer({ syntaxHighlight: false });
  return async (text) => {
    // Most titles and venues are plain text: escaping them gives the same page without a Markdown pass each.
    if (!MARKUP.test(text)) return escapeHtml(text);
    const html = (await renderer.render(text)).code.trim();
    const paragraph = /^<p>([\s\S]*)<\/p>$/.exec(html);
    return paragraph && !paragraph[1]!.includes('<p>') ? paragraph[1]! : escapeHtml(text);
  };
}

/** Visible text of rendered HTML, for <title>, meta tags and plain-text exports; paragraphs become blank-line separated. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<\/p>\s*<p>/g, '\n\n').replace(/<[^>]*>/g, '')).trim();
}
