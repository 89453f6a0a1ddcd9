/**
 * The content tree: which folder (or single file) under content/ holds which
 * section, validated by which schema. Astro's collections and the standalone
 * content check are both built from this one table.
 */
import type { z } from 'zod';
import { awardSchema } from './award.ts';
import { educationSchema } from './education.ts';
import { experienceSchema } from './experience.ts';
import { patentSchema } from './patent.ts';
import { profileSchema } from './profile.ts';
import { projectSchema } from './project.ts';
import { publicationSchema } from './publication.ts';
import { skillsSchema } from './skills.ts';
import { talkSchema } from './talk.ts';

export interface Section {
  /** Path under content/: a folder of entries, or one Markdown file. */
  readonly path: string;
  /** A folder holds one entry per file; a file holds the single entry. */
  readonly shape: 'folder' | 'file';
  /** The front-matter schema. */
  readonly schema: z.ZodType;
  /** Whether the Markdown body must hold text (the profile's bio). */
  readonly bodyRequired: boolean;
  /** Short fields rendered as inline Markdown/HTML (sanitised to a few tags). */
  readonly markupFields: readonly string[];
  /** Sections whose entries share one page and one feed (talks and lectures) must not share ids either. */
  readonly idGroup?: string;
}

export const sections = {
  profile: { path: 'profile.md', shape: 'file', schema: profileSchema, bodyRequired: true, markupFields: [] },
  skills: { path: 'skills.md', shape: 'file', schema: skillsSchema, bodyRequired: false, markupFields: [] },
  experience: { path: 'experience', shape: 'folder', schema: experienceSchema, bodyRequired: false, markupFields: [] },
  education: { path: 'education', shape: 'folder', schema: educationSchema, bodyRequired: false, markupFields: [] },
  publications: { path: 'publications', shape: 'folder', schema: publicationSchema, bodyRequired: false, markupFields: ['title', 'venue'] },
  patents: { path: 'patents', shape: 'folder', schema: patentSchema, bodyRequired: false, markupFields: [] },
  talks: { path: 'talks', shape: 'folder', schema: talkSchema, bodyRequired: false, markupFields: ['title'], idGroup: 'events' },
  lectures: { path: 'lectures', shape: 'folder', schema: talkSchema, bodyRequired: false, markupFields: ['title'], idGroup: 'events' },
  projects: { path: 'projects', shape: 'folder', schema: projectSchema, bodyRequired: false, markupFields: [] },
  awards: { path: 'awards', shape: 'folder', schema: awardSchema, bodyRequired: false, markupFields: ['description'] },
} as const satisfies Record<string, Section>;

export type SectionName = keyof typeof sections;

/** The site settings: one YAML file (no Markdown body) beside the sections. */
export const SETTINGS_FILE = 'settings.yaml';

/** Citation counts written by `npm run metrics`: one JSON file, read by the build only. */
export const METRICS_FILE = 'metrics.json';

/** Cross-references between sections: field → the section whose ids it names. */
export const references = [
  { from: 'awards', field: 'publication', to: 'publications' },
  { from: 'talks', field: 'publication', to: 'publications' },
  { from: 'lectures', field: 'publication', to: 'publications' },
] as const satisfies readonly { from: SectionName; field: string; to: SectionName }[];
