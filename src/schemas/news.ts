/** A news item: one file per item in `content/news/`; the body is its short Markdown text. */
import { z } from 'zod';
import { isoDay, localized } from './common.ts';
import { entryReference } from './references.ts';

export const newsSchema = z.strictObject({
  /** Day of the news, `YYYY-MM-DD`. */
  date: isoDay,
  /** Headline for the feed and the archive, e.g. "Paper accepted at ICML"; without it the text's beginning is used. */
  title: localized.optional(),
  /** Entries the news is about, as kind:id (publication:lovelace2024notes, talk:…, course:…, grant:…); each is linked. */
  about: z.array(entryReference).default([]),
});
export type News = z.infer<typeof newsSchema>;
