/** Service to the community: one file per role at a venue or body in `content/service/`, with the years served. */
import { z } from 'zod';
import { httpUrl, text } from './common.ts';
import { yearList } from './calendar.ts';

/** The kind of service; the CV groups by it, in this order. */
export const serviceKind = z.enum(['editor', 'editorial-board', 'area-chair', 'programme-committee', 'reviewer', 'organiser', 'session-chair', 'committee-member', 'other']);
export type ServiceKind = z.infer<typeof serviceKind>;

export const serviceSchema = z
  .strictObject({
    /** editor, editorial-board, area-chair, programme-committee, reviewer, organiser, session-chair, committee-member or other. */
    kind: serviceKind,
    /** Venue, journal or body served, e.g. "NeurIPS" or "Journal of Machine Learning Research". */
    venue: text.optional(),
    /** Several venues in the same role, instead of `venue`: one entry for "reviewer for Nature, Nature Methods, Genome Research". */
    venues: z.array(text).min(1, { error: 'expected at least one venue' }).optional(),
    /** Years served: 2021, a range 2019-2023, or a list [2017, 2019-2021]. */
    years: yearList,
    /** The role in more detail, e.g. "Track chair for theory". */
    role: text.optional(),
    /** Website of the venue or body (of a single venue only). */
    url: httpUrl.optional(),
  })
  .transform((entry, ctx) => {
    const venues = entry.venues ?? (entry.venue === undefined ? [] : [entry.venue]);
    if ((entry.venue === undefined) === (entry.venues === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: 'expected either venue (one) or venues (a list), not both and not neither', input: entry.venue });
    } else if (entry.url !== undefined && venues.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'expected url only with a single venue (it would link all of them)', input: entry.url });
    }
    // `venue` names all of them as one text (the label of links to the entry).
    return { ...entry, venue: venues.join(', '), venues };
  });
export type Service = z.output<typeof serviceSchema>;
