/** A course taught: one file per course in `content/teaching/`, with every term it was taught; the body describes it. */
import { z } from 'zod';
import { httpUrl, languageTag, text } from './common.ts';
import { termList } from './calendar.ts';

/** Who the course is for. */
export const teachingLevel = z.enum(['undergraduate', 'graduate', 'doctoral', 'continuing-education', 'school']);
export type TeachingLevel = z.infer<typeof teachingLevel>;

/** The owner's part in the course. */
export const teachingRole = z.enum(['instructor', 'co-instructor', 'teaching-assistant', 'guest-lecturer']);
export type TeachingRole = z.infer<typeof teachingRole>;

/** The form of the course, as a German or any other syllabus names it. */
export const courseType = z.enum(['lecture', 'exercise', 'seminar', 'proseminar', 'advanced-seminar', 'colloquium', 'lab', 'tutorial', 'workshop']);
export type CourseType = z.infer<typeof courseType>;

/** What a course link points to. */
export const courseLinkKind = z.enum(['syllabus', 'materials', 'slides', 'video', 'code', 'data', 'website']);
export type CourseLinkKind = z.infer<typeof courseLinkKind>;

/** A link of a course: `{ kind: syllabus, url: https://… }`. */
export const courseLink = z.strictObject({
  /** What the link points to: syllabus, materials, slides, video, code, data or website. */
  kind: courseLinkKind,
  /** Where it points (http or https only). */
  url: httpUrl,
  /** Text shown instead of the kind's default label. */
  label: text.optional(),
});

export const teachingSchema = z.strictObject({
  /** Title of the course, e.g. "Introduction to Programming". */
  title: text,
  /** Course code or number, e.g. "CS 101". */
  code: z.union([z.int(), text]).transform(String).optional(),
  /** University or school, e.g. "Vassar College". */
  institution: text,
  /** Who it is for: undergraduate, graduate, doctoral, continuing-education or school. */
  level: teachingLevel.optional(),
  /** The form of the course: lecture (Vorlesung), exercise (Übung), seminar, proseminar, advanced-seminar (Hauptseminar), colloquium (Oberseminar), lab (lab course, Praktikum), tutorial or workshop. */
  type: courseType.optional(),
  /** The owner's part: instructor (the default, not shown), co-instructor, teaching-assistant or guest-lecturer. */
  role: teachingRole.default('instructor'),
  /** Every term it was taught: 2021-WS and 2022-SS (German semesters), 2023-spring, -summer, -fall, -winter, 2023-Q1…Q4, or a year. */
  terms: termList,
  /** Language of instruction when it is not the site's language, e.g. de. */
  language: languageTag.optional(),
  /** Syllabus, materials, slides and other links. */
  links: z.array(courseLink).default([]),
});
export type Teaching = z.infer<typeof teachingSchema>;
