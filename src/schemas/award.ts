/** An award, prize or honour: one file per award in `content/awards/`. */
import { z } from 'zod';
import { localized, localizedLong, text, year } from './common.ts';

export const awardSchema = z.strictObject({
  /** Name of the award, e.g. "Hugo-Geiger-Prize". */
  name: localized,
  /** Year it was awarded. */
  year,
  /** Awarding body, e.g. "ERCIM". */
  issuer: localized.optional(),
  /** Place or standing, e.g. "1st place" or "finalist". */
  rank: localized.optional(),
  /** What it is for; inline Markdown, <span lang="de"> for other languages. */
  description: localizedLong.optional(),
  /** Id of the publication it honours (a file name in content/publications/). */
  publication: text.optional(),
});
export type Award = z.infer<typeof awardSchema>;
