/** A degree or school: one file per degree in `content/education/`; the body describes focus and topics. */
import { z } from 'zod';
import { fullName, text, year } from './common.ts';
import { endNotBeforeStart } from './period.ts';
import { THESIS_TYPES } from './publicationKinds.ts';

export const educationSchema = z
  .strictObject({
    /** School or university. */
    institution: text,
    /** City and country; leave out where it adds nothing. */
    location: text.optional(),
    /** Degree, e.g. "PhD", "Master of Science", "Abitur". */
    degree: text,
    /** Field of study, e.g. "Computer Science". */
    field: text.optional(),
    /** Year it started. */
    start: year,
    /** Year it was completed; leave out while studying. */
    end: year.optional(),
    /** Grade or distinction, e.g. "with distinction (summa cum laude)". */
    grade: text.optional(),
    /** Title of the thesis. */
    thesis: text.optional(),
    /** What the thesis was written for, when the degree does not say it: bachelor, master, phd or habilitation ("Dissertation:", "Master's thesis:"). */
    thesisType: z.enum(THESIS_TYPES).optional(),
    /** Supervisors of the thesis, as written. */
    supervisors: z.array(fullName).default([]),
  })
  .superRefine(endNotBeforeStart);
export type Education = z.infer<typeof educationSchema>;
