/** Wiring only: one collection per section, filled by vita's loader, typed by the section's schema. */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { portraitLoader, sectionLoader, statusLoader } from './pipeline/loader.ts';
import { metricsSchema } from './schemas/metrics.ts';
import { orcidWorksSchema } from './schemas/orcidWorks.ts';
import { sections } from './schemas/sections.ts';

export const collections = {
  profile: defineCollection({ loader: sectionLoader('profile'), schema: sections.profile.schema }),
  skills: defineCollection({ loader: sectionLoader('skills'), schema: sections.skills.schema }),
  experience: defineCollection({ loader: sectionLoader('experience'), schema: sections.experience.schema }),
  education: defineCollection({ loader: sectionLoader('education'), schema: sections.education.schema }),
  publications: defineCollection({ loader: sectionLoader('publications'), schema: sections.publications.schema }),
  patents: defineCollection({ loader: sectionLoader('patents'), schema: sections.patents.schema }),
  talks: defineCollection({ loader: sectionLoader('talks'), schema: sections.talks.schema }),
  lectures: defineCollection({ loader: sectionLoader('lectures'), schema: sections.lectures.schema }),
  projects: defineCollection({ loader: sectionLoader('projects'), schema: sections.projects.schema }),
  awards: defineCollection({ loader: sectionLoader('awards'), schema: sections.awards.schema }),
  /** The profile's portrait, as an image for Astro's image pipeline: one entry, `portrait`, when there is one. */
  portrait: defineCollection({ loader: portraitLoader(), schema: ({ image }) => z.object({ image: image(), alt: z.string() }) }),
  grants: defineCollection({ loader: sectionLoader('grants'), schema: sections.grants.schema }),
  teaching: defineCollection({ loader: sectionLoader('teaching'), schema: sections.teaching.schema }),
  supervision: defineCollection({ loader: sectionLoader('supervision'), schema: sections.supervision.schema }),
  service: defineCollection({ loader: sectionLoader('service'), schema: sections.service.schema }),
  news: defineCollection({ loader: sectionLoader('news'), schema: sections.news.schema }),
  pages: defineCollection({ loader: sectionLoader('pages'), schema: sections.pages.schema }),
  people: defineCollection({ loader: sectionLoader('people'), schema: sections.people.schema }),
  /** Citation counts: one entry, `metrics`, when content/metrics.json exists. */
  metrics: defineCollection({ loader: sectionLoader('metrics'), schema: metricsSchema }),
  /** The publications the ORCID record lists: one entry, `orcid`, when content/orcid.json exists. */
  orcid: defineCollection({ loader: sectionLoader('orcid'), schema: orcidWorksSchema }),
  /** Whether the content is valid, and how many entries each section has. */
  contentStatus: defineCollection({
    loader: statusLoader(),
    schema: z.object({ problems: z.array(z.string()), counts: z.record(z.string(), z.int()) }),
  }),
};
