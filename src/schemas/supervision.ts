/** A person supervised or mentored: one file per person and thesis or project in `content/supervision/`; the body adds detail. */
import { z } from 'zod';
import { fullName, isoDay, link, text } from './common.ts';
import { endNotBeforeStart, monthOrYear } from './period.ts';

/** The stage of the person supervised. */
export const supervisionLevel = z.enum(['postdoc', 'phd', 'master', 'bachelor', 'intern']);
export type SupervisionLevel = z.infer<typeof supervisionLevel>;

/** How the supervision ended, or that it has not. */
export const supervisionStatus = z.enum(['ongoing', 'completed', 'left']);
export type SupervisionStatus = z.infer<typeof supervisionStatus>;

export const supervisionSchema = z
  .strictObject({
    /** The person's name as it should appear, e.g. "Grace Hopper"; may be left out when `person` names them. */
    name: text.optional(),
    /** Id of the person's file in content/people/: their name, homepage and ORCID come from there. */
    person: text.optional(),
    /** Stage: postdoc, phd, master, bachelor or intern. */
    level: supervisionLevel,
    /** The owner's part: `main` supervisor or `co`-supervisor. */
    role: z.enum(['main', 'co']).default('main'),
    /** The other supervisors: a name as written ("Prof. Dr. Caroline Emmelius"), or { person: id } of their file in content/people/. */
    coSupervisors: z
      .array(
        z.union([fullName, z.strictObject({ /** Id of the person's file in content/people/. */ person: text })], {
          error: 'expected a name such as "Prof. Dr. Caroline Emmelius", or { person: id } of a file in content/people/',
        }),
      )
      .default([]),
    /** Title of the thesis or project; inline Markdown allowed. */
    title: text.optional(),
    /** Where the work was done when it is not the owner's own institution. */
    institution: text.optional(),
    /** First month `YYYY-MM`, or a year. */
    start: monthOrYear,
    /** Last month `YYYY-MM`, or a year; leave out while it runs. */
    end: monthOrYear.optional(),
    /** ongoing, completed or left; without it, ongoing while there is no end and completed after. */
    status: supervisionStatus.optional(),
    /** Day of the defence (Disputation, viva), YYYY-MM-DD. */
    defence: isoDay.optional(),
    /** Where they went next, e.g. "Postdoc at ETH Zürich". */
    next: text.optional(),
    /** The thesis PDF, code or a project page. */
    links: z.array(link).default([]),
    /** Id of the thesis in content/publications/, when it is listed there. */
    publication: text.optional(),
  })
  .superRefine(endNotBeforeStart)
  .superRefine((value, ctx) => {
    if (value.name === undefined && value.person === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'expected the name of the person supervised, or person: with the id of their file in content/people/',
        input: undefined,
      });
    }
  });
export type Supervision = z.infer<typeof supervisionSchema>;
