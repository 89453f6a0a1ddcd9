/** A research project: one file per project in `content/projects/`; the body describes it. */
import { z } from 'zod';
import { httpUrl, isoMonth, localized, text, topicIds } from './common.ts';
import { endNotBeforeStart } from './period.ts';

export const projectSchema = z
  .strictObject({
    /** Short name, e.g. "TEMA". */
    acronym: text,
    /** Full title. */
    title: localized,
    /** First month `YYYY-MM`. */
    start: isoMonth,
    /** Last month `YYYY-MM`; leave out while it runs open-ended. */
    end: isoMonth.optional(),
    /** The owner's role: `lead` when leading it (the CV's "leading role"). */
    role: z.enum(['lead', 'member']).default('member'),
    /** Funding body or programme, e.g. "Horizon 2020". */
    funder: localized.optional(),
    /** Project website. */
    url: httpUrl.optional(),
    /** Id of the grant that funds it (a file name in content/grants/). */
    grant: text.optional(),
    /** Topics from the settings' `topics`. */
    topics: topicIds,
  })
  .superRefine(endNotBeforeStart);
export type Project = z.infer<typeof projectSchema>;
