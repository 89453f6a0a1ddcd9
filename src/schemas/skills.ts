/** Skills (`content/skills.md`): grouped lists and spoken languages. */
import { z } from 'zod';
import { localized } from './common.ts';

/** Proficiency in a natural language: ILR-style words or a CEFR level. */
export const languageLevel = z.enum([
  'native',
  'bilingual',
  'full professional proficiency',
  'professional working proficiency',
  'limited working proficiency',
  'elementary proficiency',
  'C2',
  'C1',
  'B2',
  'B1',
  'A2',
  'A1',
]);

export type LanguageLevel = z.infer<typeof languageLevel>;

export const skillGroup = z.strictObject({
  /** Heading, e.g. "Machine Learning". */
  name: localized,
  /** Words introducing the items, e.g. "Development, application and evaluation of". */
  lead: localized.optional(),
  /** The skills themselves, one per item. */
  items: z.array(localized).min(1, { error: 'expected at least one skill' }),
  /** The list is a selection (printed with a trailing "…"). */
  partial: z.boolean().default(false),
});

export const skillsSchema = z.strictObject({
  /** Skill groups in display order. */
  groups: z.array(skillGroup).default([]),
  /** Natural languages spoken, with level. */
  languages: z
    .array(
      z.strictObject({
        /** Language name, e.g. "German". */
        name: localized,
        /** Proficiency: ILR-style words or a CEFR level. */
        level: languageLevel,
      }),
    )
    .default([]),
});
export type Skills = z.infer<typeof skillsSchema>;
export type SkillGroup = z.infer<typeof skillGroup>;
