/**
 * A document for the PDF template written out as Markdown: what a funder's online form takes
 * as text (UKRI's Funding Service takes the R4RI as text). The name, each section as a heading,
 * its paragraphs, and each entry as one list item. Pure.
 */
import { markdown, plain, type Rich } from '../model/rich.ts';
import type { CvBlock, CvDocument, CvEntry } from './cvDocument.ts';

/** Parts read as sentences: each ends with a full stop unless its text ends with its own punctuation. */
const sentences = (parts: readonly Rich[]): string =>
  parts
    .filter((part) => plain(part).trim() !== '')
    .map((part) => `${markdown(part).trim()}${/[.!?:;]$/.test(plain(part).trim()) ? '' : '.'}`)
    .join(' ');

const item = (entry: CvEntry): string =>
  `- ${entry.when ? `${markdown(entry.when)}: ` : ''}${sentences([entry.title, ...(entry.where ? [entry.where] : []), ...entry.lines.map((line) => line.runs)])}`;

const block = (value: CvBlock): string =>
  value.kind === 'paragraphs'
    ? value.paragraphs.map((paragraph) => markdown(paragraph)).join('\n\n')
    : [...(value.heading ? [`### ${value.heading}`] : []), value.entries.map(item).join('\n')].join('\n\n');

/** `doc` as Markdown, ending with a newline. */
export function documentMarkdown(doc: CvDocument): string {
  const top = [`# ${doc.header.name}`, ...(doc.header.subtitle.length > 0 ? [markdown(doc.header.subtitle)] : [])];
  const sections = doc.sections.map((section) => [`## ${section.heading}`, ...section.blocks.map(block)].join('\n\n'));
  return `${[...top, ...sections].join('\n\n')}\n`;
}
