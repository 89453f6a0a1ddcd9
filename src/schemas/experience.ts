/** A position held: one file per role in `content/experience/`; the body describes the work (Markdown). */
import { z } from 'zod';
import { country, fullName, isoMonth, localized } from './common.ts';
import { endNotBeforeStart } from './period.ts';

export const experienceSchema = z
  .strictObject({
    /** Employer, e.g. "Max Planck Institute for Informatics". */
    organization: localized,
    /** Department, group or lab within it. */
    unit: localized.optional(),
    /** City, e.g. Berlin; leave out where it adds nothing. */
    location: localized.optional(),
    /** Country: an ISO 3166 code such as DE (named in each page's language) or its name. */
    country: country.optional(),
    /** Job title, e.g. "Head of the Machine Learning Group". */
    role: localized,
    /** First month `YYYY-MM`. */
    start: isoMonth,
    /** Last month `YYYY-MM`; leave out for a current position. */
    end: isoMonth.optional(),
    /** One-line summary shown under the title. */
    summary: localized.optional(),
    /** People who supervised or mentored the work, as written ("Prof. Dr. Klaus-Robert Müller"). */
    supervisors: z.array(fullName).default([]),
    /** Responsibilities beyond research, one per item. */
    responsibilities: z.array(localized).default([]),
  })
  .superRefine(endNotBeforeStart);
export type Experience = z.infer<typeof experienceSchema>;
