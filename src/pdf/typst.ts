/**
 * The Typst entry file for a CV document. The document goes in as JSON inside
 * one Typst string literal, and the template (cv.typ) places every content
 * string as a string value: Typst never reads content as markup, so `#`, `*`,
 * `_`, `$`, `@`, `<`, brackets and backslashes print as written. The only
 * escaping is that of the string literal itself.
 */
import type { CvDocument } from './cvDocument.ts';
import type { FontFamily } from './fonts.ts';

/** Where the compiler finds the template; compile.ts maps cv.typ's text there. */
export const TEMPLATE_PATH = '/cv.typ';

/** A Typst string literal holding `text` exactly: backslashes and double quotes escaped. */
export function typstString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export interface Layout {
  /** Families after the text face, for the characters it lacks (src/pdf/fonts.ts). */
  readonly fonts?: readonly FontFamily[];
  /** The space between entries and lines, relative to the template's (1). */
  readonly spacing?: number;
}

/** The Typst source that typesets `doc` with the template. */
export function typstSource(doc: CvDocument, { fonts = [], spacing = 1 }: Layout = {}): string {
  const layout = [...(fonts.length > 0 ? [`fonts: json(bytes(${typstString(JSON.stringify(fonts))}))`] : []), ...(spacing === 1 ? [] : [`spacing: ${spacing}`])];
  return `#import "${TEMPLATE_PATH}": cv\n#cv(${[`json(bytes(${typstString(JSON.stringify(doc))}))`, ...layout].join(', ')})\n`;
}
