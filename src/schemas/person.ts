/** A co-author, student or member of the group (optional): one file per person in `content/people/`; author lists link their name, supervision entries name them by id, and members (those with a `role`) are listed on the People page; the body is shown on their page. */
import { z } from 'zod';
import { httpUrl, localized, text } from './common.ts';
import { endNotBeforeStart, monthOrYear } from './period.ts';
import { orcid, portraitPath } from './profile.ts';

/** The roles the People page knows, in the order it lists them; each has a label in every language. Any other role is free text, listed after these. */
export const MEMBER_ROLES = [
  'principal-investigator',
  'group-leader',
  'research-scientist',
  'postdoc',
  'research-engineer',
  'phd-student',
  'masters-student',
  'bachelors-student',
  'research-assistant',
  'visiting-researcher',
  'administrator',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A role as written ("PhD student", "phd-student", "Master's student") as the known role it names, if any. */
export function knownRole(written: string): MemberRole | undefined {
  const key = written
    .trim()
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return (MEMBER_ROLES as readonly string[]).includes(key) ? (key as MemberRole) : undefined;
}

export const personSchema = z
  .strictObject({
    /** Name as it should appear, e.g. "Grace Hopper". */
    name: text,
    /** Forms of the name in author lists, first the one to show: "Hopper GM", "Murray G". "Hopper G M" and "Hopper, Grace M." count as "Hopper GM". */
    aliases: z.array(text).default([]),
    /** Personal or group website; the name links to it. */
    homepage: httpUrl.optional(),
    /** ORCID iD; the name links to the ORCID record when there is no homepage. */
    orcid: orcid.optional(),
    /** Their role in the group, which makes them a member (listed on the People page, emphasised in author lists): principal-investigator, group-leader, research-scientist, postdoc, research-engineer, phd-student, masters-student, bachelors-student, research-assistant, visiting-researcher or administrator (each shown in the page's language; "PhD student" works too), or any other text, e.g. "Lab manager". */
    role: localized.optional(),
    /** Whether they are a member of the group. Default: true when a `role` is given; `false` keeps someone with a role off the People page. */
    member: z.boolean().optional(),
    /** When they joined the group: a month `YYYY-MM`, or a year. */
    start: monthOrYear.optional(),
    /** When they left: a month `YYYY-MM`, or a year; leave out while they are in the group. They count as alumni once it has passed. */
    end: monthOrYear.optional(),
    /** `current` or `alumni`, for when `end` says otherwise (a departure not yet dated, a return). Default: from `end` and the day of the build. */
    status: z.enum(['current', 'alumni']).optional(),
    /** What they do since leaving, e.g. "Professor at the University of Oslo"; shown once they are alumni. */
    now: localized.optional(),
    /** Path of a portrait under public/, e.g. "/people/grace-hopper.jpg". */
    portrait: portraitPath.optional(),
    /** What the portrait shows, for people who cannot see it (required with a portrait). */
    portraitAlt: localized.optional(),
  })
  .superRefine((person, ctx) => {
    if (person.start !== undefined) endNotBeforeStart({ start: person.start, end: person.end }, ctx);
    const problem = (path: string, message: string, input?: unknown) => ctx.addIssue({ code: 'custom', path: [path], message, input });
    if (person.portrait !== undefined && person.portraitAlt === undefined)
      problem('portraitAlt', `expected a description of the portrait for people who cannot see it, e.g. "${person.name} in the lab"`);
    // A role written as an id must be a known one: "phd-studnet" is a typo, not a role of its own.
    if (typeof person.role === 'string' && /^[a-z]+(?:-[a-z]+)+$/.test(person.role) && knownRole(person.role) === undefined) {
      problem('role', `expected a known role (${MEMBER_ROLES.join(', ')}) or a role in words such as "Lab manager"`, person.role);
    }
    if (person.role === undefined && person.member === true) problem('role', 'expected the role of a member of the group, e.g. phd-student or postdoc');
  });
export type Person = z.infer<typeof personSchema>;

/** Whether a file of content/people/ is a member of the group: `member`, else whether it has a role. */
export const isGroupMember = (person: Pick<Person, 'member' | 'role'>): boolean => person.member ?? person.role !== undefined;
