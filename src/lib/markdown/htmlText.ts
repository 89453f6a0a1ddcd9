/**
 * Rendered HTML back to text, apart from the Markdown processor (markdown.ts) so that what only needs the
 * text (the JSON Resume export, which the import commands load) does not load the processor.
 */
import { decodeEntities } from '../text/entities.ts';
import { htmlMathToTex } from './math.ts';

/** Visible text of rendered HTML, for <title>, meta tags and plain-text exports; paragraphs become blank-line separated, formulas their TeX between dollars. */
export function htmlToText(html: string): string {
  // Formulas are set aside first: their TeX may hold "<" and ">", which must not read as tags.
  const formulas: string[] = [];
  const withoutMath = htmlMathToTex(html, (tex) => `\uE000${formulas.push(tex) - 1}\uE001`);
  const text = decodeEntities(withoutMath.replace(/<\/p>\s*<p>/g, '\n\n').replace(/<[^>]*>/g, ''));
  return text.replace(/\uE000(\d+)\uE001/g, (_, index: string) => `$${formulas[Number(index)]}$`).trim();
}
