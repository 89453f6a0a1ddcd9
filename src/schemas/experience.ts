/** A position held: one file per role in `content/experience/`; the body describes the work (Markdown). */
import { z } from 'zod';
import { fullName, isoMonth, text } from './common.ts';
import { endNotBeforeStart } from './period.ts';

export const experienceSchema = z
  .strictObject({
    /** Employer, e.g. "Max Planck Institute for Informatics". */
    organization: text,
    /** Department, group or lab within it. */
    unit: text.optional(),
    /** City and country; leave out where it adds nothing. */
    location: text.optional(),
    /** Job title, e.g. "Head of the Machine Learning Group". */
    role: text,
    /** First month `YYYY-MM`. */
    start: isoMonth,
    /** Last month `YYYY-MM`; leave out for a current position. */
    end: isoMonth.optional(),
    /** One-line summary shown under the title. */
    summary: text.optional(),
    /** People who supervised or mentored the work, as written ("Prof. Dr. Klaus-Robert Müller"). */
    supervisors: z.array(fullName).default([]),
    /** Responsibilities beyond research, one per item. */
    responsibilities: z.array(text).default([]),
  })
  .superRefine(endNotBeforeStart);
export type Experience = z.infer<typeof experienceSchema>;
