/** A free page: one Markdown file per page in `content/pages/`, served at `/<id>/` (e.g. Research, Group, Contact); the body is the page. */
import { z } from 'zod';
import { localized } from './common.ts';

/** Where a page appears in the main navigation. */
export const pageNavigation = z.strictObject({
  /** Text of the link; default: the page's title. */
  label: localized.optional(),
  /** Place in the navigation, 1 for the first link; default: after the others. */
  position: z.int({ error: 'expected a whole number such as 2' }).positive({ error: 'expected a position of at least 1' }).optional(),
});

export const pageSchema = z.strictObject({
  /** Title: the page's heading and the start of its browser title. */
  title: localized,
  /** One sentence for search results; default: the beginning of the text. */
  description: localized.optional(),
  /** Link the page in the main navigation: true, or { label, position }. settings.yaml's navigation may list it by id too. */
  navigation: z.union([z.boolean().transform((shown): z.output<typeof pageNavigation> | undefined => (shown ? {} : undefined)), pageNavigation]).optional(),
});
export type Page = z.infer<typeof pageSchema>;
