/** A degree or school: one file per degree in `content/education/`; the body describes focus and topics. */
import { z } from 'zod';
import { country, fullName, localized, year } from './common.ts';
import { endNotBeforeStart } from './period.ts';
import { THESIS_TYPES } from './publicationKinds.ts';

export const educationSchema = z
  .strictObject({
    /** School or university. */
    institution: localized,
    /** City, e.g. Berlin; leave out where it adds nothing. */
    location: localized.optional(),
    /** Country: an ISO 3166 code such as DE (named in each page's language) or its name. */
    country: country.optional(),
    /** Degree, e.g. "PhD", "Master of Science", "Abitur". */
    degree: localized,
    /** Field of study, e.g. "Computer Science". */
    field: localized.optional(),
    /** Year it started. */
    start: year,
    /** Year it was completed; leave out while studying. */
    end: year.optional(),
    /** Grade or distinction, e.g. "with distinction (summa cum laude)". */
    grade: localized.optional(),
    /** Title of the thesis. */
    thesis: localized.optional(),
    /** What the thesis was written for, when the degree does not say it: bachelor, master, phd or habilitation ("Dissertation:", "Master's thesis:"). */
    thesisType: z.enum(THESIS_TYPES).optional(),
    /** Supervisors of the thesis, as written. */
    supervisors: z.array(fullName).default([]),
  })
  .superRefine(endNotBeforeStart);
export type Education = z.infer<typeof educationSchema>;
