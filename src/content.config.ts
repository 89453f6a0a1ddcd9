/** Wiring only: one glob-loaded collection per section, validated by the shared schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sections, type SectionName } from './schemas/sections.ts';

/** VITA_CONTENT points the build at another content folder (tests, benchmarks); default ./content. */
const contentRoot = process.env['VITA_CONTENT'] ?? './content';

/** Entry ids are file names (without .md), so entries may sit in sub-folders without changing their URL. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.md$/, '');

function collectionFor(name: SectionName) {
  const section = sections[name];
  // Pages use the rendered body only; not keeping the raw Markdown saves memory on large sites.
  const loader =
    section.shape === 'file'
      ? glob({ pattern: section.path, base: contentRoot, generateId: () => name, retainBody: false })
      : glob({ pattern: '**/*.md', base: `${contentRoot}/${section.path}`, generateId: idFromFileName, retainBody: false });
  return defineCollection({ loader, schema: section.schema });
}

export const collections = {
  profile: collectionFor('profile'),
  skills: collectionFor('skills'),
  experience: collectionFor('experience'),
  education: collectionFor('education'),
  publications: collectionFor('publications'),
  patents: collectionFor('patents'),
  talks: collectionFor('talks'),
  lectures: collectionFor('lectures'),
  projects: collectionFor('projects'),
  awards: collectionFor('awards'),
};
