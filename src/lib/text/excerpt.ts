import { shorten } from './documentTitle.ts';

/** The beginning of a text, for a headline or a description: whole words, at most `max` characters with the ellipsis. */
export const excerpt = (text: string, max: number): string => shorten(text.replace(/\s+/g, ' ').trim(), max);
