/**
 * The content tree: which folder (or single file) under content/ holds which
 * section, validated by which schema. Astro's collections and the standalone
 * content check are both built from this one table.
 */
import type { z } from 'zod';
import { awardSchema } from './award.ts';
import { educationSchema } from './education.ts';
import { experienceSchema } from './experience.ts';
import { grantSchema } from './grant.ts';
import { newsSchema } from './news.ts';
import { pageSchema } from './page.ts';
import { personSchema } from './person.ts';
import { patentSchema } from './patent.ts';
import { profileSchema } from './profile.ts';
import { projectSchema } from './project.ts';
import { publicationSchema } from './publication.ts';
import { ENTRY_KINDS } from './references.ts';
import { serviceSchema } from './service.ts';
import { skillsSchema } from './skills.ts';
import { supervisionSchema } from './supervision.ts';
import { talkSchema } from './talk.ts';
import { teachingSchema } from './teaching.ts';

export interface Section {
  /** Path under content/: a folder of entries, or one Markdown file. */
  readonly path: string;
  /** A folder holds one entry per file; a file holds the single entry. */
  readonly shape: 'folder' | 'file';
  /** The front-matter schema. */
  readonly schema: z.ZodType;
  /** What the Markdown body must hold ("the short bio"), or false when it may be empty. */
  readonly bodyRequired: false | string;
  /** Short fields rendered as inline Markdown/HTML (sanitised to a few tags). */
  readonly markupFields: readonly string[];
  /** Sections whose entries share one page and one feed (talks and lectures) must not share ids either. */
  readonly idGroup?: string;
}

export const sections = {
  profile: { path: 'profile.md', shape: 'file', schema: profileSchema, bodyRequired: 'the short bio', markupFields: [] },
  skills: { path: 'skills.md', shape: 'file', schema: skillsSchema, bodyRequired: false, markupFields: [] },
  experience: { path: 'experience', shape: 'folder', schema: experienceSchema, bodyRequired: false, markupFields: [] },
  education: { path: 'education', shape: 'folder', schema: educationSchema, bodyRequired: false, markupFields: [] },
  publications: { path: 'publications', shape: 'folder', schema: publicationSchema, bodyRequired: false, markupFields: ['title', 'venue'] },
  patents: { path: 'patents', shape: 'folder', schema: patentSchema, bodyRequired: false, markupFields: [] },
  talks: { path: 'talks', shape: 'folder', schema: talkSchema, bodyRequired: false, markupFields: ['title'], idGroup: 'events' },
  lectures: { path: 'lectures', shape: 'folder', schema: talkSchema, bodyRequired: false, markupFields: ['title'], idGroup: 'events' },
  projects: { path: 'projects', shape: 'folder', schema: projectSchema, bodyRequired: false, markupFields: [] },
  awards: { path: 'awards', shape: 'folder', schema: awardSchema, bodyRequired: false, markupFields: ['description'] },
  // The whole academic career: funding, teaching, supervision, service, news, free pages and the people registry.
  grants: { path: 'grants', shape: 'folder', schema: grantSchema, bodyRequired: false, markupFields: [] },
  teaching: { path: 'teaching', shape: 'folder', schema: teachingSchema, bodyRequired: false, markupFields: ['title'] },
  supervision: { path: 'supervision', shape: 'folder', schema: supervisionSchema, bodyRequired: false, markupFields: ['title'] },
  service: { path: 'service', shape: 'folder', schema: serviceSchema, bodyRequired: false, markupFields: [] },
  news: { path: 'news', shape: 'folder', schema: newsSchema, bodyRequired: 'the text of the news item', markupFields: ['title'] },
  pages: { path: 'pages', shape: 'folder', schema: pageSchema, bodyRequired: 'the text of the page', markupFields: [] },
  people: { path: 'people', shape: 'folder', schema: personSchema, bodyRequired: false, markupFields: [] },
} as const satisfies Record<string, Section>;

export type SectionName = keyof typeof sections;

/** The fields of a section's front matter, in the schema's order (a schema that checks across fields is a pipe from the object that reads them). */
export function sectionFields(section: SectionName): Readonly<Record<string, z.ZodType>> {
  const schema = sections[section].schema as unknown as { shape?: Record<string, z.ZodType>; in?: { shape: Record<string, z.ZodType> } };
  return schema.shape ?? schema.in!.shape;
}

/** The site settings: one YAML file (no Markdown body) beside the sections. */
export const SETTINGS_FILE = 'settings.yaml';

/** Your own words for narrative CVs (UKRI's R4RI): one optional YAML file, read by the CV variants that use it. */
export const NARRATIVE_FILE = 'narrative.yaml';

/** Citation counts written by `npm run metrics`: one JSON file, read by the build only. */
export const METRICS_FILE = 'metrics.json';

/** The publications your ORCID record lists, written by `npm run orcid` and `npm run sync`: one JSON file, read by the build only. */
export const ORCID_FILE = 'orcid.json';

/** Cross-references between sections: field → the section whose ids it names. */
export const references = [
  { from: 'awards', field: 'publication', to: 'publications' },
  { from: 'talks', field: 'publication', to: 'publications' },
  { from: 'lectures', field: 'publication', to: 'publications' },
  { from: 'projects', field: 'grant', to: 'grants' },
  { from: 'supervision', field: 'publication', to: 'publications' },
  { from: 'supervision', field: 'person', to: 'people' },
] as const satisfies readonly { from: SectionName; field: string; to: SectionName }[];

/**
 * Fields that name entries of any section as `kind:id` (see references.ts), and
 * Markdown bodies, whose links may do the same: both are resolved across the tree.
 */
export const typedReferences = [{ from: 'news', field: 'about' }] as const satisfies readonly { from: SectionName; field: string }[];

// Every kind of typed reference names a section of this table (a type check only).
ENTRY_KINDS satisfies Readonly<Record<string, SectionName>>;
