/** Service to the community: one file per role at a venue or body in `content/service/`, with the years served. */
import { z } from 'zod';
import { httpUrl, text } from './common.ts';
import { yearList } from './calendar.ts';

/** The kind of service; the CV groups by it, in this order. */
export const serviceKind = z.enum(['editor', 'editorial-board', 'area-chair', 'programme-committee', 'reviewer', 'organiser', 'session-chair', 'committee-member', 'other']);
export type ServiceKind = z.infer<typeof serviceKind>;

export const serviceSchema = z.strictObject({
  /** editor, editorial-board, area-chair, programme-committee, reviewer, organiser, session-chair, committee-member or other. */
  kind: serviceKind,
  /** Venue, journal or body served, e.g. "NeurIPS" or "Journal of Machine Learning Research". */
  venue: text,
  /** Years served: 2021, a range 2019-2023, or a list [2017, 2019-2021]. */
  years: yearList,
  /** The role in more detail, e.g. "Track chair for theory". */
  role: text.optional(),
  /** Website of the venue or body. */
  url: httpUrl.optional(),
});
export type Service = z.infer<typeof serviceSchema>;
