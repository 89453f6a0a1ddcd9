/**
 * Your own words for the narrative CVs funders ask for (`content/narrative.yaml`, optional):
 * for UKRI's Résumé for Research and Innovation (R4RI), one text per module. A variant with
 * preset r4ri sets each beside the evidence vita draws from your entries. Paragraphs are
 * separated by a blank line; the text is plain (no Markdown).
 */
import { z } from 'zod';
import { longText } from './common.ts';

export const R4RI_MODULES = ['knowledge', 'development', 'community', 'society'] as const;
export type R4riModule = (typeof R4RI_MODULES)[number];

export const narrativeSchema = z.strictObject({
  /** UKRI's Résumé for Research and Innovation: your narrative per module. */
  r4ri: z
    .strictObject({
      /** Module 1: how you contributed to the generation of new ideas, tools, methodologies or knowledge. */
      knowledge: longText.optional(),
      /** Module 2: how you contributed to the development of others and to effective working relationships. */
      development: longText.optional(),
      /** Module 3: how you contributed to the wider research and innovation community. */
      community: longText.optional(),
      /** Module 4: how you contributed to broader research and innovation users and audiences, and towards wider societal benefit. */
      society: longText.optional(),
      /** Additional information: career breaks, part-time work, secondments, anything that puts the rest in context. */
      additional: longText.optional(),
    })
    .optional(),
});
export type Narrative = z.infer<typeof narrativeSchema>;
