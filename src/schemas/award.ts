/** An award, prize or honour: one file per award in `content/awards/`. */
import { z } from 'zod';
import { longText, text, year } from './common.ts';

export const awardSchema = z.strictObject({
  /** Name of the award, e.g. "Hugo-Geiger-Prize". */
  name: text,
  /** Year it was awarded. */
  year,
  /** Awarding body, e.g. "ERCIM". */
  issuer: text.optional(),
  /** Place or standing, e.g. "1st place" or "finalist". */
  rank: text.optional(),
  /** What it is for; inline Markdown, <span lang="de"> for other languages. */
  description: longText.optional(),
  /** Id of the publication it honours (a file name in content/publications/). */
  publication: text.optional(),
});
export type Award = z.infer<typeof awardSchema>;
