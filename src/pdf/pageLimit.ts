/**
 * Page limits of CV variants: how much room each section of a typeset document takes, and
 * the one line that stops the build when a variant runs over its limit of pages or words. Pure.
 */
import type { CvSection } from './cvDocument.ts';

/** A place in a typeset document. */
export interface Place {
  readonly page: number;
  /** From the top of the page, as a share of its height. */
  readonly y: number;
}

/** The pages between each section's start and the next one's (the last one's up to the end), to two decimals. */
export function sectionRoom(starts: readonly Place[], end: Place): number[] {
  const at = (place: Place) => place.page - 1 + place.y;
  return starts.map((start, i) => Math.round((at(starts[i + 1] ?? end) - at(start)) * 100) / 100);
}

/** How many sections the message names. */
const NAMED = 3;

/**
 * The line that stops the build when a variant has more pages than its limit, naming the
 * sections that take the most room; undefined when it fits.
 */
export function overLimit(
  variant: { readonly name: string; readonly pages: number | undefined },
  pages: number,
  sections: readonly { readonly heading: string; readonly room: number }[],
): string | undefined {
  if (variant.pages === undefined || pages <= variant.pages) return undefined;
  const largest = [...sections]
    .sort((a, b) => b.room - a.room)
    .slice(0, NAMED)
    .map((section) => `${section.heading} ${section.room.toFixed(1)}`);
  return `CV variant "${variant.name}" has ${pages} pages, more than its limit of ${variant.pages} (cv.variants, pages); the sections that take the most room (in pages): ${largest.join(', ')}. Leave out entries (max, since, selected) or raise the limit.`;
}

/** The words of a section as a word count sees them: every run of letters or digits between spaces (a dash or a dot alone is none). */
export function sectionWords(section: CvSection): number {
  const runs = section.blocks.flatMap((block) =>
    block.kind === 'paragraphs'
      ? block.paragraphs.flat()
      : [
          ...(block.heading ? [{ text: block.heading }] : []),
          ...block.entries.flatMap((entry) => [...(entry.when ?? []), ...entry.title, ...(entry.where ?? []), ...entry.lines.flatMap((line) => line.runs)]),
        ],
  );
  return [section.heading, ...runs.map((run) => run.text)]
    .join(' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * The line that stops the build when a variant has more words than its limit, naming the
 * sections with the most words; undefined when it fits.
 */
export function overWordLimit(variant: { readonly name: string; readonly words: number | undefined }, sections: readonly CvSection[]): string | undefined {
  const counted = sections.map((section) => ({ heading: section.heading, words: sectionWords(section) }));
  const words = counted.reduce((sum, section) => sum + section.words, 0);
  if (variant.words === undefined || words <= variant.words) return undefined;
  const largest = [...counted]
    .sort((a, b) => b.words - a.words)
    .slice(0, NAMED)
    // "Module 1", not the module's whole heading.
    .map((section) => `${section.heading.split(':')[0]} ${section.words}`);
  return `CV variant "${variant.name}" has ${words} words, more than its limit of ${variant.words} (cv.variants, words); the sections with the most words: ${largest.join(', ')}. Shorten the texts in content/narrative.yaml, leave out entries (max, since) or raise the limit.`;
}
