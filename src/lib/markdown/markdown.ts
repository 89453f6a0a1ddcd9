/**
 * The Markdown pipeline: one unified processor for Markdown bodies (configured
 * in astro.config.ts) and one for short inline fields such as titles. Both parse
 * raw HTML first and then sanitise it, so content can never inject markup.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkMath from 'remark-math';
import { ENTRY_KINDS } from '../../schemas/references.ts';
import { escapeHtml } from '../text/entities.ts';
import { INLINE_TAGS } from './inlineTags.ts';
import { MATHML_ATTRIBUTES, MATHML_TAGS, rehypeMathLengths, rehypeTemml } from './math.ts';
import { rehypeSameHostMedia } from './sameHostMedia.ts';

/**
 * Bodies (bio, descriptions): GitHub's allowlist, plus `lang` on any element for foreign-language passages,
 * MathML, and links to entries written `kind:id` (`publication:lovelace2024notes`), which the data layer turns into URLs.
 */
const bodySchema: SanitizeSchema = {
  ...defaultSchema,
  // A <style> block goes with its text: its CSS is never shown as words on the page.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), ...MATHML_TAGS],
  attributes: { ...defaultSchema.attributes, ...MATHML_ATTRIBUTES, '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang'] },
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.['href'] ?? []), ...Object.keys(ENTRY_KINDS)] },
};

/** Inline fields (titles, venues, award descriptions): a handful of typographic tags, `<span lang>` and MathML. */
const inlineSchema: SanitizeSchema = {
  tagNames: [...INLINE_TAGS, 'p', ...MATHML_TAGS],
  attributes: { span: ['lang'], ...MATHML_ATTRIBUTES },
  protocols: {},
  strip: ['script', 'style'],
};

/** The processor for Markdown bodies; astro.config.ts uses this same one. */
export const bodyProcessor = unified({
  smartypants: false,
  remarkPlugins: [remarkMath],
  rehypePlugins: [rehypeTemml, rehypeRaw, [rehypeSanitize, bodySchema], rehypeMathLengths, rehypeSameHostMedia],
});

const inlineProcessor = unified({
  smartypants: false,
  gfm: false,
  remarkPlugins: [remarkMath],
  rehypePlugins: [rehypeTemml, rehypeRaw, [rehypeSanitize, inlineSchema], rehypeMathLengths],
});

/** Characters that can start Markdown or HTML inline markup or a formula, or a line Markdown would read as a block. */
const MARKUP = /[*_`<>[\]\\&!~$]|^\s*(?:[-+#>]|\d+[.)])(?:\s|$)/;

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
    // A leading ">" would start a block quote, which the sanitiser removes together with the ">" (">50 layers" lost it).
    const html = (await renderer.render(text.replace(/^(\s*)>/, '$1\\>'))).code.trim();
    const paragraph = /^<p>([\s\S]*)<\/p>$/.exec(html);
    return paragraph && !paragraph[1]!.includes('<p>') ? paragraph[1]! : escapeHtml(text);
  };
}
