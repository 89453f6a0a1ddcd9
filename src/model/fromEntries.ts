/**
 * The content as the model takes it, from the content check's valid entries:
 * how tests and scripts get at the model without Astro. The Astro build reads
 * the same entries through its collections (src/data/cv.ts); bodies are rendered
 * by the same Markdown processor either way.
 */
import type { ValidEntry } from '../pipeline/checkFile.ts';
import type { Cv } from './content.ts';

type Sections = Omit<Cv, 'profile' | 'skills' | 'metrics' | 'orcid' | 'freePages'>;
const LISTS: readonly (keyof Sections)[] = [
  'experience',
  'education',
  'publications',
  'patents',
  'talks',
  'lectures',
  'projects',
  'awards',
  'grants',
  'teaching',
  'supervision',
  'service',
  'news',
  'people',
];

/** The checked entries as the model's content, each body rendered with `renderBody` (Markdown to sanitised HTML). */
export async function cvFromEntries(entries: readonly ValidEntry[], renderBody: (markdown: string) => Promise<string>): Promise<Cv> {
  const rendered = await Promise.all(
    entries.map(async (entry) => ({
      section: entry.section,
      value: {
        ...entry.data,
        id: entry.id,
        html: entry.body === '' ? '' : await renderBody(entry.body),
        markdown: entry.body,
        ...(entry.translations && {
          translations: {
            fields: entry.translations.fields,
            bodies: Object.fromEntries(
              await Promise.all(Object.entries(entry.translations.bodies).map(async ([language, markdown]) => [language, { html: await renderBody(markdown), markdown }])),
            ),
          },
        }),
      },
    })),
  );
  const of = (section: string) => rendered.filter((entry) => entry.section === section).map((entry) => entry.value);
  const [profile] = of('profile');
  if (!profile) throw new Error('the content has no profile.md');
  const [skills] = of('skills');
  const [metrics] = entries.filter((entry) => entry.section === 'metrics').map((entry) => entry.data);
  const [orcid] = entries.filter((entry) => entry.section === 'orcid').map((entry) => entry.data);
  const lists = Object.fromEntries(LISTS.map((section) => [section, of(section)]));
  return {
    ...(lists as unknown as Sections),
    profile: profile as unknown as Cv['profile'],
    skills: (skills as unknown as Cv['skills'] | undefined) ?? { groups: [], languages: [] },
    freePages: of('pages') as unknown as Cv['freePages'],
    metrics: metrics as unknown as Cv['metrics'],
    orcid: orcid as unknown as Cv['orcid'],
  };
}
