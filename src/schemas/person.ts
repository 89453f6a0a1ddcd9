/** A co-author or student (optional): one file per person in `content/people/`; author lists link their name and supervision entries name them by id. */
import { z } from 'zod';
import { httpUrl, text } from './common.ts';
import { orcid } from './profile.ts';

export const personSchema = z.strictObject({
  /** Name as it should appear, e.g. "Grace Hopper". */
  name: text,
  /** Forms of the name in author lists, first the one to show: "Hopper GM", "Murray G". "Hopper G M" and "Hopper, Grace M." count as "Hopper GM". */
  aliases: z.array(text).default([]),
  /** Personal or group website; the name links to it. */
  homepage: httpUrl.optional(),
  /** ORCID iD; the name links to the ORCID record when there is no homepage. */
  orcid: orcid.optional(),
});
export type Person = z.infer<typeof personSchema>;
